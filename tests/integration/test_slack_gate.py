"""Verify first, parse second, over the real server: forged requests never act (401, no outbound call,
nothing recorded), malformed signed bodies get 400 (never 500), oversized bodies 413 before being read."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.server import create_app
from bot.slack.app import verified
from bot.slack.gate import MAX_DEPTH, VERIFIED, Malformed, bolt_request
from tests.integration.conftest import CHANNEL, SECRET, TEAM, USER, Harness, make_settings
from tests.support.fake_slack import FakeSlack


def command_form(fake: FakeSlack, text: str = "30 visuels avec Midjourney pour Instagram") -> str:
    return urlencode(
        {
            "team_id": TEAM,
            "channel_id": CHANNEL,
            "user_id": USER,
            "user_name": "asker",
            "command": "/ai-check",
            "text": text,
            "response_url": f"{fake.url}/commands/{TEAM}/1/abc",
            "trigger_id": "1.2.3",
        }
    )


def signed_with(body: str, timestamp: str, secret: str = SECRET) -> dict[str, str]:
    """Headers carrying `timestamp` as given and the signature Slack's scheme gives for it."""
    signature = SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body)
    return {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": signature or ""}


def now() -> str:
    return str(int(time.time()))


FORGED: dict[str, Any] = {
    "timestamp abc": lambda body: signed_with(body, "abc"),
    "timestamp empty": lambda body: signed_with(body, ""),
    "timestamp 1e10": lambda body: signed_with(body, "1e10"),
    "timestamp 12:34": lambda body: signed_with(body, "12:34"),
    "timestamp with sign": lambda body: signed_with(body, "+" + now()),
    "timestamp in Arabic-Indic digits": lambda body: signed_with(
        body, now().translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    ),
    "timestamp of 5,000 digits": lambda body: signed_with(body, "9" * 5000),
    "stale timestamp": lambda body: signed_with(body, str(int(time.time()) - 5 * 60 - 30)),
    "future timestamp": lambda body: signed_with(body, str(int(time.time()) + 5 * 60 + 30)),
    "bad signature": lambda body: signed_with(body, now(), secret="not-the-signing-secret"),
    "signature of another body": lambda body: signed_with(body + "&x=1", now()),
    "no signature header": lambda body: {"X-Slack-Request-Timestamp": now()},
    "no timestamp header": lambda body: {"X-Slack-Signature": signed_with(body, now())["X-Slack-Signature"]},
    "no headers": lambda body: {},
}


async def test_a_body_that_is_not_utf8_cannot_be_verified_and_is_refused(harness: Harness) -> None:
    headers = {"Content-Type": "application/x-www-form-urlencoded", **signed_with("payload=", now())}
    response = await harness.http.post("/slack/events", content=b"payload=\xff", headers=headers)
    assert response.status_code == 401
    assert harness.fake.calls == []


@pytest.mark.parametrize("variant", list(FORGED))
async def test_forged_request_is_refused_and_nothing_acts(harness: Harness, variant: str) -> None:
    form = command_form(harness.fake)
    interactive = urlencode(
        {"payload": json.dumps({"type": "block_actions", "response_url": harness.fake.url})}
    )
    for body, content_type in ((form, "application/x-www-form-urlencoded"), (interactive, "text/plain")):
        forged = {name: value.encode() for name, value in FORGED[variant](body).items()}  # UTF-8 on the wire
        headers = {"Content-Type": content_type.encode(), **forged}
        response = await harness.http.post("/slack/events", content=body.encode(), headers=headers)
        assert response.status_code == 401, (variant, response.text)
        assert response.json() == {"error": "invalid request"}
    await harness.settle()
    assert harness.fake.calls == []  # no response_url apology, no Web API call: not even auth.test
    assert harness.rows("SELECT id FROM events") == []
    assert harness.rows("SELECT * FROM processed_events") == []


MALFORMED = {
    "payload=%7Bnot-json": ("payload=%7Bnot-json", "application/x-www-form-urlencoded"),
    "payload=[1]": (urlencode({"payload": "[1]"}), "application/x-www-form-urlencoded"),
    "payload=null": (urlencode({"payload": "null"}), "application/x-www-form-urlencoded"),
    "JSON {": ("{", "application/json"),
    "JSON []": ("[]", "application/json"),
    "JSON null": ("null", "application/json"),
    "JSON string": ('"hello"', "application/json"),
    "5,000-deep arrays": ("[" * 5000 + "]" * 5000, "application/json"),
    "5,000-deep arrays in a payload": (urlencode({"payload": "[" * 5000 + "]" * 5000}), "text/plain"),
    "object nested deeper than the cap": (
        '{"a":' * (MAX_DEPTH + 1) + "1" + "}" * (MAX_DEPTH + 1),
        "application/json",
    ),
    "odd field types": (json.dumps({"type": "event_callback", "enterprise": 3}), "application/json"),
}


@pytest.mark.parametrize("variant", list(MALFORMED))
async def test_malformed_signed_body_gets_400_never_500(
    harness: Harness, variant: str, caplog: pytest.LogCaptureFixture
) -> None:
    body, content_type = MALFORMED[variant]
    raw = body.encode()
    timestamp = now()
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=timestamp, body=raw)
    headers = {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": signature or "",
    }
    with caplog.at_level(logging.INFO):
        response = await harness.http.post("/slack/events", content=raw, headers=headers)
    assert response.status_code == 400, response.text
    assert response.json() == {"error": "malformed payload"}
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    await harness.settle(0.1)
    assert [c.method for c in harness.fake.calls if c.method != "auth.test"] == []


