"""TeamsDigestPoster against httpx.MockTransport: 2xx, 429 + Retry-After, errors before and after
sending (retried or not, certain or uncertain), secrecy."""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime

import httpx
import pytest

from bot.errors import DeliveryError, DeliveryUncertain
from bot.render.adaptive import CONTENT_TYPE
from bot.render.view import DigestView, NudgeView, SourceLink, StatLine
from bot.teams.poster import TeamsDigestPoster, retry_after
from bot.usage.entities import Subscription
from tests.teams.support import assert_valid_card, texts

SECRET_SIG = "s3cr3t-SiGnAtUrE-0123456789"
URL = (
    "https://prod-42.westeurope.logic.azure.com:443/workflows/0123abcd/triggers/manual/paths/invoke"
    f"?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={SECRET_SIG}"
)
SUB = Subscription(1, "teams", "*", "workflows-webhook", "en", True, datetime(2026, 11, 1, tzinfo=UTC))
VIEW = DigestView(
    lang="en",
    title="Weekly AI digest — week 49",
    period="23/11 – 30/11/2026",
    intro="12 AI checks this week (+4 vs last week), by 5 people.",
    sparkline="▁▂▄▆▇█",
    stats=(StatLine("Most flagged", "transparency (7), bias (4)"),),
    footprint=(StatLine("Estimated from checks", "40–345 Wh · 15–158 g CO2e · 0.04–1.5 L of water"),),
    api_usage=(),
    nudge=NudgeView(
        "transparency/label",
        "transparency",
        "Label AI images",
        "Say so.",
        SourceLink("EU (2024)", "AI Act", "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"),
    ),
    call_to_action="Before your next prompt, try `/ai-check`.",
    note="Team figures only: no one is named, and groups under 3 people are not shown.",
)


class Script:
    """Answers requests from a list of responses (or exceptions to raise), recording each request."""

    def __init__(self, *steps: int | tuple[int, dict[str, str]] | Exception) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        status, headers = step if isinstance(step, tuple) else (step, {})
        return httpx.Response(status, headers=headers, text="" if status < 300 else "nope")


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
async def make(sleeps: Sleeps) -> AsyncIterator[Callable[[Script], TeamsDigestPoster]]:
    opened: list[tuple[TeamsDigestPoster, httpx.AsyncClient]] = []

    def build(script: Script) -> TeamsDigestPoster:
        client = httpx.AsyncClient(transport=httpx.MockTransport(script))
        poster = TeamsDigestPoster(URL, client=client, sleep=sleeps)
        opened.append((poster, client))
        return poster

    yield build
    for poster, client in opened:
        await poster.aclose()
        await client.aclose()


async def test_202_is_success_and_the_payload_is_a_workflows_card(
    make: Callable[[Script], TeamsDigestPoster], sleeps: Sleeps
) -> None:
    script = Script(202)
    await make(script).post(SUB, VIEW)
    [request] = script.requests
    assert request.method == "POST" and str(request.url) == str(httpx.URL(URL))
    assert request.headers["content-type"] == "application/json"
    payload = json.loads(request.content)
    assert payload["type"] == "message"
    [attachment] = payload["attachments"]
    assert attachment["contentType"] == CONTENT_TYPE and attachment["contentUrl"] is None
    assert_valid_card(attachment["content"])
    assert "Weekly AI digest — week 49" in texts(attachment["content"])
    assert sleeps.calls == []


@pytest.mark.parametrize("status", [200, 201, 204])
async def test_any_2xx_is_success(make: Callable[[Script], TeamsDigestPoster], status: int) -> None:
    await make(Script(status)).post(SUB, VIEW)


async def test_429_respects_retry_after_then_succeeds(
    make: Callable[[Script], TeamsDigestPoster], sleeps: Sleeps
) -> None:
    script = Script((429, {"Retry-After": "7"}), 202)
    await make(script).post(SUB, VIEW)
    assert len(script.requests) == 2 and sleeps.calls == [7.0]


async def test_429_without_retry_after_backs_off(
    make: Callable[[Script], TeamsDigestPoster], sleeps: Sleeps
) -> None:
    await make(Script(429, 429, 202)).post(SUB, VIEW)
    assert sleeps.calls == [1.0, 2.0]


