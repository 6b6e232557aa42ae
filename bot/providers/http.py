"""GET with retries and cursor pagination, shared by the usage importers.

Contract:
- 2xx with a JSON object body → that object; anything else in a 2xx → `ImportFailed`.
- 401 / 403 → `ImportFailed` (the admin key was rejected); no retry.
- 429 → wait `Retry-After` seconds (or the backoff when absent) and retry; a wait longer than
  `RetryPolicy.max_retry_after_s` fails at once rather than blocking the command.
- 408, 5xx, timeouts and connection errors → capped exponential backoff, at most `attempts` tries.
- other 4xx → `ImportFailed` with the provider's own error message.
The sleep function is injectable so tests never sleep. Headers (and so API keys) are never logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import httpx

from bot.providers.errors import ImportFailed

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
Params = Sequence[tuple[str, str]]

_MAX_ERROR_DETAIL = 200


@dataclass(frozen=True, slots=True)
class Api:
    """Who an importer talks to, for messages: e.g. `Api("OpenAI", "OPENAI_ADMIN_KEY")`."""

    label: str
    key_env: str


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try: `attempts` tries in all, backoff `base × 2^(n-1)` capped at `max_delay_s`."""

    attempts: int = 4
    base_delay_s: float = 1.0
    max_delay_s: float = 16.0
    max_retry_after_s: float = 120.0

    def backoff(self, failed_attempt: int) -> float:
        """Delay after the `failed_attempt`-th try (1-based)."""
        return float(min(self.max_delay_s, self.base_delay_s * 2 ** (failed_attempt - 1)))


DEFAULT_POLICY = RetryPolicy()


class _Retry(NamedTuple):
    reason: str
    delay_s: float


async def get_json(
    client: httpx.AsyncClient,
    url: str,
    *,
    params: Params,
    headers: dict[str, str],
    api: Api,
    sleep: Sleep = asyncio.sleep,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> dict[str, Any]:
    """GET `url` and return its JSON object body, retrying as the module docstring says."""
    retry = _Retry("no attempt made", 0.0)
    for attempt in range(1, policy.attempts + 1):
        outcome = await _attempt(client, url, params, headers, api, policy, attempt)
        if not isinstance(outcome, _Retry):
            return outcome
        retry = outcome
        if attempt < policy.attempts:
            log.info(
                "%s: %s; retrying in %.1f s (attempt %d/%d)",
                api.label,
                retry.reason,
                retry.delay_s,
                attempt,
                policy.attempts,
            )
            await sleep(retry.delay_s)
    raise ImportFailed(
        f"{api.label}: {retry.reason}, still failing after {policy.attempts} attempts; try again later"
    )


async def get_pages(
    client: httpx.AsyncClient,
    url: str,
    *,
    params: Params,
    headers: dict[str, str],
    api: Api,
    sleep: Sleep = asyncio.sleep,
    policy: RetryPolicy = DEFAULT_POLICY,
    max_pages: int = 1000,
) -> list[dict[str, Any]]:
    """Every page of a cursor-paginated listing: follows `next_page` (sent as `page`) while `has_more`."""
    pages: list[dict[str, Any]] = []
    seen: set[str] = set()
    cursor: str | None = None
    while True:
        page_params = [*params, ("page", cursor)] if cursor else list(params)
        body = await get_json(
            client, url, params=page_params, headers=headers, api=api, sleep=sleep, policy=policy
        )
        pages.append(body)
        if body.get("has_more") is not True:
            return pages
        cursor = _next_cursor(body, seen, api)
        if len(pages) >= max_pages:
            raise ImportFailed(f"{api.label}: more than {max_pages} pages of usage; import a shorter period")


def _next_cursor(body: dict[str, Any], seen: set[str], api: Api) -> str:
    cursor = body.get("next_page")
    if not isinstance(cursor, str) or not cursor:
        raise ImportFailed(f"{api.label}: the usage response says has_more but gives no next_page")
    if cursor in seen:
        raise ImportFailed(f"{api.label}: the usage pagination repeats itself (same next_page twice)")
    seen.add(cursor)
    return cursor


async def _attempt(
    client: httpx.AsyncClient,
    url: str,
    params: Params,
    headers: dict[str, str],
    api: Api,
    policy: RetryPolicy,
    attempt: int,
) -> dict[str, Any] | _Retry:
    try:
        response = await client.get(url, params=list(params), headers=headers)
    except httpx.TimeoutException:
        return _Retry("the request timed out", policy.backoff(attempt))
    except httpx.TransportError as exc:
        return _Retry(f"could not connect ({type(exc).__name__})", policy.backoff(attempt))
    log.debug("%s GET %s -> %d", api.label, response.url.path, response.status_code)
    return _classify(response, api, policy, attempt)


def _classify(
    response: httpx.Response, api: Api, policy: RetryPolicy, attempt: int
) -> dict[str, Any] | _Retry:
    status = response.status_code
    if 200 <= status < 300:
        return _json_object(response, api)
    if status in (401, 403):
        raise ImportFailed(
            f"{api.label}: admin key rejected (HTTP {status}); check that {api.key_env} is an admin key "
            "allowed to read organisation usage"
        )
    if status == 429:
        return _rate_limited(response, api, policy, attempt)
    if status == 408 or status >= 500:
        return _Retry(f"server error (HTTP {status})", policy.backoff(attempt))
    raise ImportFailed(f"{api.label}: request refused (HTTP {status}): {_error_detail(response)}")


def _rate_limited(response: httpx.Response, api: Api, policy: RetryPolicy, attempt: int) -> _Retry:
    delay = _retry_after(response)
    if delay is None:
        delay = policy.backoff(attempt)
    if delay > policy.max_retry_after_s:
        raise ImportFailed(
            f"{api.label}: rate limited (HTTP 429), asked to wait {delay:.0f} s; try again later"
        )
    return _Retry("rate limited (HTTP 429)", delay)


def _retry_after(response: httpx.Response) -> float | None:
    """`Retry-After` in seconds, or None when absent or not a number of seconds."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return max(0.0, seconds)


def _json_object(response: httpx.Response, api: Api) -> dict[str, Any]:
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ImportFailed(
            f"{api.label}: the usage response is not valid JSON (HTTP {response.status_code})"
        ) from None
    if not isinstance(body, dict):
        raise ImportFailed(f"{api.label}: the usage response is not a JSON object")
    return body


def _error_detail(response: httpx.Response) -> str:
    """The provider's error message (`{"error": {"message": ...}}` for both APIs), shortened."""
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return response.reason_phrase or "no detail"
    error = body.get("error") if isinstance(body, dict) else None
    message = error.get("message") if isinstance(error, dict) else None
    text = message if isinstance(message, str) and message else (response.reason_phrase or "no detail")
    return " ".join(text.split())[:_MAX_ERROR_DETAIL]
