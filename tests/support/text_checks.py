"""Checks on rendered text shared by the digest and answer tests: valid mrkdwn bold spans, no French
punctuation spacing in English, brand names in their own casing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from bot.coach.typography import french_spacing_in

_CODE = re.compile(r"`[^`]*`")
_LINK = re.compile(r"<[^<>|]+\|([^<>]*)>|<[^<>]+>")
_LETTERS = re.compile(r"\w")


def mrkdwn_problems(text: str) -> list[str]:
    """Bold spans that Slack would show as literal asterisks or that say nothing.

    Per line (a `*…*` span never crosses lines), outside code spans and link targets: an even number
    of `*`; an opening `*` not followed by a space and a closing one not preceded by one; a span with
    at least one letter (`*💡*` is decoration where a label was expected)."""
    problems: list[str] = []
    for line in _LINK.sub(lambda m: m.group(1) or "", _CODE.sub("", text)).splitlines():
        stars = [i for i, ch in enumerate(line) if ch == "*"]
        if len(stars) % 2:
            problems.append(f"unbalanced *: {line!r}")
            continue
        for start, end in zip(stars[::2], stars[1::2], strict=True):
            inner = line[start + 1 : end]
            if not inner.strip() or inner != inner.strip():
                problems.append(f"space-padded *: {line!r}")
            elif not _LETTERS.search(inner):
                problems.append(f"bold without words: {line!r}")
    return problems


def texts_of(node: Any) -> Iterator[str]:
    """Every `text` string in a Block Kit / Adaptive Card tree (mrkdwn, plain_text and TextRun alike)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "text" and isinstance(value, str):
                yield value
            else:
                yield from texts_of(value)
    elif isinstance(node, list):
        for item in node:
            yield from texts_of(item)


def english_problems(texts: Iterable[str], brands: Iterable[str]) -> list[str]:
    """French spacing (" : ", " ?") and lower-cased brand names ("chatgpt") in English text.

    Commands in code spans (`/ai-check log midjourney 12 images`) are what people type: not checked."""
    lowered = [b for b in brands if b.lower() != b]
    problems: list[str] = []
    for text in texts:
        plain = _CODE.sub("CODE", text)
        problems += [f"French spacing: {x!r}" for x in french_spacing_in(plain)]
        for brand in lowered:
            for m in re.finditer(rf"(?<![\w/.-]){re.escape(brand)}(?![\w.-])", plain, re.IGNORECASE):
                if m.group(0) != brand and m.group(0).lower() == brand.lower():
                    problems.append(f"brand casing: {m.group(0)!r} for {brand!r} in {plain[:80]!r}")
    return problems
