"""What a text mentions: tools, media, people, audiences, data, quantities.

Patterns come from the lexicon (data); this module only knows how to match them. Matching runs
on folded tokens with a light plural fold, so "Vidéos", "videos" and "vidéo" are one word;
a pattern ending in `*` matches any token that starts with it ("gener*" → générer, generated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .kb import Lexicon
from .model import Mentions, Quantity
from .per_item import multiply
from .text import fold, key, tokens

Pattern = tuple[str, ...]
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
_THOUSANDS = re.compile(r"^(\d+(?:[.,]\d+)?)k$")  # "5k", "1,5k": thousands, as marketers write them
_FOOTPRINT_TOPICS = ("topic:energy", "topic:water", "topic:carbon")
_GENERATING = frozenset({"intent:generate", "intent:write"})
_NOT_GENERATING = frozenset({"intent:analyse", "intent:transform"})
# Naming an image, video or audio generator is saying what is generated ("20 'customers' on Midjourney").
_GENERATOR_MEDIA = frozenset({"medium:image", "medium:video", "medium:music", "medium:voice"})
_ARTICLES = frozenset({"un", "une", "one"})  # "une vidéo de 30 secondes": 1 video
MEMO_SIZE = 50_000
# "sans personne", "no faces", "pas un clone", "rien de confidentiel": these concepts, negated, are
# absent — and said to be ("negated:people"), which the rules and the classifier both read.
_NEGATABLE = ("people:", "data:likeness", "data:confidential", "data:personal", "synthetic:clone")
_NEGATION_WORDS = ["sans", "aucun", "aucune", "pas", "jamais", "ni", "rien"]
_NEGATION_WORDS += ["no", "without", "not", "never", "none", "nor", "nothing", "zero"]
_NEGATIONS = frozenset(key(w) for w in _NEGATION_WORDS)
# Between the negation and the concept: articles, and "vrai"/"real" ("aucune vraie personne").
_FILLER_WORDS = [
    "de",
    "d",
    "du",
    "des",
    "la",
    "le",
    "les",
    "l",
    "un",
    "une",
    "vrai",
    "vraie",
    "vrais",
    "vraies",
]
_FILLER_WORDS += ["a", "an", "the", "any", "real", "actual"]
_NEGATION_FILLERS = frozenset(key(w) for w in _FILLER_WORDS)
NEGATION_REACH = 3
# A pasted draft's own figures ("« 50 % de femmes… »", "'Only 2 left!'") are not a batch to generate.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|(?:^|(?<=[\s:(]))'[^']{12,}'(?=$|[\s.,;:!?)])")
_MEASURES = ("unit:", "dur:", "per:")  # lexicon entries that measure quantities, not concepts


@dataclass(frozen=True)
class _Entry:
    words: Pattern
    fact: str
    # The words after the first, when none is a prefix pattern: then compared as one tuple.
    rest: Pattern | None = field(init=False)

    def __post_init__(self) -> None:
        tail = self.words[1:]
        object.__setattr__(self, "rest", None if any(w.endswith("*") for w in tail) else tail)


class PhraseIndex:
    """First-word index of phrase patterns (exact keys, or prefixes ending in `*`)."""

    def __init__(self, phrases: dict[str, tuple[str, ...]]) -> None:
        self._exact: dict[str, list[_Entry]] = {}
        self._prefix: dict[str, list[_Entry]] = {}  # "gener" -> entries whose first word is "gener*"
        for fact, patterns in phrases.items():
            for pattern in patterns:
                words = tuple(key(w) if not w.endswith("*") else w for w in tokens_keep_star(pattern))
                if not words:
                    continue
                entry = _Entry(words, fact)
                if words[0].endswith("*"):
                    self._prefix.setdefault(words[0][:-1], []).append(entry)
                else:
                    self._exact.setdefault(words[0], []).append(entry)
        self._longest_prefix = max((len(p) for p in self._prefix), default=0)
        self._memo: dict[str, list[_Entry]] = {}

    def _candidates(self, k: str) -> list[_Entry]:
        # A prefix pattern matches when it is one of the word's own prefixes: look those up
        # (a dozen dict probes) rather than testing every pattern against every word. Words
        # repeat across texts, so the answer is memoised (bounded: the memo is reset when full).
        found = self._memo.get(k)
        if found is None:
            found = list(self._exact.get(k, ()))
            for n in range(1, min(len(k), self._longest_prefix) + 1):
                found += self._prefix.get(k[:n], ())
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[k] = found
        return found

    def find(self, ks: list[str]) -> list[tuple[int, int, str]]:
        """(start, end, fact) for every pattern found in the token keys."""
        found: list[tuple[int, int, str]] = []
        size = len(ks)
        for i, k in enumerate(ks):
            for entry in self._candidates(k):
                end = i + len(entry.words)
                # One-word patterns (most of the lexicon) need no further check.
                if end == i + 1 or (end <= size and _rest_matches(entry, ks, i + 1, end)):
                    found.append((i, end, entry.fact))
        return found


def _merge_thousands(ks: list[str]) -> list[str]:
    """ "1 000 images" (French thousands separator) is one number: 1000."""
    out: list[str] = []
    for k in ks:
        if out and len(k) == 3 and k.isdigit() and out[-1].isdigit() and len(out[-1]) <= 3 and out[-1] != "0":
            out[-1] += k
        elif k == "k" and out and _NUMBER.match(out[-1]):  # "1,5 k" / "1,5k" → "1,5k"
            out[-1] += "k"
        else:
            out.append(k)
    return out


@dataclass(frozen=True)
class _Mode:
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
)


def _retries(ks: list[str], i: int) -> bool:
    return (
        i + 1 < len(ks)
        and ks[i + 1] in ("fois", "time")
        and any(w.startswith(_RETRY_VERBS) for w in ks[max(0, i - 6) : i + 4])
    )


def _negated(ks: list[str], start: int) -> bool:
    """A negation at most NEGATION_REACH words before `start`, articles and "real" not counted."""
    reach = 0
    for k in reversed(ks[max(0, start - 2 * NEGATION_REACH) : start]):
        if k in _NEGATIONS:
            return True
        if k not in _NEGATION_FILLERS:
            reach += 1
            if reach >= NEGATION_REACH:
                return False
    return False


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
    if period is not None or "en" in ks[max(0, i - 3) : i - 1]:
        return Quantity(min(n, 1e6), "any", None, period, "ad")
    return None


def _longest_tools(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a tool match inside a longer one: "gpt-4o-mini" is not also "gpt" (ChatGPT)."""
    tools = [(a, b) for a, b, f in found if f.startswith("tool:")]
    return [
        (a, b, f)
        for a, b, f in found
        if not f.startswith("tool:") or not any(x <= a and b <= y and (y - x) > (b - a) for x, y in tools)
    ]


