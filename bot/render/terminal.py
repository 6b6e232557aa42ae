"""Assessment → terminal text: grouped by pillar, severity visible, sources listed, closest topics."""

from __future__ import annotations

from bot.coach import numbers
from bot.coach.i18n import t
from bot.coach.model import Assessment, Finding

ICONS = {"info": "ℹ", "warning": "⚠", "critical": "⛔"}


def _finding(f: Finding, lang: str) -> list[str]:
    lines = [f"  {ICONS[f.severity.value]} [{t(f'severity.{f.severity.value}', lang)}] {f.title}"]
    lines += [f"    {line}" for line in _wrap(f.advice, 92)]
    lines += [f"    ↳ {s.publisher} ({s.year}) — {s.title} — {s.url}" for s in f.sources]
    return lines


def _wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*out, line] if line else out


def _topics(a: Assessment) -> list[str]:
    """The closest topics, each with the command that shows it."""
    if not a.suggestions:
        return []
    colon = " :" if a.language == "fr" else ":"
    lines = [t("ui.topics", a.language) + colon]
    lines += [f"  • {s.title}  →  ai-coach topic {s.card}" for s in a.suggestions]
    return [*lines, ""]


def render(a: Assessment) -> str:
    lang = a.language
    lines = [a.answer, "", *_topics(a)]
    last = None  # most serious first, as the findings come: consecutive points share a heading
    for f in a.findings:
        if f.pillar is not last:
            if last is not None:
                lines.append("")
            lines.append(t(f"pillar.{f.pillar.value}", lang).upper())
            last = f.pillar
        lines += _finding(f, lang)
    if last is not None:
        lines.append("")
    if a.footprint:
        fp = a.footprint
        lines.append(t("pillar.footprint", lang).upper() + " — " + fp.basis)
        lines.append(
            f"  {numbers.energy(fp.energy_wh, lang)} · {numbers.mass(fp.co2e_g, lang)} · "
            f"{numbers.volume(fp.water_l, lang)}"
        )
        lines += [f"  {e}" for e in fp.equivalents]
    return "\n".join(lines).rstrip() + "\n"
