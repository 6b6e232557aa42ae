"""The disclosure helper: "<where> [what] [situation words]" → must I label, what to write, where.

`ai-coach label`, `/ai-check label …`, the Teams webhook and `GET /api/label` all ask `answer()`.
Pure: the data comes validated from `knowledge/disclosure.yaml` (see `disclosure_data`). An unknown
place or medium gives the list of known ones (`LabelUnknown`), never a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .disclosure_data import SITUATION_ORDER, DisclosureData, Must, resolve
from .language import detect
from .model import LANGS, LabelHint, Source
from .text import Words, read, tokens

# Words that may sit in a query without meaning anything for the answer.
_FILLER_WORDS = (
    "a an the on for in of with my our to and un une le la les l de du des d en sur pour avec mon ma mes "
    "notre nos par au aux et ou or je we est is it ce cet cette ces label etiquette"
)
FILLER = frozenset(_FILLER_WORDS.split(" "))
# Place aliases too generic to link a free text to a place (only a `label` query may use them).
_VAGUE = frozenset({"x", "site", "web", "bot", "agent", "assistant", "pin", "pins", "snap", "snaps",
                    "press", "presse", "display", "print", "boost", "rp", "cms", "poster", "meta",
                    "panneau", "catalogue", "magazine", "communique", "communiques"})  # fmt: skip
_KIND_ORDER = ("law", "platform", "practice")
_MEDIUM_PRIORITY = ("video", "image", "audio", "text")
_MEDIUM_OF_MENTION = {"image": "image", "video": "video", "voice": "audio", "music": "audio", "text": "text"}


@dataclass(frozen=True, slots=True)
class Reason:
    kind: str  # law | platform | practice
    name: str
    when: str
    sources: tuple[Source, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "name": self.name, "when": self.when,
                "sources": [s.as_dict() for s in self.sources]}  # fmt: skip


@dataclass(frozen=True, slots=True)
class LabelAnswer:
    """Must you label, the mention to copy, where the toggle is, what metadata keeps; worded in `lang`."""

    lang: str
    place: str
    place_name: str
    medium: str
    medium_name: str
    situations: tuple[str, ...]  # what was named (empty: fully generated is assumed)
    situation_names: tuple[str, ...]
    must: Must
    mention: str
    where: str
    metadata: str
    note: str
    reasons: tuple[Reason, ...]
    sources: tuple[Source, ...]  # every source, once: reasons' then the platform's pages
    medium_assumed: bool = False  # no medium named: the place's usual one
    other_media: tuple[str, ...] = ()  # then, the other media's names (to ask next)
    reviewed: str = ""
    house: str = ""  # the organisation's own wording for this medium (its AI charter), shown beside `mention`

    @property
    def command(self) -> str:
        return f"/ai-check label {self.place} {self.medium}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "language": self.lang, "place": self.place, "place_name": self.place_name,
            "medium": self.medium, "medium_name": self.medium_name, "medium_assumed": self.medium_assumed,
            "situations": list(self.situations), "situation_names": list(self.situation_names),
            "must": self.must, "mention": self.mention, "house_mention": self.house or None,
            "where": self.where, "metadata": self.metadata, "note": self.note or None,
            "reasons": [r.as_dict() for r in self.reasons],
            "sources": [s.as_dict() for s in self.sources], "reviewed": self.reviewed,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class LabelUnknown:
    """The place (or medium) was not recognised: the known ones, to choose from."""

    lang: str
    kind: str  # place | medium
    known: tuple[tuple[str, str], ...]  # (key, name in `lang`)
    place: str = ""  # the place, when it was the medium that was unknown

    def as_dict(self) -> dict[str, Any]:
        return {"language": self.lang, "error": f"unknown {self.kind}", "unknown": self.kind,
                "known": [{"key": k, "name": n} for k, n in self.known]}  # fmt: skip


Label = LabelAnswer | LabelUnknown


@dataclass(frozen=True, slots=True)
class Query:
    place: str | None
    medium: str | None
    situations: tuple[str, ...]
    leftover: tuple[str, ...]  # words that are neither a place, a medium, a situation nor filler


class Vocabulary:
    """The aliases of places, media and situations, matched longest first on folded words."""

    def __init__(self, d: DisclosureData) -> None:
        entries: list[tuple[tuple[str, ...], str, str]] = []
        groups = (("place", d.places), ("medium", d.media), ("situation", d.situations))
        for kind, items in groups:
            for key, item in items.items():
                entries += [(tuple(tokens(a)), kind, key) for a in item.aliases]
        self.by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for words, kind, key in sorted(entries, key=lambda e: -len(e[0])):
            if words:
                self.by_first.setdefault(words[0], []).append((words, kind, key))

    def matches(self, words: Sequence[str]) -> list[tuple[str, str, tuple[str, ...]] | str]:
        """Each alias found as (kind, key, its words); any other word as itself."""
        out: list[tuple[str, str, tuple[str, ...]] | str] = []
        i = 0
        while i < len(words):
            entries = self.by_first.get(words[i])
            hit = (
                next((e for e in entries if tuple(words[i : i + len(e[0])]) == e[0]), None)
                if entries
                else None
            )
            if hit is None:
                out.append(words[i])
                i += 1
            else:
                out.append((hit[1], hit[2], hit[0]))
                i += len(hit[0])
        return out

    def parse(self, text: str) -> Query:
        place = medium = None
        situations: list[str] = []
        leftover: list[str] = []
        for m in self.matches(tokens(text)):
            if isinstance(m, str):
                if m not in FILLER:
                    leftover.append(m)
            elif m[0] == "place":
                place = place or m[1]
            elif m[0] == "medium":
                medium = medium or m[1]
            elif m[1] not in situations:
                situations.append(m[1])
        if "edited" in situations and "generated" in situations:
            situations.remove("generated")  # "IA retouchée": edited says more
        ordered = tuple(s for s in SITUATION_ORDER if s in situations)
        return Query(place, medium, ordered, tuple(leftover))


def answer(d: DisclosureData, vocabulary: Vocabulary, text: str, lang: str | None, default: str) -> Label:
    """The answer to "<where> [what] [situation words]" in `lang` (else the text's language, or `default`)."""
    # The words are a place, a medium and a situation, not a sentence: only function words count.
    fallback = default if default in LANGS else "fr"
    language = lang if lang in LANGS else detect(text, fallback, content=False)
    q = vocabulary.parse(text)
    if q.place is None:
        return known(d, "place", language)
    if q.medium is None and q.leftover:
        return known(d, "medium", language, q.place)
    medium = q.medium or d.places[q.place].default_medium
    return build(d, q.place, medium, q.situations, language, assumed=q.medium is None)


def known(d: DisclosureData, kind: str, lang: str, place: str = "") -> LabelUnknown:
    items = d.places if kind == "place" else d.media
    return LabelUnknown(lang, kind, tuple((k, v.name.get(lang)) for k, v in items.items()), place)


def build(
    d: DisclosureData, place: str, medium: str, situations: tuple[str, ...], lang: str, assumed: bool = False
) -> LabelAnswer:
    """The worded answer for one place × medium × situations (all known keys)."""
    r = resolve(d, place, medium, situations)
    p = d.places[place]
    chosen = [d.bases[key] for key in r.bases]
    if r.must == "required" and any(b.kind != "practice" for b in chosen):
        chosen = [b for b in chosen if b.kind != "practice"]  # a duty is stated; "good practice" adds nothing
    reasons = tuple(
        Reason(b.kind, b.name.get(lang), b.when.get(lang), tuple(d.sources[s] for s in b.sources))
        for b in sorted(chosen, key=lambda b: _KIND_ORDER.index(b.kind))
    )
    own = tuple(d.sources[s] for s in p.sources)
    ignored = [p.ignore[s].get(lang) for s in situations if s in p.ignore]
    sources = tuple(dict.fromkeys([s for x in reasons for s in x.sources] + list(own)))
    assert r.must is not None and r.mention is not None  # lint: every place × medium is answered
    return LabelAnswer(
        lang=lang,
        place=place,
        place_name=p.name.get(lang),
        medium=medium,
        medium_name=d.media[medium].name.get(lang),
        situations=situations,
        situation_names=tuple(d.situations[s].name.get(lang) for s in situations),
        must=r.must,
        mention=r.mention.get(lang),
        where=p.where.get(lang),
        metadata=p.metadata.get(lang),
        note=" ".join([*([r.note.get(lang)] if r.note else []), *ignored]),
        reasons=reasons,
        sources=sources,
        medium_assumed=assumed,
        other_media=tuple(m.name.get(lang) for k, m in d.media.items() if k != medium) if assumed else (),
        reviewed=d.reviewed.isoformat(),
    )


def hint(vocabulary: Vocabulary, text: str | Words, media: tuple[str, ...] = ()) -> LabelHint:
    """The place and medium a free text names, for a transparency finding's "→ /ai-check label …" link.

    Only specific place names count ("tiktok", not "site"); the medium comes from what the engine
    already found (`media`), else from the text's words.
    """
    place = medium = None
    for m in vocabulary.matches(read(text).tokens):
        if isinstance(m, str):
            continue
        kind, key, words = m
        if kind == "place" and place is None and not (len(words) == 1 and words[0] in _VAGUE):
            place = key
        elif kind == "medium" and medium is None:
            medium = key
    named = {_MEDIUM_OF_MENTION[m] for m in media if m in _MEDIUM_OF_MENTION}
    named |= {medium} if medium else set()
    # A visual or a sound is what a label is about; "a post" alone means text.
    return LabelHint(place, next((m for m in _MEDIUM_PRIORITY if m in named), None))
