"""Daily totals and defensive reading of provider usage buckets, shared by the importers.

Providers answer in daily buckets of results; `DailyTotals` sums them into one `ApiUsageRow`
per (day, model, project) inside the imported window. Reading helpers turn a malformed body
into `ImportFailed` instead of a `KeyError` deep in the importer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bot.providers.errors import ImportFailed
from bot.providers.http import Api
from bot.usage.records import ApiUsageRow

UNKNOWN_MODEL = "unknown"


@dataclass(slots=True)
class _Counts:
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    images: int = 0


class DailyTotals:
    """Sums usage per (day, model, project); buckets outside [since, until] are ignored."""

    def __init__(self, provider: str, since: date, until: date) -> None:
        self._provider = provider
        self._since = since
        self._until = until
        self._counts: dict[tuple[date, str, str], _Counts] = {}

    def add(
        self,
        day: date,
        model: str,
        project: str,
        *,
        requests: int = 0,
        input_tokens: int = 0,
        output_tokens: int = 0,
        images: int = 0,
    ) -> None:
        if not self._since <= day <= self._until:
            return
        counts = self._counts.setdefault((day, model or UNKNOWN_MODEL, project), _Counts())
        counts.requests += requests
        counts.input_tokens += input_tokens
        counts.output_tokens += output_tokens
        counts.images += images

    def rows(self) -> list[ApiUsageRow]:
        """One row per (day, model, project), sorted, footprint left at zero for the importer."""
        return [
            ApiUsageRow(
                provider=self._provider,
                day=day,
                model=model,
                project=project,
                requests=c.requests,
                input_tokens=c.input_tokens,
                output_tokens=c.output_tokens,
                images=c.images,
            )
            for (day, model, project), c in sorted(self._counts.items())
        ]


def check_window(since: date, until: date, api: Api) -> None:
    if since > until:
        raise ImportFailed(f"{api.label}: start date {since} is after end date {until}")


def require_key(api_key: str, api: Api) -> None:
    if not api_key.strip():
        raise ImportFailed(f"{api.label}: no admin key; set {api.key_env}")


def days_between(since: date, until: date) -> list[date]:
    """Every day from `since` to `until`, both included."""
    return [since + timedelta(days=n) for n in range((until - since).days + 1)]


def utc_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def buckets(page: Mapping[str, Any], api: Api) -> list[Mapping[str, Any]]:
    """The `data` list of a usage page: daily buckets."""
    return _objects(page.get("data"), "data", api)


def results(bucket: Mapping[str, Any], api: Api) -> list[Mapping[str, Any]]:
    """The `results` list of one bucket."""
    return _objects(bucket.get("results"), "results", api)


def count(result: Mapping[str, Any], key: str, api: Api) -> int:
    """A non-negative integer field; absent or null counts as 0."""
    value = result.get(key)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise unexpected(api, f"{key} is {value!r}, not a count")
    return value


def label(result: Mapping[str, Any], key: str, api: Api) -> str:
    """A string dimension (model, project...); absent or null is ""."""
    value = result.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise unexpected(api, f"{key} is {value!r}, not a string")
    return value


def unexpected(api: Api, detail: str) -> ImportFailed:
    return ImportFailed(f"{api.label}: unexpected usage response ({detail})")


def _objects(value: Any, key: str, api: Api) -> list[Mapping[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise unexpected(api, f"`{key}` is not a list of objects")
    return value
