"""Text normalisation shared by language detection, extraction and retrieval.

Everything is folded the same way on both sides (lexicon patterns and user text):
lower case, accents removed, elisions split ("l'IA" → "l ia"), punctuation as spaces.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_CHARS = 8_000  # longer texts are assessed on their beginning: enough for any plan or draft

_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)?")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})


def _latin_table() -> dict[int, str]:
    """Accented Latin letters (U+00C0–U+017F) → their base letters, computed once."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x180):
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c))
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


_FOLD = str.maketrans({**{k: v for k, v in _APOSTROPHES.items()}, **_latin_table(), 0x2019: "'"})


def fold(text: str) -> str:
    """Lower-case and strip accents (NFKD)."""
    if not text.isascii():
        text = text.translate(_FOLD)  # French and most Latin text: one C-level pass
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text)
            text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def tokens(text: str) -> list[str]:
    """Folded word tokens; numbers keep their decimal separator ("2,5", "1.5")."""
    return _TOKEN.findall(fold(text[:MAX_CHARS]))


@dataclass(frozen=True, slots=True)
class Words:
    """A text read once per check: its folded word tokens, shared by language detection, extraction,
    the classifier's features and the disclosure hint (each would otherwise fold and split it again)."""

    text: str
    tokens: tuple[str, ...]


def read(text: str | Words) -> Words:
    """`text` with its `tokens`, computed once (a `Words` already read is returned as is)."""
    return text if isinstance(text, Words) else Words(text, tuple(tokens(text)))


def key(token: str) -> str:
    """Matching key of a token: a light plural fold ("images" → "image", "vidéos" → "video")."""
    if len(token) > 3 and token[-1] in "sx" and token[-2] not in "su":
        return token[:-1]
    return token


def keys(text: str) -> list[str]:
    return [key(t) for t in tokens(text)]


def keyset(words: str) -> frozenset[str]:
    """The keys of a space-separated word list written in a module (a lexicon kept in code)."""
    return frozenset(key(w) for w in words.split())


def clean(text: str) -> str:
    """Drop control characters (except newlines and tabs) and trim."""
    if text.isprintable():
        return text.strip()
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C").strip()
