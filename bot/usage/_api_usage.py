"""Organisation API usage (imported from the providers): idempotent replace and weekly summary."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Row, case, delete, func, insert, literal, select
from sqlalchemy.engine import Engine

from bot.coach.model import Range
from bot.usage._sql import write_tx
from bot.usage.db import ApiUsageModel
from bot.usage.records import ApiUsageRow
from bot.usage.stats import ApiUsageStats, ModelUsage

_COUNTS = ("requests", "input_tokens", "output_tokens", "images")
_RANGES = ("energy_wh", "co2e_g", "water_l")


def _merged(provider: str, days: Sequence[date], rows: Iterable[ApiUsageRow]) -> list[dict[str, Any]]:
    """Rows as table dicts, one per (day, model, project): repeated buckets are summed."""
    allowed = set(days)
    merged: dict[tuple[date, str, str], dict[str, Any]] = {}
    for row in rows:
        if row.provider != provider or row.day not in allowed:
            raise ValueError(f"row {row.provider} {row.day} is outside the replaced window of {provider}")
        key = (row.day, row.model, row.project)
        values = _values(row)
        if key in merged:
            target = merged[key]
            for name, value in values.items():
                if isinstance(value, int | float):
                    target[name] += value
        else:
            merged[key] = values
    return list(merged.values())


def _values(row: ApiUsageRow) -> dict[str, Any]:
    values: dict[str, Any] = {
        "provider": row.provider,
        "day": row.day,
        "model": row.model,
        "project": row.project,
        "basis": row.basis,
    }
    values.update({name: getattr(row, name) for name in _COUNTS})
    for name in _RANGES:
        value: Range = getattr(row, name)
        values[f"{name}_low"], values[f"{name}_high"] = value.low, value.high
    return values


def replace_api_usage(
    engine: Engine, provider: str, days: Sequence[date], rows: Sequence[ApiUsageRow]
) -> int:
    """Delete `provider`'s rows for `days` and insert `rows`, in one transaction; return rows written.

    Re-importing the same window gives the same table (idempotent). Rows outside the window or of
    another provider raise ValueError before anything is written.
    """
    values = _merged(provider, days, rows)
    with write_tx(engine) as conn:
        conn.execute(
            delete(ApiUsageModel).where(ApiUsageModel.provider == provider, ApiUsageModel.day.in_(list(days)))
        )
        if values:
            conn.execute(insert(ApiUsageModel), values)
    return len(values)


def api_usage_stats(engine: Engine, now: datetime) -> ApiUsageStats:
    """Per model: the 7 UTC days ending today (`now`'s UTC date) and the 7 days before."""
    end = now.astimezone(UTC).date()
    start, previous_start = end - timedelta(days=6), end - timedelta(days=13)
    api = ApiUsageModel
    week = case((api.day >= start, literal(0)), else_=literal(1)).label("week")
    sums = [func.sum(getattr(api, name)).label(name) for name in _COUNTS]
    sums += [
        func.sum(getattr(api, f"{n}_{end_}")).label(f"{n}_{end_}")
        for n in _RANGES
        for end_ in ("low", "high")
    ]
    stmt = (
        select(api.provider, api.model, week, *sums)
        .where(api.day >= previous_start, api.day <= end)
        .group_by(api.provider, api.model, week)
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    this = _ranked(row for row in rows if row.week == 0)
    previous = _ranked(row for row in rows if row.week == 1)
    return ApiUsageStats(start, end, this, previous, _total(this), _total(previous))


def _usage(row: Row[Any]) -> ModelUsage:
    def span(name: str) -> Range:
        return Range(float(getattr(row, f"{name}_low") or 0.0), float(getattr(row, f"{name}_high") or 0.0))

    return ModelUsage(
        provider=row.provider,
        model=row.model,
        requests=int(row.requests or 0),
        input_tokens=int(row.input_tokens or 0),
        output_tokens=int(row.output_tokens or 0),
        images=int(row.images or 0),
        energy_wh=span("energy_wh"),
        co2e_g=span("co2e_g"),
        water_l=span("water_l"),
    )


def _ranked(rows: Iterable[Row[Any]]) -> tuple[ModelUsage, ...]:
    usages = [_usage(row) for row in rows]
    return tuple(sorted(usages, key=lambda u: (-u.requests, -u.output_tokens, u.provider, u.model)))


def _total(usages: Sequence[ModelUsage]) -> ModelUsage:
    """Sum of the per-model rows already aggregated in SQL (a few rows, not events)."""
    total = ModelUsage(provider="*", model="*")
    for u in usages:
        total = ModelUsage(
            provider="*",
            model="*",
            requests=total.requests + u.requests,
            input_tokens=total.input_tokens + u.input_tokens,
            output_tokens=total.output_tokens + u.output_tokens,
            images=total.images + u.images,
            energy_wh=total.energy_wh + u.energy_wh,
            co2e_g=total.co2e_g + u.co2e_g,
            water_l=total.water_l + u.water_l,
        )
    return total
