"""AnswerView → Slack Block Kit, plus the help message and the App Home view. Pure functions, plain dicts.

Slack's limits are enforced here, never left to chance: ≤ 50 blocks per message (100 in a Home view),
section text ≤ 3,000 characters, header ≤ 150, button text ≤ 75, button value ≤ 2,000, context ≤ 10
elements. Long text is trimmed with "…". Anything a user typed is escaped with `escape_mrkdwn` before
it reaches mrkdwn, so `<!channel>` or `<@U123>` in a text never pings anyone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from bot.coach.i18n import t
from bot.coach.i18n_ui import HELP_EXAMPLES
from bot.render.view import PILLAR_ICON, SEVERITY_ICON, AnswerView, FootprintView, PointView

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_HOME_BLOCKS = 100
MAX_MODAL_BLOCKS = 100
MODAL_TITLE_MAX = 24
SECTION_MAX = 3000
HEADER_MAX = 150
CONTEXT_TEXT_MAX = 2000
CONTEXT_ELEMENTS_MAX = 10
BUTTON_TEXT_MAX = 75
BUTTON_VALUE_MAX = 2000
FALLBACK_MAX = 3000
QUOTE_MAX = 2500

ACTION_DETAILS = "ai_check_details"
ACTION_SHARE = "ai_check_share"
ACTION_SHARE_TEXT = "ai_check_share_text"
ACTION_HELPFUL = "ai_check_helpful"
ACTION_NOT_HELPFUL = "ai_check_not_helpful"
ACTION_TOPIC = "suggest_topic"  # one button per closest topic: suggest_topic_0, suggest_topic_1…

_USER_ID = re.compile(r"[UW][A-Z0-9]{2,20}")
_TIME_FORMAT = {"fr": "%d/%m/%Y %H:%M", "en": "%Y-%m-%d %H:%M"}


@dataclass(frozen=True, slots=True)
class AnswerButtons:
    """Button values (already encoded by the caller); None leaves the button out."""

    share: str | None = None
    share_with_text: str | None = None
    details: str | None = None  # "Details and sources": the full advice, every source, the footprint
    feedback: str | None = None
    topics: bool = False  # the closest topics as buttons (else, as a plain list)


@dataclass(frozen=True, slots=True)
class RecentItem:
    """One of the person's own recent checks for App Home: never the text."""

    when: datetime  # already in the coach's timezone
    source: str  # check | mention | shortcut | log | teams
    pillars: tuple[tuple[str, str], ...]  # (pillar, highest severity)
    tools: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HomeData:
    lang: str
    checks_this_week: int
    recent: tuple[RecentItem, ...]
    sources_url: str | None = None


def escape_mrkdwn(text: str) -> str:
    """Escape `&`, `<` and `>` so Slack shows the text as typed: no link, mention or @channel."""
    # three C-level replaces: several times faster than str.translate with a mapping
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending with "…" when it was cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def link(url: str, label: str) -> str:
    """A mrkdwn link; only http(s) URLs become links, anything else shows as its escaped label."""
    if not url.startswith(("https://", "http://")):
        return escape_mrkdwn(label)
    return f"<{escape_mrkdwn(url).replace('|', '%7C')}|{escape_mrkdwn(label)}>"


def header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": clip(text, HEADER_MAX), "emoji": True}}


def section(mrkdwn: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(mrkdwn, SECTION_MAX)}}


def context(texts: list[str]) -> Block:
    """A context block of mrkdwn elements; extra elements fold into a final "…"."""
    if len(texts) > CONTEXT_ELEMENTS_MAX:
        texts = [*texts[: CONTEXT_ELEMENTS_MAX - 1], "…"]
    return {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": clip(x, CONTEXT_TEXT_MAX)} for x in texts],
    }


def button(action_id: str, label: str, value: str, style: str | None = None) -> Block | None:
    """A button, or None when `value` exceeds Slack's limit (a cut value would be corrupt)."""
    if len(value) > BUTTON_VALUE_MAX:
        return None
    out: Block = {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": clip(label, BUTTON_TEXT_MAX), "emoji": True},
        "value": value,
    }
    if style:
        out["style"] = style
    return out


@lru_cache(maxsize=4096)
def _point(p: PointView, full: bool = False) -> str:
    """A point: severity, pillar and title, then its short text (main message) or all its advice."""
    pillar = f"{p.pillar_icon} {escape_mrkdwn(p.pillar_label)} · " if full else p.pillar_icon + " "
    title = f"{p.icon} *{escape_mrkdwn(p.severity_label)}* · {pillar}*{escape_mrkdwn(p.title)}*"
    text = f"{title}\n{escape_mrkdwn(p.advice if full else p.short or p.advice)}"
    if not full and p.sources:  # at most one source in the main message; all of them in the details
        text += f"\n📚 {link(p.sources[0].url, _short_label(p.sources[0].label))}"
    if p.label_args is not None:  # transparency: the disclosure helper, with the place the text named
        text += f"\n{p.label_intro} `/ai-check label {escape_mrkdwn(p.label_args)}`"
    return text


