"""The coach's vocabulary: what an assessment is made of.

Pure data (frozen dataclasses), shared by the engine, the renderers and the adapters.
Nothing here knows about Slack, Teams, HTTP or a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Pillar(StrEnum):
    BIAS = "bias"
    TRANSPARENCY = "transparency"
    FOOTPRINT = "footprint"
    PRIVACY = "privacy"
    COPYRIGHT = "copyright"
    ACCURACY = "accuracy"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}

LANGS: tuple[str, ...] = ("fr", "en")


@dataclass(frozen=True, slots=True)
class Range:
    """A low–high estimate; figures are never given as a single number."""

    low: float
    high: float

    def __add__(self, other: Range) -> Range:
        return Range(self.low + other.low, self.high + other.high)

    def scale(self, factor: float) -> Range:
        return Range(self.low * factor, self.high * factor)

    def times(self, other: Range) -> Range:
        return Range(self.low * other.low, self.high * other.high)

    def as_dict(self, digits: int = 3) -> dict[str, float]:
        return {"low": _round(self.low, digits), "high": _round(self.high, digits)}


ZERO = Range(0.0, 0.0)


def _round(value: float, digits: int) -> float:
    """Round to `digits` significant figures, keeping small values readable."""
    if value == 0:
        return 0.0
    return float(f"{value:.{digits}g}")


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    publisher: str
    year: int
    url: str

    def as_dict(self) -> dict[str, Any]:
        return {"title": self.title, "publisher": self.publisher, "year": self.year, "url": self.url}


@dataclass(frozen=True, slots=True)
class LabelHint:
    """What a transparency finding links to: `/ai-check label <place> <medium>` (either may be unknown)."""

    place: str | None = None
    medium: str | None = None

    GENERIC = "/ai-check label <where> [what]"

    @property
    def command(self) -> str:
        """The command to type; the generic form when the text named no place."""
        if self.place is None:
            return self.GENERIC
        return " ".join(["/ai-check label", self.place, *([self.medium] if self.medium else [])])

    def as_dict(self) -> dict[str, Any]:
        return {"place": self.place, "medium": self.medium, "command": self.command}


@dataclass(frozen=True, slots=True)
class Finding:
    pillar: Pillar
    severity: Severity
    title: str
    advice: str
    cards: tuple[str, ...]
    sources: tuple[Source, ...]
    action: str = ""  # what to do, one imperative line (may hold "{tool}", filled in the headline)
    label: LabelHint | None = None  # transparency findings: the disclosure helper to ask next
    origin: str = ""  # "charter": from the organisation's AI charter; "": the public knowledge base
    # Findings key the renderers' memo caches: hash once, not on every lookup.
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        key = (
            self.pillar,
            self.severity,
            self.title,
            self.advice,
            self.cards,
            self.sources,
            self.action,
            self.origin,
        )
        object.__setattr__(self, "_hash", hash(key))

    def __hash__(self) -> int:
        return self._hash

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "pillar": self.pillar.value,
            "severity": self.severity.value,
            "title": self.title,
            "advice": self.advice,
            "cards": list(self.cards),
            "sources": [s.as_dict() for s in self.sources],
            **({"label": self.label.as_dict()} if self.label is not None else {}),
        }
        if self.origin:
            out["origin"] = self.origin
        return out


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity of generation named in the text: `count` items of `medium`, each `seconds` long."""

    count: float
    medium: str  # image | video | text | voice | music
    seconds: float | None = None
    period: str | None = None  # "month", "week"... when the text says "per month"
    kind: str = ""  # finer unit for text: "article", "prompt", "email"... (sets assumed length)

    @property
    def units(self) -> float:
        """Billable units: video is counted in seconds (its factors are per second); everything else per
        item — a song or a voice clip has one per-item placeholder range, whatever its length."""
        return self.count * (self.seconds or 1.0) if self.medium == "video" else self.count


@dataclass(frozen=True, slots=True)
class Footprint:
    energy_wh: Range
    water_l: Range
    co2e_g: Range
    basis: str
    equivalents: tuple[str, ...]
    sources: tuple[Source, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "energy_wh": self.energy_wh.as_dict(),
            "water_l": self.water_l.as_dict(),
            "co2e_g": self.co2e_g.as_dict(),
            "basis": self.basis,
            "equivalents": list(self.equivalents),
        }


@dataclass(frozen=True, slots=True)
class Mentions:
    """What the text mentions, as found by the lexicon (ids, not user text)."""

    tools: tuple[str, ...] = ()
    media: tuple[str, ...] = ()
    facts: frozenset[str] = field(default_factory=frozenset)
    quantities: tuple[Quantity, ...] = ()
    is_question: bool = False
    plans: tuple[str, ...] = ()  # "chatgpt/free": a tool's plan the organisation's charter names


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A close topic offered when the coach is not confident enough to answer."""

    card: str
    title: str

    def as_dict(self) -> dict[str, str]:
        return {"card": self.card, "title": self.title}


@dataclass(frozen=True, slots=True)
class Assessment:
    language: str
    findings: tuple[Finding, ...]
    footprint: Footprint | None
    answer: str
    mentions: Mentions = field(default_factory=Mentions)
    suggestions: tuple[Suggestion, ...] = ()
    headline: str = ""  # what to do first, from the most serious point; "" when nothing is to act on

    @property
    def to_act_on(self) -> int:
        """Points to act on (critical and warning); "good to know" points are not counted."""
        return sum(1 for f in self.findings if f.severity is not Severity.INFO)

    @property
    def pillars(self) -> dict[str, str]:
        """Highest severity per pillar flagged, for usage records."""
        highest: dict[str, Severity] = {}
        for f in self.findings:
            seen = highest.get(f.pillar.value)
            if seen is None or f.severity.rank > seen.rank:
                highest[f.pillar.value] = f.severity
        return {pillar: severity.value for pillar, severity in highest.items()}

    def as_dict(self) -> dict[str, Any]:
        """The public JSON contract (DESIGN.md): `check --json` and `POST /api/check`."""
        out: dict[str, Any] = {
            "language": self.language,
            "findings": [f.as_dict() for f in self.findings],
            "footprint": self.footprint.as_dict() if self.footprint else None,
            "answer": self.answer,
        }
        if self.headline:
            out["headline"] = self.headline
        if self.suggestions:
            out["suggestions"] = [s.as_dict() for s in self.suggestions]
        return out
