"""OpenAI organisation usage → `ApiUsageRow`s.

Endpoints (Organization Usage API, admin key as `Authorization: Bearer`):
- `GET {base}/organization/usage/completions`: daily buckets of results with `input_tokens`
  (cached included), `output_tokens`, `input_cached_tokens`, `num_model_requests`, and the
  grouped-by fields `model` and `project_id` (null when not grouped or not applicable).
- `GET {base}/organization/usage/images`: results with `images`, `num_model_requests` and the
  grouped-by fields `model`, `project_id`, `size`, `source`.
Both take `start_time` (Unix s, inclusive), `end_time` (exclusive), `bucket_width=1d`,
`group_by` (an array, sent as repeated `group_by=` keys), `limit` (≤ 31 daily buckets) and
`page` (the previous `next_page`); pages say `has_more`.
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

PROVIDER = "openai"
DEFAULT_BASE_URL = "https://api.openai.com/v1"
API = Api(label="OpenAI", key_env="OPENAI_ADMIN_KEY")
MAX_DAILY_BUCKETS = 31  # documented maximum `limit` for bucket_width=1d

COMPLETIONS_GROUP_BY = ("model", "project_id")
IMAGES_GROUP_BY = ("model", "project_id", "size")


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
    """Completions and images usage from `since` to `until` (UTC days, both included).

    One row per (day, model, project); a model's images and tokens on the same day and project
    share a row. Footprint fields are left at zero (see `bot.providers.importer`).
    Raises `ImportFailed` on a rejected key, exhausted retries or a malformed response.
    """
    check_window(since, until, API)
    require_key(api_key, API)
    headers = {"Authorization": f"Bearer {api_key}"}
    totals = DailyTotals(PROVIDER, since, until)
    for page in await _pages(client, base_url, "completions", since, until, headers, sleep, policy):
        _add_completions(totals, page)
    for page in await _pages(client, base_url, "images", since, until, headers, sleep, policy):
        _add_images(totals, page)
    return totals.rows()


def query(since: date, until: date, group_by: tuple[str, ...]) -> Params:
    """Query parameters for one usage listing (without `page`)."""
    start = int(utc_midnight(since).timestamp())
    end = int(utc_midnight(until + timedelta(days=1)).timestamp())
    return [
        ("start_time", str(start)),
        ("end_time", str(end)),
        ("bucket_width", "1d"),
        *(("group_by", field) for field in group_by),
        ("limit", str(MAX_DAILY_BUCKETS)),
    ]


async def _pages(
    client: httpx.AsyncClient,
    base_url: str,
    kind: str,
    since: date,
    until: date,
    headers: dict[str, str],
    sleep: Sleep,
    policy: RetryPolicy,
) -> list[dict[str, Any]]:
    group_by = COMPLETIONS_GROUP_BY if kind == "completions" else IMAGES_GROUP_BY
    url = f"{base_url.rstrip('/')}/organization/usage/{kind}"
    params = query(since, until, group_by)
    return await get_pages(client, url, params=params, headers=headers, api=API, sleep=sleep, policy=policy)


def _add_completions(totals: DailyTotals, page: Mapping[str, Any]) -> None:
    for bucket in buckets(page, API):
        day = _bucket_day(bucket)
        for result in results(bucket, API):
            totals.add(
                day,
                label(result, "model", API),
                label(result, "project_id", API),
                requests=count(result, "num_model_requests", API),
                input_tokens=count(result, "input_tokens", API),
                output_tokens=count(result, "output_tokens", API),
            )


def _add_images(totals: DailyTotals, page: Mapping[str, Any]) -> None:
    for bucket in buckets(page, API):
        day = _bucket_day(bucket)
        for result in results(bucket, API):
            totals.add(
                day,
                label(result, "model", API),
                label(result, "project_id", API),
                requests=count(result, "num_model_requests", API),
                images=count(result, "images", API),
            )


def _bucket_day(bucket: Mapping[str, Any]) -> date:
    start = bucket.get("start_time")
    if isinstance(start, bool) or not isinstance(start, int):
        raise unexpected(API, f"bucket start_time is {start!r}")
    return datetime.fromtimestamp(start, tz=UTC).date()
