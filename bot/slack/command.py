"""`/ai-check`: a check or the help is answered in the ack itself (well inside Slack's 3 s); the
subcommands that touch the database (`forget me`, `digest …`, `log …`) are acknowledged at once and
answered through the command's response_url.
"""

from __future__ import annotations

from datetime import datetime

from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_bolt.kwargs_injection.async_args import AsyncArgs

from bot import unavailable
from bot.coach.i18n import t
from bot.coach.language import detect
from bot.render.blocks import (
    MAX_BLOCKS,
    answer_blocks,
    answer_text,
    context,
    help_blocks,
    section,
)
from bot.render.charter import charter_blocks, charter_text
from bot.render.digest_blocks import digest_blocks
from bot.render.label import SLACK_COMMAND as SLACK_LABEL
from bot.render.label import fallback, label_blocks, usage_blocks
from bot.render.view import answer_view
from bot.services import Asker
from bot.slack.base import PLATFORM, Send, SlackHandlers, apology, log
from bot.slack.routing import (
    Route,
    answer_buttons,
    digest_on_line,
    route,
    slack_to_plain,
)

COMMAND = "/ai-check"


def responder(respond: AsyncRespond) -> Send:
    async def send(text: str) -> None:
        await respond(text=text, response_type="ephemeral", replace_original=False)

    return send


class CommandHandlers(SlackHandlers):
    async def on_command(self, args: AsyncArgs) -> None:
        """The `/ai-check` listener (runs before Slack gets its HTTP response: keep it fast)."""
        text = slack_to_plain(str(args.body.get("text") or ""))
        try:
            await self._dispatch(args, route(text))
        except Exception:  # the boundary: an apology in the ack, or via response_url if already acked
            log.exception("/ai-check failed")
            lang = detect(text, self.services.default_lang)
            if args.ack.response is None:
                await args.ack(text=t("slack.apology", lang), response_type="ephemeral")
            else:
                await apology(responder(args.respond), lang)

    async def _dispatch(self, args: AsyncArgs, r: Route) -> None:
        if r.kind == "help":  # a bare `/ai-check` or `help`: in the person's Slack language
            lang = r.lang or await self.user_lang(args.client, args.context.user_id)
            await args.ack(text=t("help.title", lang), blocks=help_blocks(lang), response_type="ephemeral")
        elif r.kind == "check":
            await self._check(args, r.arg)
        elif r.kind == "label":
            await self._label(args, r.arg)
        elif r.kind == "charter":  # no database: answered in the ack, in the person's Slack language
            lang = r.lang or await self.user_lang(args.client, args.context.user_id)
            summary = self.services.charter_summary(lang)
            await args.ack(
                text=charter_text(summary, lang),
                blocks=charter_blocks(summary, lang),
                response_type="ephemeral",
            )
        else:
            await args.ack()
            work = self._subcommand(args, r)
            self.background(work, responder(args.respond), self.services.default_lang, f"command-{r.kind}")

    async def _check(self, args: AsyncArgs, text: str) -> None:
        assessment = self.services.coach.assess(text)
        lang = assessment.language
        view = answer_view(assessment)
        blocks = answer_blocks(view, buttons=answer_buttons(assessment, text))
        await args.ack(text=answer_text(view), blocks=blocks, response_type="ephemeral")
        self.services.record(self.asker(args.context, lang), "check", assessment, text)

    async def _label(self, args: AsyncArgs, text: str) -> None:
        """`/ai-check label tiktok video`: answered in the ack (no database, no outbound call)."""
        result = self.services.label(text) if text else None
        if result is not None:
            await args.ack(text=fallback(result), blocks=label_blocks(result), response_type="ephemeral")
            return
        lang = detect(text, self.services.default_lang)
        if not text:  # a bare `label`: how to ask
            usage = t("label.usage", lang).format(command=SLACK_LABEL)
            await args.ack(text=usage, blocks=usage_blocks(lang), response_type="ephemeral")
        else:
            await args.ack(text=t("label.not_available", lang), response_type="ephemeral")

    async def _subcommand(self, args: AsyncArgs, r: Route) -> None:
        lang = await self.user_lang(args.client, args.context.user_id)
        asker = self.asker(args.context, lang)
        say = responder(args.respond)
        if r.kind == "forget":
            await self._forget(say, asker)
            return
        try:  # the database may be down or hang: one polite line, well inside Slack's 3 s
            await unavailable.bounded(self._with_database(args, asker, r))
        except unavailable.DatabaseUnavailable:
            log.warning("/ai-check %s: the database is unavailable", r.kind)
            await say(unavailable.text(unavailable.NOT_NOW, lang))

    async def _forget(self, say: Send, asker: Asker) -> None:
        """Never reported as failed once it took effect: a database outage defers the erasure."""
        done = await self.services.store.forget_user(asker.user_hash)
        lang, n = asker.lang, done.erased
        if done.deferred:
            await say(unavailable.text(unavailable.FORGET_DEFERRED, lang))
        else:
            await say(t("slack.forget_done", lang).format(n=n) if n else t("slack.forget_none", lang))

    async def _with_database(self, args: AsyncArgs, asker: Asker, r: Route) -> None:
        say = responder(args.respond)
        if r.kind == "digest":
            await self._digest(args.respond, asker, r)
        elif self.services.log_usage is None:
            await say(t("slack.not_available", asker.lang).format(command="log"))
        elif not r.arg:
            await say(t("slack.log_usage", asker.lang))
        else:
            await say(await self.services.log_usage(asker, r.arg))

    async def _digest(self, respond: AsyncRespond, asker: Asker, r: Route) -> None:
        lang, say, store = asker.lang, responder(respond), self.services.store
        if r.arg and asker.channel.startswith("D"):
            await say(t("slack.digest_dm", lang))
        elif r.arg == "on":
            await self._digest_on(respond, asker, r.lang or lang)
        elif r.arg == "off":
            done = await store.unsubscribe(PLATFORM, asker.workspace, asker.channel)
            await say(t("slack.digest_off" if done else "slack.digest_off_none", lang))
        elif r.arg == "preview" and self.services.digest is not None:
            view = await self.services.digest.preview(PLATFORM, asker.workspace, lang)
            await respond(text=view.title, blocks=digest_blocks(view), response_type="ephemeral")
        elif r.arg == "preview":
            await say(t("slack.not_available", lang).format(command="digest preview"))
        else:
            await say(t("slack.digest_usage", lang))

    async def _digest_on(self, respond: AsyncRespond, asker: Asker, language: str) -> None:
        """Subscribe; say when the first digest comes (the next scheduled one, never seconds later) and
        show this week's digest as a preview to the person only (ephemeral)."""
        lang, digest = asker.lang, self.services.digest
        if digest is None:  # no digest service wired (a fake assessor): subscribe, say how often
            await self.services.store.subscribe(PLATFORM, asker.workspace, asker.channel, language)
            await responder(respond)(self._digest_on_text(lang, language, None))
            return
        first = await digest.subscribe(PLATFORM, asker.workspace, asker.channel, language)
        view = await digest.preview(PLATFORM, asker.workspace, language)
        said = self._digest_on_text(lang, language, first)
        intro = [section(said), {"type": "divider"}, context([t("slack.digest_preview_note", lang)])]
        blocks = (intro + digest_blocks(view))[:MAX_BLOCKS]
        await respond(text=said, blocks=blocks, response_type="ephemeral", replace_original=False)

    def _digest_on_text(self, lang: str, language: str, first: datetime | None) -> str:
        s = self.services
        key = "slack.digest_on"
        return digest_on_line(key, lang, language, first, s.digest_cron, s.timezone, s.min_group)
