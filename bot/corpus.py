"""The labelled corpus (`knowledge/examples/*.jsonl`): read, validate, fingerprint.

Each line is what a person typed and what the coach must answer (see knowledge/examples/README.md).
The corpus trains the classifier and measures the coach; `kb lint` runs `problems()` on it.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from bot.coach.model import Pillar

EXAMPLES = "examples"
NEAR_DUPLICATE = 0.8  # Jaccard similarity of two texts' word trigrams above which they are copies
# What the trained model depends on besides the corpus: a change to any of these makes it stale.
MODEL_INPUTS = ("lexicon.yaml",)


class Quantity(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    count: float = Field(gt=0)
    medium: Literal["image", "video", "text", "voice", "music"]
    seconds: float | None = None


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(min_length=1)
    lang: Literal["fr", "en"]
    kind: Literal["plan", "question", "draft", "offtopic"]
    text: str = Field(min_length=1)
    pillars: tuple[Pillar, ...]
    not_pillars: tuple[Pillar, ...] = ()
    cards: tuple[str, ...] = ()
    footprint: bool = False
    quantity: Quantity | None = None
    source: str = ""  # the file (voice) it comes from: set by `read`, used to hold out whole voices

    @model_validator(mode="after")
    def _consistent(self) -> Example:
        if set(self.pillars) & set(self.not_pillars):
            raise ValueError("a pillar is both required and excluded")
        if self.footprint != (self.quantity is not None):
            raise ValueError("`footprint: true` goes with a `quantity`, and only then")
        if any(c.split("/", 1)[0] not in self.pillars for c in self.cards):
            raise ValueError("a card's pillar is not in `pillars`")
        return self


def files(folder: Path) -> list[Path]:
    return sorted((folder / EXAMPLES).glob("*.jsonl"))


def read(folder: Path, problems: list[str] | None = None) -> list[Example]:
    """Every valid example; each invalid line is reported in `problems` (file:line: why)."""
    out: list[Example] = []
    for path in files(folder):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                data["source"] = path.stem
                out.append(Example.model_validate(data))
            except (json.JSONDecodeError, ValidationError, TypeError) as exc:
                if problems is not None:
                    problems.append(f"examples/{path.name}:{number}: {_short(exc)}")
    return out


def _short(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        return f"{where}: {err['msg']}" if where else err["msg"]
    return str(exc).splitlines()[0]


def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    from bot.coach.features import words  # the classifier's own view of a text

    ws = words(text)
    return frozenset(zip(ws, ws[1:], ws[2:], strict=False)) if len(ws) >= 3 else frozenset({tuple(ws)})


def near_duplicates(examples: Iterable[Example], threshold: float = NEAR_DUPLICATE) -> list[tuple[str, str]]:
    """Pairs of ids whose texts share most of their word trigrams (templates, copies).

    Prefix filtering: with each text's trigrams sorted rarest first (one order for the whole corpus),
    two texts at Jaccard >= threshold share a trigram among the first len - floor(threshold * len) + 1
    of each; only those are indexed and probed, so common trigrams ("avec chatgpt pour") no longer
    make every pair a candidate. Same pairs, in the same order, as comparing every candidate."""
    items = list(examples)
    grams = [_shingles(ex.text) for ex in items]
    seen: Counter[tuple[str, ...]] = Counter(g for gs in grams for g in gs)
    by_gram: dict[tuple[str, ...], list[int]] = {}
    pairs: list[tuple[str, str]] = []
    for i, (ex, gs) in enumerate(zip(items, grams, strict=True)):
        ordered = sorted(gs, key=lambda g: (seen[g], g))
        prefix = ordered[: len(ordered) - math.floor(threshold * len(ordered)) + 1]
        for j in sorted({j for g in prefix for j in by_gram.get(g, ())}):
            other = grams[j]
            if len(gs & other) / max(1, len(gs | other)) >= threshold:
                pairs.append((items[j].id, ex.id))
        for g in prefix:
            by_gram.setdefault(g, []).append(i)
    return pairs


def problems(folder: Path, card_ids: frozenset[str]) -> list[str]:
    """Corpus lint: malformed lines, unknown cards, duplicate ids and near-duplicate texts."""
    found: list[str] = []
    examples = read(folder, found)
    ids: set[str] = set()
    for ex in examples:
        if ex.id in ids:
            found.append(f"examples/{ex.source}.jsonl: duplicate id {ex.id}")
        ids.add(ex.id)
        found += [
            f"examples/{ex.source}.jsonl: {ex.id} points at missing card {c}"
            for c in ex.cards
            if c not in card_ids
        ]
    found += [f"examples: {a} and {b} are near-duplicates" for a, b in near_duplicates(examples)]
    return found


def fingerprint(folder: Path) -> str:
    """What the trained model was made from: the corpus, the lexicon and the code that turns a
    message into features (the features and the extraction whose facts they include), hashed."""
    digest = hashlib.sha256()
    from bot.coach import (
        audience,
        context,
        count_words,
        extract,
        features,
        names,
        per_item,
        phrases,
        quantities,
        text,
    )

    modules = (features, extract, context, audience, names, phrases, quantities, count_words, per_item, text)
    code = [Path(str(m.__file__)) for m in modules]
    for path in [*files(folder), *(folder / name for name in MODEL_INPUTS), *code]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
