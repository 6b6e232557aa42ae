"""Assessment → terminal text: the coach's order (most serious first), wrapped to the terminal's width
without splitting a word, short source lines, the footprint once, colour only when asked for.

Pure: the caller (the CLI) says how wide the terminal is and whether it takes colour.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from bot.coach import numbers
from bot.coach.i18n import t
from bot.coach.model import Assessment, Finding, Footprint, Source
from bot.render.short import clip, sentences
from bot.render.view import label_args

_GLUE = re.compile(r"(?<=«) | (?=[:;!?%»])")  # "mot :", "45 %", "« mot »" stay on one line
ICONS = {"info": "ℹ", "warning": "⚠", "critical": "⛔"}
WIDTH = 80  # when the caller does not say
MIN_WIDTH = 30
PUBLISHER_MAX = 40  # characters of a publisher's name on a source line
# SGR codes: bold red, bold yellow, bold blue for severities; bold for titles; dim for sources.
SEVERITY_SGR = {"critical": "1;31", "warning": "1;33", "info": "1;34"}


@dataclass(frozen=True, slots=True)
class Style:
    width: int = WIDTH
    color: bool = False

    def paint(self, text: str, sgr: str) -> str:
        return f"\033[{sgr}m{text}\033[0m" if self.color else text


def wrap(text: str, width: int, indent: str = "", first: str | None = None) -> list[str]:
    """`text` in lines of at most `width` characters (a word longer than a line stays whole; French
    punctuation never starts a line: its space is made non-breaking)."""
    return textwrap.wrap(
        _GLUE.sub("\u00a0", text),
        width=max(width, MIN_WIDTH),
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def publisher(name: str, limit: int = PUBLISHER_MAX) -> str:
    """A publisher's name short enough for a source line: authors in parentheses go first."""
    if len(name) > limit:
        name = re.sub(r"\s*\([^)]*\)", "", name).strip() or name
    return clip(name, limit)


def source_lines(s: Source, style: Style, indent: str = "    ") -> list[str]:
    """ "↳ Publisher, year  https://…" on one line when it fits, else the link on the next line."""
    room = style.width - len(indent) - len(f"↳ , {s.year}")
    label = f"{indent}↳ {publisher(s.publisher, min(PUBLISHER_MAX, room))}, {s.year}"
    if len(label) + 2 + len(s.url) <= style.width:
        return [style.paint(f"{label}  {s.url}", "2")]
    return [style.paint(label, "2"), style.paint(f"{indent}  {s.url}", "2")]


def _finding(f: Finding, lang: str, style: Style, figures: str, answer: str) -> list[str]:
    sev = f.severity.value
    label = style.paint(f"{ICONS[sev]} {t(f'severity.{sev}', lang)}", SEVERITY_SGR[sev])
    pillar = t(f"pillar.{f.pillar.value}", lang)
    lines = [f"{label} · {pillar}", *(style.paint(x, "1") for x in wrap(f.title, style.width, "  "))]
    if f.advice != answer:  # a question's direct answer is already the first line
        said = [x for x in sentences(f.advice) if not figures or figures not in x]  # in the footprint block
        lines += wrap(" ".join(said) or f.advice, style.width, "    ")
    lines += [line for s in f.sources for line in source_lines(s, style)]
    args = label_args(f, lang)
    if args is not None:  # transparency: the disclosure helper, as this command line spells it
        lines += wrap(f"{t('label.link', lang)} ai-coach label {args}", style.width, "    ")
    return [*lines, ""]


def _footprint(fp: Footprint, lang: str, style: Style, answer: str) -> list[str]:
    """The figures (unless the answer line gives them), one equivalent, the basis: said once."""
    energy = numbers.energy(fp.energy_wh, lang)
    head = style.paint(t("pillar.footprint", lang).upper(), "1")
    lines = [head]
    if energy not in answer:
        water = f"{numbers.volume(fp.water_l, lang)} {t('ui.water', lang)}"
        figures = f"{energy} · {numbers.mass(fp.co2e_g, lang)} · {water}"
        lines += wrap(figures, style.width, "  ")
    if fp.equivalents:
        lines += wrap(fp.equivalents[0], style.width, "  ")
    lines += wrap(t("ui.basis", lang).format(basis=fp.basis), style.width, "  ")
    return lines


def _topics(a: Assessment, style: Style) -> list[str]:
    """The closest topics, each with the command that shows it."""
    if not a.suggestions:
        return []
    colon = " :" if a.language == "fr" else ":"
    lines = [t("ui.topics", a.language) + colon]
    for s in a.suggestions:
        command = f"→  ai-coach topic {s.card}"  # never broken: it is meant to be copied
        one = f"  • {s.title}  {command}"
        two = [*wrap(s.title, style.width, "    ", first="  • "), f"    {command}"]
        lines += [one] if len(one) <= style.width else two
    return [*lines, ""]


def _headline(a: Assessment, style: Style) -> list[str]:
    """A plan's first line says what to do, from its most serious point (a question's answer does)."""
    if not a.headline or not a.findings or a.mentions.is_question:
        return []
    sev = a.findings[0].severity.value
    return [style.paint(x, SEVERITY_SGR[sev]) for x in wrap(f"{ICONS[sev]} {a.headline}", style.width)]


def render(a: Assessment, *, width: int = WIDTH, color: bool = False) -> str:
    """The answer, the closest topics, each finding in the assessment's order, then the footprint."""
    style = Style(max(width, MIN_WIDTH), color)
    lang = a.language
    lines = [*_headline(a, style), *wrap(a.answer, style.width), "", *_topics(a, style)]
    figures = numbers.energy(a.footprint.energy_wh, lang) if a.footprint else ""
    for f in a.findings:
        lines += _finding(f, lang, style, figures, a.answer)
    if a.footprint:
        lines += _footprint(a.footprint, lang, style, a.answer)
    return "\n".join(lines).rstrip() + "\n"