def parse(body: bytes, content_type: str | None) -> dict[str, Any]:
    request = bolt_request(body, {"content-type": content_type} if content_type else {})
    assert request.context[VERIFIED] is True
    return dict(request.body)


def test_bolt_reads_each_payload_once_and_the_gate_checks_it() -> None:
    assert parse(b"", None) == {}
    assert parse(b"command=%2Fai-check&text=hi", "application/x-www-form-urlencoded") == {
        "command": "/ai-check",
        "text": "hi",
    }
    assert parse(b'{"type":"event_callback"}', "application/json; charset=utf-8") == {
        "type": "event_callback"
    }
    assert parse(urlencode({"payload": '{"type":"block_actions"}'}).encode(), None) == {
        "type": "block_actions"
    }
    deep_enough = '{"a":' * (MAX_DEPTH - 1) + "1" + "}" * (MAX_DEPTH - 1)
    assert parse(deep_enough.encode(), "application/json")
    too_deep = '{"a":' * (MAX_DEPTH + 1) + "1" + "}" * (MAX_DEPTH + 1)
    for hostile in (
        b"[" * 100_000 + b"]" * 100_000,  # absurd nesting: the JSON decoder refuses it
        too_deep.encode(),
        b'["not", "an", "object"]',
        b'{"type": "event_callback"',  # cut short
        urlencode({"payload": '"a string"'}).encode(),
        urlencode({"payload": '{"type": ["block_actions"], "team": 7}'}).encode(),
    ):
        with pytest.raises(Malformed):
            parse(hostile, "application/json" if hostile.startswith(b"[") else None)


async def test_body_over_the_limit_gets_413_before_it_is_all_sent(harness: Harness) -> None:
    """Declared 10 MB, 1 KB sent: the answer comes at once (the server does not wait for the rest)."""
    host, port = harness.base_url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(
        b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 10000000\r\n\r\n" + b"x" * 1024
    )
    await writer.drain()
    status = await asyncio.wait_for(reader.readline(), timeout=5)
    writer.close()
    assert status.startswith(b"HTTP/1.1 413")


async def test_streamed_body_over_the_limit_gets_413(harness: Harness) -> None:
    async def chunks() -> Any:
        for _ in range(20):
            yield b"x" * 100_000

    response = await harness.http.post("/slack/events", content=chunks(), headers=signed_with("", now()))
    assert response.status_code == 413


async def test_bolt_error_handler_never_answers_an_unverified_request(
    fake_slack: FakeSlack, tmp_path: Path
) -> None:
    """Behind the gate too: a request reaching Bolt without it (timestamp "abc" makes Bolt's own check
    raise) is not apologised to through the response_url of its body."""
    settings = make_settings(f"sqlite:///{tmp_path / 'c.db'}", fake_slack)
    bolt = create_app(settings).state.slack.app
    body = command_form(fake_slack)
    request = AsyncBoltRequest(
        body=body,
        headers={"content-type": "application/x-www-form-urlencoded", **signed_with(body, "abc")},
    )
    response = await bolt.async_dispatch(request)
    await asyncio.sleep(0.3)
    assert response.status == 401
    assert fake_slack.calls == []


def test_socket_mode_and_gated_requests_count_as_verified() -> None:
    assert verified(AsyncBoltRequest(body={"type": "event_callback"}, mode="socket_mode"))
    assert not verified(AsyncBoltRequest(body="command=x"))
    assert verified(AsyncBoltRequest(body="command=x", context={"coach_verified": True}))
