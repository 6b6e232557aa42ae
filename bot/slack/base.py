"""What every Slack listener shares: who is asking, in which language, and the error boundary.

Listeners only translate Slack payloads into calls on `Services` and back. Anything slow runs in a
tracked task after Slack is acknowledged; any exception there ends in a short apology to the
person, in their language, with the stack in the log.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import aiohttp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.exc import SQLAlchemyError

from bot.coach.i18n import t
from bot.coach.language import lang_of_locale
from bot.services import Asker, Services
from bot.slack.tasks import Tasks

log = logging.getLogger("bot.slack")

PLATFORM = "slack"
LOCALE_TTL_S = 3600.0
DEDUPE_WAIT_S = 1.0  # Slack wants its answer within 3 s, database or not
LOCALE_CACHE_SIZE = 10_000
# Errors meaning "the bot cannot post there" rather than "something broke".
CANNOT_POST = frozenset({"not_in_channel", "channel_not_found", "is_archived", "restricted_action"})

Send = Callable[[str], Awaitable[Any]]


class SlackHandlers:
    """Base of the listener groups: shared services, background tasks, locale cache."""

    def __init__(self, services: Services, tasks: Tasks) -> None:
        self.services = services
        self.tasks = tasks
        self._locales: OrderedDict[str, tuple[str, float]] = OrderedDict()

    def asker(self, context: AsyncBoltContext, lang: str, channel: str | None = None) -> Asker:
        workspace = context.team_id or context.enterprise_id or ""
        return self.services.asker(
            PLATFORM, workspace, channel or context.channel_id or "", context.user_id or "", lang
        )

    async def user_lang(self, client: AsyncWebClient, user_id: str | None) -> str:
        """The person's Slack language (users.info locale, cached), else the default language."""
        default = self.services.default_lang
        if not user_id:
            return default
        cached = self._locales.get(user_id)
        if cached and cached[1] > time.monotonic():
            return cached[0]
        try:
            response = await client.users_info(user=user_id, include_locale=True)
            user = response.get("user")
            locale = user.get("locale") if isinstance(user, dict) else None
        except (SlackApiError, aiohttp.ClientError, TimeoutError) as exc:  # e.g. no users:read scope
            log.debug("users.info failed (%s); using %s", exc, default)
            locale = None
        lang = lang_of_locale(locale, default)
        self._locales[user_id] = (lang, time.monotonic() + LOCALE_TTL_S)
        while len(self._locales) > LOCALE_CACHE_SIZE:
            self._locales.popitem(last=False)
        return lang

    async def first_delivery(self, body: dict[str, Any]) -> bool:
        """False when this Events API delivery (same `event_id`) was already handled, here or elsewhere."""
        event_id = body.get("event_id")
        if not isinstance(event_id, str) or not event_id:
            return True
        try:
            if await asyncio.wait_for(self.services.store.first_time(event_id), DEDUPE_WAIT_S):
                return True
        except (
            SQLAlchemyError,
            TimeoutError,
        ):  # database down or hung: better a rare double answer than none
            log.warning("event %s could not be de-duplicated (database error): answering anyway", event_id)
            return True
        log.info("Slack event %s already handled: this delivery is skipped", event_id)
        return False

    def background(self, work: Coroutine[Any, Any, None], apologize: Send, lang: str, what: str) -> None:
        """Run `work` after the ack; on failure log the stack and apologise to the person."""
        self.tasks.spawn(self.guarded(work, apologize, lang, what), name=f"slack-{what}")

    async def guarded(self, work: Awaitable[None], apologize: Send, lang: str, what: str) -> None:
        try:
            await work
        except Exception:  # the boundary: never leave the person without an answer
            log.exception("Slack %s failed", what)
            await apology(apologize, lang)


async def apology(send: Send, lang: str) -> None:
    """Say sorry in `lang`; if even that fails, only log it."""
    try:
        await send(t("slack.apology", lang))
    except Exception:  # the boundary's boundary: nothing more can be done for this person
        log.exception("the apology could not be delivered either")


def cannot_post(exc: SlackApiError) -> bool:
    return exc.response.get("error") in CANNOT_POST


def ephemeral_sender(client: AsyncWebClient, channel: str, user: str, thread_ts: str | None = None) -> Send:
    async def send(text: str) -> None:
        await client.chat_postEphemeral(channel=channel, user=user, text=text, thread_ts=thread_ts)

    return send
