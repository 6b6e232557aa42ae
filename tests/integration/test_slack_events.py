"""Events API and request verification end to end: mentions answered in the thread, App Home published,
retries answered once, bad or stale signatures refused with nothing done."""

from __future__ import annotations

import json
import time
from typing import Any

from tests.integration.conftest import BOT, CHANNEL, TEAM, USER, Harness, Start
from tests.integration.test_slack_command import MIDJOURNEY_FR, ExplodingCoach, texts
from tests.support.fake_slack import Scripted


def mention(text: str, ts: str = "1700000000.000100", **extra: Any) -> dict[str, Any]:
    return {"type": "app_mention", "user": USER, "text": text, "ts": ts, "channel": CHANNEL, **extra}


async def test_mention_is_answered_in_the_thread_of_the_mention(harness: Harness) -> None:
    response = await harness.event(mention(f"<@{BOT}> {MIDJOURNEY_FR}"))
    assert response.status_code == 200

    (call,) = await harness.wait_calls("chat.postMessage")
    assert call.body["channel"] == CHANNEL
    assert call.body["thread_ts"] == "1700000000.000100"
    assert call.headers["authorization"] == "Bearer xoxb-test"
    content = texts(call.body["blocks"])
    assert "🧑‍🤝‍🧑" in content and "<https://" in content  # the bias point (its icon), with a source
    assert f"<@{BOT}>" not in content
    await harness.settle()
    assert harness.rows("SELECT source, text FROM events") == [("mention", None)]


async def test_mention_inside_a_thread_answers_in_that_thread(harness: Harness) -> None:
    await harness.event(
        mention(f"<@{BOT}> combien d'eau pour un prompt ChatGPT ?", ts="2.0", thread_ts="1.0")
    )
    (call,) = await harness.wait_calls("chat.postMessage")
    assert call.body["thread_ts"] == "1.0"


async def test_retried_event_with_the_same_event_id_is_answered_once(harness: Harness) -> None:
    event = mention(f"<@{BOT}> {MIDJOURNEY_FR}")
    first = await harness.event(event, event_id="Ev0RETRY")
    await harness.wait_calls("chat.postMessage")
    retry_headers = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    second = await harness.event(event, event_id="Ev0RETRY", headers=retry_headers)
    third = await harness.event(
        event, event_id="Ev0RETRY", headers={**retry_headers, "X-Slack-Retry-Num": "2"}
    )
    await harness.settle(0.6)

    assert first.status_code == second.status_code == third.status_code == 200
    assert len(harness.fake.called("chat.postMessage")) == 1
    assert harness.rows("SELECT event_id FROM processed_events") == [("Ev0RETRY",)]
    assert len(harness.rows("SELECT id FROM events")) == 1


async def test_url_verification_echoes_the_challenge(harness: Harness) -> None:
    body = json.dumps(
        {
            "token": "legacy",
            "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
            "type": "url_verification",
        }
    )
    response = await harness.post_signed(body, "application/json")
    assert response.status_code == 200
    assert "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" in response.text


async def test_bad_signature_is_refused_with_401_and_nothing_is_done(harness: Harness) -> None:
    response = await harness.command(MIDJOURNEY_FR, secret="not-the-signing-secret")
    event = await harness.event(mention(f"<@{BOT}> {MIDJOURNEY_FR}"), secret="wrong")
    await harness.settle()
    assert response.status_code == 401 and event.status_code == 401
    assert "blocks" not in response.text
    assert [c.method for c in harness.fake.calls if c.method != "auth.test"] == []
    assert (
        harness.rows("SELECT id FROM events") == [] and harness.rows("SELECT * FROM processed_events") == []
    )


