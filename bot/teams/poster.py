"""Posts the weekly digest to a Teams channel through a Workflows webhook (TEAMS_DIGEST_WEBHOOK_URL).

The Workflows template "Post to a channel when a webhook request is received" takes a message with
one Adaptive Card attachment and answers 202. Any 2xx is success. Only what cannot double a post is
retried here: 429 (honouring Retry-After) and a connection that could not be opened (refused, DNS,
connect timeout), with exponential backoff. Any other answer is a `DeliveryError` at once (the flow
said no; the digest service retries on its next run); a timeout or a dropped connection once the
body may have left is `DeliveryUncertain`: never retried, the week becomes *maybe posted*.

The URL carries its own credential (the `sig` query parameter), so it is a secret: it never appears
in a log line or an exception, including httpx's own "HTTP Request: POST <url>" log line, which is
redacted while a poster is open.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from bot.errors import DeliveryError, DeliveryUncertain
from bot.render.adaptive import digest_card, workflow_payload
from bot.render.view import DigestView
from bot.usage.entities import Subscription

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
TIMEOUT_S = 10.0
BACKOFF_BASE_S = 1.0
BACKOFF_MAX_S = 30.0
RETRY_AFTER_MAX_S = 120.0
REDACTED = "<redacted TEAMS_DIGEST_WEBHOOK_URL>"


class _Redact(logging.Filter):
    """Replaces registered secrets in records of the logger it is attached to (httpx's)."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[int, tuple[str, ...]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        redacted = message
        for secrets in self.secrets.values():
            for secret in secrets:
                redacted = redacted.replace(secret, REDACTED)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_REDACT = _Redact()
logging.getLogger("httpx").addFilter(_REDACT)


def _secret_forms(url: str) -> tuple[str, ...]:
    """The URL as given, as httpx prints it, and its path + query (where the credential is)."""
    forms = {url}
    try:
        parsed = httpx.URL(url)
        forms.add(str(parsed))
        target = parsed.raw_path.decode("ascii", "replace")
        if len(target) > 1:
            forms.add(target)
    except (httpx.InvalidURL, ValueError, TypeError):
        pass
    return tuple(sorted(forms, key=len, reverse=True))


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), capped; None if absent."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), RETRY_AFTER_MAX_S)


class TeamsDigestPoster:
    """Implements `bot.digest.service.DigestPoster` for Teams: `post` raises DeliveryError on failure.

    `client`: an httpx.AsyncClient to use (tests pass one on an httpx.MockTransport); when None the
    poster makes its own (`timeout` seconds) and closes it in `aclose`. `sleep` waits between
    attempts (injectable); `attempts` is the total number of tries.
    """

    def __init__(
        self,
        url: str,
        *,
        client: httpx.AsyncClient | None = None,
        sleep: Sleep = asyncio.sleep,
        attempts: int = 4,
        timeout: float = TIMEOUT_S,
    ) -> None:
        if not url.startswith(("https://", "http://")):
            raise ValueError("TEAMS_DIGEST_WEBHOOK_URL must be an http(s) URL")  # never echo it
        self._url = url
        self._owns_client = client is None
        self._client = client or httpx.AsyncClient(timeout=timeout)
        self._sleep = sleep
        self._attempts = max(1, attempts)
        _REDACT.secrets[id(self)] = _secret_forms(url)

    def __repr__(self) -> str:
        return f"TeamsDigestPoster(url={REDACTED!r})"

    async def aclose(self) -> None:
        """Close the client if this poster created it; stop redacting its URL."""
        if self._owns_client:
            await self._client.aclose()
        _REDACT.secrets.pop(id(self), None)

    async def post(self, subscription: Subscription, view: DigestView, week: str | None = None) -> None:
        """Post `view` as an Adaptive Card; return on any 2xx, raise DeliveryError or DeliveryUncertain."""
        body = json.dumps(workflow_payload(digest_card(view)), ensure_ascii=False, separators=(",", ":"))
        problem = ""
        for attempt in range(self._attempts):
            delay, problem = await self._try(body.encode("utf-8"), attempt)
            if delay is None:
                return
            if attempt + 1 < self._attempts:
                log.info("Teams digest: %s, retrying in %.1f s", problem, delay)
                await self._sleep(delay)
        raise DeliveryError(f"Teams digest not delivered after {self._attempts} attempts: {problem}")

    async def _try(self, body: bytes, attempt: int) -> tuple[float | None, str]:
        """One POST: (None, "") when delivered, else (seconds to wait before retrying, what happened).

        Raises DeliveryError for answers a retry here must not repeat (any non-2xx but 429), and
        DeliveryUncertain when the body may have been received (read/write timeout, reset, disconnect).
        """
        backoff = min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2**attempt)
        try:
            response = await self._client.post(
                self._url, content=body, headers={"Content-Type": "application/json"}
            )
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:  # nothing was sent
            return backoff, f"could not connect ({type(exc).__name__})"  # the message may hold the host
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            raise DeliveryUncertain(
                f"Teams Workflows: {type(exc).__name__} after the digest was sent; it may have been posted"
            ) from None  # httpx's message may hold the URL, a secret
        status = response.status_code
        if 200 <= status < 300:
            return None, ""
        if status == 429:
            wait = retry_after(response.headers.get("retry-after"))
            return (backoff if wait is None else wait), "HTTP 429 (rate limited)"
        raise DeliveryError(f"Teams Workflows refused the digest: HTTP {status}")
