"""Builders shared by the store tests (imported as a plain module: tests/store is on sys.path)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.coach.model import ZERO, Range
from bot.usage.privacy import hash_user
from bot.usage.records import UsageEvent

KEY = b"test-key-0123456789"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday


def user(n: int | str, workspace: str = "T1", platform: str = "slack") -> str:
    return hash_user(KEY, platform, workspace, f"U{n}")


def event(
    person: int | str = 1,
    *,
    workspace: str = "T1",
    at: datetime | None = None,
    source: str = "check",
    pillars: dict[str, str] | None = None,
    tools: tuple[str, ...] = (),
    media: tuple[str, ...] = (),
    energy: Range = ZERO,
    co2e: Range = ZERO,
    water: Range = ZERO,
    platform: str = "slack",
    text: str | None = None,
) -> UsageEvent:
    return UsageEvent(
        workspace=workspace,
        channel="C1",
        user_hash=user(person, workspace, platform),
        source=source,
        language="fr",
        created_at=at or NOW - timedelta(hours=1),
        pillars=pillars or {},
        tools=tools,
        media=media,
        quantity=1.0,
        energy_wh=energy,
        co2e_g=co2e,
        water_l=water,
        platform=platform,
        text=text,
    )


def count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())


def run_all(threads: list[threading.Thread], timeout: float = 60) -> None:
    """Start every thread, then wait for all of them (blocking: call via asyncio.to_thread)."""
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
