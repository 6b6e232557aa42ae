"""The shared GET helper: retries, backoff, Retry-After, key rejection, malformed bodies, pagination."""

from __future__ import annotations

import logging

import httpx
import pytest

from bot.errors import CoachError
from bot.providers.errors import ImportFailed
from bot.providers.http import Api, RetryPolicy, get_json, get_pages

from .fakes import FakeApi, Sleeps

API = Api("Acme", "ACME_ADMIN_KEY")
URL = "https://api.example.test/v1/usage"
PATH = "/v1/usage"
KEY = "sk-admin-SECRET-123"
HEADERS = {"Authorization": f"Bearer {KEY}"}
OK = {"object": "page", "data": [], "has_more": False, "next_page": None}


async def fetch(api: FakeApi, sleeps: Sleeps) -> dict[str, object]:
    async with api.client() as client:
        params = [("a", "1"), ("g", "x"), ("g", "y")]
        return await get_json(client, URL, params=params, headers=HEADERS, api=API, sleep=sleeps)


async def test_returns_the_json_object_and_sends_params_and_headers(sleeps: Sleeps) -> None:
    api = FakeApi({PATH: [httpx.Response(200, json=OK)]})
    assert await fetch(api, sleeps) == OK
    (request,) = api.requests
    assert request.url.params.multi_items() == [("a", "1"), ("g", "x"), ("g", "y")]
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert sleeps == []


@pytest.mark.parametrize("status", [401, 403])
async def test_rejected_key_fails_at_once_without_the_key_in_the_message(sleeps: Sleeps, status: int) -> None:
    api = FakeApi({PATH: [httpx.Response(status, json={"error": {"message": "invalid x-api-key"}})]})
    with pytest.raises(ImportFailed) as caught:
        await fetch(api, sleeps)
    message = str(caught.value)
    assert "key rejected" in message and f"HTTP {status}" in message and "ACME_ADMIN_KEY" in message
    assert KEY not in message and "\n" not in message
    assert len(api.requests) == 1 and sleeps == []
    assert isinstance(caught.value, CoachError)


async def test_429_waits_retry_after_seconds_then_succeeds(sleeps: Sleeps) -> None:
    api = FakeApi({PATH: [httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json=OK)]})
    assert await fetch(api, sleeps) == OK
    assert sleeps == [7.0]
    assert len(api.requests) == 2


async def test_429_without_retry_after_uses_the_backoff(sleeps: Sleeps) -> None:
    api = FakeApi({PATH: [httpx.Response(429), httpx.Response(429), httpx.Response(200, json=OK)]})
    assert await fetch(api, sleeps) == OK
    assert sleeps == [1.0, 2.0]


async def test_429_asking_for_a_very_long_wait_fails_instead_of_blocking(sleeps: Sleeps) -> None:
    api = FakeApi({PATH: [httpx.Response(429, headers={"Retry-After": "3600"})]})
    with pytest.raises(ImportFailed, match="rate limited"):
        await fetch(api, sleeps)
    assert sleeps == []


async def test_5xx_then_200_is_retried(sleeps: Sleeps) -> None:
    api = FakeApi({PATH: [httpx.Response(503), httpx.Response(200, json=OK)]})
    assert await fetch(api, sleeps) == OK
    assert sleeps == [1.0]


async def test_repeated_5xx_gives_up_after_four_attempts_with_capped_backoff(sleeps: Sleeps) -> None:
    api = FakeApi(
        {PATH: [httpx.Response(500), httpx.Response(502), httpx.Response(503), httpx.Response(500)]}
    )
    with pytest.raises(ImportFailed, match=r"server error \(HTTP 500\).*4 attempts"):
        await fetch(api, sleeps)
    assert len(api.requests) == 4
    assert sleeps == [1.0, 2.0, 4.0]


async def test_backoff_is_capped() -> None:
    policy = RetryPolicy(attempts=10, base_delay_s=1.0, max_delay_s=5.0)
    assert [policy.backoff(n) for n in range(1, 6)] == [1.0, 2.0, 4.0, 5.0, 5.0]


