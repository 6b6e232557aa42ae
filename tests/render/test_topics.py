"""The closest topics, as every renderer shows them: plain dict and string assertions."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.coach.model import Assessment, Suggestion
from bot.render.adaptive import MAX_CARD_BYTES, answer_card, card_size
from bot.render.blocks import (
    ACTION_HELPFUL,
    ACTION_TOPIC,
    BUTTON_TEXT_MAX,
    AnswerButtons,
    Block,
    answer_blocks,
)
from bot.render.terminal import render
from bot.render.view import AnswerView, answer_view
from tests.support.unsure import UnsureCoach
from tests.teams.support import assert_valid_card, links, texts

UNSURE_EN = "Is Gemini any good for our AI stuff? Just wondering in general."
UNSURE_FR = "Est-ce que Gemini est bien pour nos trucs IA ?"
TOPICS = (
    Suggestion("accuracy/hallucinations", "Why AI invents facts, quotes and sources"),
    Suggestion("transparency/audience-trust", "Do audiences care whether our content is made with AI?"),
)


@pytest.fixture(scope="module")
def coach() -> Coach:
    return build_coach()


@pytest.fixture(scope="module")
def unsure_coach(coach: Coach) -> UnsureCoach:
    return UnsureCoach(coach)


def unsure(suggestions: tuple[Suggestion, ...] = TOPICS, lang: str = "en") -> AnswerView:
    return AnswerView(lang, "AI coach", "I'm not sure what you're asking.", (), None, 0, suggestions)


def actions(blocks: list[Block]) -> list[dict[str, Any]]:
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"]]


def test_answer_view_carries_the_suggestions(unsure_coach: UnsureCoach) -> None:
    a = unsure_coach.assess(UNSURE_EN)
    assert answer_view(a).suggestions == a.suggestions and a.suggestions


def test_slack_topics_are_one_button_each_with_a_distinct_action_id_and_the_card_id() -> None:
    blocks = answer_blocks(unsure(), buttons=AnswerButtons(feedback='{"l":"en"}', topics=True))
    assert [b["type"] for b in blocks] == ["header", "section", "section", "actions", "actions"]
    assert blocks[2]["text"]["text"] == "*Closest topics*"
    topics, feedback = blocks[3]["elements"], blocks[4]["elements"]
    assert [b["action_id"] for b in topics] == [f"{ACTION_TOPIC}_0", f"{ACTION_TOPIC}_1"]
    assert [b["text"]["text"] for b in topics] == [s.title for s in TOPICS]
    assert [json.loads(b["value"]) for b in topics] == [{"l": "en", "c": s.card} for s in TOPICS]
    assert ACTION_HELPFUL in {b["action_id"] for b in feedback}


def test_slack_topic_button_text_keeps_block_kit_limits() -> None:
    long = (Suggestion("bias/x", "A very long title " * 10), Suggestion("bias/y", "<!channel> & co"))
    buttons = actions(answer_blocks(unsure(long), buttons=AnswerButtons(topics=True)))
    assert len(buttons[0]["text"]["text"]) <= BUTTON_TEXT_MAX and buttons[0]["text"]["text"].endswith("…")
    assert buttons[1]["text"] == {"type": "plain_text", "text": "<!channel> & co", "emoji": True}


def test_slack_topics_without_buttons_are_a_plain_escaped_list() -> None:
    """A shared copy has no buttons: the topics are still named, escaped for mrkdwn."""
    listed = (*TOPICS, Suggestion("bias/z", "<!here> stereotypes"))
    blocks = answer_blocks(unsure(listed, lang="fr"))
    assert actions(blocks) == []
    assert blocks[-1]["text"]["text"] == (
        "*Sujets les plus proches*\n• Why AI invents facts, quotes and sources\n"
        "• Do audiences care whether our content is made with AI?\n• &lt;!here&gt; stereotypes"
    )


def test_slack_answer_without_suggestions_has_no_topics() -> None:
    blocks = answer_blocks(unsure(()), buttons=AnswerButtons(topics=True))
    assert [b["type"] for b in blocks] == ["header", "section"]


def test_slack_unsure_answer_offers_its_topics_in_its_language(unsure_coach: UnsureCoach) -> None:
    for text, lang in ((UNSURE_EN, "en"), (UNSURE_FR, "fr")):
        a = unsure_coach.assess(text)
        buttons = actions(answer_blocks(answer_view(a), buttons=AnswerButtons(topics=True)))
        assert [json.loads(b["value"]) for b in buttons] == [{"l": lang, "c": s.card} for s in a.suggestions]


def test_a_chosen_topic_renders_as_an_answer_with_its_sources(coach: Coach) -> None:
    topic = coach.topic("footprint/water", "fr")
    assert topic is not None
    blocks = answer_blocks(answer_view(topic), buttons=AnswerButtons(feedback='{"l":"fr"}'))
    assert blocks[0]["text"]["text"] == "Réponse du coach IA"
    assert [b["type"] for b in blocks] == ["header", "divider", "section", "actions"]
    assert "Combien d'eau" in blocks[2]["text"]["text"] and "<https://" in blocks[2]["text"]["text"]


def topic_views(coach: Coach, suggestions: tuple[Suggestion, ...], lang: str) -> dict[str, AnswerView]:
    chosen = {s.card: coach.topic(s.card, lang) for s in suggestions}
    return {card: answer_view(a) for card, a in chosen.items() if a is not None}


def test_teams_topics_are_show_card_buttons_holding_each_topics_advice(
    coach: Coach, unsure_coach: UnsureCoach
) -> None:
    a = unsure_coach.assess(UNSURE_FR)
    card = answer_card(answer_view(a), topics=topic_views(coach, a.suggestions, "fr"))
    assert_valid_card(card)
    assert texts(card["body"])[-1] == "Sujets les plus proches"
    assert [x["type"] for x in card["actions"]] == ["Action.ShowCard"] * len(a.suggestions)
    for action, s in zip(card["actions"], a.suggestions, strict=True):
        topic = coach.kb.card(s.card, "fr")
        assert topic is not None and action["title"] == s.title
        assert topic.title in texts(action["card"]) and topic.summary in texts(action["card"])
        assert set(links(action["card"])) <= {x.url for x in topic.sources} and links(action["card"])


def test_teams_topics_without_their_views_are_listed_as_lines() -> None:
    card = answer_card(unsure())
    assert_valid_card(card)
    assert "actions" not in card
    assert texts(card["body"])[-3:] == ["Closest topics", *(f"• {s.title}" for s in TOPICS)]


def test_teams_topic_text_stays_literal_and_the_card_small(coach: Coach) -> None:
    hostile = (Suggestion("footprint/water", "[click](https://evil.example) <at>all</at> **x**"),)
    views = topic_views(coach, hostile, "en")
    card = answer_card(unsure(hostile), topics=views)
    assert_valid_card(card)
    assert card["actions"][0]["title"] == hostile[0].title  # a title: plain text, never markdown
    assert "https://evil.example" not in links(card)
    assert card_size(card) <= MAX_CARD_BYTES


def test_terminal_lists_the_closest_topics_with_the_command_that_shows_each() -> None:
    a = Assessment("en", (), None, "I'm not sure what you're asking.", suggestions=TOPICS)
    assert render(a, width=120) == (
        "I'm not sure what you're asking.\n\nClosest topics:\n"
        "  • Why AI invents facts, quotes and sources  →  ai-coach topic accuracy/hallucinations\n"
        "  • Do audiences care whether our content is made with AI?  →  "
        "ai-coach topic transparency/audience-trust\n"
    )
    assert render(a, width=60).splitlines()[3:] == [  # narrower: the command on its own line, whole
        "  • Why AI invents facts, quotes and sources",
        "    →  ai-coach topic accuracy/hallucinations",
        "  • Do audiences care whether our content is made with AI?",
        "    →  ai-coach topic transparency/audience-trust",
    ]
    french = render(Assessment("fr", (), None, "Je ne vois pas bien.", suggestions=TOPICS[:1]))
    assert "\nSujets les plus proches :\n  • Why AI invents" in french


def test_terminal_without_suggestions_has_no_topics_line() -> None:
    assert "Closest topics" not in render(Assessment("en", (), None, "Nothing to flag."))
