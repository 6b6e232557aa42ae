"""The first words of an answer: what to do first, and how many points there are to act on.

Pure wording over findings already ordered most serious first (see `Coach._findings_from`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .i18n import t
from .kb import Tool
from .model import Finding, Severity


def headline(
    findings: Sequence[Finding], tools: Sequence[str], lexicon_tools: Mapping[str, Tool], lang: str
) -> str:
    """The most serious point's action, with the tool the text names ("… dans ChatGPT")."""
    if not findings or not findings[0].action:
        return ""
    tool = lexicon_tools[tools[0]].label if tools and tools[0] in lexicon_tools else t("action.tool", lang)
    text = findings[0].action.replace("{tool}", tool)
    return text[:1].upper() + text[1:]


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