def _short_label(label: str, limit: int = 45) -> str:
    """ "Publisher (year)" within `limit`: the publisher is cut, never the year."""
    publisher, sep, year = label.rpartition(" (")
    return clip(label, limit) if not sep else f"{clip(publisher, limit - len(year) - 2)} ({year}"


def _source_links(p: PointView, lang: str) -> list[str]:
    """Every source of a point, one per line (a single context element)."""
    lines = (f"• {link(s.url, clip(f'{s.label}: {s.title}', 150))}" for s in p.sources)
    return ["\n".join([f"📚 *{t('ui.sources', lang)}*", *lines])]


def _footprint_blocks(fp: FootprintView, lang: str) -> list[Block]:
    """The footprint in full (figures, basis, every equivalent): the details, not the main message."""
    basis = t("ui.basis", lang).format(basis=escape_mrkdwn(fp.basis))
    figures = f"⚡ {fp.energy} · 🌍 {fp.co2e} · 💧 {fp.water} {t('ui.water', lang)}"
    blocks = [section(f"*🌱 {escape_mrkdwn(fp.title)}*\n{figures}\n_{basis}_")]
    if fp.equivalents:
        blocks.append(context([escape_mrkdwn(e) for e in fp.equivalents]))
    return blocks


def _footprint_line(fp: FootprintView, lang: str) -> Block:
    """The footprint once, with one equivalent, when no point already carries it."""
    first = f" ({escape_mrkdwn(fp.equivalents[0])})" if fp.equivalents else ""
    colon = " :" if lang == "fr" else ":"
    return section(f"🌱 *{escape_mrkdwn(fp.title)}*{colon} ⚡ {fp.energy}{first}")


def _actions(buttons: AnswerButtons, lang: str) -> list[Block]:
    candidates = [
        button(ACTION_DETAILS, t("ui.button.details", lang), buttons.details) if buttons.details else None,
        button(ACTION_SHARE, t("ui.button.share", lang), buttons.share, "primary") if buttons.share else None,
        button(ACTION_SHARE_TEXT, t("ui.button.share_text", lang), buttons.share_with_text)
        if buttons.share_with_text
        else None,
    ]
    if buttons.feedback is not None:
        candidates.append(button(ACTION_HELPFUL, t("ui.button.helpful", lang), buttons.feedback))
        candidates.append(button(ACTION_NOT_HELPFUL, t("ui.button.not_helpful", lang), buttons.feedback))
    elements = [b for b in candidates if b is not None]
    return [{"type": "actions", "elements": elements}] if elements else []


def topic_value(lang: str, card_id: str) -> str:
    """A topic button's value: the answer's language and the card id (no user text)."""
    return json.dumps({"l": lang, "c": card_id}, separators=(",", ":"))


def _topics(view: AnswerView, as_buttons: bool) -> list[Block]:
    """The closest topics: one button each (value: language and card id), or a plain list."""
    if not view.suggestions:
        return []
    label = f"*{escape_mrkdwn(t('ui.topics', view.lang))}*"
    if not as_buttons:
        return [section("\n".join([label, *(f"• {escape_mrkdwn(s.title)}" for s in view.suggestions)]))]
    candidates = (
        button(f"{ACTION_TOPIC}_{i}", s.title, topic_value(view.lang, s.card))
        for i, s in enumerate(view.suggestions)
    )
    elements = [b for b in candidates if b is not None]
    return [section(label), {"type": "actions", "elements": elements}] if elements else []


def quote(text: str, limit: int = QUOTE_MAX, cut: bool = False) -> str:
    """User text as an escaped mrkdwn block quote, cut at a word with "…" (`cut`: it already was)."""
    text = text.strip()
    if len(text) > limit:
        text, cut = text[: limit - 1].rsplit(None, 1)[0] if " " in text[:limit] else text[: limit - 1], True
    if cut and not text.endswith("…"):
        text = text.rstrip(" ,;:") + "…"
    return "\n".join(f"> {line}" for line in escape_mrkdwn(text).splitlines())