async def test_timeout_is_retried(sleeps: Sleeps) -> None:
    api = FakeApi({PATH: [httpx.ReadTimeout("slow"), httpx.Response(200, json=OK)]})
    assert await fetch(api, sleeps) == OK
    assert sleeps == [1.0]


async def test_repeated_timeouts_fail(sleeps: Sleeps) -> None:
    api = FakeApi({PATH: [httpx.ConnectTimeout("slow") for _ in range(4)]})
    with pytest.raises(ImportFailed, match="timed out"):
        await fetch(api, sleeps)
    assert len(api.requests) == 4


async def test_connection_error_is_retried(sleeps: Sleeps) -> None:
    api = FakeApi({PATH: [httpx.ConnectError("refused"), httpx.Response(200, json=OK)]})
    assert await fetch(api, sleeps) == OK


@pytest.mark.parametrize("body", [b"{not json", b"<html>gateway</html>", b"\xff\xfe"])
async def test_malformed_json_fails_without_retry(sleeps: Sleeps, body: bytes) -> None:
    api = FakeApi({PATH: [httpx.Response(200, content=body, headers={"content-type": "application/json"})]})
    with pytest.raises(ImportFailed, match="not valid JSON"):
        await fetch(api, sleeps)
    assert len(api.requests) == 1


async def test_json_that_is_not_an_object_fails(sleeps: Sleeps) -> None:
    api = FakeApi({PATH: [httpx.Response(200, json=[1, 2])]})
    with pytest.raises(ImportFailed, match="not a JSON object"):
        await fetch(api, sleeps)


async def test_other_4xx_fails_with_the_providers_message(sleeps: Sleeps) -> None:
    body = {"error": {"type": "invalid_request_error", "message": "limit must be <= 31"}}
    api = FakeApi({PATH: [httpx.Response(400, json=body)]})
    with pytest.raises(ImportFailed, match=r"HTTP 400.*limit must be <= 31"):
        await fetch(api, sleeps)
    assert sleeps == []


async def test_retries_are_logged_without_the_key(sleeps: Sleeps, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    api = FakeApi({PATH: [httpx.Response(503), httpx.Response(200, json=OK)]})
    await fetch(api, sleeps)
    assert "retrying" in caplog.text
    assert KEY not in caplog.text


def page(n: int, *, has_more: bool, next_page: str | None) -> httpx.Response:
    return httpx.Response(200, json={"data": [{"n": n}], "has_more": has_more, "next_page": next_page})


async def test_pages_follow_next_page_until_has_more_is_false(sleeps: Sleeps) -> None:
    api = FakeApi(
        {
            PATH: [
                page(1, has_more=True, next_page="cur_2"),
                httpx.Response(503),
                page(2, has_more=True, next_page="cur_3"),
                page(3, has_more=False, next_page=None),
            ]
        }
    )
    async with api.client() as client:
        pages = await get_pages(client, URL, params=[("a", "1")], headers=HEADERS, api=API, sleep=sleeps)
    assert [p["data"] for p in pages] == [[{"n": 1}], [{"n": 2}], [{"n": 3}]]
    cursors = [r.url.params.get("page") for r in api.requests]
    assert cursors == [None, "cur_2", "cur_2", "cur_3"]
    assert all(r.url.params.get("a") == "1" for r in api.requests)


async def test_has_more_without_next_page_fails(sleeps: Sleeps) -> None:
    api = FakeApi({PATH: [page(1, has_more=True, next_page=None)]})
    async with api.client() as client:
        with pytest.raises(ImportFailed, match="no next_page"):
            await get_pages(client, URL, params=[], headers=HEADERS, api=API, sleep=sleeps)


async def test_a_looping_cursor_fails(sleeps: Sleeps) -> None:
    api = FakeApi({PATH: [page(n, has_more=True, next_page="same") for n in range(3)]})
    async with api.client() as client:
        with pytest.raises(ImportFailed, match="repeats"):
            await get_pages(client, URL, params=[], headers=HEADERS, api=API, sleep=sleeps)
