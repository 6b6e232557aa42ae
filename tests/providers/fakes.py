"""Fakes for the provider importer tests: a scripted HTTP API, a recording sleep, an in-memory store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import httpx

from bot.usage.records import ApiUsageRow

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class FakeApi:
    """Answers each path with its scripted replies, in order; records every request."""

    def __init__(self, routes: dict[str, list[Reply]]) -> None:
        self.routes = {path: list(replies) for path, replies in routes.items()}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        replies = self.routes.get(request.url.path)
        if not replies:
            return httpx.Response(404, json={"error": {"message": f"no script for {request.url.path}"}})
        reply = replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        if callable(reply):
            return reply(request)
        return reply

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self))

    def on(self, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path == path]


class MemoryStore:
    """In-memory `replace_api_usage` with the store's contract: replace the days, unique keys."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, date, str, str], ApiUsageRow] = {}
        self.calls = 0

    async def replace_api_usage(self, provider: str, days: list[date], rows: list[ApiUsageRow]) -> int:
        self.calls += 1
        wanted = set(days)
        for key in [k for k in self.rows if k[0] == provider and k[1] in wanted]:
            del self.rows[key]
        for row in rows:
            key = (row.provider, row.day, row.model, row.project)
            assert key not in self.rows, f"duplicate row {key}"
            assert row.day in wanted, f"row outside the replaced days: {row.day}"
            self.rows[key] = row
        return len(rows)


class Sleeps(list[float]):
    """An injectable sleep that records the delays instead of waiting."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)
