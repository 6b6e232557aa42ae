"""`knowledge/disclosure.yaml` as typed data, and how one answer is resolved from its layers.

Validated once at load by `bot.knowledge` (pydantic: unknown fields and a missing fr/en refuse to load);
`problems()` adds the cross-checks `ai-coach kb lint` reports (unknown keys, sources, every place ×
medium answered). The layering (defaults → place → situations → place's situations) keeps the data
small: a place only says how it differs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .model import Source
from .typography import french

Must = Literal["required", "depends", "recommended", "not_applicable"]
BasisKind = Literal["law", "platform", "practice"]
ALL = "all"  # a layer key that applies to every medium
SITUATION_ORDER = ("generated", "edited", "real_person", "partnership")
COMBINED = "+"  # "edited+partnership": a layer applied when all its situations were named


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Loc(_Frozen):
    """A text in both languages; French gets its typography (no-break spaces) once, at load."""

    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)

    @field_validator("fr")
    @classmethod
    def _french(cls, v: str) -> str:
        return french(v)

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class Basis(_Frozen):
    """Why a label is needed: a law, a platform rule or good practice, named, with when it applies."""

    kind: BasisKind
    name: Loc
    when: Loc
    sources: tuple[str, ...] = Field(min_length=1)


class Term(_Frozen):
    """A medium or a situation: its name and the words (fr, en) that ask for it."""

    name: Loc
    aliases: tuple[str, ...] = Field(min_length=1)


class Override(_Frozen):
    """One layer's say for a medium: `bases` replaces the reasons, `add` appends to them."""

    must: Must | None = None
    bases: tuple[str, ...] | None = None
    add: tuple[str, ...] = ()
    mention: Loc | None = None
    note: Loc | None = None


Layer = dict[str, Override]  # medium (or "all") -> override


class Place(_Frozen):
    name: Loc
    aliases: tuple[str, ...] = Field(min_length=1)
    default_medium: str
    sources: tuple[str, ...] = ()  # the platform's own pages behind `where` and `metadata`
    where: Loc  # where the toggle or field is, or where to write the mention
    metadata: Loc  # what C2PA / metadata keeps there
    rules: Layer = {}
    situations: dict[str, Layer] = {}
    ignore: dict[str, Loc] = {}  # situations that change nothing here, and why (said in the note)


class DisclosureData(_Frozen):
    reviewed: date
    sources: dict[str, Source]
    bases: dict[str, Basis]
    media: dict[str, Term]
    situations: dict[str, Term]
    defaults: Layer
    situations_rules: dict[str, Layer] = {}
    places: dict[str, Place]


@dataclass(frozen=True, slots=True)
class Resolved:
    """One place × medium × situations, before wording: what the layers decided."""

    must: Must | None
    bases: tuple[str, ...]
    mention: Loc | None
    note: Loc | None


def resolve(d: DisclosureData, place: str, medium: str, situations: tuple[str, ...]) -> Resolved:
    """Apply the layers in order; later layers override earlier ones."""
    p = d.places[place]
    layers: list[Layer] = [d.defaults, p.rules]
    for key in situation_keys(tuple(s for s in situations if s not in p.ignore)):
        layers += [d.situations_rules.get(key, {}), p.situations.get(key, {})]
    must: Must | None = None
    bases: list[str] = []
    mention = note = None
    for layer in layers:
        for o in (layer.get(ALL), layer.get(medium)):
            if o is None:
                continue
            must = o.must or must
            bases = list(o.bases) if o.bases is not None else bases
            bases += [b for b in o.add if b not in bases]
            mention = o.mention or mention
            note = o.note or note
    return Resolved(must, tuple(dict.fromkeys(bases)), mention, note)


def situation_keys(situations: tuple[str, ...]) -> list[str]:
    """The layer keys for the named situations: each one in order, then their named combinations."""
    named = [s for s in SITUATION_ORDER if s in situations]
    pairs = [f"{a}{COMBINED}{b}" for i, a in enumerate(named) for b in named[i + 1 :]]
    return named + pairs


