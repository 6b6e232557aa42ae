"""Anthropic organisation usage → `ApiUsageRow`s.

Endpoint (Admin API usage report, admin key as `x-api-key`, `anthropic-version: 2023-06-01`):
`GET {base}/v1/organizations/usage_report/messages` with `starting_at` (RFC 3339, buckets starting
on or after it), `ending_at` (buckets ending before it), `bucket_width=1d`, `group_by[]`
(here `model` and `workspace_id`), `limit` (≤ 31 daily buckets) and `page` (the previous `next_page`).
The body is `{"data": [{"starting_at", "ending_at", "results": [...]}], "has_more", "next_page"}`;
each result has `uncached_input_tokens`, `cache_read_input_tokens`,
`cache_creation: {ephemeral_1h_input_tokens, ephemeral_5m_input_tokens}`, `output_tokens`,
`server_tool_use: {web_search_requests}` and the grouped-by fields (null otherwise; `workspace_id`
is null for the default workspace).

The report gives no request count: rows carry `requests=0` and the footprint estimate states
the per-request assumption it makes instead.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from bot.providers.buckets import (
    DailyTotals,
    buckets,
    check_window,
    count,
    label,
    require_key,
    results,
    unexpected,
    utc_midnight,
)
from bot.providers.http import DEFAULT_POLICY, Api, Params, RetryPolicy, Sleep, get_pages
from bot.usage.records import ApiUsageRow

PROVIDER = "anthropic"
DEFAULT_BASE_URL = "https://api.anthropic.com"
API = Api(label="Anthropic", key_env="ANTHROPIC_ADMIN_KEY")
ANTHROPIC_VERSION = "2023-06-01"
MAX_DAILY_BUCKETS = 31  # documented maximum `limit` for bucket_width=1d
GROUP_BY = ("model", "workspace_id")


async def fetch_usage(
    client: httpx.AsyncClient,
    *,
    api_key: str,
    base_url: str,
    since: date,
    until: date,
    sleep: Sleep = asyncio.sleep,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> list[ApiUsageRow]:
    """Messages usage from `since` to `until` (UTC days, both included), one row per (day, model, workspace).

    `input_tokens` counts every input token: uncached, read from cache and written to cache.
    Footprint fields are left at zero (see `bot.providers.importer`).
    Raises `ImportFailed` on a rejected key, exhausted retries or a malformed response.
    """
    check_window(since, until, API)
    require_key(api_key, API)
    headers = {"x-api-key": api_key, "anthropic-version": ANTHROPIC_VERSION}
    url = f"{base_url.rstrip('/')}/v1/organizations/usage_report/messages"
    pages = await get_pages(
        client, url, params=query(since, until), headers=headers, api=API, sleep=sleep, policy=policy
    )
    totals = DailyTotals(PROVIDER, since, until)
    for page in pages:
        _add_messages(totals, page)
    return totals.rows()


def query(since: date, until: date) -> Params:
    """Query parameters for the usage report (without `page`)."""
    return [
        ("starting_at", _rfc3339(utc_midnight(since))),
        ("ending_at", _rfc3339(utc_midnight(until + timedelta(days=1)))),
        ("bucket_width", "1d"),
        *(("group_by[]", field) for field in GROUP_BY),
        ("limit", str(MAX_DAILY_BUCKETS)),
    ]


def _add_messages(totals: DailyTotals, page: Mapping[str, Any]) -> None:
    for bucket in buckets(page, API):
        day = _bucket_day(bucket)
        for result in results(bucket, API):
            totals.add(
                day,
                label(result, "model", API),
                label(result, "workspace_id", API),
                input_tokens=_input_tokens(result),
                output_tokens=count(result, "output_tokens", API),
            )


def _input_tokens(result: Mapping[str, Any]) -> int:
    cache_creation = result.get("cache_creation") or {}
    if not isinstance(cache_creation, dict):
        raise unexpected(API, "cache_creation is not an object")
    return (
        count(result, "uncached_input_tokens", API)
        + count(result, "cache_read_input_tokens", API)
        + count(cache_creation, "ephemeral_1h_input_tokens", API)
        + count(cache_creation, "ephemeral_5m_input_tokens", API)
    )


def _bucket_day(bucket: Mapping[str, Any]) -> date:
    start = bucket.get("starting_at")
    if not isinstance(start, str):
        raise unexpected(API, f"bucket starting_at is {start!r}")
    try:
        moment = datetime.fromisoformat(start)
    except ValueError:
        raise unexpected(API, f"bucket starting_at is {start!r}") from None
    return (moment.astimezone(UTC) if moment.tzinfo else moment).date()


def _rfc3339(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
