"""Posts a digest to a Slack channel with chat.postMessage, and tells a certain failure from an
uncertain one.

The digest has its own `AsyncWebClient` (same token, base URL and proxy settings as the app's)
whose only retries are those that cannot double a post: 429 (Slack did not post; it honours
Retry-After) and a connection that could not be opened (nothing was sent). slack-sdk's usual
connection-error handler also retries resets, disconnects and timeouts after the request was
sent, which is how a digest got posted twice.

- `DeliveryError`: Slack answered that it did not post (`ok: false`, a 4xx/5xx answer) or the
  connection could not be opened (refused, DNS): the claim is released and retried.
- `DeliveryUncertain`: a timeout, reset or disconnect once the request may have left: the week
  is `maybe_posted` and only a human re-sends it.

Each post carries Slack message metadata (`ai_coach_digest`, subscription id and ISO week), so
`find_posted` can look for it in the channel's history before a human's re-send.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.errors import DeliveryError, DeliveryUncertain
from bot.render.digest_blocks import digest_blocks, digest_text
from bot.render.view import DigestView
from bot.usage.entities import Subscription

log = logging.getLogger(__name__)
TokenFor = Callable[[str], Awaitable[str | None]]
EVENT_TYPE = "ai_coach_digest"
RETRIES = 2
HISTORY_PAGE = 200


def digest_retry_handlers() -> list[AsyncRetryHandler]:
    """429 with Retry-After, and a connection that was never opened; nothing after the request left."""
    return [
        AsyncRateLimitErrorRetryHandler(max_retry_count=RETRIES),
        AsyncConnectionErrorRetryHandler(max_retry_count=RETRIES, error_types=[aiohttp.ClientConnectorError]),
    ]


def digest_client(client: AsyncWebClient, timeout: int | None = None) -> AsyncWebClient:
    """A client like `client` (token, base URL, proxy, headers) with the digest's retry handlers."""
    return AsyncWebClient(
        token=client.token,
        base_url=client.base_url,
        timeout=timeout or client.timeout,
        ssl=client.ssl,
        proxy=client.proxy,
        headers=dict(client.headers),
        retry_handlers=digest_retry_handlers(),
    )


def metadata(subscription: Subscription, week: str | None) -> dict[str, Any]:
    return {"event_type": EVENT_TYPE, "event_payload": {"subscription": subscription.id, "week": week or ""}}


class SlackDigestPoster:
    """Implements `bot.digest.service.DigestPoster` for Slack.

    `client`: the app's client (copied, see `digest_client`); `token_for(workspace)`: a per-workspace
    token (OAuth); `timeout`: seconds to wait for Slack's answer (default: the client's).
    """

    def __init__(self, client: AsyncWebClient, token_for: TokenFor | None = None, timeout: int | None = None):
        self.client = digest_client(client, timeout)
        self.token_for = token_for

    async def post(self, subscription: Subscription, view: DigestView, week: str | None = None) -> None:
        token = await self.token_for(subscription.workspace) if self.token_for else None
        try:
            await self.client.chat_postMessage(
                channel=subscription.channel,
                text=digest_text(view),
                blocks=digest_blocks(view),
                unfurl_links=False,
                metadata=metadata(subscription, week),
                token=token,  # None: the client's own token (single workspace)
            )
        except SlackApiError as exc:
            raise _answered(exc) from exc
        except aiohttp.ClientConnectorError as exc:  # refused, DNS, TLS handshake: nothing was sent
            raise DeliveryError(f"Slack could not be reached: {type(exc).__name__}") from exc
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise DeliveryUncertain(f"no answer from Slack after sending: {type(exc).__name__}") from exc

    async def find_posted(self, subscription: Subscription, week: str) -> bool | None:
        """True when the channel shows this week's digest (by its metadata); None when it cannot tell."""
        token = await self.token_for(subscription.workspace) if self.token_for else None
        oldest = datetime.fromisocalendar(int(week[:4]), int(week[6:]), 1).replace(tzinfo=UTC)
        try:
            answer = await self.client.conversations_history(
                channel=subscription.channel,
                oldest=f"{(oldest - timedelta(days=1)).timestamp():.6f}",  # the week starts in local time
                include_all_metadata=True,
                limit=HISTORY_PAGE,
                token=token,
            )
        except (SlackApiError, TimeoutError, aiohttp.ClientError, OSError) as exc:
            log.warning("digest history of %s could not be read: %s", subscription.channel, _why(exc))
            return None
        wanted = metadata(subscription, week)
        return any(message.get("metadata") == wanted for message in answer.get("messages") or [])


def _answered(exc: SlackApiError) -> Exception:
    """Slack answered: `ok: false` or an HTTP error status means not posted; anything else is unclear."""
    response = exc.response
    error = response.get("error") if isinstance(response.data, dict) else None
    if error is not None or response.status_code >= 400:
        return DeliveryError(f"Slack refused the digest: {error or f'HTTP {response.status_code}'}")
    return DeliveryUncertain(f"Slack answered HTTP {response.status_code} without a readable result")


def _why(exc: Exception) -> str:
    if isinstance(exc, SlackApiError) and isinstance(exc.response.data, dict):
        return str(exc.response.data.get("error", "unknown error"))
    return type(exc).__name__