def problems(d: DisclosureData) -> list[str]:
    """Cross-checks the schema cannot express; one line each, prefixed with the file name."""
    out = [f"disclosure.yaml: {p}" for p in _reference_problems(d) + _source_problems(d)]
    out += [f"disclosure.yaml: {p}" for p in _alias_problems(d)]
    if not out:  # answers are only checked over data whose references hold
        out += [f"disclosure.yaml: {p}" for p in _answer_problems(d)]
    return out


def _layer_problems(where: str, layer: Layer, d: DisclosureData) -> list[str]:
    out = [f"{where}: unknown medium {k!r}" for k in layer if k != ALL and k not in d.media]
    for key, o in layer.items():
        out += [f"{where}.{key}: unknown basis {b!r}" for b in (*(o.bases or ()), *o.add) if b not in d.bases]
    return out


def _known_situation(key: str, d: DisclosureData) -> bool:
    return all(part in d.situations for part in key.split(COMBINED))


def _reference_problems(d: DisclosureData) -> list[str]:
    out = _layer_problems("defaults", d.defaults, d)
    out += [f"defaults: no answer for medium {m!r}" for m in d.media if m not in d.defaults]
    out += [f"situations: unknown situation {s!r} (known: {', '.join(SITUATION_ORDER)})"
            for s in d.situations if s not in SITUATION_ORDER]  # fmt: skip
    for s, layer in d.situations_rules.items():
        if not _known_situation(s, d):
            out.append(f"situations_rules: unknown situation {s!r}")
        out += _layer_problems(f"situations_rules.{s}", layer, d)
    for b_id, b in d.bases.items():
        out += [f"bases.{b_id}: unknown source {s!r}" for s in b.sources if s not in d.sources]
    for key, p in d.places.items():
        if p.default_medium not in d.media:
            out.append(f"places.{key}: unknown default_medium {p.default_medium!r}")
        out += [f"places.{key}: unknown source {s!r}" for s in p.sources if s not in d.sources]
        out += [f"places.{key}.ignore: unknown situation {s!r}" for s in p.ignore if s not in d.situations]
        out += _layer_problems(f"places.{key}.rules", p.rules, d)
        for s, layer in p.situations.items():
            if not _known_situation(s, d):
                out.append(f"places.{key}.situations: unknown situation {s!r}")
            out += _layer_problems(f"places.{key}.situations.{s}", layer, d)
    return out


def _source_problems(d: DisclosureData) -> list[str]:
    out = []
    for key, s in d.sources.items():
        if not s.url.startswith("https://"):
            out.append(f"sources.{key}: url is not https: {s.url}")
        if not s.publisher.strip() or not s.title.strip():
            out.append(f"sources.{key}: source without title or publisher")
        if not 1990 <= s.year <= d.reviewed.year:
            out.append(f"sources.{key}: year {s.year} is not plausible")
    used = {s for b in d.bases.values() for s in b.sources}
    used |= {s for p in d.places.values() for s in p.sources}
    out += [f"sources.{key}: never used" for key in d.sources if key not in used]
    return out


def _alias_problems(d: DisclosureData) -> list[str]:
    from .text import tokens

    seen: dict[tuple[str, ...], str] = {}
    out = []
    groups: list[tuple[str, dict[str, Place] | dict[str, Term]]] = [
        ("places", d.places), ("media", d.media), ("situations", d.situations)
    ]  # fmt: skip
    for group, items in groups:
        for key, item in items.items():
            for alias in item.aliases:
                words = tuple(tokens(alias))
                if not words:
                    out.append(f"{group}.{key}: alias {alias!r} has no word")
                elif seen.setdefault(words, f"{group}.{key}") != f"{group}.{key}":
                    out.append(f"{group}.{key}: alias {alias!r} is also {seen[words]}")
    return out


def _answer_problems(d: DisclosureData) -> list[str]:
    """Every place × medium, for no situation and each situation, resolves to a full answer."""
    out = []
    cases: list[tuple[str, ...]] = [(), *((s,) for s in d.situations)]
    for place in d.places:
        for medium in d.media:
            for situations in cases:
                r = resolve(d, place, medium, situations)
                where = f"{place} × {medium}" + (f" ({situations[0]})" if situations else "")
                if r.must is None:
                    out.append(f"{where}: no verdict (`must`)")
                if r.mention is None:
                    out.append(f"{where}: no mention to write")
                if not r.bases:
                    out.append(f"{where}: no reason (law, platform rule or good practice)")
    return out
