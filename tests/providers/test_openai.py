"""OpenAI Organization Usage API → rows, with bodies shaped as the API reference documents them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest

from bot.coach.model import Range
from bot.providers import openai
from bot.providers.errors import ImportFailed
from bot.providers.importer import import_usage
from bot.usage.records import ApiUsageRow

from .fakes import FakeApi, MemoryStore, Sleeps

BASE = "https://api.openai.test/v1"
COMPLETIONS = "/v1/organization/usage/completions"
IMAGES = "/v1/organization/usage/images"
KEY = "sk-admin-openai-SECRET"
SINCE, UNTIL = date(2025, 5, 1), date(2025, 5, 3)
D1, D2 = SINCE, date(2025, 5, 2)


def ts(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def completion(
    model: str | None, project: str | None, requests: int, tokens_in: int, tokens_out: int
) -> dict[str, Any]:
    return {
        "object": "organization.usage.completions.result",
        "input_tokens": tokens_in,
        "output_tokens": tokens_out,
        "input_cached_tokens": tokens_in // 2,
        "input_audio_tokens": 0,
        "output_audio_tokens": 0,
        "num_model_requests": requests,
        "project_id": project,
        "user_id": None,
        "api_key_id": None,
        "model": model,
        "batch": None,
    }


def image(model: str, project: str | None, size: str, images: int, requests: int) -> dict[str, Any]:
    return {
        "object": "organization.usage.images.result",
        "images": images,
        "num_model_requests": requests,
        "size": size,
        "source": None,
        "project_id": project,
        "user_id": None,
        "api_key_id": None,
        "model": model,
    }


def bucket(day: date, results: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "object": "bucket",
        "start_time": ts(day),
        "end_time": ts(day + timedelta(days=1)),
        "results": results,
    }


def page(buckets: list[dict[str, Any]], next_page: str | None = None) -> httpx.Response:
    body = {"object": "page", "data": buckets, "has_more": next_page is not None, "next_page": next_page}
    return httpx.Response(200, json=body)


def documented_api() -> FakeApi:
    """Two pages of completions, one of images; gpt-image-1 shows up in both on day 1."""
    return FakeApi(
        {
            COMPLETIONS: [
                page(
                    [
                        bucket(
                            D1,
                            [
                                completion("gpt-4o-mini-2024-07-18", "proj_abc", 5, 1000, 500),
                                completion("gpt-4o", None, 2, 300, 800),
                                completion("gpt-image-1", "proj_abc", 1, 40, 4160),
                            ],
                        )
                    ],
                    next_page="page_AAAAAGdGxdEiJdKOAAAAAGcqsYA=",
                ),
                page(
                    [
                        bucket(D2, [completion("gpt-4o-mini-2024-07-18", "proj_abc", 3, 600, 200)]),
                        bucket(UNTIL, []),
                    ]
                ),
            ],
            IMAGES: [
                page(
                    [
                        bucket(
                            D1,
                            [
                                image("dall-e-3", "proj_abc", "1024x1024", 3, 3),
                                image("dall-e-3", "proj_abc", "1792x1024", 2, 1),
                                image("gpt-image-1", "proj_abc", "1024x1024", 1, 1),
                            ],
                        ),
                        bucket(D2, []),
                        bucket(UNTIL, []),
                    ]
                )
            ],
        }
    )


async def fetch(api: FakeApi, sleeps: Sleeps, since: date = SINCE, until: date = UNTIL) -> list[ApiUsageRow]:
    async with api.client() as client:
        return await openai.fetch_usage(
            client, api_key=KEY, base_url=BASE, since=since, until=until, sleep=sleeps
        )


async def run_import(api: FakeApi, store: MemoryStore, sleeps: Sleeps, **kwargs: Any) -> Any:
    async with api.client() as client:
        return await import_usage(
            "openai",
            client=client,
            api_key=KEY,
            base_url=BASE,
            since=SINCE,
            until=UNTIL,
            store=store,
            sleep=sleeps,
            **kwargs,
        )


async def test_rows_one_per_day_model_project_with_images_and_tokens_merged(sleeps: Sleeps) -> None:
    rows = await fetch(documented_api(), sleeps)
    assert rows == [
        ApiUsageRow("openai", D1, "dall-e-3", "proj_abc", requests=4, images=5),
        ApiUsageRow("openai", D1, "gpt-4o", "", requests=2, input_tokens=300, output_tokens=800),
        ApiUsageRow(
            "openai",
            D1,
            "gpt-4o-mini-2024-07-18",
            "proj_abc",
            requests=5,
            input_tokens=1000,
            output_tokens=500,
        ),
        ApiUsageRow(
            "openai", D1, "gpt-image-1", "proj_abc", requests=2, input_tokens=40, output_tokens=4160, images=1
        ),
        ApiUsageRow(
            "openai",
            D2,
            "gpt-4o-mini-2024-07-18",
            "proj_abc",
            requests=3,
            input_tokens=600,
            output_tokens=200,
        ),
    ]


async def test_requests_carry_the_documented_params_and_bearer_admin_key(sleeps: Sleeps) -> None:
    api = documented_api()
    await fetch(api, sleeps)
    first, second = api.on(COMPLETIONS)
    assert first.url.params.multi_items() == [
        ("start_time", str(ts(SINCE))),
        ("end_time", str(ts(UNTIL + timedelta(days=1)))),
        ("bucket_width", "1d"),
        ("group_by", "model"),
        ("group_by", "project_id"),
        ("limit", "31"),
    ]
    assert second.url.params["page"] == "page_AAAAAGdGxdEiJdKOAAAAAGcqsYA="
    (images,) = api.on(IMAGES)
    assert images.url.params.get_list("group_by") == ["model", "project_id", "size"]
    assert "page" not in images.url.params
    assert all(r.headers["authorization"] == f"Bearer {KEY}" for r in api.requests)
    assert all(str(r.url).startswith(BASE) for r in api.requests)


async def test_trailing_slash_in_base_url_is_fine(sleeps: Sleeps) -> None:
    api = documented_api()
    async with api.client() as client:
        await openai.fetch_usage(
            client, api_key=KEY, base_url=BASE + "/", since=SINCE, until=UNTIL, sleep=sleeps
        )
    assert {r.url.path for r in api.requests} == {COMPLETIONS, IMAGES}


async def test_buckets_outside_the_window_are_ignored(sleeps: Sleeps) -> None:
    outside = bucket(SINCE - timedelta(days=1), [completion("gpt-4o", "p", 1, 1, 1)])
    api = FakeApi({COMPLETIONS: [page([outside])], IMAGES: [page([])]})
    assert await fetch(api, sleeps) == []


@pytest.mark.parametrize("status", [401, 403])
async def test_rejected_admin_key(sleeps: Sleeps, status: int) -> None:
    api = FakeApi({COMPLETIONS: [httpx.Response(status, json={"error": {"message": "Incorrect API key"}})]})
    with pytest.raises(ImportFailed, match="OpenAI: admin key rejected") as caught:
        await fetch(api, sleeps)
    assert "OPENAI_ADMIN_KEY" in str(caught.value) and KEY not in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        {"object": "page", "data": None, "has_more": False},
        {"object": "page", "data": [{"object": "bucket", "start_time": "yesterday", "results": []}]},
        {
            "object": "page",
            "data": [{"object": "bucket", "start_time": 1746057600, "results": [{"output_tokens": "9"}]}],
        },
    ],
)
async def test_unexpected_shapes_fail_cleanly(sleeps: Sleeps, body: dict[str, Any]) -> None:
    api = FakeApi({COMPLETIONS: [httpx.Response(200, json=body)]})
    with pytest.raises(ImportFailed, match="unexpected usage response"):
        await fetch(api, sleeps)


async def test_since_after_until_fails_before_any_request(sleeps: Sleeps) -> None:
    api = documented_api()
    with pytest.raises(ImportFailed, match="after"):
        await fetch(api, sleeps, since=UNTIL, until=SINCE)
    assert api.requests == []


async def test_missing_key_fails_before_any_request(sleeps: Sleeps) -> None:
    api = documented_api()
    async with api.client() as client:
        with pytest.raises(ImportFailed, match="set OPENAI_ADMIN_KEY"):
            await openai.fetch_usage(
                client, api_key=" ", base_url=BASE, since=SINCE, until=UNTIL, sleep=sleeps
            )
    assert api.requests == []


async def test_import_fills_the_footprint_and_is_idempotent(store: MemoryStore, sleeps: Sleeps) -> None:
    first = await run_import(documented_api(), store, sleeps, image_factor=Range(1.0, 3.0))
    snapshot = dict(store.rows)
    second = await run_import(documented_api(), store, sleeps, image_factor=Range(1.0, 3.0))
    assert store.rows == snapshot and store.calls == 2
    assert first == second
    assert first.rows == first.written == 5 and first.days == 3
    assert first.requests == 16 and first.images == 6

    mini = store.rows[("openai", D1, "gpt-4o-mini-2024-07-18", "proj_abc")]
    assert 0 < mini.energy_wh.low <= mini.energy_wh.high
    assert 0 < mini.co2e_g.low <= mini.co2e_g.high and 0 < mini.water_l.low <= mini.water_l.high
    assert "EcoLogits gpt-4o-mini-2024-07-18" in mini.basis and "5 requests" in mini.basis

    dalle = store.rows[("openai", D1, "dall-e-3", "proj_abc")]
    assert dalle.energy_wh == Range(5.0, 15.0) and "5 images" in dalle.basis
    picture = store.rows[("openai", D1, "gpt-image-1", "proj_abc")]
    assert picture.energy_wh == Range(1.0, 3.0) and "image model" in picture.basis
    assert first.energy_wh.low > 6.0
    assert "openai 2025-05-01..2025-05-03: 5 rows" in first.line()


async def test_reimport_replaces_the_window(store: MemoryStore, sleeps: Sleeps) -> None:
    await run_import(documented_api(), store, sleeps)
    smaller = FakeApi(
        {COMPLETIONS: [page([bucket(D2, [completion("gpt-4o", "proj_new", 1, 10, 10)])])], IMAGES: [page([])]}
    )
    summary = await run_import(smaller, store, sleeps)
    assert list(store.rows) == [("openai", D2, "gpt-4o", "proj_new")]
    assert summary.written == 1


async def test_failure_mid_way_writes_nothing(store: MemoryStore, sleeps: Sleeps) -> None:
    await run_import(documented_api(), store, sleeps)
    before = dict(store.rows)
    api = documented_api()
    api.routes[COMPLETIONS][1:] = [httpx.Response(500) for _ in range(4)]
    with pytest.raises(ImportFailed, match="HTTP 500"):
        await run_import(api, store, sleeps)
    assert store.rows == before and store.calls == 1
    assert api.on(IMAGES) == []


async def test_images_without_a_factor_are_stated_not_estimated(store: MemoryStore, sleeps: Sleeps) -> None:
    await run_import(documented_api(), store, sleeps)
    dalle = store.rows[("openai", D1, "dall-e-3", "proj_abc")]
    assert dalle.energy_wh == Range(0.0, 0.0)
    assert "5 images not estimated" in dalle.basis


async def test_unknown_models_are_estimated_with_a_stated_fallback(
    store: MemoryStore, sleeps: Sleeps
) -> None:
    api = FakeApi(
        {
            COMPLETIONS: [page([bucket(D1, [completion("gpt-7-mini", "p", 10, 100, 3000)])])],
            IMAGES: [page([])],
        }
    )
    summary = await run_import(api, store, sleeps)
    row = store.rows[("openai", D1, "gpt-7-mini", "p")]
    assert row.energy_wh.low > 0
    assert "fallback" in row.basis and "gpt-7-mini" in row.basis and "gpt-4o-mini" in row.basis
    assert summary.fallback_models == ("gpt-7-mini",)
    assert "gpt-7-mini" in summary.line()


async def test_unknown_provider_fails(store: MemoryStore) -> None:
    async with httpx.AsyncClient() as client:
        with pytest.raises(ImportFailed, match="unknown provider"):
            await import_usage(
                "mistral", client=client, api_key=KEY, base_url=BASE, since=SINCE, until=UNTIL, store=store
            )
    assert store.calls == 0
