"""The weekly digest in Teams channels: through the Teams app (proactive, Bot Connector) for channels
that said `@ai-coach digest on`, through the Workflows webhook for its one subscription.

Both sit behind the digest service's one "teams" poster (`TeamsPosters`), so every Teams digest goes
through the same exactly-once claim. Errors follow `bot.digest.delivery`: certain that nothing was
posted (no token, connection refused, a 4xx/5xx answer) → `DeliveryError`, permanent when the bot is
no longer in the channel (403/404: "channel not found"); a timeout or a dropped connection once the
request may have left → `DeliveryUncertain` (never re-sent automatically). The SDK does not retry.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import httpx

from bot.digest.delivery import DigestPoster
from bot.digest.service import TEAMS_CHANNEL
from bot.errors import DeliveryError, DeliveryUncertain
from bot.render.adaptive import digest_card
from bot.render.view import DigestView
from bot.usage.entities import Subscription
from bot.usage.teams_conversations import ConversationRef, TeamsConversations

if TYPE_CHECKING:
    from microsoft_teams.api.activities.message.message import MessageActivityInput
    from microsoft_teams.apps import App

log = logging.getLogger("bot.teams")


class TeamsAppPoster:
    """Posts a digest as a new post in a subscribed channel, to its saved Bot Connector."""

    def __init__(
        self,
        app: App,
        conversations: TeamsConversations,
        *,
        start: Callable[[], Awaitable[None]] | None = None,
        close: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        """`start` / `close`: for a poster that owns its `App` (`ai-coach digest run`), run before the
        first post and by `aclose`; the server's poster shares the app its lifespan starts."""
        self.app, self.conversations = app, conversations
        self._start, self._close = start, close

    async def post(self, subscription: Subscription, view: DigestView, week: str | None = None) -> None:
        from bot.teams.chat import card_message  # the SDK is imported only where the app is on

        if self._start is not None:
            await self._start()
            self._start = None
        ref = await self.conversations.find(subscription.workspace, subscription.channel)
        if ref is None:
            raise DeliveryError("channel not found: the Teams app was removed from this team, or never added")
        await self.send(ref, card_message(digest_card(view), view.title))

    async def send(self, ref: ConversationRef, message: MessageActivityInput) -> None:
        """`message` as a new post in the saved channel `ref` (the digest, a shared answer); the
        errors are the module's (`DeliveryError` when surely not posted, else `DeliveryUncertain`)."""
        try:
            await self.app.send(ref.channel, message, service_url=ref.service_url)
        except DeliveryError:
            raise  # our token provider: no token, nothing sent
        except httpx.HTTPStatusError as exc:
            status = exc.response.status_code
            if status in (403, 404):
                raise DeliveryError(f"channel not found: the Bot Connector answered {status}") from None
            raise DeliveryError(f"the Bot Connector answered {status}") from None
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise DeliveryError(f"the Bot Connector could not be reached: {type(exc).__name__}") from None
        except Exception as exc:  # a timeout or a dropped connection: it may have been posted
            raise DeliveryUncertain(f"the Bot Connector did not answer: {type(exc).__name__}") from None

    async def aclose(self) -> None:
        if self._close is not None:
            await self._close()


class TeamsPosters:
    """The digest service's "teams" poster: the Workflows webhook's subscription to the webhook, every
    other Teams subscription (a channel's conversation id) to the app. `webhook` None: no
    Workflows subscription is created (see `DigestService.ensure_teams_subscription`)."""

    def __init__(self, webhook: DigestPoster | None, app: DigestPoster | None) -> None:
        self.webhook, self.app = webhook, app

    async def post(self, subscription: Subscription, view: DigestView, week: str | None = None) -> None:
        poster = self.webhook if subscription.channel == TEAMS_CHANNEL else self.app
        if poster is None:
            what = "TEAMS_DIGEST_WEBHOOK_URL" if subscription.channel == TEAMS_CHANNEL else "the Teams app"
            raise DeliveryError(f"{what} is not configured")
        await poster.post(subscription, view, week)

    async def aclose(self) -> None:
        for poster in (self.webhook, self.app):
            close = getattr(poster, "aclose", None)
            if close is not None:
                await close()
