"""Anthropic Admin API messages usage report → rows, bodies shaped as its API reference documents them."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest

from bot.providers import anthropic
from bot.providers.errors import ImportFailed
from bot.providers.importer import import_usage
from bot.usage.records import ApiUsageRow

from .fakes import FakeApi, MemoryStore, Sleeps

BASE = "https://api.anthropic.test"
REPORT = "/v1/organizations/usage_report/messages"
KEY = "sk-ant-admin01-SECRET"
SINCE, UNTIL = date(2025, 8, 1), date(2025, 8, 2)


def result(
    model: str | None,
    workspace: str | None,
    *,
    uncached: int,
    cache_read: int = 0,
    cache_1h: int = 0,
    cache_5m: int = 0,
    output: int,
) -> dict[str, Any]:
    return {
        "api_key_id": "apikey_01Rj2N8SVvo6BePZj99NhmiT",
        "cache_creation": {"ephemeral_1h_input_tokens": cache_1h, "ephemeral_5m_input_tokens": cache_5m},
        "cache_read_input_tokens": cache_read,
        "context_window": "0-200k",
        "model": model,
        "output_tokens": output,
        "server_tool_use": {"web_search_requests": 10},
        "service_tier": "standard",
        "uncached_input_tokens": uncached,
        "workspace_id": workspace,
    }


def bucket(day: str, next_day: str, results: list[dict[str, Any]]) -> dict[str, Any]:
    return {"starting_at": f"{day}T00:00:00Z", "ending_at": f"{next_day}T00:00:00Z", "results": results}


def page(buckets: list[dict[str, Any]], next_page: str | None = None) -> httpx.Response:
    return httpx.Response(
        200, json={"data": buckets, "has_more": next_page is not None, "next_page": next_page}
    )


def documented_api() -> FakeApi:
    return FakeApi(
        {
            REPORT: [
                page(
                    [
                        bucket(
                            "2025-08-01",
                            "2025-08-02",
                            [
                                result(
                                    "claude-sonnet-4-20250514",
                                    "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
                                    uncached=1500,
                                    cache_read=200,
                                    cache_1h=1000,
                                    cache_5m=500,
                                    output=500,
                                ),
                                result("claude-haiku-4-5-20251001", None, uncached=100, output=2000),
                            ],
                        )
                    ],
                    next_page="page_MjAyNS0wNS0xNFQwMDowMDowMFo=",
                ),
                page(
                    [
                        bucket(
                            "2025-08-02",
                            "2025-08-03",
                            [result("claude-haiku-4-5-20251001", None, uncached=1, output=1)],
                        )
                    ]
                ),
            ]
        }
    )


async def fetch(api: FakeApi, sleeps: Sleeps) -> list[ApiUsageRow]:
    async with api.client() as client:
        return await anthropic.fetch_usage(
            client, api_key=KEY, base_url=BASE, since=SINCE, until=UNTIL, sleep=sleeps
        )


async def test_rows_per_day_model_workspace_count_every_input_token(sleeps: Sleeps) -> None:
    rows = await fetch(documented_api(), sleeps)
    assert rows == [
        ApiUsageRow(
            "anthropic", SINCE, "claude-haiku-4-5-20251001", "", input_tokens=100, output_tokens=2000
        ),
        ApiUsageRow(
            "anthropic",
            SINCE,
            "claude-sonnet-4-20250514",
            "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ",
            input_tokens=1500 + 200 + 1000 + 500,
            output_tokens=500,
        ),
        ApiUsageRow("anthropic", UNTIL, "claude-haiku-4-5-20251001", "", input_tokens=1, output_tokens=1),
    ]


async def test_requests_carry_the_documented_params_and_headers(sleeps: Sleeps) -> None:
    api = documented_api()
    await fetch(api, sleeps)
    first, second = api.requests
    assert first.url.path == REPORT
    assert first.url.params.multi_items() == [
        ("starting_at", "2025-08-01T00:00:00Z"),
        ("ending_at", "2025-08-03T00:00:00Z"),
        ("bucket_width", "1d"),
        ("group_by[]", "model"),
        ("group_by[]", "workspace_id"),
        ("limit", "31"),
    ]
    assert second.url.params["page"] == "page_MjAyNS0wNS0xNFQwMDowMDowMFo="
    for request in api.requests:
        assert request.headers["x-api-key"] == KEY
        assert request.headers["anthropic-version"] == "2023-06-01"
        assert "authorization" not in request.headers


@pytest.mark.parametrize("status", [401, 403])
async def test_rejected_admin_key(sleeps: Sleeps, status: int) -> None:
    body = {"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}}
    api = FakeApi({REPORT: [httpx.Response(status, json=body)]})
    with pytest.raises(ImportFailed, match="Anthropic: admin key rejected") as caught:
        await fetch(api, sleeps)
    assert "ANTHROPIC_ADMIN_KEY" in str(caught.value) and KEY not in str(caught.value)


async def test_rate_limit_then_success(sleeps: Sleeps) -> None:
    api = documented_api()
    api.routes[REPORT].insert(0, httpx.Response(429, headers={"retry-after": "2"}))
    rows = await fetch(api, sleeps)
    assert len(rows) == 3 and sleeps == [2.0]


@pytest.mark.parametrize(
    "bad",
    [
        {"starting_at": "2025-08-01", "results": [{"output_tokens": -1}]},
        {"starting_at": "not a date", "results": []},
        {"starting_at": "2025-08-01T00:00:00Z", "results": [{"cache_creation": 5}]},
        {"starting_at": "2025-08-01T00:00:00Z", "results": "none"},
    ],
)
async def test_unexpected_shapes_fail_cleanly(sleeps: Sleeps, bad: dict[str, Any]) -> None:
    api = FakeApi({REPORT: [httpx.Response(200, json={"data": [bad], "has_more": False, "next_page": None})]})
    with pytest.raises(ImportFailed, match="Anthropic: unexpected usage response"):
        await fetch(api, sleeps)


async def run_import(api: FakeApi, store: MemoryStore, sleeps: Sleeps) -> Any:
    async with api.client() as client:
        return await import_usage(
            "anthropic",
            client=client,
            api_key=KEY,
            base_url=BASE,
            since=SINCE,
            until=UNTIL,
            store=store,
            sleep=sleeps,
        )


async def test_import_is_idempotent_and_states_the_request_assumption(
    store: MemoryStore, sleeps: Sleeps
) -> None:
    first = await run_import(documented_api(), store, sleeps)
    snapshot = dict(store.rows)
    second = await run_import(documented_api(), store, sleeps)
    assert store.rows == snapshot and first == second and first.written == 3

    haiku = store.rows[("anthropic", SINCE, "claude-haiku-4-5-20251001", "")]
    assert haiku.requests == 0
    assert 0 < haiku.energy_wh.low <= haiku.energy_wh.high
    assert "requests not reported" in haiku.basis and "4 requests" in haiku.basis

    sonnet = store.rows[("anthropic", SINCE, "claude-sonnet-4-20250514", "wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ")]
    assert "fallback" in sonnet.basis and "claude-sonnet-4-5" in sonnet.basis
    assert first.fallback_models == ("claude-sonnet-4-20250514",)


async def test_failure_on_the_second_page_writes_nothing(store: MemoryStore, sleeps: Sleeps) -> None:
    api = documented_api()
    api.routes[REPORT][1:] = [httpx.ReadTimeout("slow") for _ in range(4)]
    with pytest.raises(ImportFailed, match="timed out"):
        await run_import(api, store, sleeps)
    assert store.calls == 0 and store.rows == {}
