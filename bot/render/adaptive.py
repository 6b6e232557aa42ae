"""AnswerView / DigestView → Microsoft Teams Adaptive Cards (schema 1.5). Pure functions, plain dicts.

The same view models as the Block Kit renderers, so Slack and Teams never drift apart. The building
blocks (text runs, links, containers, size) are in `adaptive_kit`; the answer card, with its progressive
disclosure, in `adaptive_answer`; this module keeps the help and digest cards and the envelopes, and is
the one the adapters import.

Teams refuses messages over about 28 KB: cards are kept under `MAX_CARD_BYTES` (UTF-8, compact
JSON) by cutting long texts first, then whole pillar groups or list lines, with a note saying so.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from bot.coach.i18n import t
from bot.coach.i18n_ui import HELP_EXAMPLES
from bot.coach.typography import colon
from bot.render.adaptive_answer import answer_card
from bot.render.adaptive_kit import (
    ACTIVITY_TEXT_MAX,
    CARD_VERSION,
    CONTENT_TYPE,
    MAX_CARD_BYTES,
    SCHEMA_URL,
    TEXT_LIMITS,
    Element,
    card_size,
    clip,
)
from bot.render.adaptive_kit import box as _box
from bot.render.adaptive_kit import card as _card
from bot.render.adaptive_kit import line as _line
from bot.render.adaptive_kit import link as _link
from bot.render.adaptive_kit import para as _para
from bot.render.adaptive_kit import run as _run
from bot.render.view import DigestView, StatLine

__all__ = [
    "CARD_VERSION",
    "CONTENT_TYPE",
    "MAX_CARD_BYTES",
    "SCHEMA_URL",
    "answer_card",
    "card_size",
    "clip",
    "digest_card",
    "help_card",
    "help_examples",
    "message_activity",
    "workflow_payload",
]

LIST_LIMITS = (12, 6, 3)  # digest lines per section tried in turn
MENTION_NAME = "@ai-coach"


# --- help ------------------------------------------------------------------------------------------


def help_examples() -> tuple[str, ...]:
    """The shared help examples, worded for a Teams mention ("@ai-coach …" instead of "/ai-check …")."""
    return tuple(f"{MENTION_NAME} {x.removeprefix('/ai-check').strip()}" for x in HELP_EXAMPLES)


def help_card(lang: str) -> Element:
    """What the coach does in Teams, examples in French and English, the digest, the privacy line."""
    body = [
        _line(t("help.title", lang), 200, size="Large", weight="Bolder"),
        _line(t("teams.help.intro", lang), 2_000),
        _line(t("help.examples_title", lang), 200, weight="Bolder", spacing="Medium"),
        *(_line(f"• {x}", 500, spacing="Small") for x in help_examples()),
        _line(t("teams.help.digest", lang), 2_000, spacing="Medium"),
        _line(t("label.help_teams", lang), 500, spacing="Small"),
        _line(t("help.privacy", lang), 2_000, isSubtle=True, spacing="Medium"),
    ]
    return _card(lang, t("help.title", lang), body)


# --- digests ---------------------------------------------------------------------------------------


def _stat(x: StatLine, limit: int, prefix: str, lang: str) -> Element:
    label = x.label.strip()
    value = _run(clip(x.value, limit))
    if not label:
        return _para(_run(prefix), value, spacing="Small") if prefix else _para(value, spacing="Small")
    return _para(_run(f"{prefix}{clip(label, 200)}{colon(lang)} ", weight="Bolder"), value, spacing="Small")


def _section(
    lines: Sequence[StatLine], icon: str, limit: int, max_lines: int, lang: str
) -> Iterator[Element]:
    if not lines:
        return
    shown = list(lines[:max_lines])
    items = [_stat(x, limit, f"{icon} " if i == 0 and icon else "", lang) for i, x in enumerate(shown)]
    if len(lines) > len(shown):
        items.append(_line(t("teams.more_lines", lang).format(n=len(lines) - len(shown)), 200, isSubtle=True))
    yield _box(items)


def _digest_body(view: DigestView, limit: int, max_lines: int) -> list[Element]:
    lang = view.lang
    body = [
        _line(view.title, 200, size="Large", weight="Bolder"),
        _line(view.period, 200, isSubtle=True, spacing="None"),
        _line(view.intro, limit),
    ]
    if view.sparkline:
        label = _run(f"📈 {t('digest.sparkline', lang)}{colon(lang)} ", weight="Bolder")
        body.append(_para(label, _run(view.sparkline, fontType="Monospace")))
        if view.trend:
            body.append(_line(view.trend, limit, isSubtle=True, spacing="None"))
    body += _section(view.stats, "", limit, max_lines, lang)
    body += _section(view.footprint, "🌱", limit, max_lines, lang)
    body += _section(view.api_usage, "🧮", limit, max_lines, lang)
    if view.nudge is not None:
        n = view.nudge
        items = [_line(f"💡 {n.title}", 300, weight="Bolder"), _line(n.text, limit)]
        if n.source is not None:
            items.append(_para(_link(clip(f"{n.source.label}: {n.source.title}", 150), n.source.url)))
        body.append(_box(items))
    body.append(_line(t("teams.digest.cta", lang), limit, spacing="Medium"))
    body.append(_line(view.note, limit, isSubtle=True, size="Small"))
    return body


def digest_card(view: DigestView) -> Element:
    """The weekly digest: title, period, intro and sparkline, stats, footprint, API usage, the tip.

    Nothing a user typed is in a digest. The call to action is the Teams one (mention the coach),
    not the view's Slack command. Long lists are cut to their first lines ("…and N more").
    """
    card: Element = {}
    for max_lines in LIST_LIMITS:
        for limit in TEXT_LIMITS:
            card = _card(view.lang, f"{view.title} — {view.intro}", _digest_body(view, limit, max_lines))
            if card_size(card) <= MAX_CARD_BYTES:
                return card
    return card


# --- envelopes -------------------------------------------------------------------------------------


def message_activity(card: Element | None, text: str) -> Element:
    """The outgoing-webhook reply: a message activity with `text` and, unless None, the card."""
    activity: Element = {"type": "message", "text": clip(text, ACTIVITY_TEXT_MAX)}
    if card is not None:
        activity["attachments"] = [{"contentType": CONTENT_TYPE, "content": card}]
    return activity


def workflow_payload(card: Element) -> Element:
    """The body Teams Workflows' "Post to a channel when a webhook request is received" expects."""
    return {
        "type": "message",
        "attachments": [{"contentType": CONTENT_TYPE, "contentUrl": None, "content": card}],
    }
