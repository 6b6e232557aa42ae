"""Kinds of message the 15th and 16th sets of independent checks showed the coach misreading
(paraphrased, not the cases themselves), end to end through the trained model, the rules and the
readings (`coach` is the real one, from conftest.py)."""

from __future__ import annotations

import pytest

from bot.coach.engine import Coach
from tests.support.findings import cards_of, pillars_of


@pytest.mark.parametrize(
    "text",
    [
        "AI 'before' picture of a rescued pony for the donors' newsletter, we never photographed him",
        "Génération de 12 visuels de nos tuiles sur fond blanc avec Firefly pour les fiches produit",
    ],
)
def test_animals_and_products_are_not_generated_people(coach: Coach, text: str) -> None:
    assert "bias" not in pillars_of(coach.assess(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our brand ambassador is off for two months, can we make a HeyGen avatar of her for the launch?",
        "Notre capitaine n'est pas dispo : une fausse interview IA de lui pour la chaîne du club ?",
    ],
)
def test_a_replica_of_our_own_people_is_a_matter_of_rights(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert "copyright/contracts-agencies-talent" in cards_of(a)
    assert "privacy" in pillars_of(a)


def test_a_presenter_who_is_an_avatar_is_nobodys_replica(coach: Coach) -> None:
    a = coach.assess("Faut-il dire aux nouveaux que la présentatrice de la vidéo d'accueil est un avatar IA?")
    assert "copyright" not in pillars_of(a)
    assert "transparency" in pillars_of(a)


def test_a_made_up_avatar_in_a_testimonial_is_no_deepfake(coach: Coach) -> None:
    a = coach.assess("a HeyGen 'customer testimonial' of an invented electrician praising our cables")
    assert "privacy/deepfakes-real-people" not in cards_of(a)
    assert "transparency/fake-reviews-testimonials" in cards_of(a)


def test_a_products_carbon_figures_from_chatgpt_are_accuracy_not_ai_footprint(coach: Coach) -> None:
    a = coach.assess("On fait calculer par ChatGPT le bilan carbone de notre produit pour la FDES")
    assert "accuracy" in pillars_of(a)
    assert "footprint" not in pillars_of(a)


def test_our_own_ai_use_in_a_csr_report_is_still_footprint(coach: Coach) -> None:
    a = coach.assess("On veut l'empreinte carbone de nos usages IA dans le rapport RSE, comment l'estimer ?")
    assert "footprint" in pillars_of(a)


def test_a_contest_entry_is_not_a_job_application(coach: Coach) -> None:
    a = coach.assess("notre candidature au concours écrite en bonne partie par ChatGPT, on le dit au jury ?")
    assert "privacy" not in pillars_of(a)
    assert "transparency" in pillars_of(a)


def test_a_health_claim_posted_as_is_shows_the_claims_point(coach: Coach) -> None:
    a = coach.assess(
        "caption from ChatGPT: 'clinically proven to burn fat 30% faster, the purest formula on the "
        "market'. ok to post as is?"
    )
    assert "accuracy/advertising-claims" in cards_of(a)


def test_a_rate_per_week_per_site_over_a_year_is_costed_in_full(coach: Coach) -> None:
    a = coach.assess(
        "ChatGPT pour 5 relances e-mail par semaine et par agence (on en a 20), pendant un an : l'empreinte ?"
    )
    assert a.footprint is not None
    texts = sum(q.count for q in a.mentions.quantities)
    assert 5000 < texts < 5500  # 5 × 20 × 52.14


@pytest.mark.parametrize(
    "text",
    [
        "We'll use HeyGen to build an avatar of Sarah, our best agent, so she presents every listing video",
        "On crée un avatar HeyGen de Karim, notre meilleur conseiller, pour présenter les biens",
    ],
)
def test_an_avatar_of_a_colleague_named_by_first_name_is_her_replica(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert "bias" not in pillars_of(a)  # her own face, not generated people or a beauty ideal
    assert {"privacy", "copyright", "transparency"} <= pillars_of(a)


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("What is the carbon footprint of one ChatGPT answer?", "footprint/carbon-by-grid"),
        ("Combien d'eau pour une réponse de ChatGPT ?", "footprint/water"),
    ],
)
def test_a_question_naming_its_figure_gets_its_card_first(coach: Coach, text: str, card: str) -> None:
    a = coach.assess(text)
    assert a.findings[0].cards[0] == card


# Set 16


def test_none_of_our_hosts_is_nobody_of_ours(coach: Coach) -> None:
    a = coach.assess("ElevenLabs for 25 sponsor spots? a stock synthetic voice, none of our presenters")
    assert "privacy" not in pillars_of(a)
    assert "transparency" in pillars_of(a)


@pytest.mark.parametrize(
    "text",
    [
        "Generate a 'typical family' for the season pass ad with Firefly: mum, dad, two kids, photoreal",
        "Générer une dizaine de photos de nos vendeurs avec l'IA pour la page recrutement, pas de shooting",
    ],
)
def test_people_generated_from_nothing_are_nobodys_likeness(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert not cards_of(a) & {"privacy/children-in-ads", "privacy/likeness-and-image-rights"}
    assert "bias" in pillars_of(a)


def test_photos_of_real_children_still_need_consent(coach: Coach) -> None:
    a = coach.assess("On upload les photos des enfants du club dans Canva pour des montages IA")
    assert "privacy" in pillars_of(a)


def test_testimonials_with_invented_names_are_no_real_parents(coach: Coach) -> None:
    a = coach.assess(
        "faire écrire par ChatGPT des avis de 'parents' pour la page anniversaires, on inventera les prénoms"
    )
    assert "privacy" not in pillars_of(a)
    assert "transparency/fake-reviews-testimonials" in cards_of(a)


def test_comments_pasted_into_a_tool_are_personal_data(coach: Coach) -> None:
    a = coach.assess("can I dump the 400 facebook comments from the giveaway into Gemini to pick a winner?")
    assert "privacy" in pillars_of(a)


def test_a_question_naming_the_ai_act_gets_its_article_50_card(coach: Coach) -> None:
    a = coach.assess("Does the AI Act mean we must label every caption ChatGPT helped with on Instagram?")
    assert a.findings[0].cards[0] == "transparency/ai-act-article-50"


def test_a_public_figure_in_an_ai_pic_is_also_a_matter_of_rights(coach: Coach) -> None:
    a = coach.assess(
        "someone made an AI pic of Taylor Swift holding our speaker for a joke post, can we share it?"
    )
    assert "copyright" in pillars_of(a)


def test_a_rate_said_before_its_unit_is_carried_over_the_year(coach: Coach) -> None:
    a = coach.assess(
        "10 par semaine : des résumés de nos articles faits par ChatGPT. Ça consomme combien sur un an ?"
    )
    assert a.footprint is not None
    assert 500 < sum(q.count for q in a.mentions.quantities) < 540  # 10 × 52.14
