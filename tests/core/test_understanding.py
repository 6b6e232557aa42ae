"""The trained understanding layer: held-out floors, the artefact, abstention and negation.

The held-out evaluation deals the voices into 8 folds, trains one classifier per fold without its
voices and predicts the voices it never saw: the figures are those `make eval` reports.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from bot import corpus, knowledge, training
from bot.coach.classifier import Classifier
from bot.coach.engine import Coach
from bot.coach.kb import KnowledgeBase
from bot.coach.model import Pillar
from bot.evaluation import Tally, held_out

ROOT = knowledge.default_dir()


@pytest.fixture(scope="module")
def bare_kb() -> KnowledgeBase:
    return knowledge.load(ROOT, with_classifier=False)


@pytest.fixture(scope="module")
def heldout(bare_kb: KnowledgeBase) -> Tally:
    return held_out(bare_kb, corpus.read(ROOT))


def test_corpus_is_large_bilingual_and_covers_every_card(bare_kb: KnowledgeBase) -> None:
    examples = corpus.read(ROOT)
    assert len(examples) >= 2000
    french = sum(e.lang == "fr" for e in examples)
    assert 0.4 <= french / len(examples) <= 0.6
    for card in bare_kb.ids:
        assert sum(card in e.cards for e in examples) >= 20, card
    assert sum(not e.pillars for e in examples) >= 200  # off-topic and harmless messages


def test_held_out_floors(heldout: Tally) -> None:
    report = heldout.report()
    assert report["pillar_macro_f1"] >= 0.925, report
    assert report["pass_rate"] >= 0.85, report
    assert all(v["recall"] >= 0.75 for v in report["pillars"].values()), report["pillars"]


def test_the_trained_model_beats_the_lexicon_alone(bare_kb: KnowledgeBase, heldout: Tally) -> None:
    lexicon_only = Tally()
    coach = Coach(bare_kb, None)
    for ex in corpus.read(ROOT):
        lexicon_only.add(ex, coach.assess(ex.text, ex.lang))
    assert heldout.report()["pass_rate"] >= lexicon_only.report()["pass_rate"] + 0.1


def test_the_shipped_model_is_the_one_trained_on_this_corpus() -> None:
    shipped = training.load(ROOT)
    assert shipped is not None
    assert shipped.fingerprint == corpus.fingerprint(ROOT)
    meta = json.loads((ROOT / "model" / "classifier.json").read_text(encoding="utf-8"))
    assert meta["examples"] == len(corpus.read(ROOT))


def test_the_shipped_weights_stay_half_precision_and_score_as_single_precision() -> None:
    """The file's float16 weights are kept as they are (resident memory); the scores are those of a
    float32 matrix holding the same values, to the last bit."""
    shipped = training.load(ROOT)
    assert shipped is not None
    assert shipped.weights.dtype == np.float16
    widened = Classifier(
        shipped.labels,
        sorted(shipped.index, key=shipped.index.__getitem__),
        shipped.idf,
        shipped.weights.astype(np.float32),
        shipped.bias,
    )
    assert widened.weights.dtype == np.float32
    for text in (
        "On va générer 30 visuels de nos salariés avec Midjourney pour Instagram.",
        "Can I paste the patient list into ChatGPT to draft reminders?",
        "hello",
    ):
        assert shipped.scores(text).probs == widened.scores(text).probs


def test_training_is_deterministic(bare_kb: KnowledgeBase) -> None:
    examples = corpus.read(ROOT)[:400]
    a, b = training.fit(bare_kb, examples), training.fit(bare_kb, examples)
    assert a.index == b.index
    assert np.array_equal(a.weights, b.weights)


def test_a_stale_model_fails_lint(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "knowledge"
    shutil.copytree(ROOT, copy)
    assert knowledge.lint(copy) == []
    extra = copy / "examples" / "new-voice.jsonl"
    line = {
        "id": "nv-1",
        "lang": "en",
        "kind": "question",
        "text": "Can our intern use Grok for captions?",
        "pillars": [],
        "not_pillars": [],
        "cards": [],
        "footprint": False,
    }
    extra.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert any("model: stale" in p for p in knowledge.lint(copy))


def test_lint_refuses_unknown_cards_and_near_duplicates(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "knowledge"
    shutil.copytree(ROOT, copy)
    base = {"lang": "en", "kind": "question", "pillars": ["privacy"], "not_pillars": [], "footprint": False}
    lines = [
        {
            **base,
            "id": "x-1",
            "text": "May we paste the client's churn list into Claude?",
            "cards": ["privacy/nope"],
        },
        {**base, "id": "x-2", "text": "Can we paste our customer list into Claude for scoring?", "cards": []},
        {
            **base,
            "id": "x-3",
            "text": "Can we paste our customer list into Claude for scoring ?",
            "cards": [],
        },
    ]
    (copy / "examples" / "x.jsonl").write_text(
        "\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8"
    )
    problems = knowledge.lint(copy)
    assert any("x-1 points at missing card privacy/nope" in p for p in problems)
    assert any("x-2 and x-3 are near-duplicates" in p for p in problems)


def test_classifier_arrays_must_agree() -> None:
    with pytest.raises(ValueError):
        Classifier(
            ["pillar:bias"], ["a", "b"], np.ones(2, np.float32), np.ones((3, 1), np.float32), np.zeros(1)
        )


@pytest.fixture(scope="module")
def coach(bare_kb: KnowledgeBase) -> Coach:
    return Coach(replace(bare_kb, classifier=training.load(ROOT)), None)


@pytest.mark.parametrize(
    ("text", "pillar"),
    [
        ("We want to fine-tune a model on our support conversations with customers", "privacy"),
        ("give me 30 realistic 5-star reviews for the new blender", "transparency"),
        ("illustrations dans le style de Sempé pour la campagne de rentrée", "copyright"),
        ("ChatGPT a rédigé notre post : « ce complément réduit le cholestérol de 30 % »", "accuracy"),
        ("patient names and diagnoses pasted into a chatbot to draft follow-up letters", "privacy"),
        ("posts ghost-written with Claude for our CEO's LinkedIn, signed by her", "transparency"),
    ],
)
def test_risky_uses_are_never_answered_with_nothing(coach: Coach, text: str, pillar: str) -> None:
    a = coach.assess(text)
    assert pillar in {f.pillar.value for f in a.findings}, [(f.pillar.value, f.cards) for f in a.findings]


def test_negation_keeps_people_out(coach: Coach) -> None:
    a = coach.assess("do I need to say this video is AI? there are no people in it, just our product")
    found = {f.pillar.value for f in a.findings}
    assert "transparency" in found and "bias" not in found


def test_words_out_of_context_do_not_pick_cards(coach: Coach) -> None:
    a = coach.assess("ChatGPT m'a proposé 15 objets d'e-mail pour la promo, lequel est le plus cool ?")
    cards = {c for f in a.findings for c in f.cards}
    assert not cards & {"footprint/water", "privacy/confidential-documents"}


def test_unsure_questions_offer_topics_instead_of_an_unrelated_card(coach: Coach) -> None:
    a = coach.assess("Is Gemini any good for our AI stuff? Just wondering in general.")
    if not a.findings:
        assert a.suggestions and len(a.suggestions) <= 3
        assert "suggestions" in a.as_dict()
    off = coach.assess("Can someone book the meeting room for Tuesday?")
    assert not off.findings and not off.suggestions and "suggestions" not in off.as_dict()


@pytest.mark.parametrize("text", ["ChatGPT", "Midjourney", "IA", "using AI"])
def test_a_bare_tool_name_is_not_a_list_of_warnings(coach: Coach, text: str) -> None:
    # One word carries little evidence: the coach may offer topics, never a stack of warnings.
    a = coach.assess(text)
    assert not [f for f in a.findings if f.severity.value != "info"], [f.cards for f in a.findings]


@pytest.mark.parametrize(
    "text",
    [
        "HR wants an AI tool to rank the video applications for the community manager role",
        "chatgpt va lire les lettres de motiv pr l alternance et me dire qui convoquer",
    ],
)
def test_ranking_candidates_with_ai_raises_bias_and_privacy(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    found = {f.pillar.value for f in a.findings}
    assert {"bias", "privacy"} <= found, [f.cards for f in a.findings]
    # The candidates are real people filmed, not generated ones.
    assert "transparency" not in found


@pytest.mark.parametrize(
    "text",
    [
        "the graphics desk wants a dozen AI images of empty beaches and dry fields, no people at all",
        "faut mettre 'genere par ia' sur une photo de croissant faite sur midjourney ? y a personne dessus",
        "pour le calendrier on génère 12 photos de nos usines avec Firefly, aucune personne dessus",
    ],
)
def test_no_people_means_no_point_about_generated_people(coach: Coach, text: str) -> None:
    """Neither a card nor a rule ("if people appear…") answers about people the text says are absent."""
    a = coach.assess(text)
    assert "negated:people" in a.mentions.facts
    assert all(f.pillar.value != "bias" for f in a.findings), [f.title for f in a.findings]


@pytest.mark.parametrize(
    "text",
    [
        "Pour le match on génère 12 visuels avec Midjourney : pelouse, maillot, ballon, aucun joueur dessus.",
        "on fait 50 declinaisons de la une du mag cuisine avec midjourney, que des plats",
    ],
)
def test_a_text_that_rules_out_people_gets_no_bias_point(coach: Coach, text: str) -> None:
    """Players and brides are people; "que des plats" says there are none: bias is not guessed."""
    a = coach.assess(text)
    assert all(f.pillar.value != "bias" for f in a.findings), [f.title for f in a.findings]


def test_a_plan_with_a_count_gets_its_estimate_without_naming_ai(coach: Coach) -> None:
    """Sent to an AI coach, "12 images of brides" is about generating them."""
    a = coach.assess(
        "For the wedding brochure: 12 images of brides in the Geneva garden, all blonde, slim, classic look"
    )
    assert a.footprint is not None and a.footprint.energy_wh.high > 0
    a = coach.assess("On a shooté 40 photos de nos pharmaciens avec notre photographe, il faut les trier.")
    assert a.footprint is None


def test_a_named_colleague_by_role_needs_consent(coach: Coach) -> None:
    a = coach.assess("Generate a realistic photo of our sommelier Marc pouring wine for the winter campaign")
    assert "person:named" in a.mentions.facts
    assert "privacy" in {f.pillar.value for f in a.findings}


def test_an_open_pillar_is_a_weak_negative() -> None:
    # Labels say what an answer must and must not raise; a pillar left open is not a "no".
    ex = corpus.Example(
        id="t-1", lang="en", kind="plan", text="x", pillars=(Pillar.BIAS,), not_pillars=(Pillar.PRIVACY,)
    )
    assert training._weights("pillar:bias", [ex])[0] == 1.0
    assert training._weights("pillar:privacy", [ex])[0] == 1.0
    assert training._weights("pillar:copyright", [ex])[0] == training.OPEN_PILLAR_WEIGHT < 1.0
    assert training._weights("card:bias/inclusive-prompts", [ex])[0] == 1.0


def test_a_privacy_point_needs_something_private_or_a_sure_classifier(coach: Coach) -> None:
    a = coach.assess("Faire une vidéo de 30 secondes avec Sora pour notre lancement.")
    assert "privacy" not in {f.pillar.value for f in a.findings}
    a = coach.assess("on colle le fichier clients avec emails et téléphones dans ChatGPT pour segmenter")
    assert "privacy" in {f.pillar.value for f in a.findings}


@pytest.mark.parametrize(
    ("text", "likeness"),
    [
        ("Someone posted a deepfake of our mayor announcing the market is cancelled", True),
        ("on fait un deepfake de Mbappé qui goûte notre boisson pour TikTok", True),
        ("Image IA de la reine Elizabeth qui sirote notre thé glacé pour le lancement UK", True),
        ("What's the fine if we don't label a deepfake under the AI Act?", False),
        ("À partir de quand l'AI Act oblige à signaler les deepfakes dans nos pubs ?", False),
    ],
)
def test_a_deepfake_is_about_likeness_when_it_is_of_someone(coach: Coach, text: str, likeness: bool) -> None:
    """A real person's face, by name, fame or role, must not be missed; the word "deepfake" in a
    labelling question is not someone's face."""
    from bot.coach.rules import fired

    m = coach.extractor.extract(text)
    privacy_rules = [r.id for r in fired(coach.rules, m.facts, m.is_question) if r.pillar is Pillar.PRIVACY]
    assert bool(privacy_rules) is likeness
    if likeness:
        assert "privacy" in {f.pillar.value for f in coach.assess(text).findings}


