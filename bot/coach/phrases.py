"""Phrase patterns of the lexicon, matched on folded word keys in one pass.

A pattern is one or more words; a word ending in `*` matches any token that starts with it
("gener*" → générer, generated). Patterns are indexed by their first word, so finding every
pattern in a message costs a few dict probes per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import key, tokens

Pattern = tuple[str, ...]
NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
MEMO_SIZE = 50_000


@dataclass(frozen=True)
class _Entry:
    words: Pattern
    fact: str
    # The words after the first, when none is a prefix pattern: then compared as one tuple.
    rest: Pattern | None = field(init=False)

    def __post_init__(self) -> None:
        tail = self.words[1:]
        object.__setattr__(self, "rest", None if any(w.endswith("*") for w in tail) else tail)


# An entry as `find` reads it: its length, its fact, the words after the first (None: some are
# prefixes), and those words as `_rest_matches` tests them.
_Candidate = tuple[int, str, list[str] | None, tuple[tuple[str, bool], ...]]


class PhraseIndex:
    """First-word index of phrase patterns (exact keys, or prefixes ending in `*`)."""

    def __init__(self, phrases: dict[str, tuple[str, ...]]) -> None:
        self._exact: dict[str, list[_Entry]] = {}
        self._prefix: dict[str, list[_Entry]] = {}  # "gener" -> entries whose first word is "gener*"
        for fact, patterns in phrases.items():
            for pattern in patterns:
                words = tuple(key(w) if not w.endswith("*") else w for w in tokens_keep_star(pattern))
                if not words:
                    continue
                entry = _Entry(words, fact)
                if words[0].endswith("*"):
                    self._prefix.setdefault(words[0][:-1], []).append(entry)
                else:
                    self._exact.setdefault(words[0], []).append(entry)
        self._longest_prefix = max((len(p) for p in self._prefix), default=0)
        self._memo: dict[str, list[_Candidate]] = {}

    def _candidates(self, k: str) -> list[_Candidate]:
        # A prefix pattern matches when it is one of the word's own prefixes: look those up
        # (a dozen dict probes) rather than testing every pattern against every word. Words
        # repeat across texts, so the answer is memoised (bounded: the memo is reset when full).
        found = list(self._exact.get(k, ()))
        for n in range(1, min(len(k), self._longest_prefix) + 1):
            found += self._prefix.get(k[:n], ())
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        candidates = [
            (len(e.words), e.fact, list(e.rest) if e.rest is not None else None, _checks(e)) for e in found
        ]
        self._memo[k] = candidates
        return candidates

    def find(self, ks: list[str]) -> list[tuple[int, int, str]]:
        """(start, end, fact) for every pattern found in the token keys."""
        found: list[tuple[int, int, str]] = []
        size = len(ks)
        memo = self._memo
        for i, k in enumerate(ks):
            candidates = memo.get(k)
            for n, fact, rest, checks in self._candidates(k) if candidates is None else candidates:
                # One-word patterns (most of the lexicon) need no further check.
                if n == 1:
                    found.append((i, i + 1, fact))
                elif i + n <= size and (
                    ks[i + 1 : i + n] == rest if rest is not None else _rest_matches(checks, ks, i + 1)
                ):
                    found.append((i, i + n, fact))
        return found


def merge_thousands(ks: list[str]) -> list[str]:
    """ "1 000 images" (French thousands separator) is one number: 1000; "a 30s spot", "2min" are a
    number and its duration ("the 90s" is a decade)."""
    out: list[str] = []
    for i, k in enumerate(ks):
        if out and len(k) == 3 and k.isdigit() and out[-1].isdigit() and len(out[-1]) <= 3 and out[-1] != "0":
            out[-1] += k
        elif k == "k" and out and NUMBER.match(out[-1]):  # "1,5 k" / "1,5k" → "1,5k"
            out[-1] += "k"
        elif (clip := _CLIP_LENGTH.match(k)) and not _decade(out[-1:], ks[i + 1 : i + 2]):
            out += [clip.group(1), clip.group(2)]
        else:
            out.append(k)
    return out


_CLIP_LENGTH = re.compile(r"^(\d{1,3})(s|sec|secs|min|mins|mn)$")
_DECADE_BEFORE = frozenset({"the", "les", "des", "annee", "annees", "late", "early", "mid", "fin", "debut"})
_DECADE_AFTER = frozenset({"style", "vibe", "look", "era", "aesthetic", "retro", "nostalgia", "mood"})


def _decade(before: list[str], after: list[str]) -> bool:
    return bool(set(before) & _DECADE_BEFORE or set(after) & _DECADE_AFTER)


def tokens_keep_star(pattern: str) -> list[str]:
    """Tokens of a lexicon pattern; a word ending in `*` keeps it (prefix match)."""
    words: list[str] = []
    for chunk in pattern.split():
        parts = tokens(chunk)
        if chunk.endswith("*") and parts:
            parts[-1] += "*"
        words += parts
    return words


def _checks(entry: _Entry) -> tuple[tuple[str, bool], ...]:
    """The words after the first as (word, is a prefix), the `*` dropped: what `_rest_matches` tests."""
    return tuple((w[:-1], True) if w.endswith("*") else (w, False) for w in entry.words[1:])


def _rest_matches(checks: tuple[tuple[str, bool], ...], ks: list[str], start: int) -> bool:
    """Whether the keys from `start` match the pattern's words after the first (all present)."""
    for j, (word, prefix) in enumerate(checks, start):
        if not (ks[j].startswith(word) if prefix else ks[j] == word):
            return False
    return True
