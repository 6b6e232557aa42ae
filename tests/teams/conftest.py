"""Fixtures: the real coach, a real SQLite UsageStore in tmp, and an ASGI app with the Teams routes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from starlette.applications import Starlette

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.services import Assessor, Services
from bot.teams.endpoint import teams_routes
from bot.usage.migrate import upgrade
from bot.usage.store import UsageStore
from tests.teams.support import KEY, USER_KEY


@pytest.fixture(scope="session")
def coach() -> Coach:
    return build_coach()


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[UsageStore]:
    url = f"sqlite:///{tmp_path / 'teams.db'}"
    upgrade(url)
    s = UsageStore.from_url(url)
    yield s
    await s.aclose()


@dataclass
class TeamsApp:
    client: httpx.AsyncClient
    store: UsageStore

    async def post(self, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
        return await self.client.post("/teams/messages", content=body, headers=headers or {})

    async def events(self) -> list[dict[str, Any]]:
        """Rows of the events table, after writing whatever the store still has queued."""
        await self.store.aclose()
        with self.store.engine.connect() as conn:
            rows = conn.execute(text("SELECT * FROM events ORDER BY id")).mappings().all()
        return [dict(r) for r in rows]


MakeApp = Callable[..., TeamsApp]


@pytest.fixture
async def make_app(coach: Coach, store: UsageStore) -> AsyncIterator[MakeApp]:
    clients: list[httpx.AsyncClient] = []

    def make(
        *, secret: bytes | None = KEY, assessor: Assessor | None = None, default_lang: str = "fr"
    ) -> TeamsApp:
        services = Services(
            coach=assessor or coach, store=store, default_lang=default_lang, user_key=USER_KEY
        )
        routes = teams_routes(services, secret=secret)
        transport = httpx.ASGITransport(app=Starlette(routes=routes))
        client = httpx.AsyncClient(transport=transport, base_url="https://coach.example")
        clients.append(client)
        return TeamsApp(client, store)

    yield make
    for c in clients:
        await c.aclose()


@pytest.fixture
async def app(make_app: MakeApp) -> TeamsApp:
    return make_app()
