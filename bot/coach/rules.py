"""Rules are data: a condition over what the text mentions → a finding backed by cards."""

from __future__ import annotations

from collections.abc import Iterable

from .kb import Condition, KnowledgeBase, Rule
from .model import Finding, Source

MAX_SOURCES = 3


def matches(cond: Condition, facts: frozenset[str]) -> bool:
    def group(item: str) -> bool:
        return any(alt.strip() in facts for alt in item.split("|"))

    return (
        all(group(i) for i in cond.all)
        and (not cond.any or any(group(i) for i in cond.any))
        and not any(group(i) for i in cond.none)
    )


def fired(rules: Iterable[Rule], facts: frozenset[str], question: bool) -> list[Rule]:
    out = []
    for rule in rules:
        if (rule.scope == "plan" and question) or (rule.scope == "question" and not question):
            continue
        if matches(rule.when, facts):
            out.append(rule)
    return out


def sources_of(
    kb: KnowledgeBase, card_ids: Iterable[str], lang: str, limit: int = MAX_SOURCES
) -> tuple[Source, ...]:
    seen: dict[str, Source] = {}
    for cid in card_ids:
        card = kb.card(cid, lang)
        for s in card.sources if card else ():
            seen.setdefault(s.url, s)
    return tuple(seen.values())[:limit]


def to_finding(kb: KnowledgeBase, rule: Rule, lang: str) -> Finding:
    return Finding(
        pillar=rule.pillar,
        severity=rule.severity,
        title=rule.title.get(lang) or rule.title["en"],
        advice=rule.advice.get(lang) or rule.advice["en"],
        cards=rule.cards,
        sources=sources_of(kb, rule.cards, lang),
    )