def tokens_keep_star(pattern: str) -> list[str]:
    """Tokens of a lexicon pattern; a word ending in `*` keeps it (prefix match)."""
    words: list[str] = []
    for chunk in pattern.split():
        parts = tokens(chunk)
        if chunk.endswith("*") and parts:
            parts[-1] += "*"
        words += parts
    return words


def _rest_matches(entry: _Entry, ks: list[str], start: int, end: int) -> bool:
    rest = entry.rest
    if rest is not None:
        return tuple(ks[start:end]) == rest
    return all(_word_matches(w, k) for w, k in zip(entry.words[1:], ks[start:end], strict=True))


def _word_matches(pattern_word: str, k: str) -> bool:
    if pattern_word.endswith("*"):
        return k.startswith(pattern_word[:-1])
    return pattern_word == k


class Extractor:
    """Compiled lexicon. Build once per knowledge base; `extract` is pure and fast."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        phrases: dict[str, tuple[str, ...]] = {
            f"tool:{t}": tool.patterns for t, tool in lexicon.tools.items()
        }
        phrases.update(lexicon.concepts)
        # One index for concepts, units, durations and periods: a single pass over the words.
        phrases.update({f"unit:{m}": words for m, words in lexicon.units.items()})
        phrases.update({f"dur:{d}": words for d, words in lexicon.durations.items()})
        phrases.update({f"per:{p}": words for p, words in lexicon.periods.items()})
        self._phrases = PhraseIndex(phrases)
        self._measure_facts = frozenset(f for f in phrases if f.startswith(_MEASURES))
        self._number_memo: dict[str, float | None] = {}
        self._numbers = {key(fold(w)): v for w, v in lexicon.numbers.items()}
        self._questions = frozenset(" ".join(key(w) for w in tokens(q)) for q in lexicon.question_starts)
        self._question_len = max((q.count(" ") + 1 for q in self._questions), default=0)
        self._not_counts = frozenset(key(fold(w)) for w in lexicon.not_counts)

    def extract(self, text: str) -> Mentions:
        ks = _merge_thousands([key(t) for t in tokens(text.replace("%", " percent "))])
        facts: set[str] = set()
        tools: list[str] = []
        found = self._phrases.find(ks)
        measures = [m for m in found if m[2] in self._measure_facts]
        concepts = [m for m in found if m[2] not in self._measure_facts]
        for start, _, fact in _longest_tools(concepts):
            if fact.startswith(_NEGATABLE) and _negated(ks, start):
                facts.add("negated:" + fact.split(":", 1)[0])
                continue
            facts.add(fact)
            facts.add(fact.split(":", 1)[0])
            if fact.startswith("tool:"):
                tool_id = fact[5:]
                if tool_id not in tools:
                    tools.append(tool_id)
                facts.add(f"medium:{self.lexicon.tools[tool_id].medium}")
        question = self._is_question(text, ks)
        # In a question, "une image" / "one prompt" is a generic example, not a planned batch —
        # unless the question asks what it costs ("CO2 of one Midjourney image?").
        mode = _Mode(
            "always" if any(t in facts for t in _FOOTPRINT_TOPICS) else ("" if question else "with_duration"),
            bool(facts & _GENERATING or (tools and facts & _GENERATOR_MEDIA)) and not facts & _NOT_GENERATING,
        )
        quantities = [
            self._resolve(q, tools, facts)
            for q in self._quantities(*self._unquoted(text, ks, measures), mode)
        ]
        if "intent:transform" in facts and "intent:generate" not in facts:
            # Subtitling, translating or upscaling 40 videos generates none of them. (Summarising 500
            # emails is 500 model requests: it keeps its text footprint.)
            quantities = []
        for q in quantities:
            facts.update({"quantity", f"quantity:{q.medium}", f"medium:{q.medium}"})
        media = tuple(sorted(f[7:] for f in facts if f.startswith("medium:")))
        if media:
            facts.add("medium")
        if question:
            facts.add("question")
        return Mentions(tuple(tools), media, frozenset(facts), tuple(quantities), question)

    def _unquoted(
        self, text: str, ks: list[str], measures: list[tuple[int, int, str]]
    ) -> tuple[list[str], list[tuple[int, int, str]]]:
        """The words and measures outside quoted passages (re-read only when there is a quote)."""
        bare = _QUOTED.sub(" ", text)
        if bare == text:
            return ks, measures
        ks = _merge_thousands([key(t) for t in tokens(bare.replace("%", " percent "))])
        return ks, [m for m in self._phrases.find(ks) if m[2] in self._measure_facts]

    def _resolve(self, q: Quantity, tools: list[str], facts: set[str]) -> Quantity:
        """A generic unit ("50 ads", "30 posts") takes the medium of the tool, else of the media named."""
        if q.medium != "any":
            return q
        if q.seconds:  # "a 15-second ad": a clip
            return replace(q, medium="video", kind="")
        if tools:
            medium = self.lexicon.tools[tools[0]].medium
        else:  # "ads" are visuals unless the text says otherwise; "posts" are text
            fallback = "image" if q.kind == "ad" else "text"
            medium = next((m for m in ("video", "image", "text") if f"medium:{m}" in facts), fallback)
        return replace(q, medium=medium, kind="post" if medium == "text" else "")

    def _is_question(self, text: str, ks: list[str]) -> bool:
        if text.rstrip().endswith("?"):
            return True
        longest = min(len(ks), self._question_len)
        return any(" ".join(ks[:n]) in self._questions for n in range(1, longest + 1))

    def _number(self, k: str) -> float | None:
        if k in self._number_memo:
            return self._number_memo[k]
        value = self._parse_number(k)
        if len(self._number_memo) >= MEMO_SIZE:
            self._number_memo.clear()
        self._number_memo[k] = value
        return value

    def _parse_number(self, k: str) -> float | None:
        thousands = _THOUSANDS.match(k)
        if thousands:
            return float(thousands.group(1).replace(",", ".")) * 1000
        if _NUMBER.match(k):
            if re.match(r"^\d{1,3},\d{3}$", k):  # "10,000" is ten thousand, not ten
                return float(k.replace(",", ""))
            return float(k.replace(",", "."))
        return self._numbers.get(k)

    def _quantities(self, ks: list[str], measures: list[tuple[int, int, str]], mode: _Mode) -> list[Quantity]:
        scan = _Scan(ks, measures)
        found: dict[int, Quantity] = {}
        used: set[int] = set()
        for i, k in enumerate(ks):
            n = self._number(k)
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
            if i in used or n <= 0 or (i + 1 in scan.durations) or (k in _ARTICLES and not mode.articles):
                continue
            if self._not_count(ks, i):
                if mode.generating and _retries(ks, i):  # "regenerate 10 times", "relancer 50 fois"
                    found[i] = Quantity(min(n, 1e6), "any", None, None, "ad")
                continue
            q = self._with_unit(scan, i, n, used) or self._bare(scan, i, n, mode)
            if q is not None and (k not in _ARTICLES or q.seconds or mode.articles == "always"):
                found[i] = q
                used.add(i)
        found = multiply(ks, found, self._number, frozenset(scan.periods))
        return [found[i] for i in sorted(found)] + self._lone_units(scan, used)

    def _with_unit(self, scan: _Scan, i: int, n: float, used: set[int]) -> Quantity | None:
        """The count's unit, up to a few words after it ("30 visuels", "12 AI-generated videos")."""
        ks = scan.ks
        reach = 2 if ks[i] in _ARTICLES else 4
        for j in range(i + 1, min(i + 1 + reach, len(ks))):
            if j in scan.units:
                if j > i + 1 and _year(n):
                    return None  # "in 1850s London, an ad": a year, not a count
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
                self._number(ks[j]) is not None
                and (j + 1) not in scan.durations
                and not self._not_count(ks, j)
            ):
                return None  # "5 steps, 10 images": the nearer number owns the unit
        return None

    def _bare(self, scan: _Scan, i: int, n: float, mode: _Mode) -> Quantity | None:
        """A count with no known unit: "3 par semaine", "on en génère 8", or, when the text is about
        generating, "25 'typical customers' with DALL·E" (its medium comes from the tool or media)."""
        if scan.ks[i] in _ARTICLES or _year(n):
            return None
        bare = _bare_count(scan.ks, i, n, scan.periods)
        if bare is None and mode.generating and i + 1 < len(scan.ks) and self._number(scan.ks[i + 1]) is None:
            bare = Quantity(min(n, 1e6), "any", None, None, "ad")
        return bare

    def _lone_units(self, scan: _Scan, used: set[int]) -> list[Quantity]:
        """A clip named with its length and no count: "un spot de 30 s", "Spot TV de 20 s"."""
        out = []
        for j, (_, unit) in scan.units.items():
            medium = unit.partition("/")[0]
            if medium not in ("video", "voice", "music", "any") or used.intersection(range(j, j + 6)):
                continue
            seconds = self._seconds(scan.ks, j, scan.durations)
            if seconds and (j == 0 or self._number(scan.ks[j - 1]) is None):
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
        if i > 0 and self._number(ks[i - 1]) is not None and ks[i - 1] not in _ARTICLES:
            return None  # "10 15-second videos": the count comes first, handled as a quantity
        after = durations[i + 1][0]
        for j in range(after, min(after + 2, len(ks))):
            medium = units.get(j, (0, ""))[1].partition("/")[0]
            if medium in ("video", "voice", "music"):
                return Quantity(1.0, medium, n * (60.0 if durations[i + 1][1] == "minute" else 1.0))
        return None

    def _not_count(self, ks: list[str], i: int) -> bool:
        return i + 1 < len(ks) and ks[i + 1] in self._not_counts

    def _seconds_between(
        self, ks: list[str], i: int, j: int, durations: dict[int, tuple[int, str]], used: set[int]
    ) -> float | None:
        """ "10 15-second videos": a duration between the count and the unit."""
        for p in range(i + 1, j):
            n = self._number(ks[p])
            if n is not None and p + 1 in durations:
                used.add(p)
                return n * (60.0 if durations[p + 1][1] == "minute" else 1.0)
        return None

    def _seconds(self, ks: list[str], unit_at: int, durations: dict[int, tuple[int, str]]) -> float | None:
        """ "vidéos de 15 secondes", "a video of 30 seconds", "clips (20 s)": a duration just after."""
        for p in range(unit_at + 1, min(unit_at + 5, len(ks) - 1)):
            n = self._number(ks[p])
            if n is not None and p + 1 in durations:
                return n * (60.0 if durations[p + 1][1] == "minute" else 1.0)
        return None
