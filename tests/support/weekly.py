"""A week of team statistics for digest tests: a small team by default, any field overridden."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.coach.model import Range
from bot.usage.stats import FootprintTotals, TagCount, WeeklyStats

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def weekly_stats(**kw: object) -> WeeklyStats:
    base = WeeklyStats(
        workspace="T1",
        platform="slack",
        start=NOW - timedelta(days=7),
        end=NOW,
        min_group=3,
        checks=12,
        logs=2,
        people=5,
        previous_checks=8,
        pillars=(TagCount("transparency", 7), TagCount("bias", 4)),
        tools=(TagCount("midjourney", 6), TagCount("chatgpt", 3)),
        media=(TagCount("image", 6),),
        estimated=FootprintTotals(Range(40, 345), Range(15, 158), Range(0.04, 1.5)),
        logged=FootprintTotals(Range(16, 138), Range(6, 63), Range(0.02, 0.6)),
        sparkline=(3, 5, 0, 8, 8, 12),
        suppressed=False,
        withheld_groups=1,
    )
    return replace(base, **kw)  # type: ignore[arg-type]
