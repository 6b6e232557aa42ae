"""The words around a number that say whether it counts generations: "regenerate 10 times",
"15 AI babies", "top 5", "we get 150 a month", "on en génère 8". Used by `quantities`."""

from __future__ import annotations

from collections.abc import Callable

from .model import Quantity

ARTICLES = frozenset({"un", "une", "one"})  # "une vidéo de 30 secondes": 1 video

# "ça se fait en 10 min", "done in 2 minutes": the time it takes, not the length of a clip.
TIME_TAKEN = frozenset({"en", "in", "within", "under"})

# "variantes d'objets de mail", "variations of the year-end subject line", "40 short voice-overs":
# a generic unit (a variant, an ad, a version) or the adjective "short" before what is really made.
_LENGTH_WORDS = frozenset({"second", "seconde", "sec", "s", "min", "minute", "mn"})
_OF_WHAT = frozenset({"of", "de", "d", "du", "des", "la", "le", "les", "l", "the", "our", "nos", "notre"})


def named_unit(
    ks: list[str], j: int, units: dict[int, tuple[int, str]], number: Callable[[str], float | None]
) -> int:
    """Where the unit that says what is counted stands: `j`, or the specific unit a generic one at
    `j` leads to ("variations of the subject line" are subject lines; "short videos" stay videos)."""
    end, unit = units[j]
    generic = unit.startswith("any")
    if not generic and ks[j] != "short":
        return j
    if end in units and not units[end][1].startswith("any"):
        return end  # "short voice-overs", "ad videos"
    if ks[j] == "short" and end + 1 in units and not units[end + 1][1].startswith("any"):
        return end + 1  # "1,000 short SEO pages"
    if generic and end < len(ks) and ks[end] in _OF_WHAT:
        for p in range(end + 1, min(end + 7, len(ks))):
            if p + 1 < len(ks) and ks[p + 1] in _LENGTH_WORDS:
                continue  # "versions of a 60-second radio voice-over": the length, not a count
            if p in units:
                if units[p][1].startswith("any"):
                    return j
                # English puts the thing last ("of the banner headline"), French first ("de la
                # bannière newsletter")
                head = units[p][0]
                english = ks[end] == "of" and head in units and not units[head][1].startswith("any")
                return head if english else p
            if number(ks[p]) is not None:
                break
    return j


_AI_WORDS = frozenset({"ai", "ia", "genai"})
# "top 10 AI tools", "5 AI trends": things about AI, not things AI makes (word keys: plurals folded).
_NOT_MADE = frozenset(
    {"tool", "outil", "app", "application", "platform", "plateforme", "feature", "fonctionnalite", "trend"}
    | {"tendance", "tip", "astuce", "use", "usage", "case", "cas", "course", "formation", "company"}
    | {"entreprise", "startup", "agency", "agence", "policy", "rule", "regle", "question", "law", "loi"}
    | {"act", "model", "modele", "assistant", "agent", "chatbot", "bot", "project", "projet", "expert"}
)

