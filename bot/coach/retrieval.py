"""Ranked retrieval over the cards: BM25 with French and English stemming.

One index per language, built once per knowledge base. Titles and keywords weigh more than
the body, because they say what a card is about; the body only confirms.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

import snowballstemmer

from .kb import Card
from .language import _EN, _FR
from .text import tokens

_STEMMERS = {"fr": "french", "en": "english"}
STEM_CACHE_SIZE = 50_000
_STOP = _FR | _EN | {"ia", "ai"}  # "AI" is in every card: it says nothing about which one


class Analyzer:
    def __init__(self, lang: str) -> None:
        self._stemmer = snowballstemmer.stemmer(_STEMMERS.get(lang, "english"))
        self._cache: dict[str, str] = {}

    def terms(self, text: str) -> list[str]:
        out = []
        for t in tokens(text):
            if t in _STOP or len(t) < 2:
                continue
            stem = self._cache.get(t)
            if stem is None:
                if (
                    len(self._cache) >= STEM_CACHE_SIZE
                ):  # bounded: arbitrary user words must not grow it forever
                    self._cache.clear()
                stem = self._cache[t] = self._stemmer.stemWord(t)
            out.append(stem)
        return out


class Index:
    """BM25 (k1=1.2, b=0.75) over weighted card fields."""

    K1 = 1.2
    B = 0.75

    def __init__(self, lang: str, cards: Sequence[Card]) -> None:
        self.analyzer = Analyzer(lang)
        self.cards = list(cards)
        self._tf: list[Counter[str]] = [Counter(self._document(c)) for c in self.cards]
        self._len = [sum(tf.values()) for tf in self._tf]
        self._avg = (sum(self._len) / len(self._len)) if self._len else 1.0
        df: Counter[str] = Counter()
        for tf in self._tf:
            df.update(tf.keys())
        n = len(self.cards)
        self._idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}

    def _document(self, card: Card) -> Iterable[str]:
        a = self.analyzer
        yield from a.terms(card.title) * 2
        yield from a.terms(" ".join(card.keywords)) * 3
        yield from a.terms(card.summary)
        yield from a.terms(card.body)

    def search(self, text: str, k: int = 3) -> list[tuple[float, Card]]:
        query = set(self.analyzer.terms(text))
        scored: list[tuple[float, Card]] = []
        for i, tf in enumerate(self._tf):
            score = 0.0
            norm = self.K1 * (1 - self.B + self.B * self._len[i] / self._avg)
            for term in query:
                f = tf.get(term)
                if f:
                    score += self._idf[term] * f * (self.K1 + 1) / (f + norm)
            if score > 0:
                scored.append((score, self.cards[i]))
        scored.sort(key=lambda sc: (-sc[0], sc[1].id))
        return scored[:k]
