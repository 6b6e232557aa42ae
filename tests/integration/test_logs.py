"""No personal data in the log at any level, and a flood of refused requests costs one line.

The real server, real signed and unsigned requests carrying a marker as the user's text, id and name,
logging at DEBUG through `bot.logs.configure` (what the entry points call) into a buffer.
"""

from __future__ import annotations

import io
import json
import logging
import sys
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest

from bot.logs import PrivacyFilter, Throttled, configure
from bot.settings import Settings
from tests.integration.conftest import BOT, CHANNEL, TEAM, Harness

MARKER_TEXT = "zebracorn7f3a"
MARKER_USER = "U0ZEBRA7F3A"
MARKER_NAME = "zebranamex"
TEXT = f"30 visuels Midjourney pour Instagram {MARKER_TEXT}"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Put the root logger, its handlers' filters and the library levels `configure` sets back."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    filters = {h: list(h.filters) for h in handlers}
    libraries = {
        name: logging.getLogger(name).level for name in ("apscheduler", "alembic", "httpx", "httpcore")
    }
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for handler, kept in filters.items():
        handler.filters[:] = kept
    for name, was in libraries.items():
        logging.getLogger(name).setLevel(was)


@pytest.fixture
def log_buffer(restore_logging: None) -> io.StringIO:
    """`configure("DEBUG")` into a buffer, as the entry points do."""
    buffer = io.StringIO()
    configure("DEBUG", "text", stream=buffer)
    return buffer


async def test_marker_never_reaches_the_log_at_debug(harness: Harness, log_buffer: io.StringIO) -> None:
    await harness.command(TEXT, user=MARKER_USER)  # signed, answered in the ack, then users.info
    await harness.event(
        {
            "type": "app_mention",
            "user": MARKER_USER,
            "text": f"<@{BOT}> {TEXT}",
            "ts": "1.0",
            "channel": CHANNEL,
        }
    )
    await harness.wait_calls("chat.postMessage")
    form = {"team_id": TEAM, "user_id": MARKER_USER, "user_name": MARKER_NAME, "text": TEXT}
    unsigned = await harness.http.post(
        "/slack/events?user=" + MARKER_USER,
        content=urlencode(form).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert unsigned.status_code == 401
    await harness.settle()

    log = log_buffer.getvalue()
    assert "slack_bolt" in log or "bot.slack.bolt" in log  # the libraries did log at DEBUG
    for marker in (MARKER_TEXT, MARKER_USER, MARKER_NAME):
        assert marker not in log


async def test_50_refused_requests_give_at_most_2_log_lines(
    harness: Harness, log_buffer: io.StringIO
) -> None:
    body = urlencode({"user_id": MARKER_USER, "text": MARKER_TEXT * 60_000})[: 1024 * 1024 - 1]
    for _ in range(50):
        response = await harness.http.post(
            "/slack/events",
            content=body.encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert response.status_code == 401
    client = (" httpx:", " httpcore.")  # the test's own HTTP client logs its requests at DEBUG
    server = [line for line in log_buffer.getvalue().splitlines() if not any(c in line for c in client)]
    refused = [line for line in server if "refused" in line]
    assert 1 <= len(refused) <= 2, refused
    assert "(last: missing signature headers)" in refused[0]
    assert sum(len(line) for line in server) < 2_000, server


def record(name: str, level: int, msg: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, msg, args or None, None)


def test_privacy_filter_drops_or_redacts_library_payloads() -> None:
    keep = PrivacyFilter().filter
    debug_body = record(
        "slack_sdk.web.async_base_client", logging.DEBUG, "Sending a request - json_body: {'t': 1}"
    )
    assert not keep(debug_body)
    bolt = record("slack_bolt.AsyncApp", logging.WARNING, "Unhandled request ({'user': 'U0ABC12345'})")
    assert keep(bolt) and bolt.getMessage() == "Unhandled request [redacted]"
    info = record(
        "slack_bolt.RequestVerification", logging.INFO, "Invalid request signature detected (body: x)"
    )
    assert not keep(info)
    access = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        "",
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("1.2.3.4", "GET", "/slack/oauth_redirect?code=s3cr3t", "1.1", 200),
        None,
    )
    assert (
        keep(access)
        and "s3cr3t" not in access.getMessage()
        and "/slack/oauth_redirect?…" in access.getMessage()
    )
    httpx = record(
        "httpx", logging.INFO, 'HTTP Request: %s %s "%s"', "POST", "https://hooks.example/x?sig=abc", "200"
    )
    assert keep(httpx) and "sig=abc" not in httpx.getMessage()
    ours = record("bot.server", logging.INFO, "Slack: on (%s)", "HTTP events")
    assert keep(ours) and ours.getMessage() == "Slack: on (HTTP events)"
    try:
        raise ValueError(f"bad {MARKER_TEXT}")
    except ValueError:
        failed = logging.LogRecord(
            "slack_bolt.App", logging.ERROR, "", 1, "Failed to run", None, sys.exc_info()
        )
    assert keep(failed) and failed.exc_info is None and failed.getMessage() == "Failed to run (ValueError)"


def test_json_format_writes_one_object_per_line(
    monkeypatch: pytest.MonkeyPatch, restore_logging: None
) -> None:
    monkeypatch.setenv("COACH_LOG_FORMAT", "json")
    assert Settings().coach_log_format == "json"
    buffer = io.StringIO()
    configure("INFO", Settings().coach_log_format, stream=buffer)
    logging.getLogger("bot.test").info("digest: %d posted", 2)
    line = json.loads(buffer.getvalue().splitlines()[-1])
    assert line["message"] == "digest: 2 posted" and line["level"] == "INFO" and line["logger"] == "bot.test"
    assert line["time"].endswith("+00:00")


def test_throttled_warning_says_how_many_were_not_logged() -> None:
    now = [0.0]
    buffer = io.StringIO()
    logger = logging.getLogger("bot.test.throttled")
    logger.addHandler(handler := logging.StreamHandler(buffer))
    try:
        refused = Throttled(logger, "refused", period=10.0, clock=lambda: now[0])
        for i in range(50):
            now[0] = i * 0.01
            refused("bad signature")
        now[0] = 10.5
        refused("stale timestamp")
    finally:
        logger.removeHandler(handler)
    assert buffer.getvalue().splitlines() == [
        "refused (last: bad signature); 1 since the previous line",
        "refused (last: stale timestamp); 50 since the previous line",
    ]
