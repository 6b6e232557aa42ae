"""Posts a digest to a Slack channel with chat.postMessage (slack-sdk retries 429 and 5xx)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.errors import DeliveryError
from bot.render.digest_blocks import digest_blocks, digest_text
from bot.render.view import DigestView
from bot.usage.entities import Subscription

TokenFor = Callable[[str], Awaitable[str | None]]


class SlackDigestPoster:
    """`client` carries the retry handlers; `token_for(workspace)` gives a per-workspace token (OAuth)."""

    def __init__(self, client: AsyncWebClient, token_for: TokenFor | None = None) -> None:
        self.client = client
        self.token_for = token_for

    async def post(self, subscription: Subscription, view: DigestView) -> None:
        token = await self.token_for(subscription.workspace) if self.token_for else None
        try:
            await self.client.chat_postMessage(
                channel=subscription.channel,
                text=digest_text(view),
                blocks=digest_blocks(view),
                unfurl_links=False,
                token=token,  # None: the client's own token (single workspace)
            )
        except SlackApiError as exc:
            raise DeliveryError(
                f"Slack refused the digest: {exc.response.get('error', 'unknown error')}"
            ) from exc
        except (TimeoutError, SlackClientError, aiohttp.ClientError, OSError) as exc:
            raise DeliveryError(f"Slack could not be reached: {type(exc).__name__}") from exc
