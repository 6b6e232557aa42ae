"""The real ASGI app under uvicorn on a free loopback port, real signed Slack requests, and a real
loopback HTTP server standing in for Slack's Web API and response_url endpoints (tests.support)."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
import uvicorn
from slack_sdk.signature import SignatureVerifier
from sqlalchemy import text

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.server import create_app
from bot.services import Services
from bot.settings import Settings
from bot.usage.db import make_engine
from bot.usage.privacy import hash_user
from bot.usage.store import UsageStore
from tests.support.browser import browser  # noqa: F401  (the fixture: Debian's headless Chromium)
from tests.support.fake_slack import Call, FakeSlack, Scripted

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
USER_KEY = "integration-test-user-key"
TEAM, CHANNEL, USER, BOT = "T0TEST", "C0TEST", "U0ASKER", "U0BOT"


@pytest.fixture(scope="session")
def coach() -> Coach:
    """The real coach over the real knowledge base, built once for the whole session."""
    return build_coach()


def user_hash(user: str = USER, team: str = TEAM) -> str:
    return hash_user(USER_KEY.encode(), "slack", team, user)


def sign(body: str, timestamp: int | None = None, secret: str = SECRET) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}


@dataclass
class Harness:
    base_url: str
    http: httpx.AsyncClient
    fake: FakeSlack
    services: Services
    db_url: str

    async def post_signed(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        secret: str = SECRET,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        all_headers = {"Content-Type": content_type, **sign(body, timestamp, secret), **(headers or {})}
        return await self.http.post("/slack/events", content=body.encode(), headers=all_headers)

    async def command(
        self, text_: str, *, user: str = USER, channel: str = CHANNEL, **kw: Any
    ) -> httpx.Response:
        form = {
            "token": "legacy",
            "team_id": TEAM,
            "team_domain": "acme",
            "channel_id": channel,
            "channel_name": "marketing",
            "user_id": user,
            "user_name": "asker",
            "command": "/ai-check",
            "text": text_,
            "api_app_id": "A0TEST",
            "response_url": f"{self.fake.url}/commands/{TEAM}/1/abc",
            "trigger_id": "1.2.3",
        }
        return await self.post_signed(urlencode(form), "application/x-www-form-urlencoded", **kw)

    async def event(self, event: dict[str, Any], event_id: str = "Ev0001", **kw: Any) -> httpx.Response:
        body = {
            "token": "legacy",
            "team_id": TEAM,
            "api_app_id": "A0TEST",
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [
                {"team_id": TEAM, "user_id": BOT, "is_bot": True, "is_enterprise_install": False}
            ],
        }
        return await self.post_signed(json.dumps(body), "application/json", **kw)

    async def interactive(self, payload: dict[str, Any], **kw: Any) -> httpx.Response:
        body = urlencode({"payload": json.dumps(payload)})
        return await self.post_signed(body, "application/x-www-form-urlencoded", **kw)

    async def wait_calls(self, method: str, n: int = 1, timeout: float = 10.0) -> list[Call]:
        """The calls to `method` the fake Slack received, once there are at least `n` of them."""
        deadline = time.monotonic() + timeout
        while len(self.fake.called(method)) < n:
            if time.monotonic() > deadline:
                seen = [c.method for c in self.fake.calls]
                raise AssertionError(f"expected {n} call(s) to {method}; Slack saw {seen}")
            await asyncio.sleep(0.02)
        return self.fake.called(method)

    async def settle(self, seconds: float = 0.4) -> None:
        """Give background work and the store's write-behind (0.2 s) time to happen."""
        await asyncio.sleep(seconds)

    def rows(self, sql: str, **params: Any) -> list[Any]:
        engine = make_engine(self.db_url)
        try:
            with engine.connect() as conn:
                return list(conn.execute(text(sql), params).all())
        finally:
            engine.dispose()


def make_settings(db_url: str, fake: FakeSlack | None, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db_url,
        "coach_user_hash_key": USER_KEY,
        "slack_bot_token": None,
        "slack_signing_secret": None,
        "slack_app_token": None,
        "slack_client_id": None,
        "slack_client_secret": None,
    }
    if fake is not None:
        values |= {
            "slack_bot_token": "xoxb-test",
            "slack_signing_secret": SECRET,
            "slack_api_url": fake.api_url,
        }
    return Settings(**(values | overrides))


AUTH_TEST = {
    "ok": True,
    "url": "https://acme.slack.com/",
    "team": "Acme",
    "user": "ai-coach",
    "team_id": TEAM,
    "user_id": BOT,
    "bot_id": "B0BOT",
    "is_enterprise_install": False,
}


@asynccontextmanager
async def serve(app: Any) -> AsyncIterator[str]:
    """Serve `app` with uvicorn (lifespan on) on a free 127.0.0.1 port, in this event loop."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            task.result()
            raise RuntimeError("the server stopped during startup")
        await asyncio.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
        sock.close()


Start = Callable[..., AbstractAsyncContextManager[Harness]]


@pytest.fixture
def start(coach: Coach, fake_slack: FakeSlack, tmp_path: Path) -> Start:
    """`async with start(**settings) as h:` the app with Slack on (or `slack=False`), a fresh SQLite file."""

    @asynccontextmanager
    async def run(
        *, slack: bool = True, assessor: Any = None, store_url: str | None = None, **overrides: Any
    ) -> AsyncIterator[Harness]:
        db_url = f"sqlite:///{tmp_path / 'coach.db'}"
        settings = make_settings(db_url, fake_slack if slack else None, **overrides)
        fake_slack.script("auth.test", Scripted(200, AUTH_TEST))
        services = Services(
            coach=assessor or coach,
            store=UsageStore.from_url(store_url or db_url),
            default_lang="fr",
            configured_user_key=USER_KEY,
            timezone=settings.coach_timezone,
            digest_cron=settings.coach_digest_cron,
        )
        async with (
            serve(create_app(settings, services=services)) as url,
            httpx.AsyncClient(base_url=url, timeout=10) as http,
        ):
            yield Harness(url, http, fake_slack, services, db_url)

    return run


@pytest.fixture
async def harness(start: Start) -> AsyncIterator[Harness]:
    async with start() as h:
        yield h
