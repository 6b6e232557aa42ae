"""The weekly aggregation's SQL, shaped for each database's strengths.

Every statement is a plain aggregate over one index range (a week of one workspace), so nothing
sorts the events by a computed bucket. Distinct people are counted the way each engine does best:

- SQLite: COUNT(DISTINCT user_hash) keeps a small B-tree of the people seen (a few hundred),
  while a GROUP BY would sort every row first.
- PostgreSQL: COUNT(DISTINCT) sorts its whole input, whereas GROUP BY user_hash in a subquery
  is a hash aggregate with one entry per person; the outer query then sums a few hundred rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, literal, select

from bot.usage.db import EventModel, EventTagModel

LOG = "log"  # the source of `/ai-check log …` usage reports
FIGURES = ("energy_wh", "co2e_g", "water_l")
SUMS = tuple(f"{figure}_{end}" for figure in FIGURES for end in ("low", "high"))

Conditions = list[ColumnElement[bool]]


def where(
    model: type[EventModel] | type[EventTagModel],
    workspace: str | None,
    platform: str,
    after: datetime,
    until: datetime,
) -> Conditions:
    """Rows of `platform` (and `workspace`, unless None) with after < created_at <= until."""
    conditions = [model.platform == platform, model.created_at > after, model.created_at <= until]
    if workspace is not None:
        conditions.insert(0, model.workspace == workspace)
    return conditions


def _per_event(detail: bool) -> dict[str, ColumnElement[Any]]:
    """Per-event values to sum: checks and logs, plus with `detail` the footprint split by source."""
    is_log = EventModel.source == LOG
    measures: dict[str, ColumnElement[Any]] = {
        "checks": case((is_log, 0), else_=1),
        "logs": case((is_log, 1), else_=0),
    }
    if detail:
        for name in SUMS:
            column = getattr(EventModel, name)
            measures[f"est_{name}"] = case((is_log, 0.0), else_=column)
            measures[f"log_{name}"] = case((is_log, column), else_=0.0)
    return measures


def week_query(conditions: Conditions, *, index: int, detail: bool, per_user: bool) -> Select[Any]:
    """One row: `week` (= index), checks, logs, people; with `detail` also loggers and the sums."""
    measures = _per_event(detail)
    if per_user:
        return _week_per_user(conditions, measures, index, detail)
    columns: list[Any] = [literal(index).label("week")]
    columns += [func.coalesce(func.sum(expr), 0).label(name) for name, expr in measures.items()]
    columns.append(func.count(EventModel.user_hash.distinct()).label("people"))
    if detail:
        loggers = case((EventModel.source == LOG, EventModel.user_hash))
        columns.append(func.count(loggers.distinct()).label("loggers"))
    return select(*columns).where(*conditions)


def _week_per_user(
    conditions: Conditions, measures: dict[str, ColumnElement[Any]], index: int, detail: bool
) -> Select[Any]:
    per_user = (
        select(EventModel.user_hash, *(func.sum(expr).label(name) for name, expr in measures.items()))
        .where(*conditions)
        .group_by(EventModel.user_hash)
        .subquery()
    )
    columns: list[Any] = [literal(index).label("week")]
    columns += [func.coalesce(func.sum(per_user.c[name]), 0).label(name) for name in measures]
    columns.append(func.count().label("people"))  # one row per person
    if detail:
        columns.append(func.coalesce(func.sum(case((per_user.c.logs > 0, 1), else_=0)), 0).label("loggers"))
    return select(*columns).select_from(per_user)


def tags_query(conditions: Conditions, *, per_user: bool) -> Select[Any]:
    """Rows (kind, value, n = events, people = distinct people) for the tags in range."""
    tag = EventTagModel
    if not per_user:
        columns: list[Any] = [tag.kind, tag.value, func.count().label("n")]
        columns.append(func.count(tag.user_hash.distinct()).label("people"))
        return select(*columns).where(*conditions).group_by(tag.kind, tag.value)
    inner = (
        select(tag.kind, tag.value, tag.user_hash, func.count().label("n"))
        .where(*conditions)
        .group_by(tag.kind, tag.value, tag.user_hash)
        .subquery()
    )
    return select(
        inner.c.kind, inner.c.value, func.sum(inner.c.n).label("n"), func.count().label("people")
    ).group_by(inner.c.kind, inner.c.value)