def test_a_pillar_is_not_answered_with_a_card_that_is_a_guess(coach: Coach) -> None:
    # "top 10 AI tools" scored bias ≈ 0.5 and was answered with the places-and-cultures card (p ≈ 0.05).
    text = "top 10 AI tools for marketers"
    a = coach.assess(text)
    assert coach.kb.classifier is not None
    scores = coach.kb.classifier.scores(text, a.mentions.facts)
    assert "bias" not in {f.pillar.value for f in a.findings}
    assert all(scores.card(f.cards[0]) >= 0.1 for f in a.findings), a.findings


def test_scores_do_not_depend_on_the_order_of_the_facts() -> None:
    kb = knowledge.load(ROOT)
    assert kb.classifier is not None
    facts = ["tool:midjourney", "medium:image", "people:generic", "publish:social", "tool", "medium"]
    text = "30 portraits of our team with Midjourney for Instagram"
    one, other = kb.classifier.scores(text, facts), kb.classifier.scores(text, facts[::-1])
    assert one.cards() == other.cards()
    assert all(one.pillar(p.value) == other.pillar(p.value) for p in Pillar)


def test_held_out_folds_in_parallel_give_the_same_figures(bare_kb: KnowledgeBase) -> None:
    # Three small voices: three folds, fitted one after the other and then in two processes.
    examples = [e for e in corpus.read(ROOT) if e.source in {"zoo-aquarium", "chocolatier", "coworking"}]
    assert len({e.source for e in examples}) == 3
    one, two = held_out(bare_kb, examples, workers=1), held_out(bare_kb, examples, workers=2)
    assert one.report() == two.report()
    assert one.failures == two.failures and one.total == len(examples)
