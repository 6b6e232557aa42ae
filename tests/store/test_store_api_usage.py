"""Organisation API usage: idempotent replace per provider and days; weekly summary by model."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.engine import Engine
from store_helpers import NOW, count

from bot.coach.model import Range
from bot.usage.records import ApiUsageRow
from bot.usage.store import UsageStore

TODAY = NOW.date()


def _row(
    day: date, model: str = "gpt-4o", provider: str = "openai", requests: int = 10, **kw: object
) -> ApiUsageRow:
    return ApiUsageRow(provider=provider, day=day, model=model, project="", requests=requests, **kw)  # type: ignore[arg-type]


def _days(first: date, n: int) -> list[date]:
    return [first + timedelta(days=i) for i in range(n)]


async def test_replace_is_idempotent_and_scoped(store: UsageStore, engine: Engine) -> None:
    days = _days(TODAY - timedelta(days=2), 3)
    rows = [_row(d, output_tokens=100, energy_wh=Range(1, 2)) for d in days]
    await store.replace_api_usage("anthropic", days, [_row(d, "claude", "anthropic") for d in days])

    assert await store.replace_api_usage("openai", days, rows) == 3
    assert await store.replace_api_usage("openai", days, rows) == 3
    assert count(engine, "api_usage") == 6
    # a narrower re-import replaces only its own days, and leaves other providers alone
    assert await store.replace_api_usage("openai", days[:1], []) == 0
    assert count(engine, "api_usage") == 5


async def test_repeated_buckets_are_summed_and_foreign_rows_refused(store: UsageStore) -> None:
    day = TODAY
    rows = [_row(day, requests=2, energy_wh=Range(1, 2)), _row(day, requests=3, energy_wh=Range(1, 1))]
    assert await store.replace_api_usage("openai", [day], rows) == 1
    stats = await store.api_usage_stats(NOW)
    assert stats.total.requests == 5 and stats.total.energy_wh == Range(2, 3)
    with pytest.raises(ValueError, match="outside"):
        await store.replace_api_usage("openai", [day], [_row(day - timedelta(days=1))])
    with pytest.raises(ValueError, match="outside"):
        await store.replace_api_usage("openai", [day], [_row(day, provider="anthropic")])


async def test_api_usage_stats_this_week_vs_last(store: UsageStore) -> None:
    days = _days(TODAY - timedelta(days=20), 21)
    rows = [_row(d, requests=1, output_tokens=10, energy_wh=Range(0.1, 0.2)) for d in days]
    rows += [_row(d, model="gpt-image-1", requests=2, images=2) for d in days[-3:]]
    await store.replace_api_usage("openai", days, rows)
    await store.replace_api_usage(
        "anthropic", [TODAY], [_row(TODAY, "claude-sonnet", "anthropic", requests=50)]
    )

    stats = await store.api_usage_stats(NOW)
    assert (stats.start, stats.end) == (TODAY - timedelta(days=6), TODAY)
    assert [(u.provider, u.model, u.requests) for u in stats.by_model] == [
        ("anthropic", "claude-sonnet", 50),
        ("openai", "gpt-4o", 7),
        ("openai", "gpt-image-1", 6),
    ]
    gpt = stats.by_model[1]
    assert gpt.output_tokens == 70
    assert gpt.energy_wh.low == pytest.approx(0.7) and gpt.energy_wh.high == pytest.approx(1.4)
    assert stats.total.requests == 63 and stats.total.images == 6
    assert [(u.model, u.requests) for u in stats.previous_by_model] == [("gpt-4o", 7)]
    assert stats.previous_total.requests == 7
