"""The assessment engine end to end (real knowledge base, real EcoLogits), and the JSON contract."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import pytest

from bot.coach.engine import Coach
from bot.coach.findings import MAX_FINDINGS, MAX_PER_PILLAR
from bot.coach.i18n import t
from bot.coach.model import Assessment

PILLARS = {"bias", "transparency", "footprint", "privacy", "copyright", "accuracy"}
SEVERITIES = {"info", "warning", "critical"}

TEXTS = [
    "Let's create 20 hero images of smiling employees with Midjourney for the careers page.",
    "Générer 40 visuels de notre équipe commerciale avec DALL-E pour la plaquette.",
    "Upload our newsletter subscriber list with emails to Gemini to write personalised intros.",
    "How much electricity does one ChatGPT prompt use?",
    "Quel est l'impact carbone d'une requête à ChatGPT ?",
    "Produire 10 vidéos de 15 secondes avec Runway pour TikTok.",
    "Generate 50 five-star Google reviews for our restaurant.",
    "Remplacer les mannequins de notre catalogue par des mannequins générés par IA.",
    "Demander à ChatGPT un article de blog avec des chiffres clés du marché, publié tel quel.",
    "We want a realistic AI avatar presenter for our YouTube ads instead of hiring an actor.",
    "Clone our founder's voice with ElevenLabs, then make 3 videos of 30 seconds with Sora and 30 visuals "
    "of our employees with Midjourney in the style of Pixar, and publish them as is on TikTok with "
    "statistics from ChatGPT, using our customer list with emails.",
    "Can someone book the meeting room for Tuesday?",
    "Quelqu'un a vu mon chargeur ?",
]
OFF_TOPIC = [
    "Can someone book the meeting room for Tuesday?",
    "Quelqu'un a vu mon chargeur ?",
    "Lunch at noon?",
    "🎉🎉🎉",
    "Merci beaucoup !",
    "The quarterly all-hands is moved to Thursday 3pm.",
]


def _check_contract(d: dict[str, Any]) -> None:
    """Exactly the keys and types of DESIGN.md's assessment JSON."""
    assert set(d) - {"headline"} == {"language", "findings", "footprint", "answer"}  # headline: added
    assert d["language"] in ("fr", "en")
    assert isinstance(d["answer"], str) and d["answer"].strip()
    assert isinstance(d["findings"], list)
    for f in d["findings"]:
        assert set(f) - {"label"} == {"pillar", "severity", "title", "advice", "cards", "sources"}
        assert f["pillar"] in PILLARS
        assert f["severity"] in SEVERITIES
        assert isinstance(f["title"], str) and f["title"].strip()
        assert isinstance(f["advice"], str) and f["advice"].strip()
        assert isinstance(f["cards"], list) and f["cards"]
        assert all(isinstance(c, str) and re.fullmatch(r"[a-z]+/[a-z0-9-]+", c) for c in f["cards"])
        assert isinstance(f["sources"], list) and f["sources"]
        for s in f["sources"]:
            assert set(s) == {"title", "publisher", "year", "url"}
            assert isinstance(s["title"], str) and s["title"]
            assert isinstance(s["publisher"], str) and s["publisher"]
            assert isinstance(s["year"], int) and not isinstance(s["year"], bool)
            assert 1800 <= s["year"] <= 2100
            assert isinstance(s["url"], str) and s["url"].startswith("https://")
    fp = d["footprint"]
    if fp is not None:
        assert set(fp) == {"energy_wh", "water_l", "co2e_g", "basis", "equivalents"}
        for metric in ("energy_wh", "water_l", "co2e_g"):
            r = fp[metric]
            assert set(r) == {"low", "high"}
            assert all(isinstance(v, float) for v in r.values())
            assert 0 <= r["low"] <= r["high"]
        assert isinstance(fp["basis"], str) and fp["basis"]
        assert isinstance(fp["equivalents"], list) and all(isinstance(e, str) for e in fp["equivalents"])


@pytest.mark.parametrize("text", TEXTS)
def test_json_contract(coach: Coach, text: str) -> None:
    d = coach.assess(text).as_dict()
    _check_contract(d)
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


@pytest.mark.parametrize("text", TEXTS)
def test_deterministic(coach: Coach, text: str) -> None:
    first = json.dumps(coach.assess(text).as_dict(), ensure_ascii=False)
    second = json.dumps(coach.assess(text).as_dict(), ensure_ascii=False)
    assert first == second


