"""Quantities as marketers write them: "30 visuels", "5k descriptions", "une trentaine",
"on en génère 8", "3 looks par semaine", "10 a day", "un spot de 30 s", "regenerate 10 times".

Reads the folded words and where the lexicon's units, durations and periods stand in them
(found by the phrase index, see `extract`); knows nothing of tools or concepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .count_words import (
    ARTICLES,
    DOZENS,
    NOT_GENERATED,
    RANKED,
    TIME_TAKEN,
    after_making,
    bare_count,
    dozens,
    made_by_ai,
    multiplied,
    named_unit,
    retried,
    retries,
    times,
    times_per,
    year,
)
from .model import Quantity
from .per_item import (
    crew,
    each_length,
    for_each_of,
    horizon,
    lead_period,
    led,
    multiply,
    one_for_each,
    over,
    restated,
)
from .phrases import MEMO_SIZE, NUMBER

_THOUSANDS = re.compile(r"^(\d+(?:[.,]\d+)?)k$")  # "5k", "1,5k": thousands, as marketers write them
_EACH = frozenset({"chacun", "chacune"})  # "un mail perso à chacun": one per person counted
_OF = frozenset({"of", "de", "d"})


@dataclass(frozen=True)
class ReadMode:
    """How to read counts: `articles` "always" (a footprint question: "one image?") or "with_duration"
    ("un spot de 30 s" is one clip; "une illustration" is no batch); `generating`: the text is about
    making content, so a count with an unknown noun still counts."""

    articles: str
    generating: bool
    uses: bool = False  # a tool is named: "on use ChatGPT 20 times a day" is a rate of requests


class _Scan:
    """Where the units, durations and periods stand in the words."""

    def __init__(self, ks: list[str], measures: list[tuple[int, int, str]]) -> None:
        self.ks = ks
        # The longest unit starting at a word: "clip thumbnails" are images, not clips (a tie keeps the last).
        self.units: dict[int, tuple[int, str]] = {}
        for start, end, fact in measures:
            if fact.startswith("unit:") and end >= self.units.get(start, (0, ""))[0]:
                self.units[start] = (end, fact[5:])
        self.durations = {start: (end, fact[4:]) for start, end, fact in measures if fact.startswith("dur:")}
        self.periods = {start: fact[4:] for start, _, fact in measures if fact.startswith("per:")}


class QuantityReader:
    """Built once per lexicon (its number words and the words that make a number no count)."""

    def __init__(self, numbers: dict[str, float], not_counts: frozenset[str]) -> None:
        self._numbers = numbers
        self._not_counts = not_counts
        self._number_memo: dict[str, float | None] = {}

    def number(self, k: str) -> float | None:
        if k in self._number_memo:
            return self._number_memo[k]
        value = self._parse_number(k)
        if len(self._number_memo) >= MEMO_SIZE:
            self._number_memo.clear()
        self._number_memo[k] = value
        return value

    def _parse_number(self, k: str) -> float | None:
        if k[0] == "x" and k[1:].isdigit():  # "fiches produit x500"
            return float(k[1:])
        thousands = _THOUSANDS.match(k)
        if thousands:
            return float(thousands.group(1).replace(",", ".")) * 1000
        if NUMBER.match(k):
            if re.match(r"^\d{1,3},\d{3}$", k):  # "10,000" is ten thousand, not ten
                return float(k.replace(",", ""))
            return float(k.replace(",", "."))
        return self._numbers.get(k)

    def read(self, ks: list[str], measures: list[tuple[int, int, str]], mode: ReadMode) -> list[Quantity]:
        ks = one_for_each(ks, self.number)  # same length: the measures' positions still hold
        scan = _Scan(ks, measures)
        found: dict[int, Quantity] = {}
        used: set[int] = set()
        numbers = self._numbers
        lead = lead_period(ks, scan.periods, self.number)
        for i, k in enumerate(ks):
            if not k[0].isdigit() and k not in numbers and not multiplied(k):
                continue  # no number ("3", "5k", "3x", "x16") nor number word: neither a count nor a rate
            if i + 1 < len(ks) and ks[i + 1] in DOZENS:
                continue  # "two dozen": the count is read at the dozen
            n = dozens(ks, i, self.number) if k in DOZENS else self.number(k)
            if n is not None and i + 1 in scan.durations and i not in used:
                lone = self._lone_clip(ks, i, n, scan.durations, scan.units)  # "a 1-minute video": one clip
                if lone is not None:
                    found[i] = lone
                    used.update(range(i, i + 4))
                    continue
            if n is None:
                n = times(k)  # "3x a week"
                if n is None or i + 1 not in scan.periods:
                    continue
            one_each = k in ARTICLES and for_each_of(ks, i, self.number)  # "une notice pour chacun des 1 200"
            generic = k in ARTICLES and not mode.articles and not one_each
            if i in used or n <= 0 or (i + 1 in scan.durations) or generic:
                continue
            if i and (ks[i - 1] in RANKED or self._seconds_of_minutes(scan, i)):
                continue  # "top 5", "J-7"; "1 min 30": the seconds of a length, not a count
            rate_at = times_per(ks, i, scan.periods)
            if self._not_count(ks, i) or rate_at is not None:
                if mode.generating and retries(ks, i):  # "regenerate 10 times", "relancer 50 fois"
                    found[i] = Quantity(min(n, 1e6), "any", None, None, "ad")
                elif rate_at is not None and (mode.generating or mode.uses):
                    # "posts 3 times a week", "une trentaine de fois par jour": a rate, like "3x a week"
                    found[i] = Quantity(min(n, 1e6), "any", None, scan.periods[rate_at], "ad")
                continue
            before = set(used)
            q = self._with_unit(scan, i, n, used) or self._bare(scan, i, n, mode)
            # "un post par jour", "one reel a week": an article with a rate is a count
            timed = q is not None and bool(q.seconds or q.period or lead)
            counted = k not in ARTICLES or timed or (q is not None and one_each)
            if q is not None and (counted or mode.articles == "always"):
                found[i] = q
                used.add(i)
            else:  # "une vidéo de rénovation…, 30 sec": a dropped article leaves its clip to `_lone_units`
                used &= before
        found = led(found, lead)
        span = horizon(ks, self.number) if any(q.period for q in found.values()) else None
        lengths = self._lengths(scan)
        found = multiply(
            ks, found, self.number, frozenset(scan.periods), lengths, span[1] if span else frozenset()
        )
        found = crew(ks, found, self.number)
        found = over(found, span[0]) if span else restated(found, scan.periods)
        if not found and mode.generating and not _EACH.isdisjoint(ks):
            return self._one_each(scan)
        found, each = each_length(ks, found, lengths, scan.durations, scan.units)
        # "12 vidéos HeyGen … 1 min 30 chacune": a clip length already belongs to the clips counted
        media = {counted.medium for counted in found.values()}
        clips = [
            c
            for c in self._lone_units(scan, used)
            if c.medium not in media and "any" not in media and not (found and c.seconds == each)
        ]
        return [found[i] for i in sorted(found)] + clips

    def _seconds_of_minutes(self, scan: _Scan, i: int) -> bool:
        """ "1 min 30": the number after minutes is their seconds ("20 s + 25 stills" is a count)."""
        minutes = scan.durations.get(i - 1)
        return (
            minutes is not None
            and minutes[1] == "minute"
            and i > 1
            and self.number(scan.ks[i - 2]) is not None
        )

    def _lengths(self, scan: _Scan) -> dict[int, float]:
        """Seconds of each length written in the text, by the position of its number ("15 s", "2 min")."""
        return {
            p: self.length(scan.ks, p, n, scan.durations)
            for p in (d - 1 for d in scan.durations)
            # "each one's post": "one s" is no length
            if p >= 0 and scan.ks[p] not in ARTICLES and (n := self.number(scan.ks[p])) is not None
        }

    def _one_each(self, scan: _Scan) -> list[Quantity]:
        """ "nos 12 000 donateurs … ChatGPT écrit un mail perso à chacun": one of the unit named for each
        of the people counted. (English "to each of our 2,000 donors" is a count per item: `multiply`.)"""
        counts = [
            n
            for i, k in enumerate(scan.ks)
            if k[0].isdigit()
            and (n := self.number(k))
            and not (year(n) and k.isdigit())
            and i + 1 not in scan.durations
        ]
        units = [unit for _, (_, unit) in sorted(scan.units.items())]
        if not counts or not units:
            return []
        medium, _, kind = next((u for u in units if not u.startswith("any")), units[0]).partition("/")
        return [Quantity(min(max(counts), 1e6), medium, None, None, kind)]

    def _with_unit(self, scan: _Scan, i: int, n: float, used: set[int]) -> Quantity | None:
        """The count's unit, up to a few words after it ("30 visuels", "12 AI-generated videos")."""
        ks = scan.ks
        reach = 2 if ks[i] in ARTICLES else 4
        for j in range(i + 1, min(i + 1 + reach, len(ks))):
            if j in scan.units:
                if j > i + 1 and year(n) and ks[i].isdigit():
                    return None  # "in 1850s London, an ad": a year, not a count ("2,000 push…" is one)
                named = named_unit(ks, j, scan.units, self.number)
                end, unit = scan.units[named]
                medium, _, kind = unit.partition("/")
                seconds = self._seconds(ks, named, scan.durations) or self._seconds_between(
                    ks, i, j, scan.durations, used
                )
                # "10 par semaine : des résumés", then "10 résumés de nos articles par semaine"
                before = (scan.periods[p] for p in range(i + 1, j) if p in scan.periods)
                period = next(before, None) or self._period_after(scan, end)
                used.update(range(i, end))
                return Quantity(min(n, 1e6), medium, seconds, period, kind)
            if (
                self.number(ks[j]) is not None
                and (j + 1) not in scan.durations
                and not self._not_count(ks, j)
            ):
                return None  # "5 steps, 10 images": the nearer number owns the unit
        return None

    def _period_after(self, scan: _Scan, end: int) -> str | None:
        """The rate's period a few words after its unit ("10 variantes de SMS de rappel de rdv par
        semaine", "3 vidéos de 15 s par semaine"), not past another count (that one owns what follows)."""
        ks = scan.ks
        for p in range(end, min(end + 6, len(ks))):
            if p in scan.periods:
                return scan.periods[p]
            if self.number(ks[p]) is not None and p + 1 not in scan.durations:
                return None
        return None

    def _bare(self, scan: _Scan, i: int, n: float, mode: ReadMode) -> Quantity | None:
        """A count with no known unit: "3 par semaine", "on en génère 8", or, when the text is about
        generating, "25 'typical customers' with DALL·E" (its medium comes from the tool or media)."""
        if scan.ks[i] in ARTICLES or (year(n) and scan.ks[i].isdigit() and not after_making(scan.ks, i)):
            return None  # "2,000 customers": no year; "générer 2000 icebreakers": a count
        if i + 1 < len(scan.ks) and scan.ks[i + 1] in NOT_GENERATED:
            return None
        bare = bare_count(scan.ks, i, n, scan.periods)
        # "15 AI babies", "3 bébés IA": what follows the count is said to be made by AI.
        by_ai = made_by_ai(scan.ks, i)
        # "…générées sur Midjourney, une dizaine", "'seniors with tablets' x16": a count that ends the text
        last = i + 1 == len(scan.ks) and not scan.ks[i].isdigit()
        if (
            bare is None
            and (mode.generating or by_ai or retried(scan.ks, i))
            and (last or (i + 1 < len(scan.ks) and self.number(scan.ks[i + 1]) is None))
        ):
            bare = Quantity(min(n, 1e6), "any", None, None, "ad")
        return bare

    def _lone_units(self, scan: _Scan, used: set[int]) -> list[Quantity]:
        """A clip named with its length and no count: "un spot de 30 s", "Spot TV de 20 s"."""
        out = []
        clips = [
            (j, medium)
            for j, (_, unit) in scan.units.items()
            if (medium := unit.partition("/")[0]) in ("video", "voice", "music", "any")
            and not used.intersection(range(j, j + 6))
        ]
        # "un jingle … pour la pub appli, fait avec Suno, 30 s": "pub" could be anything, the jingle is
        # the one clip named for what it is, and the length further on is its length.
        # (the same clip named twice, "une voix off … une voix de synthèse", is still one clip)
        named = sorted(j for j, medium in clips if medium != "any")
        if len({medium for _, medium in clips if medium != "any"}) == 1:
            named = named[:1]
        for j, medium in clips:
            seconds = self._seconds(scan.ks, j, scan.durations)
            if seconds is None and named == [j]:
                # "un morceau avec Udio façon Stromae, 30 secondes": the one clip, its length further on
                seconds = self._seconds(scan.ks, j, scan.durations, reach=len(scan.ks), far=True)
            # "une vidéo Sora de 20 s" is that one clip; "10 videos of 20 s" were counted already
            if seconds and (j == 0 or scan.ks[j - 1] in ARTICLES or self.number(scan.ks[j - 1]) is None):
                out.append(Quantity(1.0, "video" if medium == "any" else medium, seconds))
        return out

    def _lone_clip(
        self,
        ks: list[str],
        i: int,
        n: float,
        durations: dict[int, tuple[int, str]],
        units: dict[int, tuple[int, str]],
    ) -> Quantity | None:
        """A duration right before a video or audio unit, with no count before it: one such clip."""
        if i > 0 and self.number(ks[i - 1]) is not None and ks[i - 1] not in ARTICLES:
            return None  # "10 15-second videos": the count comes first, handled as a quantity
        after = durations[i + 1][0]
        # "2 min de voix off"; "2 min of ElevenLabs voiceover", "2 min of AI voice-over": a tool or
        # "AI" may stand between "of" and the clip
        reach = 4 if after < len(ks) and ks[after] in _OF else 2
        for j in range(after, min(after + reach, len(ks))):
            medium = units.get(j, (0, ""))[1].partition("/")[0]
            if medium in ("video", "voice", "music", "any"):  # "a 15-second ad" is a clip
                medium = "video" if medium == "any" else medium
                return Quantity(1.0, medium, self.length(ks, i, n, durations))
        return None

    def length(self, ks: list[str], p: int, n: float, durations: dict[int, tuple[int, str]]) -> float:
        """Seconds of the length written at `p`: "30 s", "2 min", "1 min 30"."""
        if durations[p + 1][1] != "minute":
            return n
        after = self.number(ks[p + 2]) if p + 2 < len(ks) else None
        return n * 60.0 + (after if after is not None and after < 60 else 0.0)

    def _not_count(self, ks: list[str], i: int) -> bool:
        return i + 1 < len(ks) and ks[i + 1] in self._not_counts

    def _seconds_between(
        self, ks: list[str], i: int, j: int, durations: dict[int, tuple[int, str]], used: set[int]
    ) -> float | None:
        """ "10 15-second videos": a duration between the count and the unit."""
        for p in range(i + 1, j):
            n = self.number(ks[p])
            if n is not None and p + 1 in durations:
                used.add(p)
                return self.length(ks, p, n, durations)
        return None

    def _seconds(
        self,
        ks: list[str],
        unit_at: int,
        durations: dict[int, tuple[int, str]],
        reach: int = 4,
        far: bool = False,
    ) -> float | None:
        """ "vidéos de 15 secondes", "a video of 30 seconds", "clips (20 s)": a duration just after."""
        for p in range(unit_at + 1, min(unit_at + 1 + reach, len(ks) - 1)):
            n = self.number(ks[p])
            if n is not None and p + 1 in durations and not (far and ks[p - 1] in TIME_TAKEN):
                return self.length(ks, p, n, durations)
        return None
