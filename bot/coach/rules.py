"""Rules are data: a condition over what the text mentions → a finding backed by cards."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .kb import KnowledgeBase, Rule
from .model import Finding, Source

MAX_SOURCES = 3


Groups = tuple[frozenset[str], ...]


def _groups(items: Iterable[str]) -> Groups:
    """ "a|b" items as sets of alternatives, compiled once per knowledge base."""
    return tuple(frozenset(alt.strip() for alt in item.split("|")) for item in items)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: Rule
    all: Groups
    any: Groups
    none: Groups

    @classmethod
    def of(cls, rule: Rule) -> CompiledRule:
        return cls(rule, _groups(rule.when.all), _groups(rule.when.any), _groups(rule.when.none))

    def matches(self, facts: frozenset[str]) -> bool:
        # Plain loops: this runs for every rule on every text (generators cost twice as much).
        for group in self.all:
            if group.isdisjoint(facts):
                return False
        if self.any:
            for group in self.any:
                if not group.isdisjoint(facts):
                    break
            else:
                return False
        for group in self.none:  # noqa: SIM110 - a loop, not a generator, on the hot path
            if not group.isdisjoint(facts):
                return False
        return True


def fired(rules: Iterable[CompiledRule], facts: frozenset[str], question: bool) -> list[Rule]:
    out = []
    skipped = "plan" if question else "question"
    for compiled in rules:
        rule = compiled.rule
        # The first `all` group rules most rules out: tested here, before a call to `matches`.
        if rule.scope == skipped or (compiled.all and compiled.all[0].isdisjoint(facts)):
            continue
        if compiled.matches(facts):
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
        sources=_lead(sources_of(kb, rule.cards, lang, limit=99), rule.sources_first)[:MAX_SOURCES],
        action=rule.action.get(lang) or rule.action.get("en", ""),
    )


def _lead(sources: tuple[Source, ...], first: tuple[str, ...]) -> tuple[Source, ...]:
    """`sources` with the urls in `first` leading, in that order (a stable sort)."""
    rank = {url: i for i, url in enumerate(first)}
    return tuple(sorted(sources, key=lambda s: rank.get(s.url, len(rank))))
