"""The building blocks of every Adaptive Card the coach sends (schema 1.5): plain dicts, no I/O.

Every text is a `TextRun` of a `RichTextBlock`, which Adaptive Cards never read as markdown: a `*`,
`[label](url)` or `<at>` in a knowledge-base text or a tool name stays literal. Links are `TextRun`s
whose `selectAction` is an `Action.OpenUrl`; only http(s) URLs become links. No text carries a
colour: on Teams' light theme "Warning" text is yellow on white (1.47:1); severity is shown by the
`style` of the container around a point instead, whose text keeps the default colour.
"""

from __future__ import annotations

import json
from typing import Any

from bot.coach import typography
from bot.render.short import clip

Element = dict[str, Any]

CARD_VERSION = "1.5"
SCHEMA_URL = "http://adaptivecards.io/schemas/adaptive-card.json"
CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
MAX_CARD_BYTES = 26_000  # Teams' limit is ~28 KB per message: room left for the activity around it
TEXT_LIMITS = (2_000, 600, 160)  # per-text limits tried in turn until the card fits
ACTIVITY_TEXT_MAX = 1_000
# Container styles by severity: pale backgrounds in Teams' light and dark themes, default text on them.
SEVERITY_STYLE = {"info": "accent", "warning": "warning", "critical": "attention"}

__all__ = ["clip"]


def card_size(card: Element) -> int:
    """Size in bytes of `card` as sent: compact JSON, UTF-8 (what Starlette and the poster send)."""
    return len(json.dumps(card, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def colon(lang: str) -> str:
    """A label's colon and the space after it ("Source: " / "Source : ", narrow no-break in French)."""
    return typography.colon(lang) + " "


def run(text: str, **style: Any) -> Element:
    return {"type": "TextRun", "text": text, **style}


def link(label: str, url: str) -> Element:
    """A link run (`Action.OpenUrl`), or plain text when `url` is not http(s)."""
    if not url.startswith(("https://", "http://")):
        return run(label)
    return run(label, selectAction={"type": "Action.OpenUrl", "url": url, "title": label})


def para(*runs: Element, **props: Any) -> Element:
    return {"type": "RichTextBlock", "inlines": list(runs), **props}


def line(text: str, limit: int, *, spacing: str | None = None, **style: Any) -> Element:
    """One paragraph of plain text cut to `limit`; `style` goes to the run, `spacing` to the block."""
    block = para(run(clip(text, limit), **style))
    if spacing is not None:
        block["spacing"] = spacing
    return block


def heading(text: str, *, spacing: str = "Medium") -> Element:
    """A section heading: Large and Bolder, so it reads as one above body text."""
    return line(text, 200, size="Large", weight="Bolder", spacing=spacing)


def box(items: list[Element], **props: Any) -> Element:
    return {"type": "Container", "items": items, "separator": True, "spacing": "Medium", **props}


def toggle(title: str, target: str) -> Element:
    """A button that shows or hides the element `target` of the same card (client-side, no round trip)."""
    action = {"type": "Action.ToggleVisibility", "title": title, "targetElements": [target]}
    return {"type": "ActionSet", "actions": [action], "spacing": "Small"}


def hidden(element_id: str, items: list[Element]) -> Element:
    """A container shown only once its `toggle` is pressed."""
    return {"type": "Container", "id": element_id, "isVisible": False, "items": items, "spacing": "Small"}


def card(lang: str, fallback: str, body: list[Element]) -> Element:
    return {
        "type": "AdaptiveCard",
        "$schema": SCHEMA_URL,
        "version": CARD_VERSION,
        "lang": lang,
        "fallbackText": clip(fallback, ACTIVITY_TEXT_MAX),
        "body": body,
    }
