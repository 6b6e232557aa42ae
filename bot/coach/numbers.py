"""Numbers as a marketer reads them: significant figures, ranges and units in the locale's own forms.

The forms come from CLDR through Babel: the decimal mark (1.5 / 1,5), the thousands separator
(2,600 / 2 600 with a narrow no-break space), the space (or none) between a number and its unit,
the unit's short symbol and the percent sign (60% / 60 %). CLDR has no watt-hour, so Wh takes the
kilowatt-hour's pattern; litres keep the SI "L" in French too (CLDR's "l" looks like a 1). A range
is "low–high" (CLDR's range pattern, an en dash, in both languages) with the unit once, after it.
Only the rounding is ours: orders of magnitude (two or three significant figures), because every
figure here is an estimate.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from babel.core import Locale
from babel.numbers import format_decimal, format_percent
from babel.units import format_unit

from .model import Range

RANGE = "{0}–{1}"  # CLDR miscPatterns/range for en and fr
_PATTERN = "#,##0.##########"  # grouping, and every significant decimal the rounding kept


def _locale(lang: str) -> str:
    return "fr" if lang == "fr" else "en"


def _rounded(value: float, digits: int) -> Decimal:
    if digits <= 2 and abs(value) >= 100:  # an order of magnitude: 227 → 230, 1,150 → 1,200
        return Decimal(f"{value:.{digits - 1}e}").quantize(Decimal(1))
    if abs(value) >= 10 ** max(digits - 1, 2):
        return Decimal(round(value))
    return Decimal(f"{value:.{digits if abs(value) >= 0.1 else 2}g}")


def num(value: float, lang: str = "en", digits: int = 3) -> str:
    """`value` to `digits` significant figures (2 for equivalents: they are orders of magnitude);
    with 3 or more, whole numbers from 100 (or 10**(digits-1)) up; grouped by thousands."""
    if value == 0:
        return "0"
    return _formatted(_rounded(value, digits), _locale(lang))


@lru_cache(maxsize=8192)  # keyed by the rounded figure: few distinct ones, and Babel is slow to format
def _formatted(value: Decimal, locale: str) -> str:
    return format_decimal(value, format=_PATTERN, locale=locale)


def count(value: int, lang: str = "en") -> str:
    """A count, exact and grouped by thousands ("2,600" / "2 600")."""
    return format_decimal(value, format="#,##0", locale=_locale(lang))


def signed(value: int, lang: str = "en") -> str:
    """A change, signed and grouped ("+2,600", "−40"), with CLDR's plus and minus signs."""
    text = format_decimal(value, format="+#,##0;-#,##0", locale=_locale(lang))
    return text.replace("-", "\u2212")  # a real minus sign: a hyphen reads as a dash


def percent(share: float, lang: str = "en") -> str:
    """A share of 0–1 as a whole percentage ("81%" / "81 %")."""
    return format_percent(round(share, 2), locale=_locale(lang))  # the locale's pattern: 81 % in French


@lru_cache(maxsize=64)
def plural(n: float, lang: str = "en") -> str:
    """CLDR's plural category of `n` ("one" or "other" here): French 0 and 1 are "one", English 1 only."""
    return str(Locale.parse(_locale(lang)).plural_form(n))


@lru_cache(maxsize=8192)  # the same figures are formatted for the finding, the answer line and the view
def span(r: Range, lang: str = "en", digits: int = 3) -> str:
    low, high = num(r.low, lang, digits), num(r.high, lang, digits)
    return low if low == high else RANGE.format(low, high)


@lru_cache(maxsize=8192)  # Babel parses the locale and looks the pattern up on every call
def unit(figure: str, cldr_unit: str, lang: str, symbol: str | None = None) -> str:
    """An already formatted figure or range with a CLDR unit's short form and its spacing; `symbol`
    replaces the unit's symbol (Wh, which CLDR lacks, is written like kWh)."""
    text = format_unit(figure, cldr_unit, length="short", locale=_locale(lang))
    if symbol is None or not text.startswith(figure):
        return text
    rest = text[len(figure) :]
    return figure + rest[: len(rest) - len(rest.lstrip())] + symbol


def energy(r: Range, lang: str = "en") -> str:
    """Energy range with a unit that keeps the numbers short (Wh or kWh)."""
    if r.low >= 1000:
        return unit(span(r.scale(0.001), lang), "energy-kilowatt-hour", lang)
    return unit(span(r, lang), "energy-kilowatt-hour", lang, symbol="Wh")


def mass(r: Range, lang: str = "en") -> str:
    if r.low >= 1000:
        return unit(span(r.scale(0.001), lang), "mass-kilogram", lang) + " CO2e"
    return unit(span(r, lang), "mass-gram", lang) + " CO2e"


def volume(r: Range, lang: str = "en") -> str:
    """Litres as L and mL in both languages (CLDR's French "l" reads as a 1 after a range: "1–2 l")."""
    if r.high < 1:
        return unit(span(r.scale(1000), lang), "volume-milliliter", lang, symbol="mL")
    return unit(span(r, lang), "volume-liter", lang, symbol="L")
