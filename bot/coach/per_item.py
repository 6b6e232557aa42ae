"""Counts given per item: "8 variantes par produit … 60 produits" is 480 images, not 8 + 60.

Marketers plan in rates ("5 images per post, 12 posts a month", "3 posts a week for each of our
4 VPs"); reading the two numbers as two batches under-counts by an order of magnitude.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .model import Quantity
from .text import key

REACH = 8  # words after a count where "per …" may stand ("8 AI images per blog post")
_PER = frozenset({"par", "per", "chaque", "each", "pour chaque"})
_SKIP = frozenset(
    key(w) for w in ["de", "d", "du", "des", "la", "le", "les", "l", "of", "our", "nos", "the", "a"]
)
Number = Callable[[str], float | None]


def multiply(
    ks: list[str],
    at: dict[int, Quantity],
    number: Number,
    periods: frozenset[int],
    lengths: dict[int, float],
) -> dict[int, Quantity]:
    """The quantities by word position, each count per item multiplied by the count of those items.

    A rate per period ("3 par semaine") is not multiplied: it stays a rate. A length after "each"
    ("20 hooks, each a 15 s clip") is the length of each item (`lengths`: seconds by word position).
    """
    out = dict(at)
    for i, q in at.items():
        found = _items(ks, i, number, periods)
        if found is None:
            continue
        j, n = found
        if j in lengths:
            out.pop(j, None)  # "each a 15 s clip" read as one clip of its own: it is each of the items
            if q.seconds is None and q.medium not in ("image", "text"):
                out[i] = replace(q, seconds=lengths[j])
            continue
        items = out.pop(j, None)  # "12 posts per month": the product keeps the items' period
        period = q.period or (items.period if items else None)
        out[i] = replace(q, count=min(q.count * n, 1e6), period=period)
    return out


def _items(ks: list[str], i: int, number: Number, periods: frozenset[int]) -> tuple[int, float] | None:
    """Where the items stand and how many there are, if the count at `i` is per item."""
    for p in range(i + 1, min(i + REACH, len(ks) - 1)):
        if ks[p] not in _PER or p + 1 in periods:
            continue
        after = [(k, ks[k]) for k in range(p + 1, min(p + 5, len(ks))) if ks[k] not in _SKIP][:2]
        if after and (n := number(after[0][1])) is not None:  # "for each of our 4 VPs"
            return after[0][0], n
        nouns = {w for _, w in after}
        for j, k in enumerate(ks):
            if j != i and set(ks[j + 1 : j + 3]) & nouns:
                n = number(k)
                if n is not None and n > 1:
                    return j, n
        return None
    return None
