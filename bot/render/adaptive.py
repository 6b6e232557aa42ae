"""AnswerView / DigestView → Microsoft Teams Adaptive Cards (schema 1.5). Pure functions, plain dicts.

The same view models as the Block Kit renderers, so Slack and Teams never drift apart. Every text a
view carries is shown as a `TextRun` of a `RichTextBlock`, which Adaptive Cards never read as
markdown: a `*`, `[label](url)` or `<at>` in a knowledge-base text or a tool name stays literal.
Links (sources) are `TextRun`s whose `selectAction` is an `Action.OpenUrl`; only http(s) URLs become
links. Outgoing-webhook cards cannot call the bot back (no Submit, no Execute): the closest topics
are `Action.ShowCard` buttons, which open the topic's advice inside the card itself.

Teams refuses messages over about 28 KB: cards are kept under `MAX_CARD_BYTES` (UTF-8, compact
JSON) by cutting long texts first, then whole pillar groups or list lines, with a note saying so.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from bot.coach.i18n import t
from bot.coach.i18n_ui import HELP_EXAMPLES
from bot.coach.typography import colon
from bot.render.view import AnswerView, DigestView, FootprintView, PillarView, PointView, StatLine

Element = dict[str, Any]

CARD_VERSION = "1.5"
SCHEMA_URL = "http://adaptivecards.io/schemas/adaptive-card.json"
CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
MAX_CARD_BYTES = 26_000  # Teams' limit is ~28 KB per message: room left for the activity around it
TEXT_LIMITS = (2_000, 600, 160)  # per-text limits tried in turn until the card fits
LIST_LIMITS = (12, 6, 3)  # digest lines per section tried in turn
SOURCES_MAX = 8  # source links per pillar
ACTIVITY_TEXT_MAX = 1_000
SEVERITY_COLOR = {"info": "Accent", "warning": "Warning", "critical": "Attention"}
MENTION_NAME = "@ai-coach"


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending with "…" when it was cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def card_size(card: Element) -> int:
    """Size in bytes of `card` as sent: compact JSON, UTF-8 (what Starlette and the poster send)."""
    return len(json.dumps(card, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def _colon(lang: str) -> str:
    """French typography puts a space before the colon."""
    return " : " if lang == "fr" else ": "


def _run(text: str, **style: Any) -> Element:
    return {"type": "TextRun", "text": text, **style}


def _link(label: str, url: str) -> Element:
    """A link run (`Action.OpenUrl`), or plain text when `url` is not http(s)."""
    if not url.startswith(("https://", "http://")):
        return _run(label)
    return _run(label, selectAction={"type": "Action.OpenUrl", "url": url, "title": label})


def _para(*runs: Element, **props: Any) -> Element:
    return {"type": "RichTextBlock", "inlines": list(runs), **props}


def _line(text: str, limit: int, *, spacing: str | None = None, **style: Any) -> Element:
    """One paragraph of plain text cut to `limit`; `style` goes to the run, `spacing` to the block."""
    block = _para(_run(clip(text, limit), **style))
    if spacing is not None:
        block["spacing"] = spacing
    return block


def _box(items: list[Element], **props: Any) -> Element:
    return {"type": "Container", "items": items, "separator": True, "spacing": "Medium", **props}


def _card(lang: str, fallback: str, body: list[Element]) -> Element:
    return {
        "type": "AdaptiveCard",
        "$schema": SCHEMA_URL,
        "version": CARD_VERSION,
        "lang": lang,
        "fallbackText": clip(fallback, ACTIVITY_TEXT_MAX),
        "body": body,
    }


# --- answers ---------------------------------------------------------------------------------------


def _point(p: PointView, limit: int) -> list[Element]:
    head = _para(
        _run(f"{p.icon} "),
        _run(p.severity_label, weight="Bolder", color=SEVERITY_COLOR.get(p.severity, "Default")),
        _run(" · "),
        _run(clip(p.title, min(limit, 300)), weight="Bolder"),
    )
    return [head, _line(p.advice, limit)]


def _sources(pillar: PillarView, lang: str) -> Element | None:
    seen: dict[str, Element] = {}
    for point in pillar.points:
        for s in point.sources:
            seen.setdefault(s.url, _link(clip(f"{s.label}: {s.title}", 150), s.url))
    if not seen:
        return None
    runs = [_run(f"📚 {t('ui.sources', lang)}{_colon(lang)}", weight="Bolder")]
    for i, link in enumerate(list(seen.values())[:SOURCES_MAX]):
        runs += [_run(" · ")] if i else []
        runs.append(link)
    return _para(*runs, spacing="Small")


def _pillar(p: PillarView, lang: str, limit: int) -> Element:
    items = [_line(f"{p.icon} {p.label}", 200, weight="Bolder", size="Medium")]
    for point in p.points:
        items += _point(point, limit)
    sources = _sources(p, lang)
    if sources is not None:
        items.append(sources)
    return _box(items)


def _footprint(fp: FootprintView, lang: str, limit: int) -> Element:
    figures = f"⚡ {fp.energy} · 🌍 {fp.co2e} · 💧 {fp.water} {t('ui.water', lang)}"
    items = [
        _line(f"🌱 {fp.title}", 200, weight="Bolder", size="Medium"),
        _line(figures, limit),
        _line(t("ui.basis", lang).format(basis=fp.basis), limit, italic=True, isSubtle=True),
    ]
    if fp.equivalents:
        items.append(_line(" · ".join(fp.equivalents), limit, isSubtle=True))
    return _box(items)


def _topics(view: AnswerView, topics: Mapping[str, AnswerView], limit: int) -> list[Element]:
    """The closest topics' label; those not in `topics` as lines (the others are buttons)."""
    if not view.suggestions:
        return []
    label = _line(t("ui.topics", view.lang), 200, weight="Bolder", spacing="Medium")
    return [label, *(_line(f"• {s.title}", limit) for s in view.suggestions if s.card not in topics)]