# "top 5", "les années 60", "No. 1", "n°1", "$500", "J-7": a rank, a decade, a price or a countdown day.
RANKED = frozenset({"top", "annee", "no", "n", "numero", "number", "dollar", "pound", "euro", "j"})
# A bare count ("we get 150 a month", "to our 12k members") of things no model makes: people, places,
# orders, words. Only for counts without a unit: "30 customer testimonials" keeps its unit.
NOT_GENERATED = frozenset(
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


_RETRY_VERBS = (
    "regener",
    "reformul",
    "relanc",
    "lanc",  # "je le lance 25 fois sur Midjourney"
    "run",  # "run it 30 times"
    "gener",
    "rewrit",
    "reecri",
    "retry",
    "reroll",
    "redo",
    "refai",
    "rerun",  # "re-running the prompt 30 times" reads "re running": "running" is caught below
    "ask",  # "asked Midjourney for a grandma 40 times", "demander 100 fois à ChatGPT"
    "demand",
    "prompt",
    "tried",
    "trying",
    "essa",
    "declin",  # "je décline l'autopromo x16"
)


def retried(ks: list[str], i: int) -> bool:
    """ "je vais le relancer x16", "ran the same prompt x16": a multiplier right after a retry verb."""
    return multiplied(ks[i]) and any(w.startswith(_RETRY_VERBS) for w in ks[max(0, i - 4) : i])


def retries(ks: list[str], i: int) -> bool:
    return (
        i + 1 < len(ks)
        and ks[i + 1] in ("foi", "fois", "time")  # keys: "fois" folds to "foi"
        and any(
            w.startswith(_RETRY_VERBS) or (w == "running" and ks[j - 1] == "re")
            for j, w in enumerate(ks[max(0, i - 6) : i + 6], max(0, i - 6))
        )
    )


def made_by_ai(ks: list[str], i: int) -> bool:
    """ "15 AI babies", "6 avatars IA", "huitante portraits IA": what the count counts is made by AI."""
    if i + 1 < len(ks) and ks[i + 1] in _AI_WORDS:
        return i + 2 >= len(ks) or ks[i + 2] not in _NOT_MADE
    return i + 2 < len(ks) and ks[i + 2] in _AI_WORDS and ks[i + 1] not in _NOT_MADE


_MAKING = ("gener", "cre", "ecri", "redig", "writ", "produi", "produc", "draft", "sort")


def after_making(ks: list[str], i: int) -> bool:
    """ "générer 2000 icebreakers", "write 2000 intros": right after a verb of making, a count, not a year."""
    return (
        i > 0 and ks[i - 1].startswith(_MAKING) and ks[i - 1] not in ("produit", "product")
    )  # "produit 2026"


def multiplied(k: str) -> bool:
    """ "x16", "x500": a count written as a multiplier after what is counted."""
    return len(k) > 1 and k[0] == "x" and k[1:].isdigit()


def year(n: float) -> bool:
    return 1800 <= n <= 2100 and n == int(n)


def times(k: str) -> float | None:
    return float(k[:-1]) if len(k) > 1 and k[-1] == "x" and k[:-1].isdigit() else None


# A follow-up count of what was just asked about: "et pour 1000 ?", "and for 500?", "what about 200?"
_AGAIN = frozenset({("et", "pour"), ("and", "for"), ("what", "about"), ("how", "about"), ("et", "avec")})


def bare_count(ks: list[str], i: int, n: float, periods: dict[int, str]) -> Quantity | None:
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
    # "…une image avec Midjourney ? et pour 1000 ?": the same again, this many times
    again = i >= 2 and (ks[i - 2], ks[i - 1]) in _AGAIN
    if period is not None or again or (made and ("en" in ks[max(0, i - 3) : i - 1] or them)):
        return Quantity(min(n, 1e6), "any", None, period, "ad")
    return None


DOZENS = frozenset({"dozen", "douzaine"})  # "half a dozen" is 6, "two dozen" 24: the dozen carries the count
_TIMES = frozenset({"time", "foi", "fois"})  # keys: "times" folds to "time", "fois" to "foi"


def times_per(ks: list[str], i: int, periods: dict[int, str]) -> int | None:
    """Where the period of "3 times a week", "2 fois par mois", "une trentaine de fois par jour" stands;
    None for "une fois par jour" (a habit) and "2 fois par an"."""
    if ks[i] in ARTICLES:
        return None
    j = i + 2 if ks[i + 1 : i + 2] in (["de"], ["d"]) else i + 1  # "une dizaine de fois"
    if j < len(ks) and ks[j] in _TIMES and periods.get(j + 1) in ("day", "week", "month"):
        return j + 1
    return None


def dozens(ks: list[str], i: int, number: Callable[[str], float | None]) -> float:
    """ "a dozen" 12, "half a dozen" / "une demi-douzaine" 6, "two dozen" / "trois douzaines" 24, 36."""
    if ks[i - 1 : i] == ["demi"] or ks[max(0, i - 2) : i] == ["half", "a"]:
        return 6.0
    before = number(ks[i - 1]) if i and ks[i - 1] not in ARTICLES else None
    return 12.0 * (before if before is not None and before < 100 else 1.0)
