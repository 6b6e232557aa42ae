"""weekly_stats: counts, trend, sparkline, footprint split and min_group suppression, in SQL."""

from __future__ import annotations

from datetime import timedelta

from store_helpers import NOW, event

from bot.coach.model import ZERO, Range
from bot.usage.stats import FootprintTotals, TagCount
from bot.usage.store import UsageStore

DAY = timedelta(days=1)


async def _seed_team(store: UsageStore) -> None:
    this_week = [
        event(
            1,
            pillars={"footprint": "warning", "bias": "info"},
            tools=("midjourney",),
            media=("image",),
            energy=Range(1, 2),
            co2e=Range(0.1, 0.2),
            water=Range(0.01, 0.02),
        ),
        event(
            2,
            pillars={"footprint": "critical"},
            tools=("midjourney", "chatgpt"),
            media=("image",),
            energy=Range(2, 4),
        ),
        event(
            3, pillars={"footprint": "info", "privacy": "warning"}, tools=("midjourney",), energy=Range(1, 1)
        ),
        event(4, pillars={"bias": "warning"}, tools=("chatgpt",), at=NOW),  # `now` itself is this week
        event(1, source="log", tools=("midjourney",), energy=Range(10, 20)),
    ]
    previous_week = [event(p, at=NOW - 7 * DAY - timedelta(hours=p)) for p in (1, 2, 3, 1)]
    previous_week.append(event(2, at=NOW - 7 * DAY))  # exactly 7 days ago: the previous week
    two_weeks_ago = [event(5, at=NOW - 15 * DAY), event(5, at=NOW - 16 * DAY)]
    elsewhere = [
        event(9, workspace="T2", tools=("sora",)),
        event(8, platform="teams", tools=("sora",)),
        event(7, at=NOW + timedelta(seconds=1)),  # after `now`: not counted
        event(6, at=NOW - 50 * DAY),  # before the sparkline
    ]
    await store.record_many(this_week + previous_week + two_weeks_ago + elsewhere)


async def test_weekly_stats_counts_trend_and_suppression(store: UsageStore) -> None:
    await _seed_team(store)
    stats = await store.weekly_stats("T1", "slack", NOW, min_group=3)

    assert (stats.start, stats.end) == (NOW - 7 * DAY, NOW)
    assert not stats.suppressed
    assert (stats.checks, stats.logs, stats.people) == (4, 1, 4)
    assert stats.previous_checks == 5
    assert stats.change == -1
    assert stats.pillars == (TagCount("footprint", 3),)  # bias (2 people), privacy (1) withheld
    assert stats.tools == (TagCount("midjourney", 4),)  # chatgpt: 2 people, withheld
    assert stats.media == ()  # image: 2 people
    assert stats.withheld_groups == 4
    assert stats.estimated == FootprintTotals(Range(4, 7), Range(0.1, 0.2), Range(0.01, 0.02))
    assert stats.logged is None  # one person logged: withheld
    # oldest first; two weeks ago had a single person (withheld); this week last
    assert stats.sparkline == (0, 0, 0, None, 5, 4)


async def test_small_week_is_suppressed_entirely(store: UsageStore) -> None:
    await store.record_many([event(1, tools=("chatgpt",), energy=Range(1, 2)), event(2, tools=("chatgpt",))])
    await store.record_many([event(p, at=NOW - 8 * DAY) for p in (1, 2, 3)])
    stats = await store.weekly_stats("T1", "slack", NOW, min_group=3)

    assert stats.suppressed
    assert (stats.checks, stats.logs, stats.people) == (0, 0, 0)
    assert stats.tools == stats.pillars == stats.media == ()
    assert stats.estimated.is_zero and stats.logged is None
    assert stats.change is None
    assert stats.previous_checks == 3
    assert stats.sparkline[-1] is None and stats.sparkline[-2] == 3


async def test_logged_footprint_is_reported_from_enough_people(store: UsageStore) -> None:
    logs = [
        event(p, source="log", media=("image",), energy=Range(p, 2 * p), water=Range(1, 1)) for p in (1, 2, 3)
    ]
    await store.record_many([*logs, event(4, energy=Range(0.5, 0.5))])
    stats = await store.weekly_stats("T1", "slack", NOW, min_group=3)

    assert (stats.checks, stats.logs, stats.people) == (1, 3, 4)
    assert stats.logged == FootprintTotals(Range(6, 12), ZERO, Range(3, 3))
    assert stats.estimated == FootprintTotals(Range(0.5, 0.5), ZERO, ZERO)
    assert stats.media == (TagCount("image", 3),)


async def test_all_workspaces_of_a_platform(store: UsageStore) -> None:
    await store.record_many([event(1, workspace="T1"), event(2, workspace="T1"), event(1, workspace="T2")])
    await store.record(event(5, platform="teams", workspace="T1"))
    per_platform = await store.weekly_stats(None, "slack", NOW, min_group=3)
    assert (per_platform.checks, per_platform.people) == (3, 3)  # hashes differ per workspace
    assert (await store.weekly_stats("T1", "slack", NOW, min_group=3)).suppressed


async def test_empty_store(store: UsageStore) -> None:
    stats = await store.weekly_stats("T1", "slack", NOW, min_group=3)
    assert not stats.suppressed
    assert (stats.checks, stats.people, stats.previous_checks) == (0, 0, 0)
    assert stats.sparkline == (0,) * 6
    assert stats.estimated.is_zero and stats.logged == FootprintTotals()
