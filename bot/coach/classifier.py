"""The trained classifier at run time: a message → the probability of each card and pillar.

A linear model (one logistic regression per label over TF-IDF features, see `features`), trained
offline by `ai-coach kb train` from the labelled corpus in `knowledge/examples/`. Here it is only
arrays: a vocabulary, IDF weights, a weight matrix and biases, read by numpy — no training library
at run time, a few tens of microseconds per message.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import numpy.typing as npt

from .features import NUMBER, chars, negated, words
from .model import Pillar
from .text import Words

Floats = npt.NDArray[np.float32]
Ints = npt.NDArray[np.intp]
# Under this many words a message carries little evidence: its features are scaled down so the
# scores fall back towards the prior ("ChatGPT" alone is not four warnings).
SHORT_TEXT = 5
# Words seen recently → the columns of their character n-grams: most of a message's features, and
# the same few thousand words come back in every message. Cleared when full (bounded memory).
WORD_CACHE = 50_000


# The pillars' labels, built once: `Scores.pillar` is read a dozen times per message.
_PILLAR_LABELS = {p.value: f"pillar:{p.value}" for p in Pillar}


@dataclass(frozen=True)
class Scores:
    """Probabilities per label ("pillar:bias", "card:bias/inclusive-prompts"), each in 0–1."""

    probs: dict[str, float]
    # The cards in `cards()` order, when the classifier already ranked them (not part of equality).
    ranked: list[tuple[str, float]] | None = field(default=None, compare=False, repr=False)

    def pillar(self, pillar: str) -> float:
        label = _PILLAR_LABELS.get(pillar) or f"pillar:{pillar}"
        return self.probs.get(label, 0.0)

    def card(self, card_id: str) -> float:
        return self.probs.get(f"card:{card_id}", 0.0)

    def cards(self) -> list[tuple[str, float]]:
        """Cards, most probable first (ties by id, so answers are deterministic)."""
        return self._ranked

    @cached_property
    def _ranked(self) -> list[tuple[str, float]]:
        if self.ranked is not None:
            return self.ranked
        found = [(label[5:], p) for label, p in self.probs.items() if label.startswith("card:")]
        return sorted(found, key=lambda item: (-item[1], item[0]))


class Classifier:
    """Multi-label linear classifier. Build once from the exported arrays; `scores` is deterministic
    (it only caches the columns of words it has seen)."""

    def __init__(
        self,
        labels: Sequence[str],
        vocabulary: Sequence[str],
        idf: Floats,
        weights: npt.NDArray[np.float16] | Floats,
        bias: Floats,
        fingerprint: str = "",
    ) -> None:
        if weights.shape != (len(vocabulary), len(labels)) or idf.shape != (len(vocabulary),):
            raise ValueError("classifier arrays do not match their vocabulary and labels")
        self.labels = tuple(labels)
        self.index = {f: i for i, f in enumerate(vocabulary)}
        self.idf = idf.astype(np.float32)
        # Kept as stored (half precision from the file, ~26 MB less resident memory): `scores`
        # widens only the rows a message touches, and float16 → float32 is exact, so the answers
        # are those of a float32 matrix holding the same values.
        self.weights = weights if weights.dtype in (np.float16, np.float32) else weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.fingerprint = fingerprint
        self.short_text = SHORT_TEXT
        # Each card's column and its pillar's column: a confident card lifts its pillar (see `scores`).
        column = {label: i for i, label in enumerate(self.labels)}
        pairs = [
            (i, column[f"pillar:{label[5:].split('/', 1)[0]}"])
            for i, label in enumerate(self.labels)
            if label.startswith("card:") and f"pillar:{label[5:].split('/', 1)[0]}" in column
        ]
        self._cards = np.array([c for c, _ in pairs], dtype=np.intp)
        self._pillars = np.array([p for _, p in pairs], dtype=np.intp)
        # The card columns, their ids, and each id's rank in id order: `scores` ranks the cards by
        # (-probability, id) with one numpy sort instead of sorting Python tuples.
        self._card_columns = np.array(
            [i for i, label in enumerate(self.labels) if label.startswith("card:")], dtype=np.intp
        )
        self._card_ids = [self.labels[i][5:] for i in self._card_columns.tolist()]
        self._card_id_array = np.array(self._card_ids, dtype=object)
        by_id = sorted(range(len(self._card_ids)), key=self._card_ids.__getitem__)
        self._id_rank = np.empty(len(by_id), dtype=np.intp)
        self._id_rank[by_id] = np.arange(len(by_id), dtype=np.intp)
        self._words: dict[str, tuple[int, int, tuple[int, ...]]] = {}
        self._tf = _tf_table(1024)

    def vector(self, text: str | Words, facts: Iterable[str] = ()) -> tuple[list[int], Floats]:
        """Column indices and L2-normalised sublinear TF-IDF values of the known features."""
        cols, values = self._vector(text, facts)
        return cols.tolist(), values

    def _vector(self, text: str | Words, facts: Iterable[str]) -> tuple[Ints, Floats]:
        """`vector` with the columns as an array (what `scores` indexes with)."""
        ws = words(text)
        found = self._columns(ws, facts)
        if not found:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.float32)
        counts = Counter(found)
        n = len(counts)
        cols = np.fromiter(counts, dtype=np.intp, count=n)
        tf = np.fromiter(counts.values(), dtype=np.intp, count=n)
        if len(found) >= len(self._tf):  # a count past the table (a very long text): extend it
            self._tf = _tf_table(len(found) + 1)
        values = self._tf[tf] * self.idf[cols]
        norm = float(np.sqrt(values @ values))
        # Every word is a word feature ("w:" or "!"): the first `short_text` words are the evidence.
        evidence = min(len(ws), self.short_text) / self.short_text
        return cols, values * (evidence / norm) if norm else values

    def _columns(self, ws: list[str], facts: Iterable[str]) -> list[int]:
        """Every known feature's column in `split` order (words and bigrams, facts, then each word's
        n-grams), with repeats: counted once, the columns keep their first-seen order."""
        get = self.index.get
        known = self._words
        found: list[int] = []
        grams: list[int] = []
        previous = "<s>"
        for w, neg in zip(ws, negated(ws), strict=True):
            word, negative, spelled = known.get(w) or self._word_columns(w)
            column = negative if neg else word
            if column >= 0:
                found.append(column)
            if (bigram := get(f"b:{previous} {w}")) is not None:
                found.append(bigram)
            previous = w
            grams += spelled
        # Sorted, as in training: a frozenset's order follows the process's string hashing, and the
        # order of the sum moves the last bits of a probability from one process to the next.
        found += [i for f in sorted(facts) if (i := get("x:" + f)) is not None]
        return found + grams

    def _word_columns(self, word: str) -> tuple[int, int, tuple[int, ...]]:
        """One word's columns: as a word, as a negated word (-1: unknown), and its character n-grams
        (none for a number). Cached: the same few thousand words come back in every message."""
        if len(self._words) >= WORD_CACHE:
            self._words.clear()
        get = self.index.get
        spelled = () if word == NUMBER else tuple(i for g in chars(word) if (i := get(g)) is not None)
        cached = (get("w:" + word, -1), get("!" + word, -1), spelled)
        self._words[word] = cached
        return cached

    def scores(self, text: str | Words, facts: Iterable[str] = ()) -> Scores:
        cols, values = self._vector(text, facts)
        # `take`: the same rows as `weights[cols]`, copied faster; widened to float32 here (see
        # `__init__`), so the product runs in single precision whatever the stored precision.
        rows = self.weights.take(cols, axis=0).astype(np.float32, copy=False)
        raw = self.bias + (values @ rows if len(cols) else 0.0)
        # 1 / (1 + exp(-clip(raw, -30, 30))), step by step in place (np.clip's wrapper costs more).
        probs = np.maximum(raw, -30.0)
        np.minimum(probs, 30.0, out=probs)
        np.negative(probs, out=probs)
        np.exp(probs, out=probs)
        probs += 1.0
        np.divide(1.0, probs, out=probs)
        # A confident card makes its pillar confident: the two are trained apart but mean the same.
        np.maximum.at(probs, self._pillars, probs[self._cards])
        cards = probs[self._card_columns]
        order = np.lexsort((self._id_rank, -cards))
        ranked = list(zip(self._card_id_array[order].tolist(), cards[order].tolist(), strict=True))
        return Scores(dict(zip(self.labels, probs.tolist(), strict=True)), ranked)


def _tf_table(size: int) -> Floats:
    """Sublinear term frequency `1 + ln(count)` for counts 0…size-1 (0 unused), as float32."""
    return np.array([0.0] + [1.0 + math.log(c) for c in range(1, size)], dtype=np.float32)
