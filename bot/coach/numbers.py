"""Numbers as a marketer reads them: two significant figures, ranges, the language's decimal mark."""

from __future__ import annotations

from functools import lru_cache

from .model import Range


def num(value: float, lang: str = "en", digits: int = 3) -> str:
    """`digits` significant figures (2 for equivalents: they are orders of magnitude)."""
    if value == 0:
        return "0"
    if abs(value) >= 10 ** max(digits - 1, 2):
        text = f"{value:,.0f}"
        return text.replace(",", "\u202f") if lang == "fr" else text
    text = f"{value:.{digits}g}" if abs(value) >= 0.1 else f"{value:.2g}"
    if "e" in text:
        text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "fr" else text


@lru_cache(maxsize=8192)  # the same figures are formatted for the finding, the answer line and the view
def span(r: Range, lang: str = "en", digits: int = 3) -> str:
    low, high = num(r.low, lang, digits), num(r.high, lang, digits)
    return low if low == high else f"{low}–{high}"


def energy(r: Range, lang: str = "en") -> str:
    """Energy range with a unit that keeps the numbers short (Wh or kWh)."""
    if r.low >= 1000:
        return f"{span(r.scale(0.001), lang)} kWh"
    return f"{span(r, lang)} Wh"


def mass(r: Range, lang: str = "en") -> str:
    if r.low >= 1000:
        return f"{span(r.scale(0.001), lang)} kg CO2e"
    return f"{span(r, lang)} g CO2e"


def volume(r: Range, lang: str = "en") -> str:
    if r.high < 1:
        return f"{span(r.scale(1000), lang)} mL"
    return f"{span(r, lang)} L"
