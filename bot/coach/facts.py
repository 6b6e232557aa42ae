"""Every fact extraction can produce, so that data naming facts (rules, readings) can be checked.

A typo in a rule's condition or in `readings.yaml` would never fire and never fail: `kb lint` and
the tests compare them with this set.
"""

from __future__ import annotations

from collections.abc import Iterable

from .context import NEGATABLE
from .kb import Lexicon, Readings, Rule
from .model import Pillar

# Facts the engine adds beside the lexicon's concepts: names (coach/names.py), the derived
# `real:only` and `fictional:only` (coach/extract.py), a question, any tool, medium or quantity.
ENGINE_FACTS = frozenset(
    {"tool", "medium", "quantity", "question", "person", "person:named", "real:only", "fictional:only"}
)


def known_facts(lexicon: Lexicon) -> frozenset[str]:
    """The facts `Extractor.extract` can put in `Mentions.facts` with this lexicon."""
    concepts = set(lexicon.concepts)
    categories = {c.split(":", 1)[0] for c in concepts}
    media = {t.medium for t in lexicon.tools.values()} | set(lexicon.units)
    negated = {"negated:" + c.split(":", 1)[0] for c in concepts if c.startswith(NEGATABLE)}
    return frozenset(
        ENGINE_FACTS
        | concepts
        | categories
        | negated
        | {f"tool:{t}" for t in lexicon.tools}
        | {f"{kind}:{m}" for kind in ("medium", "quantity") for m in media}
    )


def names_known(prefix: str, known: frozenset[str]) -> bool:
    """Whether the fact prefix `prefix` ("data", "criteria:") starts at least one known fact."""
    return any(fact.startswith(prefix) for fact in known)


def rule_problems(rules: Iterable[Rule], known: frozenset[str]) -> list[str]:
    """Rule conditions naming a fact extraction never produces (`a|b` alternatives each checked)."""
    return [
        f"rules.yaml: {rule.id}: unknown fact {alt.strip()!r}"
        for rule in rules
        for item in (*rule.when.all, *rule.when.any, *rule.when.none)
        for alt in item.split("|")
        if alt.strip() not in known
    ]


def readings_problems(readings: Readings, ids: frozenset[str], known: frozenset[str]) -> list[str]:
    """`readings.yaml` naming a card that does not exist, an unknown fact or an unknown pillar."""
    where = "readings.yaml"
    problems = [
        f"{where}: silence {n}: {what} {item!r}"
        for n, s in enumerate(readings.silences, 1)
        for what, item in (
            *(("missing card", c) for c in s.cards if c not in ids),
            *(("unknown fact", f) for f in (*s.when, *s.unless) if f not in known),
        )
    ]
    problems += [
        f"{where}: silence {n} has no `when`" for n, s in enumerate(readings.silences, 1) if not s.when
    ]
    problems += [f"{where}: asked: unknown fact {f!r}" for f in readings.asked if f not in known]
    problems += [f"{where}: asked.{f}: missing card {c!r}" for f, c in readings.asked.items() if c not in ids]
    pillars = {p.value for p in Pillar}
    for section in ("evidence", "counter_evidence", "named_subject"):
        table: dict[str, tuple[str, ...]] = getattr(readings, section)
        problems += [f"{where}: {section}: unknown pillar {p!r}" for p in table if p not in pillars]
        problems += [
            f"{where}: {section}.{p}: no fact starts with {prefix!r}"
            for p, prefixes in table.items()
            for prefix in prefixes
            if not names_known(prefix, known)
        ]
    return problems
