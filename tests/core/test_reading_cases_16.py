"""Kinds of message the 16th set of independent checks showed the coach misreading (paraphrased, not
the cases themselves), end to end through the trained model, the rules and the readings."""

from __future__ import annotations

import pytest

from bot import knowledge
from bot.coach.engine import Coach
from bot.coach.model import Assessment


@pytest.fixture(scope="module")
def coach() -> Coach:
    return Coach(knowledge.load(), None)


def _pillars(a: Assessment) -> set[str]:
    return {f.pillar.value for f in a.findings}


def _cards(a: Assessment) -> set[str]:
    return {c for f in a.findings for c in f.cards}


def test_none_of_our_hosts_is_nobody_of_ours(coach: Coach) -> None:
    a = coach.assess("ElevenLabs for 25 sponsor spots? a stock synthetic voice, none of our presenters")
    assert "privacy" not in _pillars(a)
    assert "transparency" in _pillars(a)


@pytest.mark.parametrize(
    "text",
    [
        "Generate a 'typical family' for the season pass ad with Firefly: mum, dad, two kids, photoreal",
        "Générer une dizaine de photos de nos vendeurs avec l'IA pour la page recrutement, pas de shooting",
    ],
)
def test_people_generated_from_nothing_are_nobodys_likeness(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert not _cards(a) & {"privacy/children-in-ads", "privacy/likeness-and-image-rights"}
    assert "bias" in _pillars(a)


def test_photos_of_real_children_still_need_consent(coach: Coach) -> None:
    a = coach.assess("On upload les photos des enfants du club dans Canva pour des montages IA")
    assert "privacy" in _pillars(a)


def test_testimonials_with_invented_names_are_no_real_parents(coach: Coach) -> None:
    a = coach.assess(
        "faire écrire par ChatGPT des avis de 'parents' pour la page anniversaires, on inventera les prénoms"
    )
    assert "privacy" not in _pillars(a)
    assert "transparency/fake-reviews-testimonials" in _cards(a)


def test_comments_pasted_into_a_tool_are_personal_data(coach: Coach) -> None:
    a = coach.assess("can I dump the 400 facebook comments from the giveaway into Gemini to pick a winner?")
    assert "privacy" in _pillars(a)


def test_a_question_naming_the_ai_act_gets_its_article_50_card(coach: Coach) -> None:
    a = coach.assess("Does the AI Act mean we must label every caption ChatGPT helped with on Instagram?")
    assert a.findings[0].cards[0] == "transparency/ai-act-article-50"


def test_a_public_figure_in_an_ai_pic_is_also_a_matter_of_rights(coach: Coach) -> None:
    a = coach.assess(
        "someone made an AI pic of Taylor Swift holding our speaker for a joke post, can we share it?"
    )
    assert "copyright" in _pillars(a)


def test_a_rate_said_before_its_unit_is_carried_over_the_year(coach: Coach) -> None:
    a = coach.assess(
        "10 par semaine : des résumés de nos articles faits par ChatGPT. Ça consomme combien sur un an ?"
    )
    assert a.footprint is not None
    assert 500 < sum(q.count for q in a.mentions.quantities) < 540  # 10 × 52.14
