"""Text normalisation shared by language detection, extraction and retrieval.

Everything is folded the same way on both sides (lexicon patterns and user text):
lower case, accents removed, elisions split ("l'IA" → "l ia"), punctuation as spaces.
"""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 8_000  # longer texts are assessed on their beginning: enough for any plan or draft

_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)?")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})


def fold(text: str) -> str:
    """Lower-case and strip accents (NFKD), keeping only printable characters."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def tokens(text: str) -> list[str]:
    """Folded word tokens; numbers keep their decimal separator ("2,5", "1.5")."""
    return _TOKEN.findall(fold(text[:MAX_CHARS]))


def key(token: str) -> str:
    """Matching key of a token: a light plural fold ("images" → "image", "vidéos" → "video")."""
    if len(token) > 3 and token[-1] in "sx" and token[-2] not in "su":
        return token[:-1]
    return token


def keys(text: str) -> list[str]:
    return [key(t) for t in tokens(text)]


def clean(text: str) -> str:
    """Drop control characters (except newlines and tabs) and trim."""
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C").strip()
