"""The Teams app's Share button: "Share with the team" on an answer in a personal or group chat.

The button is an `Action.ShowCard` holding a channel picker (`Input.ChoiceSet`, id `ch`) and an
`Action.Execute` (verb `share`). Its data carries the checked text and the answer's language, and
the bot re-assesses that text when it is clicked: the card's findings, footprint and topics are all
derived from the text, so no smaller key (card ids, say) could rebuild the same card, and nothing
is kept server-side. The text goes back only to the conversation it came from (Teams has it
already); the channel gets the recomputed answer card, without the text, the buttons or any name.

Pure functions, plain dicts, like `bot.render.adaptive_app`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.coach.i18n import t
from bot.coach.text import MAX_CHARS
from bot.render import adaptive_kit as kit
from bot.render.adaptive_kit import CONTENT_TYPE, Element, clip

VERB_SHARE = "share"
CHANNEL_INPUT = "ch"  # the picker's id: Teams merges its value into the Execute's data
SHARE_TEXT_MAX = 2 * MAX_CHARS  # what the coach reads of a text (it cleans, then keeps MAX_CHARS)
LABEL_MAX = 100


@dataclass(frozen=True, slots=True)
class ShareChoice:
    """A channel the answer may be shared in: its conversation id and what the picker shows."""

    channel: str
    label: str


@dataclass(frozen=True, slots=True)
class ShareRequest:
    """What a `share` click carries: the answer's language, the checked text, the chosen channel."""

    lang: str
    text: str
    channel: str


def channel_label(team_name: str | None, channel_name: str | None, general: bool, lang: str) -> str:
    """ "Marketing › Campaigns"; a team's first channel is "General" (Teams sends it no name)."""
    team = team_name or t("teamsapp.share.team_unnamed", lang)
    if channel_name:
        channel = channel_name
    else:
        channel = t("teamsapp.share.general" if general else "teamsapp.share.channel_unnamed", lang)
    return clip(f"{team} › {channel}", LABEL_MAX)


def share_action(lang: str, text: str, choices: Sequence[ShareChoice]) -> Element:
    """ "Share with the team" → the picker of `choices` and a Share button that sends `text` back."""
    picker = {
        "type": "Input.ChoiceSet",
        "id": CHANNEL_INPUT,
        "label": t("teamsapp.share.pick", lang),
        "style": "compact",
        "isRequired": True,
        "errorMessage": t("teamsapp.share.pick_error", lang),
        "choices": [{"title": c.label, "value": c.channel} for c in choices],
    }
    if len(choices) == 1:
        picker["value"] = choices[0].channel
    send = {
        "type": "Action.Execute",
        "title": t("teamsapp.share.send", lang),
        "verb": VERB_SHARE,
        "data": {"l": lang, "t": text[:SHARE_TEXT_MAX]},
    }
    body = [picker, kit.line(t("teamsapp.share.what", lang), 300, isSubtle=True, spacing="Small")]
    card = {"type": "AdaptiveCard", "body": body, "actions": [send]}
    return {"type": "Action.ShowCard", "title": t("teamsapp.share.button", lang), "card": card}


def with_share(card: Element, lang: str, text: str, choices: Sequence[ShareChoice]) -> Element:
    """`card` with the Share button when there is a channel to pick and the card still fits Teams'
    message size with the text in it; else `card` unchanged (a very long text is not shareable)."""
    if not choices:
        return card
    shared = {**card, "actions": [*card.get("actions", []), share_action(lang, text, choices)]}
    return shared if kit.card_size(shared) <= kit.MAX_CARD_BYTES else card


def share_request(data: Any) -> ShareRequest | None:
    """The click's data (the button's data with the picked channel merged in); None when unreadable."""
    if not isinstance(data, dict):
        return None
    lang, text, channel = data.get("l"), data.get("t"), data.get(CHANNEL_INPUT)
    if lang not in ("fr", "en") or not isinstance(text, str) or not text.strip():
        return None
    if not isinstance(channel, str) or not channel or len(channel) > 255:
        return None
    return ShareRequest(str(lang), text[:SHARE_TEXT_MAX], channel)


def shared_card(card: Element, lang: str, label: str) -> Element:
    """The person's answer once shared: the same card, "✅ Shared in <channel>" under its title."""
    done = kit.line(t("teamsapp.share.done", lang).format(channel=label), 300, weight="Bolder")
    body = list(card["body"])
    return {**card, "body": [*body[:1], done, *body[1:]]}


def card_response(card: Element) -> Element:
    """The `adaptiveCard/action` answer that replaces the clicked card (Universal Actions)."""
    return {"statusCode": 200, "type": CONTENT_TYPE, "value": card}
