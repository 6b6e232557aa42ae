"""The Teams app's handlers on the SDK's `App`: personal chat, mentions, buttons, the message action,
and the channel references the weekly digest is posted through.

Messages are routed like Slack's `/ai-check` (`bot.slack.routing.route`: help, digest on|off|preview,
log …, label …, charter, forget me; anything else is a text to check), answered in the person's
Teams locale (the activity's `locale`), and recorded the way the outgoing webhook records them
(tenant-scoped user hash, no text unless COACH_STORE_TEXT). In a channel the reply goes to the
thread of the mention.
Every handler is a boundary: a failure becomes an apology, never a 500.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from microsoft_teams.api.activities.message.message import MessageActivityInput
from microsoft_teams.api.models.attachment.attachment import Attachment

from bot import unavailable
from bot.coach.i18n import t
from bot.coach.language import detect, lang_of_locale
from bot.coach.model import Assessment
from bot.coach.text import MAX_CHARS
from bot.render.adaptive import digest_card
from bot.render.adaptive_app import app_answer_card, app_help_card
from bot.render.adaptive_kit import CONTENT_TYPE, Element
from bot.render.adaptive_share import ShareChoice, channel_label, with_share
from bot.render.charter import charter_card
from bot.render.label import fallback, label_card
from bot.render.view import AnswerView, answer_view
from bot.services import Asker, Services
from bot.slack.routing import Route, digest_on_line, route
from bot.teams.endpoint import Sender, plain_text, sender_of
from bot.usage.teams_conversations import ConversationRef, TeamsConversations

if TYPE_CHECKING:
    from microsoft_teams.api.activities.conversation.conversation_update import ConversationUpdateActivity
    from microsoft_teams.api.activities.message.message import MessageActivity
    from microsoft_teams.apps import ActivityContext, App

log = logging.getLogger("bot.teams")

PLATFORM = "teams"
SHARE_LOOKUP_S = 0.5  # the Share picker's channels, or no Share button: a check never waits longer
RENAMED = ("channelCreated", "channelRenamed", "channelRestored", "teamRenamed")
SOURCE = "teams"  # the same source as the outgoing webhook: one Teams in the digest and App Home


def activity_dict(activity: Any) -> dict[str, Any]:
    """The activity as Teams sent it (camelCase keys), for the shared `sender_of` / `plain_text`."""
    data = activity.model_dump(by_alias=True, exclude_none=True)
    return data if isinstance(data, dict) else {}


def card_message(card: Element, text: str = "") -> MessageActivityInput:
    message = MessageActivityInput(text=text) if text else MessageActivityInput()
    return message.add_attachments(Attachment(content_type=CONTENT_TYPE, content=card))


def ref_label(ref: ConversationRef, lang: str) -> str:
    """A saved channel as the Share picker shows it; the team's General channel has the team's id."""
    return channel_label(ref.team_name, ref.channel_name, ref.channel == ref.team, lang)


def _get(data: Any, *path: str) -> Any:
    for key in path:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def is_channel(activity: dict[str, Any]) -> bool:
    conversation = activity.get("conversation")
    return isinstance(conversation, dict) and conversation.get("conversationType") == "channel"


class TeamsChat:
    """Registers the handlers on `app`; see the module docstring for what each does."""

    def __init__(self, services: Services, app: App) -> None:
        self.services, self.app = services, app
        self.conversations = TeamsConversations(services.store.engine)
        self.default_lang = services.default_lang if services.default_lang in ("fr", "en") else "fr"

    def register(self) -> None:
        from bot.teams.invokes import TeamsInvokes

        self.app.on_message(self.on_message)
        self.app.on_conversation_update(self.on_conversation_update)
        TeamsInvokes(self).register()

    def asker(self, sender: Sender, lang: str) -> Asker:
        # Scoped by tenant like the outgoing webhook's: one person is one hash across teams and chats.
        user_hash = self.services.user_hash(PLATFORM, sender.tenant, sender.user_id)
        return Asker(PLATFORM, sender.workspace, sender.channel, user_hash, lang)

    async def on_message(self, ctx: ActivityContext[MessageActivity]) -> None:
        activity = activity_dict(ctx.activity)
        sender = sender_of(activity)
        lang = lang_of_locale(sender.locale, self.default_lang)
        try:
            if is_channel(activity):
                await self.remember(activity, sender)
            text = plain_text(str(activity.get("text") or ""))
            await self.dispatch(ctx, route(text), text, sender, lang)
        except Exception:  # the boundary: the person always gets an answer
            log.exception("Teams app message could not be answered")
            await ctx.send(t("teams.apology", lang))

    async def dispatch(self, ctx: Any, r: Route, text: str, sender: Sender, lang: str) -> None:
        if r.kind == "help":
            help_lang = r.lang or lang
            await ctx.send(card_message(app_help_card(help_lang), t("help.title", help_lang)))
        elif r.kind == "check":
            await self.check(ctx, text, sender, lang)
        elif r.kind == "forget":
            await ctx.send(await self.forget(self.asker(sender, lang)))
        elif r.kind in ("digest", "log"):
            try:  # the database may be down or hang: one polite line
                await unavailable.bounded(self.with_database(ctx, r, sender, lang))
            except unavailable.DatabaseUnavailable:
                await ctx.send(unavailable.text(unavailable.NOT_NOW, lang))
        elif r.kind == "label":
            await ctx.send(self.label(r.arg, lang))
        elif r.kind == "charter":  # the organisation's approved tools and key rules
            charter_lang = r.lang or lang
            card = charter_card(self.services.charter_summary(charter_lang), charter_lang)
            await ctx.send(card_message(card, str(card["fallbackText"])))
        else:  # a subcommand this adapter does not know yet
            await ctx.send(t("teamsapp.not_available", lang).format(command=r.kind))

    def label(self, text: str, lang: str) -> MessageActivityInput | str:
        """`label tiktok video` → the disclosure helper's card (nothing is recorded)."""
        lang = detect(text, lang)
        result = self.services.label(text, lang) if text else None
        if result is None:
            key = "label.usage" if not text else "label.not_available"
            return t(key, lang).format(command="label")
        return card_message(label_card(result), fallback(result))

    async def check(self, ctx: Any, text: str, sender: Sender, lang: str) -> None:
        assessment = self.services.coach.assess(text, detect(text, lang))
        view = answer_view(assessment)
        note = t("teams.truncated", view.lang) if len(text) > MAX_CHARS else None
        card = app_answer_card(view, note=note, topics=self.topics(assessment))
        if view.point_count and not is_channel(activity_dict(ctx.activity)):  # a channel's is public
            card = with_share(card, view.lang, text, await self.share_choices(sender.tenant, view.lang))
        await ctx.send(card_message(card, view.header))
        self.services.record(self.asker(sender, assessment.language), SOURCE, assessment)

    async def share_choices(self, tenant: str, lang: str) -> list[ShareChoice]:
        """The tenant's channels the app was added to, for the Share picker; none when the database
        is down or does not answer at once (a check never waits for it, nor fails for it)."""
        if not self.services.store.available:
            return []
        try:
            refs = await unavailable.bounded(self.conversations.in_tenant(tenant), SHARE_LOOKUP_S)
        except unavailable.DatabaseUnavailable:
            return []
        except Exception:  # the check is answered all the same, without Share
            log.exception("Teams app share channels could not be read")
            return []
        choices = (ShareChoice(ref.channel, ref_label(ref, lang)) for ref in refs)
        return sorted(choices, key=lambda c: c.label.casefold())

    def topics(self, assessment: Assessment) -> dict[str, AnswerView]:
        """The view of each closest topic (card id → view), for the card's topic buttons."""
        coach, lang = self.services.coach, assessment.language
        chosen = ((s.card, coach.topic(s.card, lang)) for s in assessment.suggestions)
        return {card: answer_view(topic) for card, topic in chosen if topic is not None}

    async def forget(self, asker: Asker) -> str:
        done = await self.services.store.forget_user(asker.user_hash)
        if done.deferred:  # in effect now; the database part finishes when it is back
            return unavailable.text(unavailable.FORGET_DEFERRED, asker.lang)
        n = done.erased
        return t("teams.forget_done", asker.lang).format(n=n) if n else t("teams.forget_none", asker.lang)

    async def with_database(self, ctx: Any, r: Route, sender: Sender, lang: str) -> None:
        asker = self.asker(sender, lang)
        if r.kind == "log":
            if self.services.log_usage is None:
                await ctx.send(t("teamsapp.not_available", lang).format(command="log"))
            elif not r.arg:
                await ctx.send(t("teamsapp.log_usage", lang))
            else:
                await ctx.send(await self.services.log_usage(asker, r.arg))
            return
        await self.digest(ctx, r, asker, is_channel(activity_dict(ctx.activity)))

    async def digest(self, ctx: Any, r: Route, asker: Asker, in_channel: bool) -> None:
        lang, store, digest = asker.lang, self.services.store, self.services.digest
        if r.arg == "preview" and digest is not None:
            view = await digest.preview(PLATFORM, asker.workspace, lang)
            await ctx.send(card_message(digest_card(view), view.title))
        elif r.arg in ("on", "off") and not in_channel:
            await ctx.send(t("teamsapp.digest_personal", lang))
        elif r.arg == "on":
            language = r.lang or lang
            if digest is None:
                await store.subscribe(PLATFORM, asker.workspace, asker.channel, language)
                first = None
            else:
                first = await digest.subscribe(PLATFORM, asker.workspace, asker.channel, language)
            await ctx.send(self.digest_on_text(lang, language, first))
        elif r.arg == "off":
            done = await store.unsubscribe(PLATFORM, asker.workspace, asker.channel)
            await ctx.send(t("teamsapp.digest_off" if done else "slack.digest_off_none", lang))
        else:
            await ctx.send(t("teamsapp.digest_usage", lang))

    def digest_on_text(self, lang: str, language: str, first: Any) -> str:
        s = self.services
        key = "teamsapp.digest_on"
        return digest_on_line(key, lang, language, first, s.digest_cron, s.timezone, s.min_group)

    async def remember(self, activity: dict[str, Any], sender: Sender) -> None:
        """Save the channel's reference (its Bot Connector and the bot's id) for the weekly digest."""
        service_url = str(activity.get("serviceUrl") or "")
        recipient = activity.get("recipient")
        bot_id = str(recipient.get("id") or "") if isinstance(recipient, dict) else ""
        if service_url and bot_id and sender.channel:
            names = (_get(activity, "channelData", kind, "name") for kind in ("team", "channel"))
            team_name, channel_name = (str(name) if name else None for name in names)
            ref = ConversationRef(sender.workspace, sender.channel, service_url, bot_id)
            await self.conversations.save(replace(ref, team_name=team_name, channel_name=channel_name))

    async def on_conversation_update(self, ctx: ActivityContext[ConversationUpdateActivity]) -> None:
        """Added to a team: remember its channel (and greet it); removed: forget the team's channels.
        A channel created or renamed, or the team renamed: its reference and names are saved."""
        activity = activity_dict(ctx.activity)
        sender = sender_of(activity)
        bot_id = str((activity.get("recipient") or {}).get("id") or "")
        added = [m.get("id") for m in activity.get("membersAdded") or [] if isinstance(m, dict)]
        removed = [m.get("id") for m in activity.get("membersRemoved") or [] if isinstance(m, dict)]
        try:
            event = _get(activity, "channelData", "eventType")
            if bot_id in removed and sender.workspace:
                await self.conversations.remove_team(sender.workspace)
            elif event in RENAMED and is_channel(activity):  # the Share picker's names stay current
                await self.remember(activity, sender)
            elif event == "channelDeleted" and sender.channel:
                await self.conversations.remove_channel(sender.workspace, sender.channel)
            elif bot_id in added and is_channel(activity):
                await self.remember(activity, sender)
                lang = lang_of_locale(sender.locale, self.default_lang)
                await ctx.send(card_message(app_help_card(lang), t("help.title", lang)))
        except Exception:  # the boundary: Teams must get its 200
            log.exception("Teams app conversationUpdate could not be handled")
