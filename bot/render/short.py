"""Short forms of the coach's texts, shared by every renderer: the first sentences of an advice, a cut
that never splits a word. Pure functions over plain strings."""

from __future__ import annotations

import re

# A sentence ends at . ! ? or … followed by a space and what can start a sentence.
_BOUNDARY = re.compile(r"(?<=[.!?…])\s+(?=[«\"“(\[]?[A-ZÀ-ÖØ-Þ0-9])")
# Abbreviations that end with a dot but not a sentence ("art. 50", "e.g. Midjourney", "par ex. «…»",
# "Mata v. Avianca").
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:art|e\.g|i\.e|ex|cf|p|n°|m|mr|ms|dr|vs|v|st)\.$", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """`text` split into sentences; a dot after a known abbreviation does not end one."""
    out: list[str] = []
    for part in _BOUNDARY.split(text.strip()):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] = f"{out[-1]} {part}"
        elif part:
            out.append(part)
    return out


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, at a word boundary when one is near, ending with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if not text[limit - 1].isspace() and space >= limit * 0.6:  # mid-word: back to the word's start
        cut = cut[:space]
    return cut.rstrip(" ,;:.–—-") + "…"


def lead(text: str, limit: int = 240, *, skip: str = "") -> str:
    """The first one or two sentences of `text`, at most `limit` characters (the second only when it
    fits). Sentences holding `skip` (e.g. figures said elsewhere) are left out, unless all would be."""
    parts = [s for s in sentences(text) if not skip or skip not in s] or sentences(text)
    if not parts:
        return ""
    out = parts[0]
    if len(parts) > 1 and len(out) + 1 + len(parts[1]) <= limit:
        out = f"{out} {parts[1]}"
    return clip(out, limit)


def rest(text: str, short: str) -> str:
    """What `text` says beyond `short` (its lead): the sentences after it, or all of `text` when the lead
    was cut or skipped some; "" when the lead is the whole text."""
    if short == text:
        return ""
    if text.startswith(short) and not short.endswith("…"):
        return text[len(short) :].strip()
    return text