async def test_unsigned_request_is_refused(harness: Harness) -> None:
    response = await harness.http.post(
        "/slack/events",
        content=b"command=%2Fai-check&text=hi",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 401


async def test_timestamp_older_than_five_minutes_is_refused_even_when_correctly_signed(
    harness: Harness,
) -> None:
    stale = int(time.time()) - 5 * 60 - 30
    response = await harness.command(MIDJOURNEY_FR, timestamp=stale)
    event = await harness.event(mention(f"<@{BOT}> hello"), timestamp=stale)
    await harness.settle()
    assert response.status_code == 401 and event.status_code == 401
    assert harness.rows("SELECT id FROM events") == []
    assert harness.fake.called("chat.postMessage") == []


async def test_app_home_opened_publishes_the_home_tab_with_the_persons_checks(harness: Harness) -> None:
    harness.fake.script("users.info", Scripted(200, {"ok": True, "user": {"id": USER, "locale": "en-US"}}))
    await harness.command(MIDJOURNEY_FR)
    await harness.command("We will generate 12 images with DALL-E")
    await harness.settle()

    await harness.event(
        {"type": "app_home_opened", "user": USER, "channel": "D0HOME", "tab": "home"}, "Ev0HOME"
    )

    (call,) = await harness.wait_calls("views.publish")
    assert call.body["user_id"] == USER
    view = call.body["view"]
    assert view["type"] == "home"
    content = texts(view["blocks"])
    assert "Your checks this week: *2*" in content  # English: the person's Slack locale
    assert "midjourney" in content and "How to use it" in content and "Where the advice comes from" in content


async def test_app_home_messages_tab_publishes_nothing(harness: Harness) -> None:
    await harness.event({"type": "app_home_opened", "user": USER, "channel": "D0HOME", "tab": "messages"})
    await harness.settle()
    assert harness.fake.called("views.publish") == []


async def test_exception_while_answering_a_mention_apologises_to_the_person(start: Start) -> None:
    async with start(assessor=ExplodingCoach()) as h:
        response = await h.event(mention(f"<@{BOT}> We will generate 30 visuals with Midjourney"))
        assert response.status_code == 200
        (call,) = await h.wait_calls("chat.postEphemeral")
        assert call.body["user"] == USER and call.body["channel"] == CHANNEL
        assert "Sorry" in call.body["text"]
        assert h.fake.called("chat.postMessage") == []


async def test_rate_limited_post_is_retried_after_retry_after(harness: Harness) -> None:
    harness.fake.script(
        "chat.postMessage", Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "0"})
    )
    await harness.event(mention(f"<@{BOT}> {MIDJOURNEY_FR}"))
    calls = await harness.wait_calls("chat.postMessage", 2)
    assert calls[0].body == calls[1].body


async def test_server_error_from_slack_is_retried(harness: Harness) -> None:
    harness.fake.script("chat.postMessage", Scripted(503, {"ok": False, "error": "service_unavailable"}))
    await harness.event(mention(f"<@{BOT}> {MIDJOURNEY_FR}"))
    calls = await harness.wait_calls("chat.postMessage", 2)
    assert len(calls) == 2
    assert harness.fake.called("chat.postEphemeral") == []  # the retry succeeded: no apology


async def test_team_of_the_event_scopes_the_record(harness: Harness) -> None:
    await harness.event(mention(f"<@{BOT}> {MIDJOURNEY_FR}"))
    await harness.wait_calls("chat.postMessage")
    await harness.settle()
    assert harness.rows("SELECT workspace, channel FROM events") == [(TEAM, CHANNEL)]


async def test_a_mention_is_still_answered_when_the_database_is_down(start: Start, tmp_path: Any) -> None:
    async with start(store_url=f"sqlite:///{tmp_path / 'gone' / 'nowhere.db'}") as h:
        assert (await h.event(mention(f"<@{BOT}> {MIDJOURNEY_FR}"))).status_code == 200
        (post,) = await h.wait_calls("chat.postMessage")
        assert post.body["thread_ts"] == "1700000000.000100"
        assert h.fake.called("chat.postEphemeral") == []  # an answer, not an apology
