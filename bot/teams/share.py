"""The Teams app's Share button (`adaptiveCard/action`, verb `share`): the answer of a personal or
group chat posted in one of the tenant's team channels, like Slack's "Share in channel".

The click carries the checked text, its language and the picked channel (see
`bot.render.adaptive_share`). The channel must be one the app saved for the clicker's own tenant
(`TeamsConversations.find_in_tenant`): any other id, forged or stale, is refused and nothing is
posted. The answer is re-assessed from the text and posted as a new post in the channel through the
digest's path (`TeamsAppPoster.send`), with a one-line header and no buttons, no text, no name.
The clicker's card is then replaced by the same answer saying where it was shared.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from bot import unavailable
from bot.coach.i18n import t
from bot.coach.text import MAX_CHARS
from bot.errors import DeliveryError, DeliveryUncertain
from bot.render.adaptive_app import app_answer_card, message_response
from bot.render.adaptive_share import card_response, share_request, shared_card
from bot.render.view import answer_view
from bot.teams.app_poster import TeamsAppPoster
from bot.teams.endpoint import sender_of

if TYPE_CHECKING:
    from bot.teams.chat import TeamsChat

log = logging.getLogger("bot.teams")


class TeamsShare:
    def __init__(self, chat: TeamsChat) -> None:
        self.chat = chat
        self.poster = TeamsAppPoster(chat.app, chat.conversations)  # the app the server's lifespan starts

    async def on_share(self, activity: dict[str, Any], data: Any, lang: str) -> dict[str, Any]:
        """The invoke's answer: the updated card once posted, else one line (nothing posted)."""
        from bot.teams.chat import card_message, is_channel, ref_label

        request = share_request(data)
        if request is None:
            return message_response(t("teamsapp.share.expired", lang))
        if is_channel(activity):  # a channel's answer is public already: no Share there
            return message_response(t("teamsapp.share.refused", lang))
        try:
            lookup = self.chat.conversations.find_in_tenant(sender_of(activity).tenant, request.channel)
            ref = await unavailable.bounded(lookup)
        except unavailable.DatabaseUnavailable:
            return message_response(unavailable.text(unavailable.NOT_NOW, lang))
        if ref is None:
            log.info("Teams app share refused: not a saved channel of the clicker's tenant")
            return message_response(t("teamsapp.share.refused", lang))
        assessment = self.chat.services.coach.assess(request.text, request.lang)
        view = answer_view(assessment)
        note = t("teams.truncated", view.lang) if len(request.text) > MAX_CHARS else None
        topics = self.chat.topics(assessment)
        public = app_answer_card(view, note=note, topics=topics, feedback=False)
        try:
            await self.poster.send(ref, card_message(public, t("teamsapp.share.header", view.lang)))
        except DeliveryUncertain as exc:
            log.warning("Teams app share may not have been posted: %s", exc)
            return message_response(t("teamsapp.share.uncertain", lang))
        except DeliveryError as exc:
            log.warning("Teams app share was not posted: %s", exc)
            return message_response(t("teamsapp.share.failed", lang))
        mine = app_answer_card(view, note=note, topics=topics)
        return card_response(shared_card(mine, view.lang, ref_label(ref, view.lang)))
