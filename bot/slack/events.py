"""Events API: `app_mention` (answer in the thread) and `app_home_opened` (publish the Home tab).

Both are acknowledged at once (Bolt's auto-ack) and handled in a tracked task; each delivery is
de-duplicated by `event_id` in the database, so Slack's retries are answered once across replicas.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt.kwargs_injection.async_args import AsyncArgs
from slack_sdk.web.async_client import AsyncWebClient

from bot.coach.charter import CharterSummary
from bot.coach.i18n import t
from bot.coach.language import detect
from bot.coach.model import Pillar
from bot.render.blocks import (
    MAX_HOME_BLOCKS,
    HomeData,
    RecentItem,
    answer_blocks,
    answer_text,
    help_blocks,
    home_view,
    section,
)
from bot.render.charter import charter_blocks
from bot.render.view import answer_view
from bot.slack.base import Send, SlackHandlers, ephemeral_sender
from bot.slack.routing import answer_buttons, route, slack_to_plain, strip_mention

RECENT = 5
_ORDER = [p.value for p in Pillar]


def week_start(now: datetime, timezone: str) -> datetime:
    """Monday 00:00 of `now`'s week in `timezone` (the "this week" of App Home)."""
    local = now.astimezone(ZoneInfo(timezone))
    return (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)


class EventHandlers(SlackHandlers):
    async def on_mention(self, args: AsyncArgs) -> None:
        event: dict[str, Any] = args.event or {}
        channel, user = str(event.get("channel") or ""), str(event.get("user") or "")
        thread_ts = event.get("thread_ts") or event.get("ts")
        text = strip_mention(slack_to_plain(str(event.get("text") or "")), args.context.bot_user_id)
        lang = detect(text, self.services.default_lang)
        apologize = ephemeral_sender(args.client, channel, user, thread_ts)
        self.background(self._mention(args, text, channel, thread_ts), apologize, lang, "mention")

    async def _mention(self, args: AsyncArgs, text: str, channel: str, thread_ts: str | None) -> None:
        if not await self.first_delivery(args.body):
            return
        if (r := route(text)).kind == "help":
            lang = r.lang or self.services.default_lang
            await args.client.chat_postMessage(
                channel=channel, thread_ts=thread_ts, text=t("help.title", lang), blocks=help_blocks(lang)
            )
            return
        assessment = self.services.coach.assess(text)
        view = answer_view(assessment)
        # In the thread of the mention: the text is already there, so Details may carry it; no Share.
        buttons = answer_buttons(assessment, text, share=False, share_with_text=False)
        blocks = answer_blocks(view, buttons=buttons)
        await args.client.chat_postMessage(
            channel=channel, thread_ts=thread_ts, text=answer_text(view), blocks=blocks
        )
        self.services.record(
            self.asker(args.context, assessment.language, channel), "mention", assessment, text
        )

    async def on_home_opened(self, args: AsyncArgs) -> None:
        event: dict[str, Any] = args.event or {}
        user = str(event.get("user") or "")
        if event.get("tab") != "home" or not user:
            return
        work = self._home(args, user)
        self.background(work, self._home_apology(args.client, user), self.services.default_lang, "home")

    async def _home(self, args: AsyncArgs, user: str) -> None:
        if not await self.first_delivery(args.body):
            return
        lang = await self.user_lang(args.client, user)
        asker = self.asker(args.context, lang)
        store, tz = self.services.store, ZoneInfo(self.services.timezone)
        since = week_start(self.services.now(), self.services.timezone)
        count = await store.user_checks_since(asker.workspace, asker.user_hash, since)
        recent = await store.user_recent(asker.workspace, asker.user_hash, RECENT)
        items = tuple(
            RecentItem(
                when=r.created_at.astimezone(tz),
                source=r.source,
                pillars=tuple(sorted(r.pillars.items(), key=lambda kv: _rank(kv[0]))),
                tools=r.tools,
            )
            for r in recent
        )
        view = home_view(HomeData(lang, count, items))
        view["blocks"] = _with_charter(view["blocks"], self.services.charter_summary(lang), lang)
        await args.client.views_publish(user_id=user, view=view)

    def _home_apology(self, client: AsyncWebClient, user: str) -> Send:
        async def send(text: str) -> None:
            await client.views_publish(user_id=user, view={"type": "home", "blocks": [section(text)]})

        return send


def _with_charter(
    blocks: list[dict[str, Any]], summary: CharterSummary | None, lang: str
) -> list[dict[str, Any]]:
    """The App Home with the organisation's AI charter (or how to add one) before its privacy line."""
    own = [{"type": "divider"}, section(f"*{t('charter.home.title', lang)}*"), *charter_blocks(summary, lang)]
    own = [b for b in own if b.get("type") != "header"]  # the Home has one header: its own
    return (blocks[:-1] + own + blocks[-1:])[:MAX_HOME_BLOCKS]


def _rank(pillar: str) -> int:
    return _ORDER.index(pillar) if pillar in _ORDER else len(_ORDER)