def test_deterministic_across_coaches(coach: Coach) -> None:
    from bot.bootstrap import build_coach

    other = build_coach()
    for text in TEXTS:
        assert coach.assess(text).as_dict() == other.assess(text).as_dict()


@pytest.mark.parametrize("text", TEXTS)
def test_findings_are_well_formed(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert len(a.findings) <= MAX_FINDINGS
    per_pillar = Counter(f.pillar for f in a.findings)
    assert all(n <= MAX_PER_PILLAR for n in per_pillar.values()), per_pillar
    keys = [(f.pillar, f.title) for f in a.findings]
    assert len(keys) == len(set(keys)), keys
    assert len({f.advice for f in a.findings}) == len(a.findings)
    for f in a.findings:
        assert f.sources and all(s.url.startswith("https://") for s in f.sources)
        assert len({s.url for s in f.sources}) == len(f.sources)
        for card in f.cards:
            assert coach.kb.card(card, a.language) is not None, card


def test_many_things_at_once_are_capped(coach: Coach) -> None:
    a = coach.assess(TEXTS[10])
    assert len(a.findings) == MAX_FINDINGS
    assert {f.pillar.value for f in a.findings} >= {"transparency", "privacy", "footprint"}
    assert max(Counter(f.pillar for f in a.findings).values()) == MAX_PER_PILLAR
    # Most severe first.
    ranks = [f.severity.rank for f in a.findings]
    assert ranks == sorted(ranks, reverse=True)


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_off_topic(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert a.findings == ()
    assert a.footprint is None
    assert a.answer == t("answer.off_topic", a.language)


@pytest.mark.parametrize("text", ["", "   ", "\n\t ", "\x00\x01\x02", "\u200b"])
def test_empty(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert a.findings == () and a.footprint is None
    assert a.answer == t("answer.empty", a.language)
    assert coach.assess(text, "en").answer == t("answer.empty", "en")


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("How much water does one ChatGPT prompt use?", "en", r"\bmL\b"),
        ("Combien d'eau consomme une requête ChatGPT ?", "fr", r"\bmL\b"),
        ("How much electricity does one ChatGPT prompt use?", "en", r"\bWh\b"),
        ("Combien d'énergie consomme une image générée par Midjourney ?", "fr", r"\bWh\b"),
        ("What is the carbon footprint of one ChatGPT answer?", "en", r"\bg\b|CO2"),
    ],
)
def test_question_gets_info_findings_with_figures_and_sources(
    coach: Coach, text: str, lang: str, figure: str
) -> None:
    a = coach.assess(text)
    assert a.language == lang
    assert a.mentions.is_question
    assert a.findings
    assert all(f.severity.value == "info" for f in a.findings)
    assert all(f.pillar.value == "footprint" for f in a.findings)
    first = a.findings[0]
    assert re.search(r"\d", first.advice) and re.search(figure, first.advice), first.advice
    assert first.sources and all(s.url.startswith("https://") for s in first.sources)
    # the direct answer first (the card's verdict), the finding says why
    assert a.answer != first.advice and re.search(r"\d|little|peu", a.answer), a.answer
    # "one prompt", "une image": the question's own case gets its estimate too
    assert a.footprint is not None and a.footprint.energy_wh.high > 0


def test_a_plan_gets_a_footprint_finding_with_figures(coach: Coach) -> None:
    a = coach.assess("On va générer 30 visuels avec Midjourney pour Instagram")
    assert a.footprint is not None
    fp = [f for f in a.findings if f.pillar.value == "footprint"]
    assert len(fp) == 1
    assert "Wh" in fp[0].advice and "30 × image, Midjourney" in fp[0].advice
    assert "recharges de smartphone" in fp[0].advice  # one equivalent; CO2e and water in `footprint`
    assert a.footprint.co2e_g.high > 0 and a.footprint.water_l.high > 0
    assert "Wh" not in a.answer  # the figures are said once, in the footprint point


def test_no_quantity_no_footprint(coach: Coach) -> None:
    a = coach.assess("Create hero images of our employees with Midjourney")
    assert a.footprint is None
    assert a.findings


def test_quantity_without_ai_gives_no_footprint(coach: Coach) -> None:
    assert coach.assess("We printed 500 posters for the fair").footprint is None


def test_critical_findings_come_first(coach: Coach) -> None:
    a = coach.assess("Upload our customer list with emails to ChatGPT and write 20 posts about it")
    assert a.findings[0].severity.value == "critical"
    assert a.findings[0].pillar.value == "privacy"


def test_answer_line_counts_points(coach: Coach) -> None:
    a = coach.assess("Let's create 20 hero images of smiling employees with Midjourney for the careers page.")
    to_act = sum(1 for f in a.findings if f.severity.value != "info")
    assert a.answer.startswith(f"{to_act} points to fix before you start")  # only points to act on
    assert a.headline and a.headline not in a.answer


def test_nothing_to_flag(coach: Coach) -> None:
    a = coach.assess("Utiliser l'IA")
    assert a.findings == ()
    assert a.answer == t("answer.clear", "fr")


def test_pillars_summary(coach: Coach) -> None:
    a = coach.assess("Generate 50 five-star Google reviews for our restaurant.")
    assert a.pillars["transparency"] == "critical"
    assert set(a.pillars) == {f.pillar.value for f in a.findings}


def test_long_text_is_assessed_on_its_beginning(coach: Coach) -> None:
    head = "Générer 30 visuels de nos salariés avec Midjourney. "
    a = coach.assess(head + "bla " * 100_000)
    assert a.language == "fr"
    assert a.footprint is not None and "30 × image" in a.footprint.basis


def test_mentions_hold_no_user_text(coach: Coach) -> None:
    a = coach.assess("Envoyer le fichier clients de Martine Durand à ChatGPT")
    blob = json.dumps([list(a.mentions.facts), a.mentions.tools, a.mentions.media]).lower()
    assert "martine" not in blob and "durand" not in blob


def test_assessment_is_immutable(coach: Coach) -> None:
    a = coach.assess("Générer 10 visuels avec Midjourney")
    assert isinstance(a, Assessment)
    with pytest.raises(AttributeError):
        a.language = "en"  # type: ignore[misc]


def test_a_rule_finding_cites_first_the_card_the_classifier_is_sure_of(coach: Coach) -> None:
    """The chatbot rule must not be missed; the chatbot card (not only Article 50) says it for this case."""
    a = coach.assess("We're putting an AI assistant on the website to answer customer questions")
    [transparency] = [f for f in a.findings if f.pillar.value == "transparency"]
    assert transparency.cards[0] == "transparency/customer-chatbots"
    assert "transparency/ai-act-article-50" in transparency.cards
    urls = [s.url for s in transparency.sources]
    assert len(urls) == len(set(urls))


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        (
            "We will generate 30 Instagram visuals with Midjourney with realistic faces and paste our "
            "customer list into ChatGPT to personalise the posts",
            "ChatGPT",
        ),
        ("On colle le fichier clients dans Gemini", "Gemini"),
    ],
)
def test_the_headline_names_the_tool_the_data_goes_into(coach: Coach, text: str, tool: str) -> None:
    a = coach.assess(text)
    assert a.findings[0].pillar.value == "privacy"
    assert a.headline.endswith(tool)


