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
from dataclasses import dataclass
from functools import cached_property
from itertools import islice

import numpy as np
import numpy.typing as npt

from .features import chars, split

Floats = npt.NDArray[np.float32]
# Under this many words a message carries little evidence: its features are scaled down so the
# scores fall back towards the prior ("ChatGPT" alone is not four warnings).
SHORT_TEXT = 5
# Words seen recently → the columns of their character n-grams: most of a message's features, and
# the same few thousand words come back in every message. Cleared when full (bounded memory).
WORD_CACHE = 50_000


@dataclass(frozen=True)
class Scores:
    """Probabilities per label ("pillar:bias", "card:bias/inclusive-prompts"), each in 0–1."""

    probs: dict[str, float]

    def pillar(self, pillar: str) -> float:
        return self.probs.get(f"pillar:{pillar}", 0.0)

    def card(self, card_id: str) -> float:
        return self.probs.get(f"card:{card_id}", 0.0)

    def cards(self) -> list[tuple[str, float]]:
        """Cards, most probable first (ties by id, so answers are deterministic)."""
        return self._ranked

    @cached_property
    def _ranked(self) -> list[tuple[str, float]]:
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
        weights: Floats,
        bias: Floats,
        fingerprint: str = "",
    ) -> None:
        if weights.shape != (len(vocabulary), len(labels)) or idf.shape != (len(vocabulary),):
            raise ValueError("classifier arrays do not match their vocabulary and labels")
        self.labels = tuple(labels)
        self.index = {f: i for i, f in enumerate(vocabulary)}
        self.idf = idf.astype(np.float32)
        self.weights = weights.astype(np.float32)
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
        self._words: dict[str, tuple[int, ...]] = {}

    def vector(self, text: str, facts: Iterable[str] = ()) -> tuple[list[int], Floats]:
        """Column indices and L2-normalised sublinear TF-IDF values of the known features."""
        index = self.index
        features, spelled = split(text, facts)
        counts = Counter(i for f in features if (i := index.get(f)) is not None)
        for w in spelled:
            counts.update(self._char_columns(w))
        if not counts:
            return [], np.zeros(0, dtype=np.float32)
        cols = list(counts)
        tf = np.array([1.0 + math.log(counts[c]) for c in cols], dtype=np.float32)
        values = tf * self.idf[cols]
        norm = float(np.sqrt(values @ values))
        # Words are the first features of each token: stop counting once there are enough.
        said = islice((f for f in features if f[0] == "!" or f[:2] == "w:"), self.short_text)
        evidence = sum(1 for _ in said) / self.short_text
        return cols, values * (evidence / norm) if norm else values

    def _char_columns(self, word: str) -> tuple[int, ...]:
        cached = self._words.get(word)
        if cached is None:
            if len(self._words) >= WORD_CACHE:
                self._words.clear()
            index = self.index
            cached = tuple(i for g in chars(word) if (i := index.get(g)) is not None)
            self._words[word] = cached
        return cached

    def scores(self, text: str, facts: Iterable[str] = ()) -> Scores:
        cols, values = self.vector(text, facts)
        raw = self.bias + (values @ self.weights[cols] if cols else 0.0)
        probs = 1.0 / (1.0 + np.exp(-np.clip(raw, -30.0, 30.0)))
        # A confident card makes its pillar confident: the two are trained apart but mean the same.
        np.maximum.at(probs, self._pillars, probs[self._cards])
        return Scores(dict(zip(self.labels, probs.tolist(), strict=True)))
