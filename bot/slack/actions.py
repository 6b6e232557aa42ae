"""Interactivity: the answer's buttons (Share, Share with my text, Helpful / Not helpful, the closest
topics) and the message shortcut "Check with AI coach". Each is acknowledged at once, then handled in
a tracked task.
"""

from __future__ import annotations

from typing import Any

from slack_bolt.kwargs_injection.async_args import AsyncArgs
from slack_sdk.errors import SlackApiError

from bot.coach.i18n import t
from bot.coach.language import detect
from bot.render.blocks import ACTION_HELPFUL, AnswerButtons, Block, answer_blocks, answer_text, details_modal
from bot.render.view import answer_view
from bot.slack.base import SlackHandlers, cannot_post, ephemeral_sender
from bot.slack.command import responder
from bot.slack.routing import (
    answer_buttons,
    decode_topic,
    decode_value,
    encode_lang,
    slack_to_plain,
    was_cut,
)


def _id(body: dict[str, Any], key: str) -> str:
    part = body.get(key)
    return str(part.get("id") or "") if isinstance(part, dict) else ""


class ActionHandlers(SlackHandlers):
    async def on_share(self, args: AsyncArgs) -> None:
        await self._share(args, with_text=False)

    async def on_share_with_text(self, args: AsyncArgs) -> None:
        await self._share(args, with_text=True)

    async def _share(self, args: AsyncArgs, with_text: bool) -> None:
        await args.ack()
        value = (args.action or {}).get("value")
        lang, text = decode_value(value, self.services.default_lang)
        work = self._post_share(args, lang, text, with_text, was_cut(value))
        self.background(work, responder(args.respond), lang, "share")

    async def _post_share(self, args: AsyncArgs, lang: str, text: str, with_text: bool, cut: bool) -> None:
        """Post the answer in the channel, recomputed from the button's text; the text only if chosen."""
        container = args.body.get("container") or {}
        channel = str(container.get("channel_id") or _id(args.body, "channel"))
        view = answer_view(self.services.coach.assess(text, lang))
        quoted = text if with_text else None
        blocks = answer_blocks(view, quoted_text=quoted, shared_by=args.context.user_id, text_cut=cut)
        try:
            await args.client.chat_postMessage(channel=channel, text=answer_text(view), blocks=blocks)
        except SlackApiError as exc:
            if not cannot_post(exc):
                raise
            await responder(args.respond)(t("slack.not_in_channel", lang))

    async def on_details(self, args: AsyncArgs) -> None:
        """ "Details and sources": the full answer in a modal, opened at once (the trigger lasts 3 s)."""
        await args.ack()
        lang, text = decode_value((args.action or {}).get("value"), self.services.default_lang)
        trigger = str(args.body.get("trigger_id") or "")
        self.background(self._details(args, lang, text, trigger), responder(args.respond), lang, "details")

    async def _details(self, args: AsyncArgs, lang: str, text: str, trigger: str) -> None:
        view = answer_view(self.services.coach.assess(text, lang))
        await args.client.views_open(trigger_id=trigger, view=details_modal(view))

    async def on_feedback(self, args: AsyncArgs) -> None:
        await args.ack()
        action = args.action or {}
        lang, _ = decode_value(action.get("value"), self.services.default_lang)
        work = self._feedback(args, action.get("action_id") == ACTION_HELPFUL, lang)
        self.background(work, responder(args.respond), lang, "feedback")

    async def _feedback(self, args: AsyncArgs, helpful: bool, lang: str) -> None:
        asker = self.asker(args.context, lang)
        await self.services.store.record_feedback(
            asker.workspace, asker.user_hash, helpful, self.services.now()
        )
        await responder(args.respond)(t("slack.feedback_thanks", lang))

    async def on_topic(self, args: AsyncArgs) -> None:
        """A closest-topic button: that topic's advice, shown only to the person who clicked."""
        await args.ack()
        lang, card_id = decode_topic((args.action or {}).get("value"), self.services.default_lang)
        self.background(self._topic(args, lang, card_id), responder(args.respond), lang, "topic")

    async def _topic(self, args: AsyncArgs, lang: str, card_id: str) -> None:
        """Ephemeral, in the answer's language, never replacing the message (it may be a public thread
        reply, and its other topics stay clickable). An id not in the knowledge base gets one line."""
        topic = self.services.coach.topic(card_id, lang)
        if topic is None:
            await responder(args.respond)(t("ui.topic_unknown", lang))
            return
        view = answer_view(topic)
        blocks = answer_blocks(view, buttons=AnswerButtons(feedback=encode_lang(lang)))
        await args.respond(
            text=answer_text(view), blocks=blocks, response_type="ephemeral", replace_original=False
        )

    async def on_message_shortcut(self, args: AsyncArgs) -> None:
        await args.ack()
        message = args.body.get("message") or {}
        channel, user = _id(args.body, "channel"), _id(args.body, "user")
        thread_ts = message.get("thread_ts")
        text = slack_to_plain(str(message.get("text") or ""))
        lang = detect(text, self.services.default_lang)
        apologize = ephemeral_sender(args.client, channel, user, thread_ts)
        self.background(self._shortcut(args, text, channel, thread_ts), apologize, lang, "shortcut")

    async def _shortcut(self, args: AsyncArgs, text: str, channel: str, thread_ts: str | None) -> None:
        if not text.strip():
            lang = detect(text, self.services.default_lang)
            await self._ephemeral(args, channel, thread_ts, t("slack.shortcut_empty", lang))
            return
        assessment = self.services.coach.assess(text)
        lang = assessment.language
        view = answer_view(assessment)
        buttons = answer_buttons(assessment, text, share_with_text=False)
        await self._ephemeral(
            args, channel, thread_ts, answer_text(view), answer_blocks(view, buttons=buttons)
        )
        # The message may be someone else's: its text is never stored, whatever the settings say.
        self.services.record(self.asker(args.context, lang, channel), "shortcut", assessment)

    async def _ephemeral(
        self,
        args: AsyncArgs,
        channel: str,
        thread_ts: str | None,
        text: str,
        blocks: list[Block] | None = None,
    ) -> None:
        """chat.postEphemeral to the person; where the bot is not a member, the shortcut's response_url."""
        user = args.context.user_id or ""
        try:
            await args.client.chat_postEphemeral(
                channel=channel, user=user, text=text, blocks=blocks, thread_ts=thread_ts
            )
        except SlackApiError as exc:
            if not cannot_post(exc) or args.body.get("response_url") is None:
                raise
            await args.respond(text=text, blocks=blocks, response_type="ephemeral")
