"""Socket Mode (SLACK_APP_TOKEN): the app opens a WebSocket to a loopback stand-in for Slack, receives
envelopes there and acknowledges them on the socket; HTTP events are not mounted."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import WSMsgType, web

from tests.integration.conftest import BOT, CHANNEL, TEAM, USER, Start
from tests.integration.test_slack_command import MIDJOURNEY_FR
from tests.support.fake_slack import FakeSlack, Scripted


class FakeSocketSlack:
    """The WebSocket end of Socket Mode: says hello, sends envelopes, collects the app's replies."""

    def __init__(self) -> None:
        self.replies: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.connected = asyncio.Event()
        self.ws: web.WebSocketResponse | None = None
        self.url = ""

    async def handler(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.ws = ws
        await ws.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0TEST"}})
        self.connected.set()
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                await self.replies.put(json.loads(message.data))
        return ws

    async def send(self, envelope: dict[str, Any]) -> dict[str, Any]:
        assert self.ws is not None
        await self.ws.send_json(envelope)
        return await asyncio.wait_for(self.replies.get(), 10)


@pytest.fixture
async def socket_slack(fake_slack: FakeSlack) -> AsyncIterator[FakeSocketSlack]:
    fake = FakeSocketSlack()
    app = web.Application()
    app.router.add_get("/link", fake.handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    fake.url = f"ws://127.0.0.1:{port}/link"
    opened = Scripted(200, {"ok": True, "url": fake.url})
    fake_slack.script("apps.connections.open", *[opened] * 5)
    yield fake
    await runner.cleanup()


async def test_socket_mode_answers_a_command_and_a_mention_over_the_socket(
    start: Start, socket_slack: FakeSocketSlack
) -> None:
    async with start(slack_app_token="xapp-1-test", slack_signing_secret=None) as h:
        await asyncio.wait_for(socket_slack.connected.wait(), 10)
        opened = h.fake.called("apps.connections.open")
        assert opened and opened[0].headers["authorization"] == "Bearer xapp-1-test"
        assert (await h.command("hello")).status_code == 404  # no HTTP events in Socket Mode

        command = {
            "team_id": TEAM,
            "channel_id": CHANNEL,
            "user_id": USER,
            "command": "/ai-check",
            "text": MIDJOURNEY_FR,
            "response_url": f"{h.fake.url}/commands/x",
            "trigger_id": "1",
        }
        envelope = {
            "envelope_id": "env-1",
            "type": "slash_commands",
            "payload": command,
            "accepts_response_payload": True,
        }
        reply = await socket_slack.send(envelope)
        assert reply["envelope_id"] == "env-1"
        assert reply["payload"]["response_type"] == "ephemeral"
        assert "points à régler" in json.dumps(reply["payload"]["blocks"], ensure_ascii=False)

        event = {
            "type": "app_mention",
            "user": USER,
            "text": f"<@{BOT}> {MIDJOURNEY_FR}",
            "ts": "5.0",
            "channel": CHANNEL,
        }
        body = {"team_id": TEAM, "event": event, "type": "event_callback", "event_id": "Ev0SOCKET"}
        ack = await socket_slack.send({"envelope_id": "env-2", "type": "events_api", "payload": body})
        assert ack["envelope_id"] == "env-2"
        (post,) = await h.wait_calls("chat.postMessage")
        assert post.body["thread_ts"] == "5.0"
