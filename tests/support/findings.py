"""What an assessment raised, as plain sets: the pillars and the cards its findings cite."""

from __future__ import annotations

from bot.coach.model import Assessment


def pillars_of(a: Assessment) -> set[str]:
    return {f.pillar.value for f in a.findings}


def cards_of(a: Assessment) -> set[str]:
    return {c for f in a.findings for c in f.cards}
