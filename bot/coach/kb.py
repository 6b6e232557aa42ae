"""The knowledge base as typed data: cards, lexicon, rules and footprint factors.

Validated once at start by `bot.knowledge` (which reads the files); the engine only reads these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .classifier import Classifier
from .disclosure_data import DisclosureData
from .model import LANGS, Pillar, Range, Severity, Source

Localized = dict[str, str]  # lang -> text


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Card(_Frozen):
    id: str
    pillar: Pillar
    lang: str
    title: str
    summary: str
    keywords: tuple[str, ...] = ()
    sources: tuple[Source, ...]
    reviewed: date
    body: str = ""
    action: str = ""  # what to do, one imperative line: the answer's headline when this card leads
    verdict: str = ""  # the direct answer to a question about it: yes / no / it depends, then why


class Tool(_Frozen):
    """An AI tool the lexicon recognises. `ecologits`/`video_model` name its EcoLogits model."""

    label: str
    medium: str  # what it mostly produces: image | video | text | voice | music | code
    patterns: tuple[str, ...]
    ecologits: tuple[str, str] | None = None  # (provider, model) for text models
    video_model: str | None = None  # EcoLogits video model name

    @field_validator("ecologits", mode="before")
    @classmethod
    def _pair(cls, v: object) -> object:
        if isinstance(v, dict):
            return (v.get("provider"), v.get("model"))
        return v


class Lexicon(_Frozen):
    """Words the engine recognises. Each concept key is a fact such as `people:employees`."""

    tools: dict[str, Tool]
    concepts: dict[str, tuple[str, ...]]  # fact -> patterns (both languages; "gener*" = prefix)
    units: dict[str, tuple[str, ...]]  # medium -> unit nouns ("images", "visuels", "articles")
    durations: dict[str, tuple[str, ...]]  # "second" | "minute" -> words
    periods: dict[str, tuple[str, ...]]  # "day" | "week" | "month" | "year" -> words after per/par
    numbers: dict[str, float]  # number words in both languages
    not_counts: tuple[str, ...] = ()  # words after a number that make it no count ("five-star", "50 %")
    question_starts: tuple[str, ...]  # folded first words that make a question
    pillar_hints: dict[str, Pillar] = {}  # fact -> pillar whose cards best answer a question about it
    first_names: tuple[str, ...] = ()  # folded first names: a named person (see coach/names.py)
    name_brands: tuple[str, ...] = ()  # surnames of brands ("Christian Dior" is no person)


class Condition(_Frozen):
    """All of `all`, at least one of `any` (when given), none of `none`. Items are `a|b` OR-groups."""

    all: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    none: tuple[str, ...] = ()


class Rule(_Frozen):
    id: str
    pillar: Pillar
    severity: Severity
    when: Condition
    cards: tuple[str, ...] = Field(min_length=1)
    title: Localized
    advice: Localized
    action: Localized = {}  # what to do, one imperative line ("{tool}": the tool the text names)
    scope: str = "any"  # any | plan | question
    # A must-not-miss rule: kept even when the classifier finds its pillar unlikely (critical ones are).
    keep: bool = False
    # The sources that back this rule's point, first among its cards' sources: a rule citing one
    # part of a broad card (GDPR Art. 22 of the personalisation card) shows that part's source.
    sources_first: tuple[str, ...] = ()


class Factor(_Frozen):
    """Energy per unit of a medium, as a range, with its source."""

    unit: Localized  # "image"/"image", "second of video"/"seconde de vidéo"
    energy_wh: Range
    source: Source
    card: str
    note: Localized = {}  # said once in the basis, e.g. that a factor is a proxy


class Equivalent(_Frozen):
    id: str
    metric: str  # energy_wh | co2e_g | water_l
    per_unit: Range  # amount of the metric per one equivalent unit (low, high)
    label: Localized  # "{value} smartphone charges"
    source: Source


class TextProfile(_Frozen):
    """Assumed output tokens per unit of text ("article" ~1,000 tokens, a prompt ~400)."""

    default_tokens: int
    tokens_per_unit: dict[str, int]


class FootprintData(_Frozen):
    factors: dict[str, Factor]  # medium -> factor
    default_text_model: tuple[str, str]
    text: TextProfile
    default_video_seconds: float
    max_clip_seconds: float = 10.0  # longest clip a generator makes in one go
    video_resolution: str
    grid_g_per_kwh: Range
    grid_source: Source
    water_l_per_kwh: Range
    water_source: Source
    equivalents: tuple[Equivalent, ...]

    @field_validator("default_text_model", mode="before")
    @classmethod
    def _pair(cls, v: object) -> object:
        if isinstance(v, dict):
            return (v.get("provider"), v.get("model"))
        return v


class Silence(_Frozen):
    """Cards that cannot answer a message naming any `when` fact and none of the `unless` facts
    ("no people at all" silences the cards about generated people)."""

    why: str
    when: tuple[str, ...]
    unless: tuple[str, ...] = ()
    cards: tuple[str, ...]


class Readings(_Frozen):
    """`readings.yaml`: what absent, real or made-up subjects silence, and what each pillar needs
    named before the classifier alone raises it (fact prefixes per pillar)."""

    silences: tuple[Silence, ...] = ()
    evidence: dict[str, tuple[str, ...]] = {}
    counter_evidence: dict[str, tuple[str, ...]] = {}
    named_subject: dict[str, tuple[str, ...]] = {}
    # A fact that asks for one card's figure ("carbon footprint of one answer?" → the carbon card):
    # that card answers when the classifier is about as sure of it as of its pillar's first card.
    asked: dict[str, str] = {}


@dataclass(frozen=True)
class KnowledgeBase:
    cards: dict[tuple[str, str], Card]  # (id, lang) -> card
    lexicon: Lexicon
    rules: tuple[Rule, ...]
    footprint: FootprintData
    ids: frozenset[str] = field(default_factory=frozenset)
    classifier: Classifier | None = None  # trained on knowledge/examples/ (`ai-coach kb train`)
    disclosure: DisclosureData | None = None  # knowledge/disclosure.yaml: `/ai-check label`
    readings: Readings = field(default_factory=Readings)  # knowledge/readings.yaml

    def card(self, card_id: str, lang: str) -> Card | None:
        return self.cards.get((card_id, lang)) or self.cards.get((card_id, "en"))

    def cards_in(self, lang: str) -> list[Card]:
        return [c for (_, cl), c in sorted(self.cards.items()) if cl == lang]


__all__ = [
    "LANGS",
    "Card",
    "Condition",
    "Equivalent",
    "Factor",
    "FootprintData",
    "KnowledgeBase",
    "Lexicon",
    "Readings",
    "Rule",
    "Silence",
    "TextProfile",
    "Tool",
]
