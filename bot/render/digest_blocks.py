"""DigestView → Block Kit (pure), with the same helpers and Slack limits as the answer blocks."""

from __future__ import annotations

from bot.render.blocks import MAX_BLOCKS, Block, context, escape_mrkdwn, header, link, section
from bot.render.view import DigestView, StatLine


def _lines(lines: tuple[StatLine, ...]) -> str:
    esc = escape_mrkdwn
    return "\n".join(f"*{esc(x.label)}* : {esc(x.value)}" if x.label.strip() else esc(x.value) for x in lines)


def digest_blocks(view: DigestView) -> list[Block]:
    """The digest as Block Kit blocks. All text comes from the view: nothing a user typed."""
    blocks: list[Block] = [
        header(view.title),
        context([view.period]),
        section(escape_mrkdwn(view.intro) + (f"\n`{view.sparkline}`" if view.sparkline else "")),
    ]
    if view.stats:
        blocks.append(section(_lines(view.stats)))
    if view.footprint:
        blocks.append(section("🌱 " + _lines(view.footprint)))
    if view.api_usage:
        blocks.append(section("🧮 " + _lines(view.api_usage)))
    if view.nudge:
        n = view.nudge
        source = f"\n{link(n.source.url, n.source.label)}" if n.source else ""
        text = f"💡 *{escape_mrkdwn(n.title)}*\n{escape_mrkdwn(n.text)}{source}"
        blocks += [{"type": "divider"}, section(text)]
    blocks += [section(view.call_to_action), context([view.note])]
    return blocks[:MAX_BLOCKS]


def digest_text(view: DigestView) -> str:
    """Notification fallback text (`text` of chat.postMessage)."""
    return f"{view.title} — {view.intro}"
