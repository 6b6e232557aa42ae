"""Punctuation spacing by language: French puts a narrow no-break space before ; : ? ! and inside
« », English puts none. Applied once to the catalogue's French strings when it loads (no cost per
answer); `french_spacing_in` finds the French habit in English text (for tests and lint).
"""

from __future__ import annotations

import re

NNBSP = "\u202f"  # narrow no-break space: never a line break between a word and its ? or :
_BEFORE = re.compile(r"[ \u00a0\u202f]+([;:?!»])")
_AFTER = re.compile(r"«[ \u00a0\u202f]*")
_BARE = re.compile(r"(?<=[\w)*_`])([;?!»])(?=\s|$)")  # "prêt?" → "prêt ?"; not "https://" nor ":"
_ENGLISH_WRONG = re.compile(r"(?<=\S)[ \u00a0\u202f]+[;:?!](?=\s|$|[*_`)])")


def french(text: str) -> str:
    """`text` with French spacing: a narrow no-break space before ; : ? ! » and after «."""
    text = _BEFORE.sub(NNBSP + r"\1", text)
    text = _AFTER.sub("«" + NNBSP, text)
    return _BARE.sub(NNBSP + r"\1", text)


def for_language(text: str, lang: str) -> str:
    return french(text) if lang == "fr" else text


def french_spacing_in(text: str) -> list[str]:
    """Places where English text has a space before ; : ? ! (with a little context), for checks."""
    return [text[max(m.start() - 12, 0) : m.end() + 2] for m in _ENGLISH_WRONG.finditer(text)]


def colon(lang: str) -> str:
    """The colon after a label: "Tools:" / "Outils :" (narrow no-break space in French)."""
    return NNBSP + ":" if lang == "fr" else ":"
