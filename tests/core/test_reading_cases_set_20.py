"""Kinds of message the misses of earlier independent check sets still showed the coach misreading
(session of 2026-12-04), paraphrased, end to end through the trained model, the rules and the
readings (`coach` is the real one, from conftest.py)."""

from __future__ import annotations

import pytest

from bot.coach.engine import Coach
from bot.coach.model import Severity
from tests.support.findings import cards_of, pillars_of

GHOST = "transparency/ghost-written-content"


@pytest.mark.parametrize(
    "text",
    [
        "Can Gemini summarise our printed brochure so I can reuse the wording on the website?",
        "Copilot peut résumer le programme du festival déjà publié sur le site pour la newsletter ?",
        "I pasted the press review PDF into ChatGPT to get three headlines for the intranet",
    ],
)
def test_pasting_a_document_that_is_nobodys_data_raises_no_privacy_point(coach: Coach, text: str) -> None:
    """Pasting alone is no evidence of personal data: what is pasted says so."""
    assert "privacy" not in pillars_of(coach.assess(text))


@pytest.mark.parametrize(
    "text",
    [
        "ChatGPT will write 30 bios for the team page from everyone's HR files",
        "On passe les images de vidéosurveillance du parking dans un outil IA pour repérer les habitués",
        "Gemini garde ce qu'on lui envoie ? Je voulais y coller le planning des équipes de nuit",
        "On donne à Claude les 5 000 messages écrits par nos clients pour en tirer des modèles",
        "Can we put the photos the audience posts under our hashtag into Firefly for the recap video?",
    ],
)
def test_private_data_named_in_everyday_words_is_a_privacy_point(coach: Coach, text: str) -> None:
    assert "privacy" in pillars_of(coach.assess(text))


@pytest.mark.parametrize(
    ("text", "count", "medium"),
    [
        ("We'll generate a portrait for each of our 40 branches with DALL-E", 40, "image"),
        ("Claude writes a short caption for each of the 250 products in the spring catalogue", 250, "text"),
        ("Claude writes a short results story for each of the 577 constituencies", 577, "text"),
        ("Claude writes 2 LinkedIn posts a week for each of our 5 regional managers", 10, "text"),
    ],
)
def test_a_for_each_of_n_items_is_n_items(coach: Coach, text: str, count: int, medium: str) -> None:
    """English "a … for each of N" is one per item; "a week" before it stays a rate's period."""
    a = coach.assess(text)
    assert a.mentions is not None
    assert [(q.count, q.medium) for q in a.mentions.quantities] == [(count, medium)]
    assert a.footprint is not None


def test_an_instagram_story_is_still_a_video(coach: Coach) -> None:
    a = coach.assess("On fait 10 stories Instagram avec Runway pour le lancement")
    assert a.mentions is not None and [q.medium for q in a.mentions.quantities] == ["video"]


@pytest.mark.parametrize(
    "text",
    [
        "Copilot drafts the monthly column and it goes out under our CEO's name, she skims it at best",
        "ChatGPT écrit la tribune et on la publie sous son nom, le DG n'a pas le temps de la relire",
        "Claude wrote the health tips article, can we put Dr Moreau's name on it as the author?",
    ],
)
def test_ai_text_under_a_real_persons_name_is_a_transparency_warning(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert GHOST in cards_of(a)
    finding = next(f for f in a.findings if GHOST in f.cards)
    assert finding.pillar.value == "transparency" and finding.severity is Severity.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "Le contrat signé par le client, je peux le résumer avec Copilot ?",
        "Gemini, write a thank-you email to the mayor for the visit",
    ],
)
def test_a_signature_that_is_not_a_byline_is_no_ghost_writing(coach: Coach, text: str) -> None:
    assert GHOST not in cards_of(coach.assess(text))


@pytest.mark.parametrize(
    "text",
    [
        "Can I drop the supplier contracts into Gemini to summarise the termination clauses for the board?",
        "On peut mettre le bail commercial dans Copilot pour qu'il nous résume les clauses de sortie ?",
    ],
)
def test_a_summary_asked_about_gets_its_check_against_the_original(coach: Coach, text: str) -> None:
    """The question is about privacy first, but a summary people will rely on is checked too."""
    assert {"privacy", "accuracy"} <= pillars_of(coach.assess(text))


def test_an_artists_style_named_with_an_apostrophe_is_copyright_not_a_likeness(coach: Coach) -> None:
    a = coach.assess("Midjourney for 10 gig posters in Quentin Blake's style, no faces of the band")
    assert "copyright" in pillars_of(a) and "privacy" not in pillars_of(a)


def test_a_famous_writer_named_for_an_avatar_is_a_likeness(coach: Coach) -> None:
    a = coach.assess("HeyGen avatar of Stephen King telling people to buy books at our shop, for Halloween?")
    assert "privacy" in pillars_of(a)


def test_the_people_an_email_is_sent_to_are_not_texts_generated(coach: Coach) -> None:
    a = coach.assess("Gemini drafted the flood email and I'm sending it to our 800 households tonight")
    assert a.mentions is not None and a.mentions.quantities == ()


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Midjourney image of a reading corner for our literacy charity campaign", "topic:water"),
        ("I pasted the press review into ChatGPT to pick three headlines", "reviews"),
        ("Je colle la revue de presse dans Claude pour en tirer trois titres", "publish:press"),
    ],
)
def test_words_that_only_look_like_a_subject_are_not_read_as_it(coach: Coach, text: str, absent: str) -> None:
    """ "literacy" is no litre of water; a press review is neither a customer review nor a press release."""
    a = coach.assess(text)
    assert a.mentions is not None and absent not in a.mentions.facts


def test_ai_fashion_models_are_nobodys_likeness(coach: Coach) -> None:
    a = coach.assess("Des mannequins IA (une dizaine de photos) qui tiennent nos carnets, pour Insta")
    assert "privacy" not in pillars_of(a) and "bias" in pillars_of(a)
