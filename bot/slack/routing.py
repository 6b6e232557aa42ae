"""Slack text in, plain data out: `/ai-check` routing, Slack markup to plain text, button values. Pure."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Literal

from babel.dates import format_date, format_time

from bot.coach.i18n import t
from bot.coach.model import LANGS, Assessment
from bot.render.blocks import BUTTON_VALUE_MAX, AnswerButtons
from bot.render.charter import charter_request

RouteKind = Literal["help", "check", "digest", "log", "forget", "label", "charter"]
DIGEST_ACTIONS = ("on", "off", "preview")
HELP_WORDS: dict[str, str | None] = {"help": "en", "aide": "fr", "-h": None, "--help": None, "?": None}
FORGET = frozenset({"forget me", "forget-me", "oublie-moi", "oubliez-moi"})

_LINK = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


@dataclass(frozen=True, slots=True)
class Route:
    """What `/ai-check <text>` asks for: `arg` is the rest of the text (the text itself for a check)."""

    kind: RouteKind
    arg: str = ""
    lang: str | None = None  # `digest on fr|en`; the language the help word was typed in


def route(text: str) -> Route:
    """Subcommands first (help, digest on|off|preview, log …, label …, forget me); anything else is a text to
    check."""
    stripped = text.strip()
    words = stripped.split()
    lowered = [w.lower() for w in words]
    if not words:
        return Route("help")
    if len(words) == 1 and lowered[0] in HELP_WORDS:
        return Route("help", lang=HELP_WORDS[lowered[0]])  # "help" is asked in English, "aide" in French
    if " ".join(lowered) in FORGET:
        return Route("forget")
    asked, lang = charter_request(stripped)
    if asked:
        return Route("charter", lang=lang)  # the organisation's AI charter, in the words it was asked in
    if lowered[0] == "digest" and len(words) <= 3:
        action = lowered[1] if len(words) > 1 else ""
        lang = lowered[2] if len(words) == 3 and lowered[2] in LANGS else None
        if len(words) == 3 and (action != "on" or lang is None):
            return Route("check", stripped)
        return Route("digest", action if action in DIGEST_ACTIONS else "", lang)
    if lowered[0] == "log":
        return Route("log", stripped[3:].strip())
    if lowered[0] == "label":  # the disclosure helper: `label tiktok video`
        return Route("label", stripped[5:].strip())
    return Route("check", stripped)


def slack_to_plain(text: str) -> str:
    """Slack's wire format to what the person typed: links to their label, mentions kept, entities decoded."""

    def replace(match: re.Match[str]) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith(("@", "#", "!")):
            return f"<{target}>"  # a mention stays a mention (escaped again if ever echoed)
        return label or target

    out = _LINK.sub(replace, text)
    for entity, char in _ENTITIES:
        out = out.replace(entity, char)
    return out


def strip_mention(text: str, bot_user_id: str | None) -> str:
    """The text of an app_mention without the bot's own mention(s)."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    else:
        text = re.sub(r"^\s*<@[A-Z0-9]+(?:\|[^>]*)?>", " ", text)
    return " ".join(text.split())


def encode_share(lang: str, text: str) -> str:
    """Share button value: the language and the text, cut to fit Slack's 2,000-character limit.

    A cut text ends at a word with "…" and the value says it was cut (`"c": 1`), so a shared copy
    can say the quote is only the beginning. The text lives only in the asker's own ephemeral
    message (Slack already has it); it lets the answer be recomputed, and is never stored.
    """
    value = _share_value(lang, text, cut=False)
    if len(value) <= BUTTON_VALUE_MAX:
        return value
    overflow = len(value) - BUTTON_VALUE_MAX + 8  # room for " …" and the flag
    # JSON escapes can make the encoded text longer than the text: cut, re-encode, repeat.
    while len(value) > BUTTON_VALUE_MAX:
        keep = max(0, len(text) - overflow)
        head = text[:keep]
        text = (head.rsplit(None, 1)[0] if len(head.split()) > 1 else head).rstrip(" ,;:") + "…"
        value = _share_value(lang, text, cut=True)
        overflow = max(1, len(value) - BUTTON_VALUE_MAX)
    return value


def _share_value(lang: str, text: str, cut: bool) -> str:
    data: dict[str, object] = {"l": lang, "t": text, "c": 1} if cut else {"l": lang, "t": text}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def was_cut(value: str | None) -> bool:
    """Whether a share value's text is only the beginning of what was checked."""
    try:
        data = json.loads(value or "")
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("c") == 1


