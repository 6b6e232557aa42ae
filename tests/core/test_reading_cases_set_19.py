"""Kinds of message the 19th set of independent checks (and the misses of earlier sets that it
brought back) showed the coach misreading, paraphrased, end to end through the trained model, the
rules and the readings (`coach` is the real one, from conftest.py)."""

from __future__ import annotations

import pytest

from bot.coach.engine import Coach
from bot.coach.model import Severity
from tests.support.findings import cards_of, pillars_of

ALTERED = "accuracy/altered-real-events"


@pytest.mark.parametrize(
    "text",
    [
        "Photos du rassemblement de mardi : on rajoute du monde avec Firefly pour que ça fasse plus plein ?",
        "Can we use generative fill to add more people to the picture of our strike picket?",
        "Sur la photo de l'inauguration on voudrait enlever les voitures et ajouter des drapeaux avec l'IA",
        "An old photo of the 1910 flood: the AI restored it and filled in the torn corner, fine to post?",
    ],
)
def test_an_ai_edited_photo_of_a_real_event_is_flagged(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert ALTERED in cards_of(a)
    assert {"accuracy", "transparency"} <= pillars_of(a)
    finding = next(f for f in a.findings if ALTERED in f.cards)
    assert finding.severity is Severity.WARNING


def test_the_altered_event_card_answers_the_question_it_is_about(coach: Coach) -> None:
    """It leads: the question is about the crowd photo, not about a likeness."""
    a = coach.assess(
        "Photos de la manif de samedi : on peut rajouter du monde avec l'IA pour que ça fasse plus plein ?"
    )
    card = coach.kb.card(ALTERED, a.language)
    assert card is not None and a.answer == card.verdict


def test_a_generated_photo_of_a_flood_for_the_news_is_flagged(coach: Coach) -> None:
    a = coach.assess("Génère une photo de la crue dans notre rue pour le post Facebook de la mairie")
    assert "accuracy" in pillars_of(a) and "transparency" in pillars_of(a)


@pytest.mark.parametrize(
    "text",
    [
        "Add some snow to our product shot of the new boots with Firefly",
        "On retouche la lumière de la photo du concert avec Lightroom, rien d'IA",
        "Midjourney: an abstract poster for the climate march, shapes and colours only",
    ],
)
def test_edits_that_show_no_real_event_differently_are_not_flagged(coach: Coach, text: str) -> None:
    assert ALTERED not in cards_of(coach.assess(text))


def test_lyrics_of_a_named_singer_are_copyright_not_a_likeness(coach: Coach) -> None:
    a = coach.assess(
        "les paroles d'une chanson de Vianney dans un carrousel fait avec Canva IA, ok niveau droits ?"
    )
    assert "copyright" in pillars_of(a)
    assert "privacy" not in pillars_of(a)


def test_a_capitalised_avatar_of_a_named_person_is_a_likeness(coach: Coach) -> None:
    a = coach.assess("Avatar HeyGen de Karim, notre directeur, pour la vidéo de voeux")
    assert {"privacy", "transparency"} <= pillars_of(a)
    assert "bias" not in pillars_of(a)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_emotion_card_states_the_ban_at_work_and_in_schools(coach: Coach, lang: str) -> None:
    card = coach.kb.card("transparency/emotion-recognition", lang)
    assert card is not None
    article = {"en": "5(1)(f)", "fr": "article 5, §1, f"}[lang]
    assert article in card.body and "2025" in card.body


def test_an_age_limit_in_a_job_ad_is_answered_not_as_it_stands(coach: Coach) -> None:
    """Not the job-ads card's "yes, with care": the criterion asked about is unlawful."""
    a = coach.assess(
        "annonce de recrutement des animateurs du club enfants : Claude propose "
        "'moins de 25 ans, dynamique', ça passe ?"
    )
    assert a.answer.startswith("Pas en l'état")
    assert "privacy/children-in-ads" not in cards_of(a)  # the children are the job, not in the ad