def test_a_water_question_gets_the_water_figure(coach: Coach) -> None:
    a = coach.assess("Ça consomme combien d'eau, une seule image générée avec DALL-E ?")
    assert a.footprint is not None
    point = next(f for f in a.findings if f.pillar.value == "footprint" and "DALL" in f.advice)
    assert "mL d'eau" in point.advice
    a = coach.assess("CO2 of 10 videos of 8 s with Sora?")
    assert any("CO2e" in f.advice for f in a.findings if f.pillar.value == "footprint")


def test_a_chatbot_point_says_to_disclose_it(coach: Coach) -> None:
    a = coach.assess(
        "We're setting up a WhatsApp customer-service bot on GPT-4o called 'Chloé from customer care'."
    )
    assert any("Disclose" in f.advice and "Art. 50" in f.advice for f in a.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Une stagiaire nous a envoyé son histoire avec sa dépression et son arrêt maladie, "
        "je la fais réécrire par Gemini",
        "Can I paste patient names and diagnoses into ChatGPT to draft follow-up letters?",
    ],
)
def test_health_data_gets_the_sensitive_data_point(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    point = next(f for f in a.findings if f.pillar.value == "privacy")
    assert point.severity.value == "critical"
    assert "art. 9" in point.advice.lower()


def test_a_customer_chatbot_gets_an_accuracy_point(coach: Coach) -> None:
    a = coach.assess(
        "do we have to tell applicants the live chat on the admissions page is Claude? "
        "it answers fees questions"
    )
    assert any(f.pillar.value == "accuracy" and "Air Canada" in f.advice for f in a.findings)


def test_music_that_sounds_like_a_singer_is_not_their_likeness(coach: Coach) -> None:
    a = coach.assess("Planning to have Suno make a jingle that sounds just like Taylor Swift's Shake It Off.")
    assert {f.pillar.value for f in a.findings} == {"copyright"}
    a = coach.assess("Deepfake video of Taylor Swift holding our product, made with HeyGen")
    assert "privacy" in {f.pillar.value for f in a.findings}


@pytest.mark.parametrize(
    "text",
    [
        "Idée TikTok : un deepfake d'Alain Prost qui essaie notre nouvelle citadine, fait avec Runway",
        "An AI picture of Gordon Ramsay tasting our new burger for April Fools",
    ],
)
def test_a_real_persons_face_is_also_a_matter_of_rights(coach: Coach, text: str) -> None:
    pillars = {f.pillar.value for f in coach.assess(text).findings}
    assert {"privacy", "copyright"} <= pillars


@pytest.mark.parametrize(
    "text",
    [
        "plan: paste our 40 sponsored athletes' stats into chatgpt and let it pick who to drop based on age",
        "Copilot va trier les dossiers des locataires selon la nationalité et la situation familiale",
    ],
)
def test_sorting_people_on_protected_criteria_is_a_discrimination_point(coach: Coach, text: str) -> None:
    """Unlawful, so it blocks: the answer and the headline say "not as it stands"."""
    point = next(f for f in coach.assess(text).findings if f.pillar.value == "bias")
    assert point.severity.value == "critical"
    assert "discrimination" in point.advice.lower()


@pytest.mark.parametrize(
    "text",
    [
        "c legal d'utiliser un détecteur d'IA pour savoir si les lettres de motiv sont écrites par chatgpt ?",
        "we ran the intern's essay through GPTZero and it says 80% AI, should we confront him?",
    ],
)
def test_an_ai_detector_gets_an_accuracy_point_with_its_error_rates(coach: Coach, text: str) -> None:
    point = next(f for f in coach.assess(text).findings if f.pillar.value == "accuracy")
    assert "26 %" in point.advice and ("9 %" in point.advice)


def test_a_question_about_a_language_model_is_not_about_generated_people(coach: Coach) -> None:
    a = coach.assess(
        "does it make any difference which AI model we use for drafting client memos, energy-wise?"
    )
    assert {f.pillar.value for f in a.findings} == {"footprint"}


def test_a_question_with_a_count_keeps_its_other_answers_beside_the_estimate(coach: Coach) -> None:
    """Only a question about the footprint is answered by the estimate alone."""
    a = coach.assess("Claude wrote 5 posts, ok?")
    pillars = {f.pillar.value for f in a.findings}
    assert a.footprint is not None and len(pillars - {"footprint"}) >= 1, pillars
    a = coach.assess("How much CO2 for the 50 Midjourney images?")
    assert {f.pillar.value for f in a.findings} == {"footprint"}


def test_send_me_the_template_hands_nothing_to_a_tool(coach: Coach) -> None:
    a = coach.assess("Can someone send me the Canva template for the candidate newsletter pls")
    assert "upload" not in a.mentions.facts
    assert not any(f.severity.value != "info" for f in a.findings)


@pytest.mark.parametrize(
    "text",
    [
        "est-ce qu'on peut utiliser une IA pour scorer quels clients cibler en priorité pour le crédit ?",
        "is it fine to let an AI model decide which people see our premium mortgage ads on facebook?",
    ],
)
def test_an_ai_choosing_who_gets_an_offer_is_a_bias_point(coach: Coach, text: str) -> None:
    point = next(f for f in coach.assess(text).findings if f.pillar.value == "bias")
    assert point.severity.value == "warning" and "22" in point.advice


def test_dropping_candidates_over_50_is_discrimination(coach: Coach) -> None:
    text = "On colle les CV des candidats dans ChatGPT et il écarte ceux de plus de 50 ans ou handicapés"
    point = next(f for f in coach.assess(text).findings if f.pillar.value == "bias")
    assert "discrimination" in point.title.lower()


def test_segmenting_on_religion_is_a_bias_point(coach: Coach) -> None:
    a = coach.assess('Notion AI intro from CRM tags: "Dear Mr Khan, as a Muslim voter…" ok to send?')
    assert any(f.pillar.value == "bias" and "Art. 9" in f.advice for f in a.findings)


def test_an_ai_summary_gets_an_accuracy_point(coach: Coach) -> None:
    text = "On va passer les 3 400 contributions de la concertation dans Claude pour une synthèse par thème"
    assert "accuracy" in {f.pillar.value for f in coach.assess(text).findings}


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Can I paste the patient list with diagnoses into ChatGPT to draft the recall SMS? is it ok?",
            "Not as it stands. Keep health",
        ),
        (
            "Peut-on coller le fichier clients avec les IBAN dans Copilot pour faire les relances ?",
            "Pas en l'état. Retirez les données personnelles",
        ),
    ],
)
def test_a_blocking_point_leads_the_answer_to_a_question(coach: Coach, text: str, lead: str) -> None:
    # Not the verdict of a card about something else ("Yes, if people opted in…"): the blocking point.
    a = coach.assess(text)
    assert a.mentions.is_question
    assert a.findings[0].severity.value == "critical"
    assert a.answer.startswith(lead), a.answer
    assert "{tool}" not in a.answer and a.answer.endswith(".")


