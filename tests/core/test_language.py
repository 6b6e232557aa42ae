"""French/English detection on short texts, and the engine's language choice."""

from __future__ import annotations

import pytest

from bot.coach.engine import Coach
from bot.coach.language import detect

FRENCH_5 = [
    "On va générer des visuels",
    "Combien consomme une requête ChatGPT",
    "Peut-on utiliser ces images ?",
    "Rédiger la newsletter avec Claude",
    "Faut-il mentionner l'IA ici",
    "Quelqu'un a vu mon chargeur ?",
]
ENGLISH_5 = [
    "We will generate some visuals",
    "How much water does ChatGPT",
    "Can we use these images?",
    "Write the newsletter with Claude",
    "Should we disclose the AI",
    "Let's create hero images today",
]
FRENCH_NO_ACCENTS = [
    "Generer 20 visuels pour notre equipe",
    "ca marche pour toi avec Midjourney",
    "est ce que je peux utiliser ChatGPT",
    "combien d eau pour une image",
]
NO_CUE = ["Midjourney", "ChatGPT Claude Gemini", "12345", "!!!", "🎉🎉🎉", "", "   ", "https://example.com"]


@pytest.mark.parametrize("text", FRENCH_5)
def test_five_word_french(text: str) -> None:
    assert len(text.split()) <= 6
    assert detect(text, default="en") == "fr"


@pytest.mark.parametrize("text", ENGLISH_5)
def test_five_word_english(text: str) -> None:
    assert len(text.split()) <= 6
    assert detect(text, default="fr") == "en"


@pytest.mark.parametrize("text", FRENCH_NO_ACCENTS)
def test_french_without_accents(text: str) -> None:
    assert detect(text, default="en") == "fr"


@pytest.mark.parametrize("text", NO_CUE)
def test_no_cue_gives_the_default(text: str) -> None:
    assert detect(text, default="fr") == "fr"
    assert detect(text, default="en") == "en"


@pytest.mark.parametrize("text", ["hello", "hello!", "Hello 👋", "bye"])
def test_an_english_greeting_alone_is_english(text: str) -> None:
    assert detect(text, default="fr") == "en"


def test_unknown_default_falls_back_to_french() -> None:
    assert detect("Midjourney", default="de") == "fr"


def test_mixed_text_follows_the_dominant_language() -> None:
    assert detect("On va faire 10 images with Midjourney pour le salon de la rentrée", "en") == "fr"
    assert detect("We'll make the visuels for the salon with Midjourney and the team", "fr") == "en"
    # English contractions are strong cues even among French brand words.
    assert detect("Let's check what's allowed for Carrefour", "fr") == "en"


def test_engine_detects_the_language(coach: Coach) -> None:
    assert coach.assess("On va générer 30 visuels avec Midjourney").language == "fr"
    assert coach.assess("We will generate 30 visuals with Midjourney").language == "en"


def test_engine_uses_its_default_when_there_is_no_cue(coach: Coach) -> None:
    assert coach.default_lang == "fr"
    a = coach.assess("🎉🎉🎉")
    assert a.language == "fr"
    assert "IA générative" in a.answer


def test_lang_override_wins_over_detection(coach: Coach) -> None:
    text = "On va générer 30 visuels de nos salariés avec Midjourney pour Instagram"
    fr = coach.assess(text)
    en = coach.assess(text, "en")
    assert (fr.language, en.language) == ("fr", "en")
    # Same findings (same rules fired), worded in the forced language.
    assert [f.pillar for f in fr.findings] == [f.pillar for f in en.findings]
    assert [f.title for f in fr.findings] != [f.title for f in en.findings]
    assert "to fix before you start" in en.answer
    assert en.footprint is not None and "image" in en.footprint.basis
    assert "recharges de smartphone" not in " ".join(en.footprint.equivalents)
    assert any("smartphone charges" in e for e in en.footprint.equivalents)


def test_lang_override_to_french(coach: Coach) -> None:
    a = coach.assess("How much water does one ChatGPT prompt use?", "fr")
    assert a.language == "fr"
    assert a.findings and all(f.pillar.value == "footprint" for f in a.findings)
    assert "eau" in (a.findings[0].title + a.findings[0].advice).lower()


def test_unknown_override_is_ignored(coach: Coach) -> None:
    assert coach.assess("We will generate 30 visuals with Midjourney", "de").language == "en"
    assert coach.assess("We will generate 30 visuals with Midjourney", None).language == "en"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("veo 30 sec ad impact", "en"),
        ("copilot data retention", "en"),
        ("canva banner sizes", "en"),
        ("fake reviews liability", "en"),
        ("devis shooting vs midjourney", "fr"),
        ("droits musique suno pub", "fr"),
        ("empreinte carbone sora", "fr"),
    ],
)
def test_a_few_words_with_no_function_word(text: str, lang: str) -> None:
    """Content words drawn from the corpus decide when no article or pronoun does."""
    other = "fr" if lang == "en" else "en"
    assert detect(text, default=other) == lang


def test_a_link_does_not_choose_the_language() -> None:
    assert detect("regarde ça https://example.com/blog/the-best-summer-campaign-ideas", "en") == "fr"


def test_the_content_words_are_drawn_from_the_current_corpus() -> None:
    """`bot/coach/language_words.py` is generated (`python -m bot.language_words`): a corpus change
    that moves the word lists without regenerating them fails here, like a stale model in `kb lint`."""
    from pathlib import Path

    from bot import corpus, knowledge, language_words

    examples = corpus.read(knowledge.default_dir())
    shipped = Path(language_words.__file__).parent / "coach" / "language_words.py"
    assert shipped.read_text(encoding="utf-8") == language_words.render(
        language_words.draw(examples), len(examples)
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Traduction DeepL pour les panneaux du terminal : « Please to present yourself at the gate 30 "
            "minutes before the flight under penalty of refusal of boarding. » On en imprime 40 demain, ok ?",
            "fr",
        ),
        (
            "Can you check this caption before I post it: \"Nos vignerons vous accueillent tout l'été au "
            'domaine, dégustation offerte pour tous les visiteurs"',
            "en",
        ),
        # Too few words of one's own to tell: the whole text decides.
        ("« Nos vignerons vous accueillent tout l'été au domaine » ok?", "fr"),
    ],
)
def test_a_quoted_draft_does_not_decide_the_writers_language(text: str, lang: str) -> None:
    assert detect(text) == lang
