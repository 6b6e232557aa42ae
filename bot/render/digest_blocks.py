"""DigestView → Block Kit (pure), with the same helpers and Slack limits as the answer blocks.

Every bold span is a label with its colon inside ("*Tools most mentioned:* …", French "*Outils
les plus cités :* …"), so no `*` is ever padded with spaces or left unbalanced, whatever the value.
"""

from __future__ import annotations

from bot.coach.i18n import t
from bot.coach.typography import colon
from bot.render.blocks import MAX_BLOCKS, Block, context, escape_mrkdwn, header, link, section
from bot.render.view import DigestView, StatLine


def bold_label(label: str, lang: str) -> str:
    return f"*{escape_mrkdwn(label.strip())}{colon(lang)}*"


def _lines(lines: tuple[StatLine, ...], lang: str) -> str:
    esc = escape_mrkdwn
    return "\n".join(
        f"{bold_label(x.label, lang)} {esc(x.value)}" if x.label.strip() else esc(x.value) for x in lines
    )


def _trend(view: DigestView) -> str:
    """The labelled 6-week trend: the bars, then the figures they stand for."""
    figures = f"\n{escape_mrkdwn(view.trend)}" if view.trend else ""
    return f"📈 {bold_label(t('digest.sparkline', view.lang), view.lang)} {view.sparkline}{figures}"


def digest_blocks(view: DigestView) -> list[Block]:
    """The digest as Block Kit blocks. All text comes from the view: nothing a user typed."""
    lang = view.lang
    blocks: list[Block] = [header(view.title), context([view.period]), section(escape_mrkdwn(view.intro))]
    if view.sparkline:
        blocks.append(section(_trend(view)))
    if view.stats:
        blocks.append(section(_lines(view.stats, lang)))
    if view.footprint:
        blocks.append(section("🌱 " + _lines(view.footprint, lang)))
    if view.api_usage:
        blocks.append(section("🧮 " + _lines(view.api_usage, lang)))
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
