"""Honest abstention: when nothing is confident, one "I'm not sure" line and the closest topics;
`Coach.topic` then answers the topic the person chose, the same way on every surface."""

from __future__ import annotations

import pytest

from bot.coach.classifier import Scores
from bot.coach.engine import Coach
from bot.coach.i18n import t
from bot.coach.understanding import Policy, Understanding

# Vague questions about AI. Which of them the classifier abstains on moves with its tuning: at least
# one per language must, and every one that does must follow the contract.
VAGUE = {
    "en": ["what about AI for our brand?", "Any thoughts on AI for us?", "Should we use AI?",
           "Can you help with AI stuff?", "Is Gemini any good for our AI stuff? Just wondering in general."],
    "fr": ["Tu en penses quoi de l'IA pour nos trucs de com ?", "L'IA, on en pense quoi ?",
           "On devrait utiliser l'IA ?", "Est-ce que Gemini est bien pour nos trucs IA ?"],
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_unsure_answer_says_so_in_one_line_and_offers_two_or_three_topics(coach: Coach, lang: str) -> None:
    unsure = [a for a in (coach.assess(text) for text in VAGUE[lang]) if not a.findings]
    assert unsure, "no vague question abstains any more: the classifier now guesses on all of them"
    for a in unsure:
        assert a.language == lang and a.mentions.is_question
        assert a.answer == t("answer.unsure", lang) and "\n" not in a.answer
        assert 1 <= len(a.suggestions) <= 3
        for s in a.suggestions:
            card = coach.kb.card(s.card, lang)
            assert card is not None and s.title == card.title  # titles in the answer's language
        assert a.as_dict()["suggestions"] == [{"card": s.card, "title": s.title} for s in a.suggestions]


def test_a_vague_plan_has_nothing_to_flag_and_still_offers_topics(coach: Coach) -> None:
    a = coach.assess("Utiliser l'IA")
    assert a.findings == () and a.answer == t("answer.clear", "fr")
    assert 1 <= len(a.suggestions) <= 3


def test_a_confident_answer_does_not_say_it_is_unsure(coach: Coach) -> None:
    a = coach.assess("How much water does a ChatGPT prompt use?")
    assert a.findings and not a.suggestions and a.answer != t("answer.unsure", "en")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_topic_answers_with_the_cards_title_summary_and_sources(coach: Coach, lang: str) -> None:
    card_id = "accuracy/hallucinations"
    a = coach.topic(card_id, lang)
    card = coach.kb.card(card_id, lang)
    assert a is not None and card is not None
    (f,) = a.findings
    assert (a.language, f.title, f.advice, f.cards) == (lang, card.title, card.summary, (card_id,))
    assert f.severity.value == "info" and f.pillar is card.pillar
    assert f.sources and set(f.sources) <= set(card.sources)
    assert a.answer == card.summary and a.footprint is None and not a.suggestions
    assert a.mentions.is_question  # shown as an answer ("AI coach answer"), not "1 point to review"
    assert set(a.as_dict()) == {"language", "findings", "footprint", "answer"}


def test_every_card_is_a_topic_in_both_languages(coach: Coach) -> None:
    for card_id in coach.kb.ids:
        for lang in ("fr", "en"):
            a = coach.topic(card_id, lang)
            assert a is not None and a.language == lang and a.findings[0].sources, (card_id, lang)


@pytest.mark.parametrize(
    "card_id", ["", "privacy", "privacy/", "privacy/nope", "../etc/passwd", "<script>", "x" * 5000]
)
def test_an_unknown_topic_is_none_not_an_error(coach: Coach, card_id: str) -> None:
    assert coach.topic(card_id, "en") is None


def test_an_unknown_language_falls_back_to_the_default(coach: Coach) -> None:
    card_id = sorted(coach.kb.ids)[0]
    a, b = coach.topic(card_id, "de"), coach.topic(card_id)
    assert a is not None and b is not None and a.language == b.language == coach.default_lang


def test_a_text_too_vague_for_any_topic_is_offered_the_starters(coach: Coach) -> None:
    flat = Scores({f"card:{c}": 0.01 for c in coach.kb.ids})  # no card close enough to be a topic
    understanding = Understanding(coach.kb, Policy())
    assert [s.card for s in understanding.suggestions(flat, "en")] == list(Policy().starters)
    a = coach.assess("use AI")
    assert a.findings == () and 1 <= len(a.suggestions) <= 3


def test_the_starters_are_cards_of_the_knowledge_base(coach: Coach) -> None:
    for lang in ("fr", "en"):
        assert all(coach.kb.card(c, lang) is not None for c in Policy().starters)
