"""DigestView → Block Kit (pure). Slack's limits: header ≤ 150, section text ≤ 3,000, ≤ 50 blocks."""

from __future__ import annotations

from typing import Any

from bot.render.view import DigestView, StatLine

Block = dict[str, Any]
HEADER_MAX = 150
TEXT_MAX = 3000


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _esc(text: str) -> str:
    """mrkdwn control characters (& < >) in knowledge-base or tool names never become markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _lines(lines: tuple[StatLine, ...]) -> str:
    return "\n".join(
        f"*{_esc(x.label)}* : {_esc(x.value)}" if x.label.strip() else _esc(x.value) for x in lines
    )


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _clip(text, TEXT_MAX)}}


def digest_blocks(view: DigestView) -> list[Block]:
    """The digest as Block Kit blocks. All text comes from the view: nothing a user typed."""
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": _clip(view.title, HEADER_MAX)}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": view.period}]},
        _section(_esc(view.intro) + (f"\n`{view.sparkline}`" if view.sparkline else "")),
    ]
    if view.stats:
        blocks.append(_section(_lines(view.stats)))
    if view.footprint:
        blocks.append(_section("🌱 " + _lines(view.footprint)))
    if view.api_usage:
        blocks.append(_section("🧮 " + _lines(view.api_usage)))
    if view.nudge:
        n = view.nudge
        link = f"\n<{n.source.url}|{_esc(n.source.label)}>" if n.source else ""
        blocks += [{"type": "divider"}, _section(f"💡 *{_esc(n.title)}*\n{_esc(n.text)}{link}")]
    blocks += [
        _section(view.call_to_action),
        {"type": "context", "elements": [{"type": "mrkdwn", "text": _clip(view.note, TEXT_MAX)}]},
    ]
    return blocks[:50]


def digest_text(view: DigestView) -> str:
    """Notification fallback text (`text` of chat.postMessage)."""
    return f"{view.title} — {view.intro}"
