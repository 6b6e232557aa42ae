"""A new subscription's first digest is the next scheduled one: through the real APScheduler jobs
(`bot.scheduler.build_scheduler`) and a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.coach.engine import Coach
from bot.digest.service import DigestSchedule, DigestService
from bot.scheduler import build_scheduler
from bot.usage.store import UsageStore
from tests.digest.test_service import Clock, Recorder, seed

PARIS = ZoneInfo("Europe/Paris")
MONDAY_10 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # 10:00 in Paris, after this week's 9:00 digest
SUNDAY = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
NEXT_MONDAY_9 = datetime(2026, 12, 7, 9, 0, tzinfo=PARIS)


class Ticks:
    """The real scheduler (cron + 15-minute tick) around `service.tick`; `run()` fires the tick now."""

    def __init__(self, service: DigestService) -> None:
        self.service, self.done = service, asyncio.Event()

        async def tick() -> None:
            await service.tick("en")
            self.done.set()

        async def purge() -> None:
            return None

        self.scheduler = build_scheduler("Europe/Paris", "0 9 * * mon", digest=tick, purge=purge)

    async def run(self) -> None:
        self.done.clear()
        self.scheduler.get_job("digest-tick").modify(next_run_time=datetime.now(PARIS))
        self.scheduler.wakeup()
        await asyncio.wait_for(self.done.wait(), timeout=10)


@pytest.fixture
async def world(
    store: UsageStore, coach: Coach
) -> AsyncIterator[tuple[DigestService, Recorder, Clock, Ticks]]:
    clock, poster = Clock(MONDAY_10), Recorder()
    schedule = DigestSchedule("0 9 * * mon", "Europe/Paris")
    service = DigestService(store, coach, {"slack": poster}, schedule, clock=clock)  # type: ignore[dict-item]
    ticks = Ticks(service)
    ticks.scheduler.start()
    yield service, poster, clock, ticks
    ticks.scheduler.shutdown(wait=False)


async def test_subscribing_after_this_weeks_time_posts_at_the_next_scheduled_digest(
    store: UsageStore, world: tuple[DigestService, Recorder, Clock, Ticks]
) -> None:
    service, poster, clock, ticks = world
    await seed(store, MONDAY_10)
    first = await service.subscribe("slack", "T1", "C1", "en")
    assert first == NEXT_MONDAY_9
    await ticks.run()
    assert poster.posts == []  # not seconds later: this week's time had passed
    clock.now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)  # Sunday: still not due
    await ticks.run()
    assert poster.posts == []
    clock.now = NEXT_MONDAY_9.astimezone(UTC) + timedelta(minutes=1)
    await ticks.run()
    assert [sub.channel for sub, _ in poster.posts] == ["C1"]


async def test_subscribing_before_this_weeks_time_gets_this_weeks_digest(
    store: UsageStore, world: tuple[DigestService, Recorder, Clock, Ticks]
) -> None:
    service, poster, clock, ticks = world
    await seed(store, MONDAY_10)
    clock.now = SUNDAY
    assert await service.subscribe("slack", "T1", "C1", "en") == datetime(2026, 11, 30, 9, 0, tzinfo=PARIS)
    clock.now = MONDAY_10
    await ticks.run()
    assert len(poster.posts) == 1


async def test_on_again_keeps_the_first_week_and_off_then_on_waits_again(
    store: UsageStore, world: tuple[DigestService, Recorder, Clock, Ticks]
) -> None:
    service, poster, clock, ticks = world
    await seed(store, MONDAY_10)
    clock.now = SUNDAY
    await service.subscribe("slack", "T1", "C1", "en")
    await service.subscribe("slack", "T1", "C2", "en")
    clock.now = MONDAY_10 - timedelta(minutes=30)  # 9:30 Paris, before the tick posted
    await service.subscribe("slack", "T1", "C1", "fr")  # a language change: still this week's digest
    await store.unsubscribe("slack", "T1", "C2")
    await service.subscribe("slack", "T1", "C2", "en")  # re-activated after the time: next week
    clock.now = MONDAY_10
    await ticks.run()
    assert [(sub.channel, view.lang) for sub, view in poster.posts] == [("C1", "fr")]


async def test_digest_run_now_still_posts_a_new_subscription(
    store: UsageStore, world: tuple[DigestService, Recorder, Clock, Ticks]
) -> None:
    service, poster, _, _ = world
    await seed(store, MONDAY_10)
    await service.subscribe("slack", "T1", "C1", "en")
    report = await service.run_due(force=True)  # `ai-coach digest run --now`: a human's decision
    assert report.posted == ["slack:T1:C1"] and len(poster.posts) == 1


def test_next_digest_time_follows_the_cron_and_timezone() -> None:
    schedule = DigestSchedule("30 8 * * fri", "America/New_York")
    friday = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)  # 9:00 in New York, after 8:30
    assert schedule.next_digest_at(friday) == datetime(
        2026, 12, 11, 8, 30, tzinfo=ZoneInfo("America/New_York")
    )
    monthly = DigestSchedule("0 9 1 * *", "UTC")  # the 1st of the month: not every week has one
    assert monthly.next_digest_at(friday) == datetime(2027, 1, 1, 9, 0, tzinfo=ZoneInfo("UTC"))
