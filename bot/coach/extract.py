"""What a text mentions: tools, media, people, audiences, data, quantities.

Patterns come from the lexicon (data); this module only knows how to match them. Matching runs
on folded tokens with a light plural fold, so "Vidéos", "videos" and "vidéo" are one word;
a pattern ending in `*` matches any token that starts with it ("gener*" → générer, generated).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .audience import picks_people
from .context import NEGATABLE, group_missing, is_negated, requesting, speaker
from .count_words import TIME_TAKEN
from .kb import Lexicon
from .model import Mentions, Quantity
from .names import NameFinder
from .per_item import merged_lengths
from .phrases import PhraseIndex, merge_thousands
from .quantities import QuantityReader, ReadMode
from .text import Words, fold, key, read, tokens

_FOOTPRINT_TOPICS = ("topic:energy", "topic:water", "topic:carbon")
_GENERATING = frozenset({"intent:generate", "intent:write"})
_NOT_GENERATING = frozenset({"intent:analyse", "intent:transform", "intent:translate"})
# Naming an image, video or audio generator is saying what is generated ("20 'customers' on Midjourney").
_GENERATOR_MEDIA = frozenset({"medium:image", "medium:video", "medium:music", "medium:voice"})
_SOUND = frozenset({"voice", "music"})
_CLIP_MEDIA = ("video", "voice", "music")
# A generic count ("50 ads") with no tool takes the first medium the text names, in this order.
_RESOLVE_ORDER = ("video", "image", "voice", "music", "text")
_MADE_FROM = frozenset({"de", "d", "of", "from"})  # "3 min of footage": what a clip is made from
# A pasted draft's own figures ("« 50 % de femmes… »", "'Only 2 left!'") are not a batch to generate.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|(?:^|(?<=[\s:(]))'[^']{12,}'(?=$|[\s.,;:!?)])")
_QUOTES = ("«", "“", '"', "'")
_MEASURES = ("unit:", "dur:", "per:")  # lexicon entries that measure quantities, not concepts
_MADE_ANYWAY = frozenset({"intent:generate", "synthetic:avatar"})
_LANGUAGES = frozenset({"langue", "language", "lang"})  # keys: "5 langues", "into 6 languages"
_SOMEONE_REAL = frozenset(
    {
        "person:named",
        "person:public",
        "person:role",
        "synthetic:clone",
        "upload",
        "data:personal",
        "data:health",
    }
    | {"data:cv", "made:real"}
)


def _keys(words: Words) -> list[str]:
    """The matching keys of the words ("50 %" reads "50 percent", "10 €" "10 euro"), numbers merged
    (`merge_thousands`). The text is re-read only when it has such a symbol."""
    symbols = any(c in words.text for c in _SYMBOL_CHARS) or _RANGE.search(words.text) is not None
    said = tokens(_spelled(words.text)) if symbols else words.tokens
    return merge_thousands([key(t) for t in said])


# A match inside a longer one of these concepts is not read: "gpt-4o-mini" is not also "gpt" (ChatGPT);
# "which AI model we use" is a language model, not an AI (fashion) model; "le shooting photo de
# l'équipe" is the real shoot, not the team's photos put into a tool; "an AI assistant" is no assistant.
_SHADOWED_BY = {
    "tool:": ("tool:",),
    "synthetic:avatar": ("topic:model",),
    # "our brand's voice" is no one's voice; "posts like he's a real person" is nobody's likeness
    "data:likeness": ("event:shoot", "brand:voice", "fictional"),
    "people:professions": ("topic:ai",),
    # "the monthly press review" is neither a customer review nor a text for the press
    "reviews": ("review:verb", "doc:press_review"),
    "publish:press": ("doc:press_review",),
    "data:personal": ("fictional",),  # "made-up first names" are nobody's data
    "data:cv": ("doc:entry",),  # "candidature au concours" is a contest entry, not a job application
    "people:": ("subject:objects",),  # a "fan poster contest" shows no fans
    "person:": ("topic:style",),  # "Elsa de la Reine des neiges" is a character, not a queen
    "topic:accuracy": ("fictional",),  # "invent an AI character" invents no fact
    "topic:energy": ("idiom:power",),  # "power tools", "the power of AI": no electricity
    "medium:voice": ("idiom:see",),  # "tu vois un souci ?" is no voice
}


def _shadowed(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a match that a longer match shadows (`_SHADOWED_BY`)."""
    out = []
    for a, b, f in found:
        shadows = next((s for p, s in _SHADOWED_BY.items() if f.startswith(p)), None)
        if shadows is None or not any(
            x <= a and b <= y and (y - x) > (b - a) for x, y, g in found if g.startswith(shadows)
        ):
            out.append((a, b, f))
    return out


