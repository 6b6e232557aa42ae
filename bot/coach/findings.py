"""How rule findings, card answers and the footprint estimate combine into the points shown.

Pure functions over findings (knowledge-base text) and a footprint: the same on every surface.
"""

from __future__ import annotations

from functools import lru_cache

from . import numbers
from .footprint import short_basis
from .i18n import t
from .model import Finding, Footprint, Pillar, Severity

MAX_FINDINGS = 7
MAX_PER_PILLAR = 2
PILLAR_RANK = {p: i for i, p in enumerate(Pillar)}  # a pillar's place in the order of `Pillar`


def merged(
    found: list[Finding],
    footprint: Footprint | None,
    answers: list[Finding],
    lang: str,
    asked: tuple[str, ...] = (),
    about_footprint: bool = True,
) -> tuple[Finding, ...]:
    """The points to show: a question's answers lead, rules and cards follow, most serious first,
    at most `MAX_PER_PILLAR` per pillar and `MAX_FINDINGS` in all, the estimate in the footprint point."""
    if footprint is not None:
        found = with_footprint(found, footprint, lang, asked)
    found.sort(key=lambda f: (-f.severity.rank, PILLAR_RANK[f.pillar]))
    # The question's answer leads. A warning rule of the same pillar citing the same card says it
    # better: that answer goes. An info rule adds nothing to an answer of its pillar that shares
    # its card: it goes. (A voice-clone rule citing the likeness card does not answer privacy.)
    warned = {(f.pillar, c) for f in found if f.severity is not Severity.INFO for c in f.cards}
    answers = [a for a in answers if not any((a.pillar, c) in warned for c in a.cards)]
    # "CO2 of our 50 images?" is answered by its estimate; "Claude wrote 5 posts, ok?" keeps its
    # other answers (review, disclosure) beside the estimate of the 5 posts.
    if answers and footprint is not None and about_footprint:
        answers = answers[:1]
    answered = {(a.pillar, c) for a in answers for c in a.cards}
    found = [
        f
        for f in found
        if f.severity is not Severity.INFO
        or not any((f.pillar, c) in answered for c in f.cards)
        or (footprint is not None and f.pillar is Pillar.FOOTPRINT)
    ]
    kept: list[Finding] = []
    for f in answers + found:
        same_pillar = [k for k in kept if k.pillar == f.pillar]
        shown = {c for k in same_pillar for c in k.cards}
        repeats = shown.issuperset(f.cards) and f.pillar is not Pillar.FOOTPRINT
        if not repeats and len(same_pillar) < MAX_PER_PILLAR:
            kept.append(f)
    # One order on every surface: most serious first; a question's answer leads its severity.
    return tuple(sorted(kept, key=lambda f: -f.severity.rank)[:MAX_FINDINGS])


def with_footprint(
    found: list[Finding], fp: Footprint, lang: str, asked: tuple[str, ...] = ()
) -> list[Finding]:
    """The first footprint finding carries the figures (and the water or carbon figure the text
    asks about: `asked`); one is added if no rule gave one."""
    idx = next((i for i, f in enumerate(found) if f.pillar == Pillar.FOOTPRINT), None)
    finding = footprint_finding(found[idx] if idx is not None else None, fp, lang, asked)
    if idx is None:
        return [*found, finding]
    return [*found[:idx], finding, *found[idx + 1 :]]


@lru_cache(maxsize=4096)  # the same plans recur across texts
def estimate_line(fp: Footprint, lang: str, asked: tuple[str, ...] = ()) -> str:
    """The answer to "how much energy for our 37,500 requests a month?": the estimate in one line."""
    return t("answer.estimate", lang).format(
        energy=numbers.energy(fp.energy_wh, lang),
        equivalent=fp.equivalents[0].removeprefix("≈ ") if fp.equivalents else "—",
        asked=_asked(fp, lang, asked),
        basis=short_basis(fp.basis),
    )


def _asked(fp: Footprint, lang: str, asked: tuple[str, ...]) -> str:
    """The figures the text asks about besides energy ("combien d'eau…", "CO2?")."""
    return "".join(
        t(f"fp.asked.{topic.removeprefix('topic:')}", lang).format(
            water=numbers.volume(fp.water_l, lang), co2e=numbers.mass(fp.co2e_g, lang)
        )
        for topic in asked
    )


def footprint_finding(base: Finding | None, fp: Footprint, lang: str, asked: tuple[str, ...] = ()) -> Finding:
    # Short: the figures in full (CO2e, water, every equivalent, sources) travel in `footprint`;
    # the advice adds only the figure the text asks about ("combien d'eau…").
    extra = _asked(fp, lang, asked)
    advice = (
        t("fp.finding.advice", lang)
        .format(
            energy=numbers.energy(fp.energy_wh, lang),
            asked=extra,
            equivalent=fp.equivalents[0].removeprefix("≈ ") if fp.equivalents else "—",
            basis=short_basis(fp.basis),  # the factors behind it: in `footprint.basis`
            advice=base.advice if base else "",
        )
        .strip()
    )
    title = (
        base.title if base else t("fp.finding.title", lang).format(energy=numbers.energy(fp.energy_wh, lang))
    )
    sources = tuple({s.url: s for s in (*(base.sources if base else ()), *fp.sources)}.values())[:4]
    return Finding(
        Pillar.FOOTPRINT,
        base.severity if base else Severity.INFO,
        title,
        advice,
        base.cards if base else ("footprint/reading-the-figures",),
        sources,
        base.action if base else t("fp.finding.action", lang),
    )
