"""Counts given per item: "8 variantes par produit … 60 produits" is 480 images, not 8 + 60.

Marketers plan in rates ("5 images per post, 12 posts a month", "3 posts a week for each of our
4 VPs"); reading the two numbers as two batches under-counts by an order of magnitude.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .model import Quantity
from .text import key

REACH = 12  # words after a count where "per …" may stand ("10 SMS de rappel par semaine et par clinique")
# "par clinique (on en a 12)", "per store (we have 40)": the count of the items, said right after them
_SAID_AFTER = frozenset(
    key(w) for w in ["on", "en", "a", "nous", "avons", "we", "have", "there", "are", "soit"]
)
_PER = frozenset({"par", "per", "chaque", "each", "pour chaque", *(key(w) for w in ("chacun", "chacune"))})
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
    taken: frozenset[int] = frozenset(),
) -> dict[int, Quantity]:
    """The quantities by word position, each count per item multiplied by the count of those items.

    A rate per period ("3 par semaine") is not multiplied: it stays a rate, carried over the horizon
    the text names by `over`. A length after "each" ("20 hooks, each a 15 s clip") is the length of
    each item (`lengths`: seconds by word position).
    """
    out = dict(at)
    for i, q in at.items():
        found = _items(ks, i, number, periods, frozenset(lengths))
        if found is None or found[0] in taken:
            continue  # "3 vidéos par semaine pendant 10 semaines": a horizon, not items (`over`)
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


def _items(
    ks: list[str], i: int, number: Number, periods: frozenset[int], lengths: frozenset[int] = frozenset()
) -> tuple[int, float] | None:
    """Where the items stand and how many there are, if the count at `i` is per item."""
    for p in range(i + 1, min(i + REACH, len(ks) - 1)):
        if number(ks[p]) is not None:
            return None  # another count: what follows is its own
        if ks[p] not in _PER or p in periods or p + 1 in periods:  # "par semaine": a rate, not items
            continue
        if p - 2 in lengths or p - 1 in lengths:
            return None  # "4 clips (~20 s each) … 40 thumbnails": the length of each, not per item
        after = [(k, ks[k]) for k in range(p + 1, min(p + 5, len(ks))) if ks[k] not in _SKIP][:2]
        if after and (n := number(after[0][1])) is not None:  # "for each of our 4 VPs"
            return after[0][0], n
        if (said := _said_after(ks, p + 2, number)) is not None:
            return said
        nouns = {w for _, w in after}
        for j, k in enumerate(ks):
            if j != i and set(ks[j + 1 : j + 3]) & nouns:
                n = number(k)
                if n is not None and n > 1:
                    return j, n
        return None
    return None


def for_each_of(ks: list[str], i: int, number: Number) -> bool:
    """ "une notice pour chacun des 1 200 fonds", "a caption for each of our 300 products": the article
    before the unit is a count of one per item, which `multiply` scales."""
    for p in range(i + 2, min(i + 6, len(ks) - 1)):
        if number(ks[p]) is not None:
            return False
        if ks[p] in _PER:
            after = [k for k in ks[p + 1 : p + 5] if k not in _SKIP][:1]
            return bool(after) and (n := number(after[0])) is not None and n > 1
    return False


_A = frozenset({"a", "an"})


def one_for_each(ks: list[str], number: Number) -> list[str]:
    """ "a caption for each of our 300 products": English "a" is one only before "for each of N"
    (elsewhere it is no count: "3 posts a week"), so it is read as "one" there."""
    if _A.isdisjoint(ks):
        return ks
    return [
        # "3 posts a week for each of our 4 VPs": "a week" is a rate's period (`_SPANS`), not one post
        "one" if k in _A and i + 1 < len(ks) and ks[i + 1] not in _SPANS and for_each_of(ks, i, number) else k
        for i, k in enumerate(ks)
    ]


def _said_after(ks: list[str], start: int, number: Number) -> tuple[int, float] | None:
    """A count of the items said right after them: "par clinique (on en a 12)", "per store, we have 40"."""
    for k in range(start, min(start + 5, len(ks))):
        n = number(ks[k])
        if n is not None:
            return (k, n) if n > 1 and k > start else None
        if ks[k] not in _SAID_AFTER:
            return None
    return None


# A rate's period and a horizon's unit, in days: "3 reels par semaine pendant 2 mois" is 3 × 8.7.
_MONTHS = frozenset(  # as matching keys: "mars" is read "mar"
    key(month)
    for month in (
        *("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre"),
        *("octobre", "novembre", "decembre", "january", "february", "march", "april", "may", "june"),
        *("july", "august", "september", "october", "november", "december"),
    )
)
_QUARTERS = frozenset(("q1", "q2", "q3", "q4"))
_SPANS = {
    **dict.fromkeys(("jour", "day"), 1.0),
    **dict.fromkeys(("semaine", "week"), 7.0),
    **dict.fromkeys(("moi", "mois", "month"), 30.0),
    **dict.fromkeys(("trimestre", "quarter"), 365 / 4),
    **dict.fromkeys(("semestre",), 365 / 2),
    **dict.fromkeys(("an", "ans", "annee", "année", "year"), 365.0),
    **dict.fromkeys(_MONTHS, 30.0),  # "for the whole of March", "pendant tout juillet"
    **dict.fromkeys(_QUARTERS, 365 / 4),  # "15 a day for Q1"
}
_DAYS = {period: _SPANS[period] for period in ("day", "week", "month", "year")}  # a rate's period
# "pendant 6 mois", "for the whole quarter", "sur l'année", "over a year", "toute l'année", "all year"
_LEADS = frozenset(
    {"pendant", "durant", "for", "over", "sur", "during", "across", "throughout", "toute", "all"}
    | {"pour", "tout", "through"}
)
# "en mars", "in Q1": a calendar span only ("en semaine" is "on weekdays", not a horizon)
_CALENDAR_LEADS = frozenset({"en", "in"})
_BETWEEN = frozenset(
    {"l", "la", "le", "les", "the", "un", "une", "a", "one", "whole", "entire", "toute", "tout", "next"}
    | {"of", "de", "du"}
    | {"prochain", "prochaine", "prochains", "full", "complete", "entier", "entière", "entiere"}
)


def lead_period(ks: list[str], periods: dict[int, str], number: Number) -> str | None:
    """A rate said before any count ("every morning for a month, 3 post ideas", "chaque matin pendant
    3 mois un prompt"): the period of every count after it. None when a number comes first."""
    if not periods:
        return None
    first = min(periods)
    if any(number(k) is not None for k in ks[:first]):
        return None
    return periods[first]


def led(at: dict[int, Quantity], period: str | None) -> dict[int, Quantity]:
    """Counts given a leading rate's period, unless one already has its own ("3 par semaine")."""
    if period is None or any(q.period for q in at.values()):
        return at
    return {i: replace(q, period=period) for i, q in at.items()}


def over(at: dict[int, Quantity], days: float) -> dict[int, Quantity]:
    """Rates carried over a horizon of `days`: "3 reels par semaine sur l'année" is 156 reels,
    "30 requêtes par jour… sur une année" 10,950 (a year is 365 days, a month 30)."""
    out = {}
    for i, q in at.items():
        per = _DAYS.get(q.period or "")
        if per is not None and days > per:
            q = replace(q, count=min(float(round(q.count * days / per)), 1e6), period=None)
        out[i] = q
    return out


def restated(at: dict[int, Quantity], periods: dict[int, str]) -> dict[int, Quantity]:
    """Rates restated over the period a question ends on: "~50 times a day… rough energy per month?"
    is 1,500 a month; "20 fois par jour, combien de CO2 par an ?" 7,300 a year."""
    if not at or not periods:
        return at
    last = max(periods)
    asked = _DAYS.get(periods[last])
    if asked is None or last <= max(at) + 3:
        return at  # "3 vidéos par semaine et 10 images par mois": each count keeps its own period
    out = {}
    for i, q in at.items():
        per = _DAYS.get(q.period or "")
        if per is not None and asked > per:
            q = replace(q, count=min(float(round(q.count * asked / per)), 1e6), period=periods[last])
        out[i] = q
    return out


def horizon(ks: list[str], number: Number) -> tuple[float, frozenset[int]] | None:
    """The days in the first horizon written ("pendant 6 mois": 180) and the positions of its words,
    which are no items to multiply by (`multiply`)."""
    for i, k in enumerate(ks):
        if k not in _LEADS and k not in _CALENDAR_LEADS:
            continue
        p, n = i + 1, 1.0
        while p < len(ks) and ks[p] in _BETWEEN:
            p += 1
        if p < len(ks) and ks[p] not in _SPANS and (count := number(ks[p])) is not None:
            p, n = p + 1, count
        calendar = p < len(ks) and (ks[p] in _MONTHS or ks[p] in _QUARTERS)
        if p < len(ks) and ks[p] in _SPANS and n <= 60 and (calendar or k in _LEADS):
            return n * _SPANS[ks[p]], frozenset(range(i, p + 1))
    return None


_EACH_AFTER = frozenset({"chacun", "chacune", "each", "apiece"})
# People who each use the tool at a rate: "25 support agents each using Copilot ~50 times a day".
_CREW = frozenset(
    key(w)
    for w in (
        *("people", "personnes", "agents", "designers", "employees", "salaries", "collaborateurs"),
        *("commerciaux", "users", "utilisateurs", "members", "membres", "marketers", "writers"),
        *("redacteurs", "vendeurs", "vendeuses", "conseillers", "advisers", "advisors", "recruiters"),
        *("recruteurs", "staff", "colleagues", "collegues", "managers", "reps", "editors", "journalistes"),
        *("journalists", "teammates", "graphistes", "creatives", "creatifs", "copywriters", "concepteurs"),
    )
)
_PER_HEAD = ("par personne", "per person", "per head", "par tete", "per user", "par utilisateur")


def crew(ks: list[str], at: dict[int, Quantity], number: Number) -> dict[int, Quantity]:
    """A rate each person keeps, times the people: "25 support agents each using Copilot ~50 times a
    day" is 1,250 requests a day; "chacun des 15 commerciaux… 30 fois par jour" 450. Only with "each"
    (or "per person"): "our 3 designers make 40 images a week" may be the team's total."""
    rates = sorted(j for j, q in at.items() if q.period)
    if not rates:
        return at
    for i, k in enumerate(ks[: rates[0]]):
        n = number(k)
        if n is None or not 1 < n <= 10_000 or _CREW.isdisjoint(ks[i + 1 : i + 4]):
            continue
        around = ks[max(0, i - 3) : rates[0] + 6]
        said = " ".join(around)
        if _EACH_AFTER.isdisjoint(around) and not any(p in said for p in _PER_HEAD):
            continue
        out = {j: q for j, q in at.items() if j != i}  # the people are no batch of their own
        rate = out[rates[0]]
        out[rates[0]] = replace(rate, count=min(rate.count * n, 1e6))
        return out
    return at


def each_length(
    ks: list[str],
    at: dict[int, Quantity],
    lengths: dict[int, float],
    durations: dict[int, tuple[int, str]],
    units: dict[int, tuple[int, str]],
) -> tuple[dict[int, Quantity], float | None]:
    """ "2 versions de la voix off de la pub radio, 30 s chacune": a length followed by "each" is
    every counted clip's length. Returns the quantities and that length when a clip took it (so it
    is no clip of its own)."""
    each = next(
        (s for p, s in lengths.items() if (end := durations[p + 1][0]) < len(ks) and ks[end] in _EACH_AFTER),
        None,
    )
    if each is None:
        return at, None
    # the sound for "40 videos… with an ElevenLabs voice, 90 s each" is what is made, not video
    sound = any(unit.partition("/")[0] in ("voice", "music") for _, unit in units.values())
    out = {
        i: replace(q, seconds=each)
        if q.seconds is None and (q.medium in ("voice", "music") or (q.medium == "video" and not sound))
        else q
        for i, q in at.items()
    }
    return out, each if any(q.seconds == each for q in out.values()) else None


def merged_lengths(quantities: list[Quantity], sounds: list[bool]) -> list[Quantity]:
    """ "40 help-center videos with an ElevenLabs voice, about 90 seconds each", once the videos are
    read as voices (`sounds`: which were): the lone 90 s voice clip read beside them is their length,
    not one more clip."""
    out, sounds = list(quantities), list(sounds)  # the caller's lists stay as they are
    for lone in [q for q in quantities if q.count == 1 and q.seconds and q.period is None]:
        same = (
            q
            for q, s in zip(out, sounds, strict=False)
            if s and q.seconds is None and q.medium == lone.medium
        )
        target = next(same, None)
        if target is not None:
            at = out.index(target)
            out[at] = replace(target, seconds=lone.seconds)
            gone = out.index(lone)
            del out[gone], sounds[gone]
    return out