# "50 %", "10 €", "$500": spelled out so that the number reads as a share or a price, not a count.
_SYMBOL_WORDS = {"%": " percent ", "€": " euro ", "$": " dollar ", "£": " pound "}
_SYMBOL_CHARS = (*_SYMBOL_WORDS, "/", "&")
# "M&A" is a deal; "on m'a demandé", "ChatGPT m'a proposé" fold to the same "m a" and are not.
_DEAL = re.compile(r"\bm\s?&\s?a\b", re.IGNORECASE)
_SYMBOLS = str.maketrans(_SYMBOL_WORDS)
# "300/month", "3/sem": a rate, read as the period words the lexicon knows ("per month", "par semaine").
_SLASH_PERIOD = re.compile(
    r"(?<=\d)\s*/\s*(month|mois|week|wk|semaine|sem|day|jour|j|year|an|yr)\b", re.IGNORECASE
)
_PERIOD_WORDS = {"month": "per month", "mois": "par mois", "week": "per week", "wk": "per week"}
_PERIOD_WORDS |= {"semaine": "par semaine", "sem": "par semaine", "day": "per day", "jour": "par jour"}
_PERIOD_WORDS |= {"j": "par jour", "year": "per year", "an": "par an", "yr": "per year"}


# "le 12/03", "24/7", "50/50": a date or a ratio, no count ("03" is not 3 visuals).
_SLASH_NUMBERS = re.compile(r"\b\d{1,4}\s*/\s*\d{1,4}(?:\s*/\s*\d{2,4})?\b")


# "300-400 images", "5–10 visuels": a range, read as its upper bound ("300 400" alone is French for 300,400).
_RANGE = re.compile(r"\b(\d+)\s*[-–]\s*(\d+)\b")


def _upper(m: re.Match[str]) -> str:
    low, high = m.group(1), m.group(2)
    return high if int(low) < int(high) else m.group(0)