def answer_buttons(
    a: Assessment, text: str, share: bool = True, share_with_text: bool = True
) -> AnswerButtons:
    """An answer's buttons: Details, Share, Helpful… Off-topic and empty answers get none
    (nothing to share or rate); the closest topics still show as buttons."""
    if not a.findings:
        return AnswerButtons(topics=True)
    value, lang = encode_share(a.language, text), encode_lang(a.language)
    return AnswerButtons(
        share=value if share else None,
        share_with_text=value if share_with_text else None,
        feedback=lang,
        topics=True,
        details=value,
    )


@lru_cache(maxsize=8)
def encode_lang(lang: str) -> str:
    """Feedback button value: only the language of the answer (to thank in it)."""
    return json.dumps({"l": lang}, separators=(",", ":"))


def decode_value(value: str | None, default_lang: str) -> tuple[str, str]:
    """(lang, text) from a button value; an unreadable value gives (default_lang, "")."""
    try:
        data = json.loads(value or "")
    except ValueError:
        return default_lang, ""
    if not isinstance(data, dict):
        return default_lang, ""
    lang = data.get("l") if data.get("l") in LANGS else default_lang
    text = data.get("t") if isinstance(data.get("t"), str) else ""
    return str(lang), str(text)


def decode_topic(value: str | None, default_lang: str) -> tuple[str, str]:
    """(lang, card id) from a topic button's value; an unreadable value gives (default_lang, "")."""
    lang, _ = decode_value(value, default_lang)
    try:
        data = json.loads(value or "")
    except ValueError:
        return lang, ""
    card = data.get("c") if isinstance(data, dict) else None
    return lang, card if isinstance(card, str) else ""


_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def describe_moment(moment: datetime, lang: str) -> str:
    """A day and time in the reader's words: "Monday, December 7 at 9:00 AM" / "lundi 7 décembre à 09:00"."""
    locale = "fr" if lang == "fr" else "en"
    day = format_date(moment, "full", locale=locale)
    return t("ui.moment", lang).format(day=day, time=format_time(moment, "short", locale=locale))


def digest_on_line(
    key: str, lang: str, language: str, first: datetime | None, cron: str, timezone: str, min_group: int
) -> str:
    """ "Subscribed: every Monday at 09:00 (Europe/Paris), in French, groups of 3 or more…" and, when
    the first digest is known, when it comes. `key` is the surface's wording (Slack, Teams)."""
    said = t(key, lang).format(
        when=describe_cron(cron, lang),
        timezone=timezone,
        language=t(f"ui.lang.{language}", lang),
        min_group=min_group,
    )
    if first is None:
        return said
    return said + " " + t("slack.digest_first", lang).format(when=describe_moment(first, lang))


def describe_cron(cron: str, lang: str) -> str:
    """A weekly crontab ("0 9 * * mon") in words ("every Monday at 09:00"); anything else verbatim."""
    fields = cron.split()
    if len(fields) == 5 and fields[2] == fields[3] == "*" and fields[0].isdigit() and fields[1].isdigit():
        dow = fields[4].lower()
        day = _DAYS.index(dow[:3]) if dow[:3] in _DAYS else int(dow) % 7 if dow.isdigit() else None
        if day is not None:
            time = f"{int(fields[1]):02d}:{int(fields[0]):02d}"
            return t("ui.cron.weekly", lang).format(day=t(f"ui.day.{day}", lang), time=time)
    return t("ui.cron.raw", lang).format(cron=cron)
