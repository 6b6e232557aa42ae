"""The weekly digest: statistics of a team's week, aggregated in SQL (see `_weekly_sql`).

Weeks are 7-day windows ending at `now`: week 0 = (now-7d, now], week 1 the 7 days before, …
Week 0 gets the detail (footprint sums, tags); weeks 1-5 only counts, for the trend and sparkline.
Python then only applies the privacy rule (min_group) to a handful of aggregated rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, union_all
from sqlalchemy.engine import Engine

from bot.coach.model import Range
from bot.usage._weekly_sql import tags_query, week_query, where
from bot.usage.db import EventModel, EventTagModel
from bot.usage.stats import FootprintTotals, TagCount, WeeklyStats

WEEK = timedelta(days=7)
SPARK_WEEKS = 6  # weeks in the sparkline, this one included


def weekly_stats(
    engine: Engine, workspace: str | None, platform: str, now: datetime, min_group: int
) -> WeeklyStats:
    """Aggregate `workspace` (None: all of `platform`) over the 6 weeks up to `now`; see WeeklyStats."""
    edges = [now - WEEK * i for i in range(SPARK_WEEKS + 1)]

    def events_in(week: int) -> list[Any]:
        return where(EventModel, workspace, platform, edges[week + 1], edges[week])

    with engine.connect() as conn:
        per_user = conn.dialect.name == "postgresql"
        this_week = week_query(events_in(0), index=0, detail=True, per_user=per_user)
        weeks = {0: conn.execute(this_week).one()}
        earlier = [
            week_query(events_in(i), index=i, detail=False, per_user=per_user) for i in range(1, SPARK_WEEKS)
        ]
        weeks.update({row.week: row for row in conn.execute(union_all(*earlier))})
        tags_in_week = where(EventTagModel, workspace, platform, edges[1], edges[0])
        tags = conn.execute(tags_query(tags_in_week, per_user=per_user)).all()
    return _assemble(workspace, platform, edges, min_group, weeks, tags)


def _withheld(people: int, min_group: int) -> bool:
    """A group with someone in it but fewer than `min_group` people is not reported."""
    return 0 < people < min_group


def _footprint(row: Row[Any], prefix: str) -> FootprintTotals:
    def pair(figure: str) -> Range:
        name = f"{prefix}_{figure}"
        return Range(float(getattr(row, f"{name}_low")), float(getattr(row, f"{name}_high")))

    return FootprintTotals(energy_wh=pair("energy_wh"), co2e_g=pair("co2e_g"), water_l=pair("water_l"))


def _ranked(tags: Sequence[Row[Any]], kind: str, min_group: int) -> tuple[TagCount, ...]:
    kept = [TagCount(row.value, int(row.n)) for row in tags if row.kind == kind and row.people >= min_group]
    return tuple(sorted(kept, key=lambda tag: (-tag.count, tag.name)))


def _assemble(
    workspace: str | None,
    platform: str,
    edges: list[datetime],
    min_group: int,
    weeks: dict[int, Row[Any]],
    tags: Sequence[Row[Any]],
) -> WeeklyStats:
    this, previous = weeks[0], weeks[1]
    suppressed = _withheld(int(this.people), min_group)
    spark = tuple(
        None if _withheld(int(weeks[i].people), min_group) else int(weeks[i].checks)
        for i in reversed(range(SPARK_WEEKS))
    )
    kept = {
        kind: () if suppressed else _ranked(tags, kind, min_group)
        for kind in ("pillar", "tool", "medium", "plan")
    }
    withheld_groups = 0 if suppressed else len(tags) - sum(len(group) for group in kept.values())
    logged = None if suppressed or _withheld(int(this.loggers), min_group) else _footprint(this, "log")
    return WeeklyStats(
        workspace=workspace,
        platform=platform,
        start=edges[1],
        end=edges[0],
        min_group=min_group,
        checks=0 if suppressed else int(this.checks),
        logs=0 if suppressed else int(this.logs),
        people=0 if suppressed else int(this.people),
        previous_checks=None if _withheld(int(previous.people), min_group) else int(previous.checks),
        pillars=kept["pillar"],
        tools=kept["tool"],
        media=kept["medium"],
        plans=kept["plan"],
        estimated=FootprintTotals() if suppressed else _footprint(this, "est"),
        logged=logged,
        sparkline=spark,
        suppressed=suppressed,
        withheld_groups=withheld_groups,
    )
