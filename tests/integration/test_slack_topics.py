"""The closest topics end to end: an unsure answer offers them as buttons; a click shows that topic's
advice only to the person who clicked (response_url, ephemeral, the original message kept)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.coach.engine import Coach
from bot.coach.model import Assessment
from tests.integration.conftest import BOT, Harness, Start
from tests.integration.test_slack_actions import RESPONSE_URL, block_actions
from tests.integration.test_slack_command import buttons, texts
from tests.integration.test_slack_events import mention
from tests.support.unsure import UnsureCoach

UNSURE_EN = "Is Gemini any good for our AI stuff? Just wondering in general."
UNSURE_FR = "Est-ce que Gemini est bien pour nos trucs IA ?"


@pytest.fixture
async def harness(start: Start, coach: Coach) -> AsyncIterator[Harness]:
    """The app, with a coach that is never sure (the classifier's tuning moves which texts abstain)."""
    async with start(assessor=UnsureCoach(coach)) as h:
        yield h


def topic_buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [b for action_id, b in buttons(blocks).items() if action_id.startswith("suggest_topic_")]


async def test_an_unsure_check_offers_topics_and_a_click_shows_that_topic_ephemerally(
    harness: Harness, coach: Coach
) -> None:
    answer = (await harness.command(UNSURE_EN)).json()
    offered = topic_buttons(answer["blocks"])
    assert 2 <= len(offered) <= 3 and "not sure" in texts(answer["blocks"])
    assert len({b["action_id"] for b in offered}) == len(offered)
    chosen = offered[1]
    card = coach.kb.card(json.loads(chosen["value"])["c"], "en")
    assert card is not None

    response = await harness.interactive(block_actions(harness, chosen))

    assert response.status_code == 200
    (reply,) = await harness.wait_calls(RESPONSE_URL)
    assert reply.body["response_type"] == "ephemeral" and reply.body["replace_original"] is False
    content = texts(reply.body["blocks"])
    assert card.title in content and "<https://" in content and "AI coach answer" in content
    assert "ai_check_helpful" in buttons(reply.body["blocks"])
    assert harness.fake.called("chat.postMessage") == []
    await harness.settle()
    assert harness.rows("SELECT source FROM events") == [("check",)]  # the click is not a check


async def test_a_french_answer_gives_the_topic_in_french(harness: Harness, coach: Coach) -> None:
    chosen = topic_buttons((await harness.command(UNSURE_FR)).json()["blocks"])[0]
    card = coach.kb.card(json.loads(chosen["value"])["c"], "fr")
    assert card is not None

    await harness.interactive(block_actions(harness, chosen))

    (reply,) = await harness.wait_calls(RESPONSE_URL)
    assert card.title in texts(reply.body["blocks"]) and "Réponse du coach IA" in reply.body["text"]


async def test_topics_in_a_thread_answer_are_shown_only_to_whoever_clicks(harness: Harness) -> None:
    await harness.event(mention(f"<@{BOT}> {UNSURE_EN}"))
    (post,) = await harness.wait_calls("chat.postMessage")
    chosen = topic_buttons(post.body["blocks"])[0]

    await harness.interactive(block_actions(harness, chosen, user="U0OTHER"))

    (reply,) = await harness.wait_calls(RESPONSE_URL)
    assert reply.body["response_type"] == "ephemeral" and reply.body["replace_original"] is False
    assert len(harness.fake.called("chat.postMessage")) == 1  # nothing new in the channel


async def test_an_unknown_or_forged_topic_gets_a_polite_line(harness: Harness) -> None:
    forged = [
        {"action_id": "suggest_topic_0", "value": '{"l":"fr","c":"privacy/does-not-exist"}'},
        {"action_id": "suggest_topic_1", "value": '{"l":"en","c":"../../etc/passwd"}'},
        {"action_id": "suggest_topic_2", "value": "not json"},
    ]
    for button in forged:
        assert (await harness.interactive(block_actions(harness, button))).status_code == 200

    replies = await harness.wait_calls(RESPONSE_URL, 3)
    said = sorted(r.body["text"] for r in replies)
    assert sum("n'est plus dans ma base" in x for x in said) == 2  # the default language: French
    assert sum("no longer in my knowledge base" in x for x in said) == 1
    assert all(r.body["response_type"] == "ephemeral" and "blocks" not in r.body for r in replies)


class TopicFails:
    def assess(self, text: str, lang: str | None = None) -> Assessment:
        raise AssertionError("not called")

    def topic(self, card_id: str, lang: str | None = None) -> Assessment | None:
        raise RuntimeError("the knowledge base caught fire")


async def test_a_failing_topic_apologises_in_the_answers_language(start: Start, coach: Coach) -> None:
    async with start(assessor=UnsureCoach(coach)) as h:
        chosen = topic_buttons((await h.command(UNSURE_EN)).json()["blocks"])[0]
        h.services.coach = TopicFails()
        assert (await h.interactive(block_actions(h, chosen))).status_code == 200
        (reply,) = await h.wait_calls(RESPONSE_URL)
        assert "Sorry" in reply.body["text"]