def _spelled(text: str) -> str:
    if "&" in text:
        text = _DEAL.sub(" mna ", text)
    if "-" in text or "–" in text:
        text = _RANGE.sub(_upper, text)
    if "/" in text:
        text = _SLASH_PERIOD.sub(lambda m: " " + _PERIOD_WORDS[m.group(1).lower()], text)
        text = _SLASH_NUMBERS.sub(" date ", text)
    return text.translate(_SYMBOLS)


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
        self._facts = {fact: self._implied(fact) for fact in phrases}
        self._measure_facts = frozenset(f for f in phrases if f.startswith(_MEASURES))
        self._reader = QuantityReader(
            {key(fold(w)): v for w, v in lexicon.numbers.items()},
            frozenset(key(fold(w)) for w in lexicon.not_counts),
        )
        self._names = NameFinder(lexicon.first_names, lexicon.name_brands)
        self._questions = frozenset(" ".join(key(w) for w in tokens(q)) for q in lexicon.question_starts)
        self._question_len = max((q.count(" ") + 1 for q in self._questions), default=0)

    def _implied(self, fact: str) -> tuple[str, tuple[str, ...], str]:
        """What finding `fact` adds, computed once per lexicon fact: its negated form ("" when it
        cannot be negated), the facts it implies (itself, its category, a tool's medium), its tool id."""
        category = fact.split(":", 1)[0]
        negated = "negated:" + category if fact.startswith(NEGATABLE) else ""
        if not fact.startswith("tool:"):
            return negated, (fact, category), ""
        tool_id = fact[5:]
        return negated, (fact, category, f"medium:{self.lexicon.tools[tool_id].medium}"), tool_id

    def extract(self, text: str | Words) -> Mentions:
        words = read(text)
        text = words.text
        ks = _keys(words)
        facts: set[str] = set()
        tools: list[str] = []
        found = self._phrases.find(ks)
        measures = [m for m in found if m[2] in self._measure_facts]
        concepts = [m for m in found if m[2] not in self._measure_facts]
        made = [(a, b) for a, b, f in concepts if f.startswith("synthetic:")]
        for start, end, fact in _shadowed(concepts):
            if fact == "intent:analyse" and any(a <= start and end <= b for a, b in made):
                continue  # "une voix de synthèse" is made, not a summary ("une synthèse")
            negated, implied, tool_id = self._facts[fact]
            if negated and is_negated(ks, start, end) and not group_missing(ks, start, end, fact):
                facts.add(negated)
                continue
            if fact == "person:role" and requesting(ks, end):
                facts.add("person:requester")
                continue
            if fact.startswith("people:") and speaker(ks, start):
                continue  # "je suis stagiaire", "as a community manager": who writes, not who is shown
            facts.update(implied)
            if tool_id and tool_id not in tools:
                tools.append(tool_id)
        if self._names.named(text):
            facts.update({"person:named", "person"})
        if self._names.styled(text):  # "in Tyler Stout's style": a style question, as "in the style of"
            facts.update({"topic:style", "topic"})
        if self._names.replicated(text):  # "an avatar of Sarah, our top agent": her replica
            facts.update({"person:named", "person", "synthetic:clone", "synthetic"})
        if "decide:audience" not in facts and picks_people(ks):  # "decide which small merchants get…"
            facts.update({"decide:audience", "decide"})
        if "made:real" in facts and not any(f.startswith("synthetic:") for f in facts):
            # "recorded by our real guide Marie… no voice cloning": a real person, no synthesis of them
            facts.add("real:only")
        if "fictional" in facts and facts.isdisjoint(_SOMEONE_REAL):
            # "fake 'customer' selfies", "Dr Hale is made up": no real person's face or data is used
            facts.add("fictional:only")
        question = self._is_question(text, ks)
        # In a question, "une image" / "one prompt" is a generic example, not a planned batch —
        # unless the question asks what it costs ("CO2 of one Midjourney image?").
        mode = ReadMode(
            "always" if any(t in facts for t in _FOOTPRINT_TOPICS) else ("" if question else "with_duration"),
            bool(facts & _GENERATING or (tools and facts & _GENERATOR_MEDIA)) and not facts & _NOT_GENERATING,
            bool(tools) and not facts & _NOT_GENERATING,
        )
        read_ = self._reader.read(*self._unquoted(text, ks, measures), mode)
        quantities = [self._resolve(q, tools, facts) for q in read_]
        sounds = [r.medium == "video" and q.medium != "video" for r, q in zip(read_, quantities, strict=True)]
        if any(sounds):  # the videos' sound is what is made: a lone clip beside them is its length
            quantities = merged_lengths(quantities, sounds)
        if not quantities and mode.generating:
            quantities = self._tool_clip(ks, measures, tools)
        if "intent:transform" in facts and not facts & _MADE_ANYWAY:
            # Subtitling, translating or upscaling 40 videos generates none of them. (Summarising 500
            # emails is 500 model requests: it keeps its text footprint.) An avatar presenting 12 videos
            # makes them, even when their script is "translated by the tool".
            quantities = []
        elif "intent:translate" in facts and not facts & _MADE_ANYWAY:
            quantities = self._translated(quantities, ks)
        for q in quantities:
            facts.update({"quantity", f"quantity:{q.medium}", f"medium:{q.medium}"})
        media = tuple(sorted(f[7:] for f in facts if f.startswith("medium:")))
        if media:
            facts.add("medium")
        if question:
            facts.add("question")
        return Mentions(tuple(tools), media, frozenset(facts), tuple(quantities), question)

    def _translated(self, quantities: list[Quantity], ks: list[str]) -> list[Quantity]:
        """Translating text is one request per text and language ("120 pages en 5 langues": 600);
        translating, subtitling or dubbing a video or a voice generates none of them."""
        languages = next(
            (
                n
                for i, k in enumerate(ks)
                if i and k in _LANGUAGES and 1 < (n := self._reader.number(ks[i - 1]) or 0) <= 50
            ),
            1.0,
        )
        return [replace(q, count=q.count * languages) for q in quantities if q.medium == "text"]

    def _unquoted(
        self, text: str, ks: list[str], measures: list[tuple[int, int, str]]
    ) -> tuple[list[str], list[tuple[int, int, str]]]:
        """The words and measures outside quoted passages (re-read only when there is a quote)."""
        # Every quoted passage opens with one of these: without any, there is nothing to take out.
        if not any(q in text for q in _QUOTES):
            return ks, measures
        bare = _QUOTED.sub(" ", text)
        if bare == text:
            return ks, measures
        ks = merge_thousands([key(t) for t in tokens(_spelled(bare))])
        return ks, [m for m in self._phrases.find(ks) if m[2] in self._measure_facts]

    def _tool_clip(
        self, ks: list[str], measures: list[tuple[int, int, str]], tools: list[str]
    ) -> list[Quantity]:
        """ "un avatar Synthesia sur l'accueil, 2 min environ", "HeyGen for a 90-second avatar": a clip
        tool, one length and no count is one clip of that length."""
        medium = next((m for t in tools if (m := self.lexicon.tools[t].medium) in _CLIP_MEDIA), None)
        durations = {start: (end, fact[4:]) for start, end, fact in measures if fact.startswith("dur:")}
        # "en 10 min" is the time it takes; "2 min de discours", "3 min of footage" is what it is made from
        lengths = [
            (start - 1, n)
            for start in sorted(durations)
            if start
            and (n := self._reader.number(ks[start - 1])) is not None
            and (start < 2 or ks[start - 2] not in TIME_TAKEN)
            and (start + 1 >= len(ks) or ks[start + 1] not in _MADE_FROM)
        ]
        if medium is None or len(lengths) != 1:
            return []
        [(at, n)] = lengths
        seconds = self._reader.length(ks, at, n, durations)
        return [Quantity(1.0, medium, seconds)] if seconds > 0 else []

    def _resolve(self, q: Quantity, tools: list[str], facts: set[str]) -> Quantity:
        """A generic unit ("50 ads", "30 posts") takes the medium of the tool, else of the media named."""
        tool_medium = self.lexicon.tools[tools[0]].medium if tools else None
        if q.medium == "video" and tools and all(self.lexicon.tools[t].medium in _SOUND for t in tools):
            # "voice-over for 8 tutorial videos… ElevenLabs": the sound is made, the videos exist
            return replace(q, medium=tool_medium or "voice")
        if q.medium != "any":
            return q
        if q.seconds:  # "a 15-second ad": a clip, a video unless made with a voice or music tool
            return replace(q, medium=tool_medium if tool_medium in _CLIP_MEDIA else "video", kind="")
        if tool_medium:
            medium = tool_medium
        else:  # "ads" are visuals unless the text says otherwise; "posts" are text
            fallback = "image" if q.kind == "ad" else "text"
            medium = next((m for m in _RESOLVE_ORDER if f"medium:{m}" in facts), fallback)
        return replace(q, medium=medium, kind="post" if medium == "text" else "")

    def _is_question(self, text: str, ks: list[str]) -> bool:
        if text.rstrip().endswith("?"):
            return True
        longest = min(len(ks), self._question_len)
        return any(" ".join(ks[:n]) in self._questions for n in range(1, longest + 1))
