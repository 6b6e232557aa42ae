"""Logging for the entry points: one root handler, a privacy filter, optional JSON lines, throttling.

What must never reach a log, at any level: request bodies, user ids, user names, message texts.
Our own code does not log them; libraries do. slack_bolt and slack_sdk log whole payloads at DEBUG
(requests, answers, "Responding with ... body"), Bolt logs a refused request with its body at INFO,
uvicorn's access log and httpx log URLs with their query strings (OAuth codes, webhook signatures).
`PrivacyFilter` sits on the root handler(s) installed by `configure` and on the logger given to Bolt:

- a record from a payload-carrying library logger (`PAYLOAD_LOGGERS`) keeps only the text before the
  first sign of a payload (`body`, `payload`, `text`, a `{`, `[` or `(`...), then "[redacted]"; below
  WARNING such a record is dropped altogether; its traceback is replaced by the exception's type;
- every library record has URL query strings cut and Slack user ids (`U…`/`W…`) masked.

`configure(level, fmt)` is called once by the entry points (`bot.cli`); `fmt="json"` writes one JSON
object per line (COACH_LOG_FORMAT=json) for log collectors.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Literal, TextIO

LogFormat = Literal["text", "json"]
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
PAYLOAD_LOGGERS = (
    "slack_bolt",
    "slack_sdk",
    "slack",
    "bot.slack.bolt",
    "aiohttp",
    "httpx",
    "httpcore",
    "websockets",
    "urllib3",
)
REDACTED = "[redacted]"
_PAYLOAD_SIGN = re.compile(r"body|payload|json|data\b|text|blocks|user|[{\[(]", re.IGNORECASE)
_QUERY = re.compile(r"(?P<path>(?:https?://|/)[^\s?\"'<>]*)\?[^\s\"'<>]*")
_USER_ID = re.compile(r"\b[UW](?=[A-Z0-9]*\d)[A-Z0-9]{6,}\b")


def _is_library(name: str) -> bool:
    return not name.startswith("bot.") or _in(name, ("bot.slack.bolt",))


def _in(name: str, families: tuple[str, ...]) -> bool:
    return any(name == f or name.startswith(f + ".") for f in families)


def scrub(message: str) -> str:
    """`message` without URL query strings and with Slack user ids masked."""
    return _USER_ID.sub("U…", _QUERY.sub(r"\g<path>?…", message))


class PrivacyFilter(logging.Filter):
    """Drops or redacts library records that may carry request bodies, user ids, names or texts."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _is_library(record.name):
            return True
        if record.name == "uvicorn.access" and isinstance(record.args, tuple) and len(record.args) == 5:
            client, method, path, version, status = record.args
            record.args = (client, method, scrub(str(path)), version, status)
            return True
        message = record.getMessage()
        if _in(record.name, PAYLOAD_LOGGERS):
            sign = _PAYLOAD_SIGN.search(message)
            if sign is not None:
                if record.levelno < logging.WARNING:
                    return False
                message = f"{message[: sign.start()].rstrip(' :=,-')} {REDACTED}"
            if record.exc_info and record.exc_info[0] is not None:
                message = f"{message} ({record.exc_info[0].__name__})"
                record.exc_info, record.exc_text = None, None
        record.msg, record.args = scrub(message), None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, exception if any."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


class _Ours(logging.StreamHandler[TextIO]):
    """The root handler `configure` installs (replaced, not duplicated, when called again)."""


def configure(level: str | int = "INFO", fmt: LogFormat = "text", stream: TextIO | None = None) -> None:
    """Root logging for an entry point: one handler with `PrivacyFilter`, text or JSON lines.

    Handlers already on the root (e.g. pytest's) get the filter too. Libraries that log a line per
    job, migration or HTTP request stay at WARNING.
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _Ours)]:
        root.removeHandler(handler)
    handler = _Ours(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT))
    root.addHandler(handler)
    for each in root.handlers:
        if not any(isinstance(f, PrivacyFilter) for f in each.filters):
            each.addFilter(PrivacyFilter())
    root.setLevel(level.upper() if isinstance(level, str) else level)
    for noisy in ("apscheduler", "alembic", "httpx", "httpcore"):  # a line per job, migration, request
        logging.getLogger(noisy).setLevel(logging.WARNING)


class Throttled:
    """A warning logged at most once per `period` seconds, with how many occurred since the last line.

    For events an attacker can repeat at will (refused requests): a flood costs one line per period.
    """

    def __init__(
        self,
        logger: logging.Logger,
        message: str,
        period: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.logger, self.message, self.period, self.clock = logger, message, period, clock
        self._next = 0.0
        self._count = 0

    def __call__(self, reason: str) -> None:
        """Count one occurrence; log one line (`message`, reason, count) unless one was logged recently."""
        self._count += 1
        now = self.clock()
        if now < self._next:
            return
        self.logger.warning("%s (last: %s); %d since the previous line", self.message, reason, self._count)
        self._count = 0
        self._next = now + self.period
