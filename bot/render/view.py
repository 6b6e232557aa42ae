"""Platform-neutral view of an assessment: what every surface shows, already worded and localised.

Block Kit and Adaptive Cards both render this same view, so Slack and Teams
never drift apart. Pure data; no user text is in it except what the caller chose to echo.
"""

from __future__ import annotations

import re
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
    pillar: str = ""
    pillar_label: str = ""  # localised, capitalised
    pillar_icon: str = ""
    short: str = ""  # the advice's first one or two sentences: what the main message shows
    # Transparency points: what to ask the disclosure helper ("tiktok video", or the generic form).
    label_args: str | None = None
    label_intro: str = ""  # "→ Exact mention and where to set it:"
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "_hash", hash((self.severity, self.title, self.advice, self.sources, self.pillar))
        )

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
    """Points come most serious first (critical, warning, info), then by pillar, on every surface:
    `points` is that order; `pillars` groups consecutive points of one pillar, in the same order."""

    lang: str
    header: str  # what to do first ("⛔ Remove personal data before…"), or "AI coach answer"
    answer: str  # a plan: how many points to act on; a question: the direct answer
    pillars: tuple[PillarView, ...]
    footprint: FootprintView | None
    point_count: int
    suggestions: tuple[Suggestion, ...] = ()  # the closest topics, when the coach is not confident
    points: tuple[PointView, ...] = ()
    to_act: int = 0  # critical + warning points


HEADERS = {
    "none": {"en": "AI coach", "fr": "Coach IA"},
    "answer": {"en": "AI coach answer", "fr": "Réponse du coach IA"},
    "footprint": {"en": "Estimated footprint", "fr": "Empreinte estimée"},
}


def _h(key: str, lang: str) -> str:
    return HEADERS[key].get(lang, HEADERS[key]["en"])


SHORT_MAX = 180  # the main message's text per point: one sentence, two when both are short
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÝÉ«“\"(])")


def lead(text: str, limit: int = SHORT_MAX) -> str:
    """The first sentence of `text`, and the second when both stay short; cut at a word with "…"."""
    sentences = _SENTENCE_END.split(text.strip(), maxsplit=2)
    out = sentences[0]
    if len(sentences) > 1 and len(out) + 1 + len(sentences[1]) <= limit * 2 // 3:
        out += " " + sentences[1]
    if len(out) <= limit:
        return out
    head = out[: limit - 1]
    clause = max(head.rfind(", "), head.rfind("; "), head.rfind(" ("))  # end at a clause when one is near
    head = head[:clause] if clause > limit // 2 else head.rsplit(" ", 1)[0]
    if head.count("(") > head.count(")"):  # never leave an aside open
        head = head[: head.rfind(" (")]
    return head.rstrip(" ,;:") + "…"


@lru_cache(maxsize=4096)
def point_view(f: Finding, lang: str) -> PointView:
    """A finding as shown. Findings come from a finite knowledge base, so views are memoised."""
    label = t(f"pillar.{f.pillar.value}", lang)
    return PointView(
        severity=f.severity.value,
        severity_label=t(f"severity.{f.severity.value}", lang),
        icon=SEVERITY_ICON[f.severity.value],
        title=f.title,
        advice=f.advice,
        sources=tuple(SourceLink(f"{s.publisher} ({s.year})", s.title, s.url) for s in f.sources),
        pillar=f.pillar.value,
        pillar_label=label[:1].upper() + label[1:],
        pillar_icon=PILLAR_ICON[f.pillar.value],
        short=lead(f.advice),
        label_args=label_args(f, lang),
        label_intro=t("label.link", lang) if f.label is not None else "",
    )


def label_args(f: Finding, lang: str) -> str | None:
    """The words after `label` that a transparency point links to; None for other points."""
    if f.label is None:
        return None
    if f.label.place is None:
        return t("label.generic_args", lang)
    return " ".join(x for x in (f.label.place, f.label.medium) if x)


PILLAR_ORDER = tuple(p.value for p in Pillar)


def answer_view(a: Assessment) -> AnswerView:
    lang = a.language
    findings = sorted(a.findings, key=lambda f: -f.severity.rank)  # the core's order, made sure of
    points = tuple(point_view(f, lang) for f in findings)
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
    return AnswerView(
        lang, _header(a, points), a.answer, _runs(points), fp, len(points), a.suggestions, points, a.to_act_on
    )


def _runs(points: tuple[PointView, ...]) -> tuple[PillarView, ...]:
    """Consecutive points of one pillar, grouped: surfaces that show pillar headings keep the order."""
    runs: list[list[PointView]] = []
    for p in points:
        if runs and runs[-1][0].pillar == p.pillar:
            runs[-1].append(p)
        else:
            runs.append([p])
    return tuple(PillarView(r[0].pillar, r[0].pillar_label, r[0].pillar_icon, tuple(r)) for r in runs)


def _header(a: Assessment, points: tuple[PointView, ...]) -> str:
    """What to do first, from the most serious point; a question's header leaves the answer to say it."""
    lang = a.language
    if not points:
        return _h("none", lang)
    if a.mentions.is_question:
        return _h("answer", lang)
    return f"{points[0].icon} {a.headline or points[0].title}"


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