def _topic_actions(view: AnswerView, topics: Mapping[str, AnswerView], limit: int) -> list[Element]:
    """One `Action.ShowCard` per topic: a click opens its advice and sources, with no round trip."""
    return [
        {
            "type": "Action.ShowCard",
            "title": clip(s.title, 80),
            "card": {"type": "AdaptiveCard", "body": [_pillar(p, view.lang, limit) for p in topic.pillars]},
        }
        for s in view.suggestions
        if (topic := topics.get(s.card)) is not None
    ]


def _answer_body(view: AnswerView, note: str | None, keep: int, limit: int) -> list[Element]:
    lang = view.lang
    body = [_line(view.header, 200, size="Large", weight="Bolder")]
    if not any(view.answer == p.advice for pv in view.pillars for p in pv.points):  # say it once
        body.append(_line(view.answer, limit))
    if note:
        body.append(_line(note, limit, italic=True, isSubtle=True))
    body += [_pillar(p, lang, limit) for p in view.pillars[:keep]]
    left = sum(len(p.points) for p in view.pillars[keep:])
    if left:
        body.append(_line(t("ui.more_points", lang).format(n=left), 200, isSubtle=True))
    if view.footprint is not None:
        body.append(_footprint(view.footprint, lang, limit))
    return body


def answer_card(
    view: AnswerView, *, note: str | None = None, topics: Mapping[str, AnswerView] | None = None
) -> Element:
    """The answer: header, answer line, one block per pillar (points with severity, advice, source
    links), then the footprint range and equivalents. `note` is an extra line under the answer
    (e.g. "your text was long: its beginning was checked"). The closest topics (when the coach is
    not confident) are buttons that open the topic's view from `topics` (card id → the view of
    `Coach.topic`); a topic missing there is listed as a line.

    Under `MAX_CARD_BYTES` whatever the view holds: long texts are cut first, then whole pillar
    groups are left out from the last one, with "…and N more point(s)".
    """
    card: Element = {}
    topics = topics or {}
    for keep in range(len(view.pillars), -1, -1):
        for limit in TEXT_LIMITS:
            fallback = f"{view.header}{_colon(view.lang)}{view.answer}"
            body = _answer_body(view, note, keep, limit) + _topics(view, topics, limit)
            card = _card(view.lang, fallback, body)
            if actions := _topic_actions(view, topics, limit):
                card["actions"] = actions
            if card_size(card) <= MAX_CARD_BYTES:
                return card
    return card  # unreachable in practice: header + answer at 160 characters always fit


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
