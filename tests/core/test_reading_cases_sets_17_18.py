"""Kinds of message the 17th and 18th sets of independent checks showed the coach misreading
(paraphrased, not the cases themselves), end to end through the trained model, the rules and the readings
(`coach` is the real one, from conftest.py)."""

from __future__ import annotations

import pytest

from bot.coach.engine import Coach
from tests.support.findings import cards_of, pillars_of


def _facts(coach: Coach, text: str) -> frozenset[str]:
    return frozenset(coach.extractor.extract(text).facts)


@pytest.mark.parametrize(
    "text",
    [
        "Sur le salon on veut une caméra IA qui lit les émotions des visiteurs devant le stand, ok ?",
        "Our pre-test agency wants webcam facial coding on the panel while they watch the new spot",
        "la vitrine digitale changerait la pub selon l'humeur des passants, c'est légal ?",
    ],
)
def test_a_system_reading_emotions_must_tell_people(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert "transparency/emotion-recognition" in cards_of(a)
    card = coach.kb.card("transparency/emotion-recognition", a.language)
    assert card is not None and "50" in card.summary and "2026" in card.verdict


def test_sentiment_of_written_comments_is_no_emotion_recognition(coach: Coach) -> None:
    a = coach.assess(
        "ChatGPT peut me dire l'humeur générale des commentaires sous notre post ? sans les pseudos"
    )
    assert "transparency/emotion-recognition" not in cards_of(a)


def test_one_text_for_each_of_many_items_is_that_many_texts(coach: Coach) -> None:
    """ "une notice pour chacun des 1 200 fonds": 1,200 texts, not 1,200 images ("fonds" can be
    backgrounds), and the question about them is answered with the estimate."""
    a = coach.assess(
        "Mistral va écrire une notice descriptive pour chacun des 1 200 fonds, ça représente quoi en conso ?"
    )
    assert [(q.count, q.medium) for q in a.mentions.quantities] == [(1200, "text")]
    assert a.footprint is not None and a.answer.startswith("Environ")


def test_fifty_poems_are_counted_texts(coach: Coach) -> None:
    a = coach.assess(
        "je voudrais que Mistral me sorte une cinquantaine de petits poèmes, ça consomme combien ?"
    )
    assert [(q.count, q.medium) for q in a.mentions.quantities] == [(50, "text")]
    assert a.footprint is not None


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("a tagline from Claude for the power tools range", "topic:energy"),
        ("ChatGPT says we should prefer young, energetic profiles", "topic:energy"),
        ("Invitation webinar rédigée par Jasper, tu vois un souci ?", "medium:voice"),
        ("30 illustrations Firefly pour le programme jeunesse, que des animaux", "people:generic"),
    ],
)
def test_words_that_only_look_like_a_topic(coach: Coach, text: str, fact: str) -> None:
    assert fact not in _facts(coach, text)


def test_a_voice_is_still_a_voice_after_tu_vois(coach: Coach) -> None:
    assert "synthetic:clone" in _facts(coach, "on veut cloner la voix de notre DG, tu vois un souci ?")


@pytest.mark.parametrize(
    "text",
    [
        "Asked Claude for a tagline for our mowers and it said 'Tools for the man of the house'. Use it?",
        "Gemini propose « la ménagère adorera » pour la pub du robot cuiseur, on garde ?",
        # set 20 (2026-12-04): sons to robotics, daughters to baking; "even single mums from the projects"
        "AI draft for the camp poster: 'Bring your son to build robots, your daughter can bake!' ok?",
        "Caption from ChatGPT: 'Even single mums from the projects can start a business!' can we post it?",
        "Texte de Gemini : « Amenez votre fils construire des fusées, votre fille pourra dessiner »",
    ],
)
def test_a_gender_cliche_in_ai_copy_is_a_bias_point(coach: Coach, text: str) -> None:
    assert "bias/text-stereotypes" in cards_of(coach.assess(text))


@pytest.mark.parametrize(
    "text",
    [
        "On imprime les paroles de La Vie en rose sur les cartes, avec une calligraphie faite par l'IA",
        "Can I put the lyrics of a Beatles song in the Gemini-written post for our playlist week?",
    ],
)
def test_song_lyrics_are_a_protected_work(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert "copyright" in pillars_of(a)
    assert "copyright/music-and-voice" in cards_of(a)


def test_an_ai_agent_answering_customers_on_whatsapp_is_a_customer_chatbot(coach: Coach) -> None:
    a = coach.assess(
        "On branche un agent IA sur WhatsApp pour le SAV, faut dire aux clients que c'est un robot ?"
    )
    assert {"transparency", "accuracy"} <= pillars_of(a)


def test_sick_days_given_to_a_chatbot_are_health_data(coach: Coach) -> None:
    a = coach.assess("Is it ok to give ChatGPT my staff schedules and sick days so it builds the rota?")
    assert "privacy" in pillars_of(a)
    assert "data:health" in a.mentions.facts


def test_a_transcription_by_ai_is_checked_against_the_original(coach: Coach) -> None:
    a = coach.assess(
        "On passe les registres d'état civil dans ChatGPT pour la transcription et l'indexation ?"
    )
    assert "accuracy" in pillars_of(a)


def test_hairstyles_on_generated_models_are_people(coach: Coach) -> None:
    a = coach.assess(
        "Midjourney inspo boards for our stylists: afro puff, box braids, curly bob. Any issues?"
    )
    assert "bias" in pillars_of(a)


def test_a_cartoon_character_is_no_real_person(coach: Coach) -> None:
    a = coach.assess(
        "Affiche de la kermesse avec Elsa de la Reine des neiges et Peppa Pig, faite avec Canva IA ?"
    )
    assert "privacy" not in pillars_of(a)
    assert "copyright" in pillars_of(a)


def test_an_audit_is_not_by_itself_a_confidential_document(coach: Coach) -> None:
    assert "data:confidential" not in _facts(
        coach, "ChatGPT all day, is it bad for the climate? it's for our label audit"
    )
    assert "data:confidential" in _facts(coach, "je colle le rapport d'audit interne dans ChatGPT")


def test_reading_emotions_from_a_webcam_is_personal_data_too(coach: Coach) -> None:
    a = coach.assess("We'd add emotion detection from the learner's webcam to adapt the lesson. Thoughts?")
    assert {"transparency", "privacy"} <= pillars_of(a)


def test_intro_videos_are_videos(coach: Coach) -> None:
    a = coach.assess("HeyGen avatars for 12 intro videos (~30 sec each), one per language")
    assert [(q.count, q.medium, q.seconds) for q in a.mentions.quantities] == [(12, "video", 30)]


@pytest.mark.parametrize(
    "text",
    [
        "je scanne des exos du manuel de 3e et Gemini en fait des variantes qu'on vend en PDF",
        "Netflix clips and their subtitles, summarised by GPT, as listening exercises for the app?",
    ],
)
def test_someone_elses_published_work_copied_into_a_tool(coach: Coach, text: str) -> None:
    assert "copyright" in pillars_of(coach.assess(text))


def test_a_deepfake_of_the_president_is_a_public_figure(coach: Coach) -> None:
    assert "person:public" in _facts(
        coach, "deepfake video of Macron announcing a new holiday, for April Fools"
    )
