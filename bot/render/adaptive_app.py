"""Adaptive Cards and invoke responses of the Teams app (the bot), over the shared card renderers.

Unlike the outgoing webhook's cards, the app's cards can call the bot back: Helpful / Not helpful are
`Action.Execute` buttons (an `adaptiveCard/action` invoke with verb `feedback`); the message action's
task module has a "Post to the conversation" `Action.Submit` whose data carries the checked text
back (as Slack's Share button does: it is never stored). Pure functions, plain dicts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.coach.i18n import t
from bot.render import adaptive_kit as kit
from bot.render.adaptive import answer_card, help_examples
from bot.render.adaptive_kit import CONTENT_TYPE, Element, clip
from bot.render.view import AnswerView

VERB_FEEDBACK = "feedback"
POST_KEY = "aicoach_post"  # in the task module's Submit data: post this check to the conversation
MESSAGE_TYPE = "application/vnd.microsoft.activity.message"
TEXT_MAX = 8_000  # characters of a checked message carried by the Post button (the coach reads 8,000)


def feedback_actions(lang: str) -> list[Element]:
    """👍 Helpful / 👎 Not helpful, recorded like Slack's feedback (no text, hashed user)."""
    return [
        {
            "type": "Action.Execute",
            "title": t(key, lang),
            "verb": VERB_FEEDBACK,
            "data": {"h": helpful, "l": lang},
        }
        for key, helpful in (("ui.button.helpful", 1), ("ui.button.not_helpful", 0))
    ]


def app_answer_card(
    view: AnswerView,
    *,
    note: str | None = None,
    topics: Mapping[str, AnswerView] | None = None,
    feedback: bool = True,
) -> Element:
    """The shared answer card (details and sources behind in-card toggles, closest topics), plus the
    feedback buttons when there is something to rate."""
    card = answer_card(view, note=note, topics=topics)
    if feedback and view.point_count:
        card["actions"] = [*card.get("actions", []), *feedback_actions(view.lang)]
    return card


def app_help_card(lang: str) -> Element:
    """What the coach does in the Teams app: personal chat, mentions, the message action, commands."""
    body = [
        kit.line(t("help.title", lang), 200, size="Large", weight="Bolder"),
        kit.line(t("teamsapp.help.intro", lang), 2_000),
        kit.line(t("help.examples_title", lang), 200, weight="Bolder", spacing="Medium"),
        *(kit.line(f"• {x}", 500, spacing="Small") for x in help_examples()),
        kit.line(t("teamsapp.help.commands", lang), 2_000, spacing="Medium"),
        kit.line(t("help.privacy", lang), 2_000, isSubtle=True, spacing="Medium"),
    ]
    return kit.card(lang, t("help.title", lang), body)


def feedback_response(lang: str) -> Element:
    """The `adaptiveCard/action` answer to a feedback click: a short message Teams shows to the clicker."""
    return {
        "statusCode": 200,
        "type": "application/vnd.microsoft.activity.message",
        "value": t("slack.feedback_thanks", lang),
    }


def message_response(text: str) -> Element:
    return {
        "statusCode": 200,
        "type": "application/vnd.microsoft.activity.message",
        "value": clip(text, 1_000),
    }


def attachment(card: Element) -> Element:
    return {"contentType": CONTENT_TYPE, "content": card}


def task_answer(card: Element, lang: str, text: str) -> Element:
    """`composeExtension/fetchTask` → a task module with the answer (seen only by the person) and a
    "Post to the conversation" button that sends the checked text back in a `submitAction`."""
    card = {**card, "body": [*card["body"], kit.line(t("teamsapp.ext.private", lang), 300, isSubtle=True)]}
    post = {
        "type": "Action.Submit",
        "title": t("teamsapp.ext.post", lang),
        "data": {POST_KEY: 1, "l": lang, "t": text[:TEXT_MAX]},
    }
    card["actions"] = [*card.get("actions", []), post]
    value = {
        "title": t("teamsapp.ext.title", lang),
        "card": attachment(card),
        "width": "large",
        "height": "large",
    }
    return {"task": {"type": "continue", "value": value}}


def task_message(text: str) -> Element:
    """A task module that only says something (e.g. the message had no text to check)."""
    return {"task": {"type": "message", "value": clip(text, 500)}}


def compose_result(card: Element) -> Element:
    """`composeExtension/submitAction` → the card inserted in the person's compose box, ready to post."""
    return {
        "composeExtension": {"type": "result", "attachmentLayout": "list", "attachments": [attachment(card)]}
    }


def submitted(data: Any) -> tuple[str, str] | None:
    """(lang, text) from the Post button's data; None when it is not ours or is unreadable."""
    if not isinstance(data, dict) or data.get(POST_KEY) != 1:
        return None
    lang, text = data.get("l"), data.get("t")
    if lang not in ("fr", "en") or not isinstance(text, str):
        return None
    return str(lang), text
