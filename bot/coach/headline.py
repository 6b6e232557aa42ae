"""The first words of an answer: what to do first, and how many points there are to act on.

Pure wording over findings already ordered most serious first (see `Coach._findings_from`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .i18n import t
from .kb import Tool
from .model import Finding, Pillar, Severity


def headline(
    findings: Sequence[Finding], tools: Sequence[str], lexicon_tools: Mapping[str, Tool], lang: str
) -> str:
    """The most serious point's action, with the tool the text names ("… dans ChatGPT")."""
    if not findings or not findings[0].action:
        return ""
    known = [lexicon_tools[x] for x in tools if x in lexicon_tools]
    tool = _tool_for(findings[0], known)
    text = findings[0].action.replace("{tool}", tool.label if tool else t("action.tool", lang))
    return text[:1].upper() + text[1:]


# Data goes into chat and writing tools: "paste our customer list into ChatGPT" is about ChatGPT, even
# when Midjourney was named first for the visuals.
_TEXT_PILLARS = frozenset({Pillar.PRIVACY, Pillar.ACCURACY})


def _tool_for(finding: Finding, tools: Sequence[Tool]) -> Tool | None:
    """The tool a finding's action is about: a text tool for data and accuracy points, else the first."""
    if finding.pillar in _TEXT_PILLARS:
        return next((x for x in tools if x.medium == "text"), tools[0] if tools else None)
    return tools[0] if tools else None


def points_line(findings: Sequence[Finding], lang: str) -> str:
    """How many points to act on (critical and warning), how many block, and the tips besides.

    Never repeats the headline: it counts, the headline says what to do.
    """
    critical = sum(1 for f in findings if f.severity is Severity.CRITICAL)
    to_act = critical + sum(1 for f in findings if f.severity is Severity.WARNING)
    tips = len(findings) - to_act
    if not to_act:
        return t("answer.tips_only" if tips > 1 else "answer.tip_only", lang).format(n=tips)
    line = t("answer.to_act" if to_act > 1 else "answer.to_act_one", lang).format(n=to_act)
    if critical:
        line += t("answer.blocking" if critical > 1 else "answer.blocking_one", lang).format(n=critical)
    if tips:
        line += t("answer.plus_tips" if tips > 1 else "answer.plus_tip", lang).format(n=tips)
    return line + "."