def answer_blocks(
    view: AnswerView,
    *,
    buttons: AnswerButtons | None = None,
    quoted_text: str | None = None,
    shared_by: str | None = None,
    text_cut: bool = False,
) -> list[Block]:
    """The answer on one screen: what to do first (header), the count or the direct answer, then one
    short section per point, most serious first, each with at most one source; the closest topics
    (when the coach is not confident); buttons. The rest is in `details_modal`.

    `quoted_text` (user text, escaped here) is shown only when the asker chose to share it (`text_cut`:
    it is only the beginning); `shared_by` is a Slack user id, shown as a mention of who shared it.
    """
    lang = view.lang
    head: list[Block] = [header(view.header)]
    if shared_by and _USER_ID.fullmatch(shared_by):
        head.append(context([t("slack.shared_by", lang).format(user=f"<@{shared_by}>")]))
    if not any(view.answer in (p.advice, p.short) for p in view.points):  # say it once
        head.append(section(escape_mrkdwn(view.answer)))
    if quoted_text and quoted_text.strip():
        label = t("slack.shared_text_cut" if text_cut else "slack.shared_text", lang)
        head.append(section(f"*{label}*\n{quote(quoted_text, cut=text_cut)}"))
    buttons = buttons or AnswerButtons()
    tail = _topics(view, buttons.topics)
    if view.footprint and not any(p.pillar == "footprint" for p in view.points):
        tail.append(_footprint_line(view.footprint, lang))
    tail += _actions(buttons, lang)
    body = _fit([section(_point(p)) for p in view.points], MAX_BLOCKS - len(head) - len(tail) - 1, lang)
    divider: list[Block] = [{"type": "divider"}] if body else []
    return head + divider + body + tail


def _fit(blocks: list[Block], budget: int, lang: str) -> list[Block]:
    """The points while they fit in `budget` blocks; a note says how many were left out."""
    if len(blocks) <= budget:
        return blocks
    kept = blocks[: max(0, budget - 1)]
    return [*kept, context([t("ui.more_points", lang).format(n=len(blocks) - len(kept))])]


def details_modal(view: AnswerView) -> dict[str, Any]:
    """ "Details and sources" (views.open): every point's full advice and sources, the footprint in full."""
    lang = view.lang
    blocks: list[Block] = [section(f"*{escape_mrkdwn(view.header)}*\n{escape_mrkdwn(view.answer)}")]
    for p in view.points:
        blocks += [{"type": "divider"}, section(_point(p, full=True))]
        blocks += [context(_source_links(p, lang))] if p.sources else []
    if view.footprint:
        blocks += [{"type": "divider"}, *_footprint_blocks(view.footprint, lang)]
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": clip(t("ui.details.title", lang), MODAL_TITLE_MAX)},
        "close": {"type": "plain_text", "text": clip(t("ui.details.close", lang), MODAL_TITLE_MAX)},
        "blocks": blocks[:MAX_MODAL_BLOCKS],
    }


def answer_text(view: AnswerView) -> str:
    """The notification / fallback text of an answer (escaped, ≤ 3,000 characters)."""
    return clip(f"{view.header}: {escape_mrkdwn(view.answer)}", FALLBACK_MAX)


def help_blocks(lang: str) -> list[Block]:
    """Help: what the coach does, examples in French and English, the other commands."""
    examples = "\n".join(f"• `{escape_mrkdwn(x)}`" for x in HELP_EXAMPLES)
    return [
        header(t("help.title", lang)),
        section(t("help.intro", lang)),
        section(f"*{t('help.examples_title', lang)}*\n{examples}"),
        section(f"*{t('help.commands_title', lang)}*\n{t('help.commands', lang)}\n{t('label.help', lang)}"),
        context([t("help.privacy", lang)]),
    ]


def _recent_line(item: RecentItem, lang: str) -> str:
    when = item.when.strftime(_TIME_FORMAT.get(lang, _TIME_FORMAT["en"]))
    flagged = ", ".join(
        f"{SEVERITY_ICON.get(sev, '')}{PILLAR_ICON.get(p, '')} {t(f'pillar.{p}', lang)}"
        for p, sev in item.pillars
    )
    parts = [when, t(f"ui.source.{item.source}", lang), flagged or t("ui.home.nothing_flagged", lang)]
    if item.tools:
        parts.append(", ".join(item.tools))
    return "• " + escape_mrkdwn(" · ".join(parts))


def home_view(data: HomeData) -> dict[str, Any]:
    """The App Home tab: what the coach does, how to use it, the person's own checks, sources policy."""
    lang = data.lang
    recent = "\n".join(_recent_line(x, lang) for x in data.recent) or t("ui.home.recent_none", lang)
    sources = t("ui.home.sources", lang)
    if data.sources_url:
        sources += "\n" + link(data.sources_url, t("ui.home.sources_link", lang))
    blocks: list[Block] = [
        header(t("ui.home.title", lang)),
        section(t("ui.home.what", lang)),
        {"type": "divider"},
        section(f"*{t('ui.home.how_title', lang)}*\n{t('ui.home.how', lang)}"),
        {"type": "divider"},
        section(t("ui.home.week", lang).format(n=data.checks_this_week)),
        section(f"*{t('ui.home.recent_title', lang)}*\n{recent}"),
        {"type": "divider"},
        section(f"*{t('ui.home.sources_title', lang)}*\n{sources}"),
        context([t("ui.home.privacy", lang)]),
    ]
    return {"type": "home", "blocks": blocks[:MAX_HOME_BLOCKS]}
