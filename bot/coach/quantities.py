"""Quantities as marketers write them: "30 visuels", "5k descriptions", "une trentaine",
"on en génère 8", "3 looks par semaine", "10 a day", "un spot de 30 s", "regenerate 10 times".

Reads the folded words and where the lexicon's units, durations and periods stand in them
(found by the phrase index, see `extract`); knows nothing of tools or concepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Quantity
from .per_item import multiply
from .phrases import MEMO_SIZE, NUMBER

_THOUSANDS = re.compile(r"^(\d+(?:[.,]\d+)?)k$")  # "5k", "1,5k": thousands, as marketers write them
ARTICLES = frozenset({"un", "une", "one"})  # "une vidéo de 30 secondes": 1 video
_AI_WORDS = frozenset({"ai", "ia", "genai"})
# "top 10 AI tools", "5 AI trends": things about AI, not things AI makes (word keys: plurals folded).
_NOT_MADE = frozenset(
    {"tool", "outil", "app", "application", "platform", "plateforme", "feature", "fonctionnalite", "trend"}
    | {"tendance", "tip", "astuce", "use", "usage", "case", "cas", "course", "formation", "company"}
    | {"entreprise", "startup", "agency", "agence", "policy", "rule", "regle", "question", "law", "loi"}
    | {"act", "model", "modele", "assistant", "agent", "chatbot", "bot", "project", "projet", "expert"}
)

# "top 5", "les années 60", "No. 1", "n°1", "$500", "J-7": a rank, a decade, a price or a countdown day.
_RANKED = frozenset({"top", "annee", "no", "n", "numero", "number", "dollar", "pound", "euro", "j"})
# A bare count ("we get 150 a month", "to our 12k members") of things no model makes: people, places,
# orders, words. Only for counts without a unit: "30 customer testimonials" keeps its unit.
_NOT_GENERATED = frozenset(
    {"customer", "client", "member", "membre", "sub", "subscriber", "abonne", "user", "utilisateur"}
    | {"visitor", "visiteur", "fan", "student", "etudiant", "employee", "salarie", "collaborateur"}
    | {"participant", "entry", "entrie", "inscrit", "candidature", "application", "people", "personne"}
    | {"branch", "branche", "succursale", "entitie", "entite", "countrie", "pays", "market", "marche"}
    | {"citie", "city", "ville", "entity", "country"}
    | {"store", "magasin", "boutique", "shop", "site", "order", "commande", "place", "seat", "exemplaire"}
    | {"word", "mot", "sentence", "phrase", "line", "ligne", "page", "slide", "step", "etape", "yo", "ans"}
)

_HAVING = frozenset(
    {"a", "ai", "as", "avon", "avez", "ont", "recoit", "recoi", "recevon", "compte", "reste"}
    | {"have", "ha", "has", "got", "own"}
)


@dataclass(frozen=True)
class ReadMode:
    """How to read counts: `articles` "always" (a footprint question: "one image?") or "with_duration"
    ("un spot de 30 s" is one clip; "une illustration" is no batch); `generating`: the text is about
    making content, so a count with an unknown noun still counts."""

    articles: str
    generating: bool


class _Scan:
    """Where the units, durations and periods stand in the words."""

    def __init__(self, ks: list[str], measures: list[tuple[int, int, str]]) -> None:
        self.ks = ks
        self.units = {start: (end, fact[5:]) for start, end, fact in measures if fact.startswith("unit:")}
        self.durations = {start: (end, fact[4:]) for start, end, fact in measures if fact.startswith("dur:")}
        self.periods = {start: fact[4:] for start, _, fact in measures if fact.startswith("per:")}


_RETRY_VERBS = (
    "regener",
    "reformul",
    "relanc",
    "gener",
    "rewrit",
    "reecri",
    "retry",
    "reroll",
    "redo",
    "refai",
    "rerun",  # "re-running the prompt 30 times" reads "re running": "running" is caught below
)


def _retries(ks: list[str], i: int) -> bool:
    return (
        i + 1 < len(ks)
        and ks[i + 1] in ("foi", "fois", "time")  # keys: "fois" folds to "foi"
        and any(
            w.startswith(_RETRY_VERBS) or (w == "running" and ks[j - 1] == "re")
            for j, w in enumerate(ks[max(0, i - 6) : i + 4], max(0, i - 6))
        )
    )


def _made_by_ai(ks: list[str], i: int) -> bool:
    """ "15 AI babies", "6 avatars IA", "huitante portraits IA": what the count counts is made by AI."""
    if i + 1 < len(ks) and ks[i + 1] in _AI_WORDS:
        return i + 2 >= len(ks) or ks[i + 2] not in _NOT_MADE
    return i + 2 < len(ks) and ks[i + 2] in _AI_WORDS and ks[i + 1] not in _NOT_MADE


_MAKING = ("gener", "cre", "ecri", "redig", "writ", "produi", "produc", "draft", "sort")


def _after_making(ks: list[str], i: int) -> bool:
    """ "générer 2000 icebreakers", "write 2000 intros": right after a verb of making, a count, not a year."""
    return i > 0 and ks[i - 1].startswith(_MAKING)


def _multiplied(k: str) -> bool:
    """ "x16", "x500": a count written as a multiplier after what is counted."""
    return len(k) > 1 and k[0] == "x" and k[1:].isdigit()


def _year(n: float) -> bool:
    return 1800 <= n <= 2100 and n == int(n)


def _times(k: str) -> float | None:
    return float(k[:-1]) if len(k) > 1 and k[-1] == "x" and k[:-1].isdigit() else None


def _bare_count(ks: list[str], i: int, n: float, periods: dict[int, str]) -> Quantity | None:
    """A count with no unit that still counts generations: "3 par semaine", "10 a day", "on en génère 8".

    Its medium comes from the tool or the media named elsewhere (resolved like "50 ads").
    """
    period = next((periods[p] for p in (i + 1, i + 2) if p in periods), None)
    if 1900 <= n <= 2100:
        return None  # a year, not a count
    # "on en génère 8", "on en a fait 6": the count of what was just named ("en" two or three words back)
    # …but "il y en a 150", "on en reçoit 200" count what exists, not what is made.
    made = ks[i - 1] not in _HAVING if i else True
    # "we'll publish 300 of them": the same, in English
    them = ks[i + 1 : i + 3] == ["of", "them"]
    if period is not None or (made and ("en" in ks[max(0, i - 3) : i - 1] or them)):
        return Quantity(min(n, 1e6), "any", None, period, "ad")
    return None


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
        scan = _Scan(ks, measures)
        found: dict[int, Quantity] = {}
        used: set[int] = set()
        numbers = self._numbers
        for i, k in enumerate(ks):
            if not k[0].isdigit() and k not in numbers and not _multiplied(k):
                continue  # no number ("3", "5k", "3x", "x16") nor number word: neither a count nor a rate
            n = self.number(k)
            if n is not None and i + 1 in scan.durations and i not in used:
                lone = self._lone_clip(ks, i, n, scan.durations, scan.units)  # "a 1-minute video": one clip
                if lone is not None:
                    found[i] = lone
                    used.update(range(i, i + 4))
                    continue
            if n is None:
                n = _times(k)  # "3x a week"
                if n is None or i + 1 not in scan.periods:
                    continue
            if i in used or n <= 0 or (i + 1 in scan.durations) or (k in ARTICLES and not mode.articles):
                continue
            if i and ks[i - 1] in _RANKED:
                continue
            if self._not_count(ks, i):
                if mode.generating and _retries(ks, i):  # "regenerate 10 times", "relancer 50 fois"
                    found[i] = Quantity(min(n, 1e6), "any", None, None, "ad")
                continue
            q = self._with_unit(scan, i, n, used) or self._bare(scan, i, n, mode)
            if q is not None and (k not in ARTICLES or q.seconds or mode.articles == "always"):
                found[i] = q
                used.add(i)
        found = multiply(ks, found, self.number, frozenset(scan.periods))
        return [found[i] for i in sorted(found)] + self._lone_units(scan, used)

    def _with_unit(self, scan: _Scan, i: int, n: float, used: set[int]) -> Quantity | None:
        """The count's unit, up to a few words after it ("30 visuels", "12 AI-generated videos")."""
        ks = scan.ks
        reach = 2 if ks[i] in ARTICLES else 4
        for j in range(i + 1, min(i + 1 + reach, len(ks))):
            if j in scan.units:
                if j > i + 1 and _year(n) and ks[i].isdigit():
                    return None  # "in 1850s London, an ad": a year, not a count ("2,000 push…" is one)
                end, unit = scan.units[j]
                medium, _, kind = unit.partition("/")
                seconds = self._seconds(ks, j, scan.durations) or self._seconds_between(
                    ks, i, j, scan.durations, used
                )
                period = next(
                    (scan.periods[p] for p in range(end, min(end + 4, len(ks))) if p in scan.periods), None
                )
                used.update(range(i, end))
                return Quantity(min(n, 1e6), medium, seconds, period, kind)
            if (
                self.number(ks[j]) is not None
                and (j + 1) not in scan.durations
                and not self._not_count(ks, j)
            ):
                return None  # "5 steps, 10 images": the nearer number owns the unit
        return None

    def _bare(self, scan: _Scan, i: int, n: float, mode: ReadMode) -> Quantity | None:
        """A count with no known unit: "3 par semaine", "on en génère 8", or, when the text is about
        generating, "25 'typical customers' with DALL·E" (its medium comes from the tool or media)."""
        if scan.ks[i] in ARTICLES or (_year(n) and scan.ks[i].isdigit() and not _after_making(scan.ks, i)):
            return None  # "2,000 customers": no year; "générer 2000 icebreakers": a count
        if i + 1 < len(scan.ks) and scan.ks[i + 1] in _NOT_GENERATED:
            return None
        bare = _bare_count(scan.ks, i, n, scan.periods)
        # "15 AI babies", "3 bébés IA": what follows the count is said to be made by AI.
        made_by_ai = _made_by_ai(scan.ks, i)
        # "…générées sur Midjourney, une dizaine", "'seniors with tablets' x16": a count that ends the text
        last = i + 1 == len(scan.ks) and not scan.ks[i].isdigit()
        if (
            bare is None
            and (mode.generating or made_by_ai)
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
        for j, medium in clips:
            seconds = self._seconds(scan.ks, j, scan.durations)
            if seconds is None and len(clips) == 1 and medium != "any":
                # "un morceau avec Udio façon Stromae, 30 secondes": the one clip, its length further on
                seconds = self._seconds(scan.ks, j, scan.durations, reach=len(scan.ks))
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
        for j in range(after, min(after + 2, len(ks))):
            medium = units.get(j, (0, ""))[1].partition("/")[0]
            if medium in ("video", "voice", "music", "any"):  # "a 15-second ad" is a clip
                medium = "video" if medium == "any" else medium
                return Quantity(1.0, medium, n * (60.0 if durations[i + 1][1] == "minute" else 1.0))
        return None

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
                return n * (60.0 if durations[p + 1][1] == "minute" else 1.0)
        return None

    def _seconds(
        self, ks: list[str], unit_at: int, durations: dict[int, tuple[int, str]], reach: int = 4
    ) -> float | None:
        """ "vidéos de 15 secondes", "a video of 30 seconds", "clips (20 s)": a duration just after."""
        for p in range(unit_at + 1, min(unit_at + 1 + reach, len(ks) - 1)):
            n = self.number(ks[p])
            if n is not None and p + 1 in durations:
                return n * (60.0 if durations[p + 1][1] == "minute" else 1.0)
        return None
