"""The Teams app's invokes: card buttons (`adaptiveCard/action`: feedback, share) and the message
action "Check with AI coach" (`composeExtension/fetchTask` → the answer in a task module, only for
the person; `composeExtension/submitAction` from its "Post to the conversation" → the card in their
compose box).

The handlers' return values are the invoke responses' bodies (the SDK answers 200 with them).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from bot.coach.i18n import t
from bot.coach.language import detect, lang_of_locale
from bot.render.adaptive_app import (
    VERB_FEEDBACK,
    app_answer_card,
    compose_result,
    feedback_response,
    message_response,
    submitted,
    task_answer,
    task_message,
)
from bot.render.adaptive_share import VERB_SHARE
from bot.render.view import answer_view
from bot.teams.endpoint import plain_text, sender_of
from bot.teams.share import TeamsShare

if TYPE_CHECKING:
    from microsoft_teams.api.activities.invoke.adaptive_card.action import AdaptiveCardInvokeActivity
    from microsoft_teams.api.activities.invoke.message_extension.fetch_task import (
        MessageExtensionFetchTaskInvokeActivity,
    )
    from microsoft_teams.api.activities.invoke.message_extension.submit_action import (
        MessageExtensionSubmitActionInvokeActivity,
    )
    from microsoft_teams.apps import ActivityContext

    from bot.teams.chat import TeamsChat

log = logging.getLogger("bot.teams")

SHORTCUT_SOURCE = "shortcut"  # recorded like Slack's message shortcut


def _get(data: Any, *path: str) -> Any:
    for key in path:
        data = data.get(key) if isinstance(data, dict) else None
    return data


class TeamsInvokes:
    def __init__(self, chat: TeamsChat) -> None:
        self.chat = chat
        self.services = chat.services
        self.share = TeamsShare(chat)

    def register(self) -> None:
        app: Any = self.chat.app  # the SDK types each handler's return; ours are plain dicts
        app.on_card_action(self.on_card_action)
        app.on_message_ext_open(self.on_fetch_task)
        app.on_message_ext_submit(self.on_submit_action)

    def _context(self, ctx: Any) -> tuple[dict[str, Any], str]:
        from bot.teams.chat import activity_dict

        activity = activity_dict(ctx.activity)
        return activity, lang_of_locale(sender_of(activity).locale, self.chat.default_lang)

    async def on_card_action(self, ctx: ActivityContext[AdaptiveCardInvokeActivity]) -> dict[str, Any]:
        """Helpful / Not helpful: recorded like Slack's feedback (workspace, hashed user, the vote);
        Share: the answer posted in a team channel (`bot.teams.share`)."""
        activity, lang = self._context(ctx)
        action = _get(activity, "value", "action") or {}
        data = action.get("data") if isinstance(action, dict) else None
        if isinstance(action, dict) and action.get("verb") == VERB_SHARE:
            try:
                return await self.share.on_share(activity, data, lang)
            except Exception:  # the boundary: a toast, never a 500
                log.exception("Teams app share could not be handled")
                return message_response(t("teams.apology", lang))
        if not isinstance(action, dict) or action.get("verb") != VERB_FEEDBACK or not isinstance(data, dict):
            return message_response(t("ui.topic_unknown", lang))
        lang = str(data["l"]) if data.get("l") in ("fr", "en") else lang
        try:
            asker = self.chat.asker(sender_of(activity), lang)
            helpful = data.get("h") == 1
            await self.services.store.record_feedback(
                asker.workspace, asker.user_hash, helpful, self.services.now()
            )
        except Exception:  # the boundary: a toast, never a 500
            log.exception("Teams app feedback could not be recorded")
            return message_response(t("teams.apology", lang))
        return feedback_response(lang)

    async def on_fetch_task(
        self, ctx: ActivityContext[MessageExtensionFetchTaskInvokeActivity]
    ) -> dict[str, Any]:
        """The message's text checked; the answer shown to the person only, with a Post button."""
        activity, lang = self._context(ctx)
        try:
            text = plain_text(str(_get(activity, "value", "messagePayload", "body", "content") or ""))
            if not text.strip():
                return task_message(t("slack.shortcut_empty", lang))
            assessment = self.services.coach.assess(text, detect(text, lang))
            view = answer_view(assessment)
            card = app_answer_card(view, topics=self.chat.topics(assessment))
            # The message may be someone else's: its text is never stored, whatever the settings say.
            self.services.record(self.chat.asker(sender_of(activity), view.lang), SHORTCUT_SOURCE, assessment)
            return task_answer(card, view.lang, text)
        except Exception:
            log.exception("Teams app message action could not be answered")
            return task_message(t("teams.apology", lang))

    async def on_submit_action(
        self, ctx: ActivityContext[MessageExtensionSubmitActionInvokeActivity]
    ) -> dict[str, Any]:
        """ "Post to the conversation": the answer, recomputed from the carried text, for the compose box."""
        activity, lang = self._context(ctx)
        chosen = submitted(_get(activity, "value", "data"))
        if chosen is None:
            return task_message(t("teamsapp.ext.expired", lang))
        answer_lang, text = chosen
        try:
            view = answer_view(self.services.coach.assess(text, answer_lang))
            return compose_result(app_answer_card(view, feedback=False))
        except Exception:
            log.exception("Teams app message action could not be posted")
            return task_message(t("teams.apology", lang))
