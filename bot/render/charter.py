"""`/ai-check charter` on every surface: the approved tools and the three key rules, or a polite line
saying no charter is configured and how to add one. Pure functions over `CharterSummary`."""

from __future__ import annotations

from typing import Any

from bot.coach.charter import CharterSummary
from bot.coach.i18n import t
from bot.coach.model import Assessment, Mentions
from bot.coach.typography import colon
from bot.render.adaptive_kit import card, line
from bot.render.blocks import Block, context, escape_mrkdwn, header, link, section

# "charter" is the command's own word, typed by everyone: the person's language answers it.
WORDS: dict[str, str | None] = {"charter": None, "ai charter": None, "charte": "fr", "charte ia": "fr"}


def charter_request(text: str) -> tuple[bool, str | None]:
    """(asked, language): whether `text` asks for the charter ("charter", "charte"), and in which words."""
    said = " ".join(text.lower().split()).rstrip(" ?")
    return (said in WORDS, WORDS.get(said))


def _sections(s: CharterSummary) -> list[tuple[str, tuple[str, ...]]]:
    lang = s.lang
    return [
        (t("charter.summary.approved", lang), s.approved),
        (t("charter.summary.conditions", lang), s.conditions),
        (t("charter.summary.not_approved", lang), s.not_approved),
        (t("charter.summary.rules", lang), s.rules),
        (t("charter.summary.contacts", lang), s.contacts),
    ]


def _title(s: CharterSummary) -> str:
    return t("charter.summary.title", s.lang).format(organisation=s.organisation)


def charter_text(summary: CharterSummary | None, lang: str) -> str:
    """Plain text: the terminal, the playground, a Teams fallback."""
    if summary is None:
        return t("charter.none", lang)
    out = [_title(summary)]
    for title, items in _sections(summary):
        if items:
            numbered = title == t("charter.summary.rules", lang)
            out.append(title)
            out += [f"  {i}. {x}" if numbered else f"  • {x}" for i, x in enumerate(items, 1)]
    out.append(f"{t('charter.summary.read', lang)}{colon(lang)} {summary.url}")
    return "\n".join(out)


def charter_blocks(summary: CharterSummary | None, lang: str) -> list[Block]:
    """Block Kit for `/ai-check charter` and the App Home (every charter text escaped)."""
    if summary is None:
        return [section(escape_mrkdwn(t("charter.none", lang)))]
    blocks: list[Block] = [header(_title(summary))]
    for title, items in _sections(summary):
        if not items:
            continue
        numbered = title == t("charter.summary.rules", lang)
        rows = [
            f"{i}. {escape_mrkdwn(x)}" if numbered else f"• {escape_mrkdwn(x)}"
            for i, x in enumerate(items, 1)
        ]
        blocks.append(section(f"*{escape_mrkdwn(title)}*\n" + "\n".join(rows)))
    blocks.append(context([link(summary.url, f"{t('charter.summary.read', lang)} ({summary.title})")]))
    return blocks


def charter_card(summary: CharterSummary | None, lang: str) -> dict[str, Any]:
    """An Adaptive Card for the Teams outgoing webhook."""
    if summary is None:
        return card(lang, t("charter.none", lang), [line(t("charter.none", lang), 2_000)])
    body = [line(_title(summary), 200, size="Large", weight="Bolder")]
    for title, items in _sections(summary):
        if items:
            body.append(line(title, 200, weight="Bolder", spacing="Medium"))
            body += [line(f"• {x}", 500, spacing="Small") for x in items]
    body.append(
        line(f"{t('charter.summary.read', lang)}: {summary.url}", 500, isSubtle=True, spacing="Medium")
    )
    return card(lang, _title(summary), body)


def charter_assessment(summary: CharterSummary | None, lang: str) -> Assessment:
    """The charter as an answer without findings (`/api/check`, the playground, `check --json`)."""
    return Assessment(lang, (), None, charter_text(summary, lang), Mentions(is_question=True))
