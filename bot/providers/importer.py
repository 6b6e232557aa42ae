"""`ai-coach usage import`: fetch a provider's usage, estimate its footprint, replace it in the store.

Everything is fetched before anything is written, and the store replaces the whole window in one
call (one transaction), so a failure half-way writes nothing and a re-run gives the same rows:
the import is idempotent per provider, day, model and project.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import httpx

from bot.coach.model import ZERO, Range
from bot.providers import anthropic, openai
from bot.providers.buckets import days_between
from bot.providers.errors import ImportFailed
from bot.providers.footprint import choose_model, estimate, is_image_model
from bot.providers.http import DEFAULT_POLICY, RetryPolicy, Sleep
from bot.usage.records import ApiUsageRow


class UsageStore(Protocol):
    """What the importer needs from the usage store."""

    async def replace_api_usage(self, provider: str, days: list[date], rows: list[ApiUsageRow]) -> int:
        """Delete `provider`'s rows for `days`, insert `rows`, in one transaction; return rows written."""
        ...


class Fetcher(Protocol):
    def __call__(
        self,
        client: httpx.AsyncClient,
        *,
        api_key: str,
        base_url: str,
        since: date,
        until: date,
        sleep: Sleep = ...,
        policy: RetryPolicy = ...,
    ) -> Awaitable[list[ApiUsageRow]]: ...


FETCHERS: dict[str, Fetcher] = {
    openai.PROVIDER: openai.fetch_usage,
    anthropic.PROVIDER: anthropic.fetch_usage,
}
DEFAULT_BASE_URLS: dict[str, str] = {
    openai.PROVIDER: openai.DEFAULT_BASE_URL,
    anthropic.PROVIDER: anthropic.DEFAULT_BASE_URL,
}


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did, for the command's one-line report."""

    provider: str
    since: date
    until: date
    days: int
    rows: int
    written: int
    requests: int
    output_tokens: int
    images: int
    energy_wh: Range
    co2e_g: Range
    water_l: Range
    fallback_models: tuple[str, ...] = ()

    def line(self) -> str:
        """One line: `openai 2025-05-01..2025-05-31: 42 rows, 1234 requests, 5.6M output tokens, …`."""
        text = (
            f"{self.provider} {self.since}..{self.until}: {self.written} rows, {self.requests} requests, "
            f"{_compact(self.output_tokens)} output tokens, {self.images} images; "
            f"≈ {_span(self.energy_wh)} Wh, {_span(self.co2e_g)} g CO2e, {_span(self.water_l)} L water"
        )
        if self.fallback_models:
            text += f" (stand-in footprint for: {', '.join(self.fallback_models)})"
        return text


async def import_usage(
    provider: str,
    *,
    client: httpx.AsyncClient,
    api_key: str,
    base_url: str,
    since: date,
    until: date,
    store: UsageStore,
    image_factor: Range | None = None,
    sleep: Sleep = asyncio.sleep,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> ImportSummary:
    """Import `provider`'s usage for `since`..`until` (UTC days, both included) into `store`.

    `image_factor` is the knowledge base's energy per image (Wh); without it images are counted
    but their footprint is not estimated (each row's `basis` says so). Days in the window with no
    usage end up with no rows (replace semantics). Raises `ImportFailed` before writing anything
    when the provider cannot be read; store errors propagate unchanged.
    """
    fetch = FETCHERS.get(provider)
    if fetch is None:
        raise ImportFailed(f"unknown provider {provider!r}: choose one of {', '.join(sorted(FETCHERS))}")
    fetched = await fetch(
        client, api_key=api_key, base_url=base_url, since=since, until=until, sleep=sleep, policy=policy
    )
    rows = [with_footprint(row, image_factor) for row in fetched]
    days = days_between(since, until)
    written = await store.replace_api_usage(provider, days, rows)
    return summarize(provider, since, until, len(days), rows, written)


def with_footprint(row: ApiUsageRow, image_factor: Range | None) -> ApiUsageRow:
    """The row with its energy, CO2e, water and basis filled in."""
    result = estimate(row.provider, row.model, row.output_tokens, row.requests, row.images, image_factor)
    return dataclasses.replace(
        row, energy_wh=result.energy_wh, co2e_g=result.co2e_g, water_l=result.water_l, basis=result.basis
    )


def summarize(
    provider: str, since: date, until: date, days: int, rows: list[ApiUsageRow], written: int
) -> ImportSummary:
    energy, co2e, water = ZERO, ZERO, ZERO
    for row in rows:
        energy, co2e, water = energy + row.energy_wh, co2e + row.co2e_g, water + row.water_l
    return ImportSummary(
        provider=provider,
        since=since,
        until=until,
        days=days,
        rows=len(rows),
        written=written,
        requests=sum(row.requests for row in rows),
        output_tokens=sum(row.output_tokens for row in rows),
        images=sum(row.images for row in rows),
        energy_wh=energy,
        co2e_g=co2e,
        water_l=water,
        fallback_models=_fallback_models(rows),
    )


def _fallback_models(rows: list[ApiUsageRow]) -> tuple[str, ...]:
    names = {
        row.model
        for row in rows
        if row.output_tokens > 0
        and not is_image_model(row.model)
        and choose_model(row.provider, row.model).is_fallback
    }
    return tuple(sorted(names))


def _span(value: Range) -> str:
    return f"{value.low:.3g}–{value.high:.3g}"


def _compact(n: int) -> str:
    for size, suffix in ((1_000_000_000, "G"), (1_000_000, "M"), (1_000, "k")):
        if n >= size:
            return f"{n / size:.1f}{suffix}"
    return str(n)