@pytest.mark.parametrize("status", [500, 502, 503, 408])
async def test_an_error_answer_is_not_retried_here(
    make: Callable[[Script], TeamsDigestPoster], sleeps: Sleeps, status: int
) -> None:
    """The body was received and answered: repeating it here could post twice (the service retries)."""
    script = Script(status, 202)
    with pytest.raises(DeliveryError, match=f"HTTP {status}"):
        await make(script).post(SUB, VIEW)
    assert len(script.requests) == 1 and sleeps.calls == []


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadTimeout("read timed out"),
        httpx.WriteTimeout("write timed out"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("[Errno 104] Connection reset by peer"),
    ],
)
async def test_after_sending_a_timeout_or_a_drop_is_uncertain_and_not_retried(
    make: Callable[[Script], TeamsDigestPoster], sleeps: Sleeps, error: Exception
) -> None:
    script = Script(error, 202)
    with pytest.raises(DeliveryUncertain, match="may have been posted"):
        await make(script).post(SUB, VIEW)
    assert len(script.requests) == 1 and sleeps.calls == []


async def test_connection_failures_before_sending_are_retried(
    make: Callable[[Script], TeamsDigestPoster], sleeps: Sleeps
) -> None:
    script = Script(httpx.ConnectError("refused"), httpx.ConnectTimeout("connect timed out"), 202)
    await make(script).post(SUB, VIEW)
    assert len(script.requests) == 3 and sleeps.calls == [1.0, 2.0]


async def test_endless_connection_failures_raise_delivery_error(
    make: Callable[[Script], TeamsDigestPoster],
) -> None:
    with pytest.raises(DeliveryError, match="after 4 attempts: could not connect"):
        await make(Script(httpx.ConnectError("[Errno 111] Connection refused"))).post(SUB, VIEW)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 413])
async def test_client_errors_fail_at_once(
    make: Callable[[Script], TeamsDigestPoster], sleeps: Sleeps, status: int
) -> None:
    script = Script(status)
    with pytest.raises(DeliveryError, match=f"HTTP {status}"):
        await make(script).post(SUB, VIEW)
    assert len(script.requests) == 1 and sleeps.calls == []


async def test_the_url_is_never_logged_nor_in_exceptions(
    make: Callable[[Script], TeamsDigestPoster], caplog: pytest.LogCaptureFixture
) -> None:
    failures: list[DeliveryError | DeliveryUncertain] = []
    with caplog.at_level(logging.DEBUG):  # every logger, httpx's "HTTP Request: POST <url>" included
        await make(Script(202)).post(SUB, VIEW)
        for script in (
            Script(500),
            Script(httpx.ConnectError(f"cannot reach {URL}")),
            Script(httpx.ReadTimeout(f"timed out on {URL}")),
            Script(404),
        ):
            with pytest.raises((DeliveryError, DeliveryUncertain)) as info:
                await make(script).post(SUB, VIEW)
            failures.append(info.value)
    assert any("HTTP Request" in r.getMessage() for r in caplog.records)  # httpx did log, redacted
    logged = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    for err in failures:
        logged += str(err) + repr(err) + "".join(traceback.format_exception(err))
    assert SECRET_SIG not in logged and "0123abcd" not in logged
    assert repr(make(Script(202))) == "TeamsDigestPoster(url='<redacted TEAMS_DIGEST_WEBHOOK_URL>')"


def test_a_bad_url_is_refused_without_echoing_it() -> None:
    with pytest.raises(ValueError) as info:
        TeamsDigestPoster(f"ftp://example.com/{SECRET_SIG}")
    assert SECRET_SIG not in str(info.value)


async def test_aclose_closes_only_its_own_client() -> None:
    own = TeamsDigestPoster(URL)
    await own.aclose()
    assert own._client.is_closed
    client = httpx.AsyncClient(transport=httpx.MockTransport(Script(202)))
    lent = TeamsDigestPoster(URL, client=client)
    await lent.aclose()
    assert not client.is_closed
    await client.aclose()


def test_retry_after_parsing() -> None:
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    assert retry_after("3") == 3.0
    assert retry_after("0.5") == 0.5
    assert retry_after("Mon, 30 Nov 2026 09:00:30 GMT", now) == 30.0
    assert retry_after("Mon, 30 Nov 2026 08:00:00 GMT", now) == 0.0  # in the past
    assert retry_after("100000") == 120.0  # capped
    assert retry_after(None) is None and retry_after("soon") is None and retry_after("-5") == 0.0