@pytest.mark.parametrize(
    "text",
    [
        "We want to send a Muslim voter segment a special mailing, the AI picked them from our CRM.",
        "L'IA choisit dans le CRM quels clients reçoivent l'offre de crédit, on cible qui elle dit.",
    ],
)
def test_a_rule_shows_the_source_of_its_own_point_first(coach: Coach, text: str) -> None:
    # The bias point cites GDPR/DSA, not the personalisation card's e-mail prospecting page.
    a = coach.assess(text)
    bias = [f for f in a.findings if f.pillar.value == "bias"]
    assert bias and bias[0].sources[0].url == "https://eur-lex.europa.eu/eli/reg/2016/679/oj", bias


def test_someone_reviewing_the_text_is_no_fake_review(coach: Coach) -> None:
    a = coach.assess("ChatGPT drafts our newsletter and our editor reviews it before sending.")
    assert not [f for f in a.findings if "transparency/fake-reviews-testimonials" in f.cards], a.findings
    assert all(f.severity.value != "critical" for f in a.findings)
    fake = coach.assess("Generate 50 five-star Google reviews for our restaurant.")
    assert fake.findings[0].severity.value == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "The cellar audio guide will be recorded by our real guide Marie in a studio. No voice cloning, no "
        "synthetic voice. Only the English and German subtitles come from Whisper + DeepL.",
        "La voix off est lue par notre comédienne Julie, enregistrée en studio, pas de voix de synthèse. "
        "Les sous-titres anglais viennent de DeepL.",
    ],
)
def test_a_real_voice_recorded_for_real_gets_no_consent_or_clone_point(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    pillars = {f.pillar.value for f in a.findings}
    assert "accuracy" in pillars  # the machine subtitles are what to check
    assert not pillars & {"privacy", "copyright"}, a.findings
    assert not [f for f in a.findings if "transparency/voice-clones" in f.cards], a.findings


@pytest.mark.parametrize(
    "text",
    [
        "For the newsletter header we'll use Firefly to make one abstract pattern in our brand colours — no "
        "people, no logos, nothing realistic. Anything I should watch out for?",
        "On génère 10 fonds d'écran abstraits avec Firefly pr les visios, pas de personnages, pas de texte, "
        "usage interne uniquement.",
    ],
)
def test_abstract_or_internal_visuals_owe_no_label(coach: Coach, text: str) -> None:
    # (a question about labelling them is still answered: see test_asking_about_labels_of_abstract_visuals)
    a = coach.assess(text)
    assert "transparency" not in {f.pillar.value for f in a.findings}, a.findings
    assert "bias" not in {f.pillar.value for f in a.findings}


def test_a_message_that_rules_ai_out_gets_no_guessed_card(coach: Coach) -> None:
    a = coach.assess(
        "We won't use AI for the press release about our new Bordeaux office — I just want to know what "
        "time of day journalists are most likely to open it."
    )
    assert not a.findings
    assert a.answer == t("answer.off_topic", "en")


def test_a_message_that_rules_ai_out_is_answered_on_what_it_names(coach: Coach) -> None:
    a = coach.assess(
        "For the spring campaign we're shooting real photos of our own staff (release forms signed), no AI "
        "involved at all. I just want to check the release form is fine GDPR-wise."
    )
    assert [f.pillar.value for f in a.findings] == ["privacy"], a.findings


def test_asking_about_labels_of_abstract_visuals(coach: Coach) -> None:
    a = coach.assess("do we need to label AI images in our newsletter if they're just abstract backgrounds?")
    assert "transparency" in {f.pillar.value for f in a.findings}, a.findings


def test_fake_customers_get_the_fake_testimonial_point_not_a_consent_point(coach: Coach) -> None:
    a = coach.assess("We'll make fake 'customer' selfies with our donut in Midjourney, reposted as UGC.")
    assert "transparency" in {f.pillar.value for f in a.findings}, a.findings
    assert "privacy" not in {f.pillar.value for f in a.findings}, a.findings
