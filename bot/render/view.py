"""Platform-neutral view of an assessment: what every surface shows, already worded and localised.

Block Kit and Adaptive Cards both render this same view, so Slack and Teams
never drift apart. Pure data; no user text is in it except what the caller chose to echo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from bot.coach import numbers
from bot.coach.i18n import t
from bot.coach.model import Assessment, Finding, Pillar, Suggestion

SEVERITY_ICON = {"info": "ℹ️", "warning": "⚠️", "critical": "⛔"}
PILLAR_ICON = {
    "bias": "🧑‍🤝‍🧑",
    "transparency": "🏷️",
    "footprint": "🌱",
    "privacy": "🔒",
    "copyright": "©️",
    "accuracy": "🔎",
}


@dataclass(frozen=True, slots=True)
class SourceLink:
    label: str  # "Publisher (year)"
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class PointView:
    severity: str  # info | warning | critical
    severity_label: str
    icon: str
    title: str
    advice: str
    sources: tuple[SourceLink, ...]
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.severity, self.title, self.advice, self.sources)))

    def __hash__(self) -> int:
        return self._hash


@dataclass(frozen=True, slots=True)
class PillarView:
    pillar: str
    label: str  # localised pillar name, capitalised
    icon: str
    points: tuple[PointView, ...]
    # Pillar views key the Block Kit memo cache: hash once, not on every lookup.
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.pillar, self.label, self.points)))

    def __hash__(self) -> int:
        return self._hash


@dataclass(frozen=True, slots=True)
class FootprintView:
    title: str
    energy: str
    co2e: str
    water: str
    basis: str
    equivalents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AnswerView:
    lang: str
    header: str  # "3 points to review" / "Nothing to flag"
    answer: str
    pillars: tuple[PillarView, ...]
    footprint: FootprintView | None
    point_count: int
    suggestions: tuple[Suggestion, ...] = ()  # the closest topics, when the coach is not confident


HEADERS = {
    "none": {"en": "AI coach", "fr": "Coach IA"},
    "one": {"en": "1 point to review", "fr": "1 point à revoir"},
    "many": {"en": "{n} points to review", "fr": "{n} points à revoir"},
    "answer": {"en": "AI coach answer", "fr": "Réponse du coach IA"},
    "footprint": {"en": "Estimated footprint", "fr": "Empreinte estimée"},
}


def _h(key: str, lang: str) -> str:
    return HEADERS[key].get(lang, HEADERS[key]["en"])


@lru_cache(maxsize=4096)
def point_view(f: Finding, lang: str) -> PointView:
    """A finding as shown. Findings come from a finite knowledge base, so views are memoised."""
    return PointView(
        severity=f.severity.value,
        severity_label=t(f"severity.{f.severity.value}", lang),
        icon=SEVERITY_ICON[f.severity.value],
        title=f.title,
        advice=f.advice,
        sources=tuple(SourceLink(f"{s.publisher} ({s.year})", s.title, s.url) for s in f.sources),
    )


PILLAR_ORDER = tuple(p.value for p in Pillar)


def answer_view(a: Assessment) -> AnswerView:
    lang = a.language
    pillars = []
    for pillar in sorted({f.pillar.value for f in a.findings}, key=PILLAR_ORDER.index):
        points = tuple(point_view(f, lang) for f in a.findings if f.pillar.value == pillar)
        label = t(f"pillar.{pillar}", lang)
        pillars.append(PillarView(pillar, label[:1].upper() + label[1:], PILLAR_ICON[pillar], points))
    flagged = sum(1 for f in a.findings if f.severity.value != "info")
    if not a.findings:
        header = _h("none", lang)
    elif a.mentions.is_question and not flagged:
        header = _h("answer", lang)
    else:
        n = len(a.findings)
        header = _h("one", lang) if n == 1 else _h("many", lang).format(n=n)
    fp = None
    if a.footprint:
        f = a.footprint
        fp = FootprintView(
            _h("footprint", lang),
            numbers.energy(f.energy_wh, lang),
            numbers.mass(f.co2e_g, lang),
            numbers.volume(f.water_l, lang),
            f.basis,
            f.equivalents,
        )
    return AnswerView(lang, header, a.answer, tuple(pillars), fp, len(a.findings), a.suggestions)


@dataclass(frozen=True, slots=True)
class StatLine:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class NudgeView:
    card_id: str
    pillar: str
    title: str
    text: str
    source: SourceLink | None


@dataclass(frozen=True, slots=True)
class DigestView:
    """A weekly digest, worded and localised, shared by Slack and Teams renderers.

    Never names a person; groups under the privacy threshold are already left out.
    """

    lang: str
    title: str
    period: str  # "23–30 Nov 2026"
    intro: str  # one line: checks this week and the trend
    sparkline: str  # "▁▂▄▆▇█" oldest → newest, may be ""
    stats: tuple[StatLine, ...]  # pillars most flagged, tools most mentioned...
    footprint: tuple[StatLine, ...]  # estimated / logged ranges and equivalents
    api_usage: tuple[StatLine, ...]  # organisation API usage by model family (may be empty)
    nudge: NudgeView | None
    call_to_action: str
    note: str  # privacy note ("groups under 3 people are not shown")
    trend: str = ""  # the sparkline's weekly counts in words ("3 · 5 · 8 · 12 this week"), may be ""
