"""Interactivity end to end: Share / Share with my text / Helpful buttons, and the message shortcut."""

from __future__ import annotations

from typing import Any

from tests.integration.conftest import BOT, CHANNEL, TEAM, USER, Harness, Start, user_hash
from tests.integration.test_slack_command import MIDJOURNEY_FR, ExplodingCoach, buttons, texts
from tests.support.fake_slack import Scripted

RESPONSE_URL = "actions/T0TEST/2/xyz"


def block_actions(harness: Harness, button: dict[str, Any], user: str = USER) -> dict[str, Any]:
    return {
        "type": "block_actions",
        "team": {"id": TEAM, "domain": "acme"},
        "user": {"id": user, "team_id": TEAM},
        "api_app_id": "A0TEST",
        "container": {"type": "message", "message_ts": "1.1", "channel_id": CHANNEL, "is_ephemeral": True},
        "channel": {"id": CHANNEL, "name": "marketing"},
        "trigger_id": "1.2.3",
        "response_url": f"{harness.fake.url}/{RESPONSE_URL}",
        "actions": [{**button, "type": "button", "block_id": "b1", "action_ts": "1.2"}],
    }


async def answer_buttons(harness: Harness, text: str) -> dict[str, dict[str, Any]]:
    return buttons((await harness.command(text)).json()["blocks"])


async def test_share_posts_the_answer_in_the_channel_without_the_text(harness: Harness) -> None:
    text = f"{MIDJOURNEY_FR} — brief confidentiel Projet Zèbre"
    share = (await answer_buttons(harness, text))["ai_check_share"]

    response = await harness.interactive(block_actions(harness, share))

    assert response.status_code == 200
    (post,) = await harness.wait_calls("chat.postMessage")
    assert post.body["channel"] == CHANNEL
    content = texts(post.body["blocks"])
    assert "Projet Zèbre" not in content and "Projet Zèbre" not in post.body["text"]
    assert f"<@{USER}>" in content  # who shared it
    assert "🧑‍🤝‍🧑" in content and "<https://" in content  # the bias point (its icon), with a source
    assert "actions" not in {b["type"] for b in post.body["blocks"]}  # no buttons in the shared copy


async def test_share_with_my_text_quotes_the_text_escaped(harness: Harness) -> None:
    share = (await answer_buttons(harness, f"<!channel> {MIDJOURNEY_FR} <@U0OTHER>"))["ai_check_share_text"]

    await harness.interactive(block_actions(harness, share))

    (post,) = await harness.wait_calls("chat.postMessage")
    content = texts(post.body["blocks"])
    assert "&lt;!channel&gt;" in content and "&lt;@U0OTHER&gt;" in content
    assert "<!channel>" not in content and "<@U0OTHER>" not in content
    assert "30 visuels avec Midjourney" in content


async def test_share_where_the_bot_is_not_a_member_explains_how_to_invite_it(harness: Harness) -> None:
    harness.fake.script("chat.postMessage", Scripted(200, {"ok": False, "error": "not_in_channel"}))
    share = (await answer_buttons(harness, MIDJOURNEY_FR))["ai_check_share"]

    await harness.interactive(block_actions(harness, share))

    (reply,) = await harness.wait_calls(RESPONSE_URL)
    assert "/invite @ai-coach" in reply.body["text"]
    assert reply.body["response_type"] == "ephemeral"


async def test_helpful_and_not_helpful_are_recorded_and_thanked(harness: Harness) -> None:
    found = await answer_buttons(harness, "We will generate 30 Instagram visuals with Midjourney")

    await harness.interactive(block_actions(harness, found["ai_check_helpful"]))
    await harness.interactive(block_actions(harness, found["ai_check_not_helpful"], user="U0OTHER"))

    replies = await harness.wait_calls(RESPONSE_URL, 2)
    assert all("Thanks" in r.body["text"] for r in replies)  # the answer's language (English)
    rows = sorted(harness.rows("SELECT workspace, user_hash, helpful FROM feedback"), key=lambda r: r[2])
    assert rows == [(TEAM, user_hash("U0OTHER"), 0), (TEAM, user_hash(), 1)]


def shortcut(harness: Harness, text: str, **message: Any) -> dict[str, Any]:
    return {
        "type": "message_action",
        "callback_id": "ai_check_message",
        "team": {"id": TEAM, "domain": "acme"},
        "user": {"id": USER, "team_id": TEAM},
        "channel": {"id": CHANNEL, "name": "marketing"},
        "message": {
            "type": "message",
            "user": "U0AUTHOR",
            "ts": "1700000000.000200",
            "text": text,
            **message,
        },
        "response_url": f"{harness.fake.url}/{RESPONSE_URL}",
        "trigger_id": "1.2.3",
        "message_ts": "1700000000.000200",
    }


async def test_message_shortcut_answers_ephemerally_to_the_person_who_used_it(harness: Harness) -> None:
    response = await harness.interactive(
        shortcut(
            harness,
            "Draft post: we publish 20 product photos made with DALL-E on Instagram, with realistic people",
        )
    )

    assert response.status_code == 200
    (call,) = await harness.wait_calls("chat.postEphemeral")
    assert call.body["user"] == USER and call.body["channel"] == CHANNEL
    assert "🏷️" in texts(call.body["blocks"])  # the transparency point
    assert harness.fake.called("chat.postMessage") == []
    await harness.settle()
    assert harness.rows("SELECT source, user_hash, text FROM events") == [("shortcut", user_hash(), None)]


async def test_message_shortcut_in_a_thread_answers_in_the_thread(harness: Harness) -> None:
    await harness.interactive(shortcut(harness, MIDJOURNEY_FR, thread_ts="1699999999.000001"))
    (call,) = await harness.wait_calls("chat.postEphemeral")
    assert call.body["thread_ts"] == "1699999999.000001"


async def test_message_shortcut_where_the_bot_is_absent_falls_back_to_response_url(harness: Harness) -> None:
    harness.fake.script("chat.postEphemeral", Scripted(200, {"ok": False, "error": "channel_not_found"}))
    await harness.interactive(shortcut(harness, MIDJOURNEY_FR))
    (reply,) = await harness.wait_calls(RESPONSE_URL)
    assert reply.body["response_type"] == "ephemeral" and "🧑‍🤝‍🧑" in texts(reply.body["blocks"])


async def test_message_shortcut_on_a_message_without_text_says_so(harness: Harness) -> None:
    await harness.interactive(shortcut(harness, ""))
    (call,) = await harness.wait_calls("chat.postEphemeral")
    assert "texte" in call.body["text"] or "text" in call.body["text"]
    await harness.settle()
    assert harness.rows("SELECT id FROM events") == []


async def test_message_shortcut_does_not_ping_mentions_from_the_message(harness: Harness) -> None:
    await harness.interactive(shortcut(harness, f"<!here> <@{BOT}> {MIDJOURNEY_FR}"))
    (call,) = await harness.wait_calls("chat.postEphemeral")
    assert "<!here>" not in texts(call.body["blocks"]) and "<!here>" not in call.body["text"]


async def test_share_that_fails_apologises_in_the_answers_language(start: Start) -> None:
    async with start() as h:
        share = (await answer_buttons(h, "We will generate 30 Instagram visuals with Midjourney"))[
            "ai_check_share"
        ]
        h.services.coach = ExplodingCoach()
        response = await h.interactive(block_actions(h, share))
        assert response.status_code == 200
        (reply,) = await h.wait_calls(RESPONSE_URL)
        assert "Sorry" in reply.body["text"]
        assert h.fake.called("chat.postMessage") == []
