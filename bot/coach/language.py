"""French/English detection that works on five-word texts.

A small, explicit method: score function words and marks that are frequent in one language
and rare in the other. Short texts carry few words, so each cue is weighted; ties go to the
caller's default language.
"""

from __future__ import annotations

import re

from .language_words import EN_WORDS, FR_WORDS
from .text import Words, read

_FR = frozenset(
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "l",
        "au",
        "aux",
        "et",
        "ou",
        "est",
        "sont",
        "a",
        "ont",
        "avec",
        "pour",
        "par",
        "sur",
        "dans",
        "ce",
        "cet",
        "cette",
        "ces",
        "qui",
        "que",
        "quoi",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "qu",
        "on",
        "nous",
        "vous",
        "ils",
        "elles",
        "je",
        "tu",
        "il",
        "elle",
        "notre",
        "nos",
        "votre",
        "vos",
        "leur",
        "leurs",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "son",
        "sa",
        "ses",
        "pas",
        "ne",
        "plus",
        "tres",
        "mais",
        "donc",
        "combien",
        "comment",
        "pourquoi",
        "doit",
        "peut",
        "faut",
        "va",
        "vont",
        "fait",
        "faire",
        "generer",
        "creer",
        "utiliser",
        "ecrire",
        "avons",
        "avez",
        "etre",
        "sera",
        "chez",
        "sans",
        "sous",
        "entre",
        "apres",
        "avant",
        "aussi",
        "tout",
        "tous",
        "toute",
        "toutes",
        "quelqu",
        "quelquun",
        "y",
        "en",
        "ca",
        "cela",
        "ceci",
        "c",
        "n",
        "j",
    ]
)
_EN = frozenset(
    [
        "per",
        "monthly",
        "thanks",
        "hello",
        "hiya",
        "bye",
        "thank",
        "thx",
        "sorry",
        "wrong",
        "channel",
        "welcome",
        "good",
        "morning",
        "great",
        "speak",
        "tomorrow",
        "talk",
        "saw",
        "saying",
        "says",
        "each",
        "legit",
        "hey",
        "allowed",
        "free",
        "paid",
        "wrote",
        "written",
        "made",
        "need",
        "needs",
        "want",
        "wants",
        "got",
        "get",
        "brb",
        "coffee",
        "please",
        "pls",
        "okay",
        "yes",
        "yeah",
        "nope",
        "done",
        "writes",
        "fine",
        "awesome",
        "help",
        "quick",
        "anyone",
        "cheers",
        "the",
        "a",
        "an",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "with",
        "for",
        "by",
        "on",
        "in",
        "into",
        "of",
        "to",
        "from",
        "at",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "what",
        "whom",
        "whose",
        "how",
        "why",
        "when",
        "where",
        "we",
        "you",
        "they",
        "i",
        "he",
        "she",
        "it",
        "our",
        "your",
        "their",
        "my",
        "his",
        "her",
        "its",
        "not",
        "no",
        "but",
        "so",
        "do",
        "does",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "shall",
        "much",
        "many",
        "use",
        "using",
        "make",
        "create",
        "generate",
        "write",
        "have",
        "has",
        "had",
        "than",
        "then",
        "there",
        "here",
        "about",
        "all",
        "any",
        "some",
        "every",
        "let",
        "lets",
        "us",
        "me",
        "them",
        "also",
        "only",
        "just",
        "very",
    ]
)
# Content words seen in one language of the corpus and rarely in the other: weaker cues than
# function words, for the short texts that have none ("veo 30 sec ad impact", "devis visuels ia").
# Drawn from knowledge/examples by `python -m bot.language_words` (a test checks they are current).
CONTENT_WEIGHT = 0.5
_AI = re.compile(r"\bAI\b")
_LINK = re.compile(r"\S+://\S+")
_IA = re.compile(r"\bIA\b")
# Shared or ambiguous short words that would otherwise tip short texts the wrong way.
_AMBIGUOUS = frozenset({"a", "on", "en", "i", "y", "est"})
FUNCTION_WORDS = _FR | _EN | _AMBIGUOUS  # never content cues: they are counted above


# A pasted draft or quote («…», “…”, "…") may be in another language than the person writing around it
# ("Traduction DeepL : « Please present yourself… » ça vous paraît ok ?"): their own words decide,
# when there are enough of them to.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
_QUOTE_OPENERS = ("«", "“", '"')
OWN_WORDS = 6


def _own_words(words: Words) -> Words:
    """`words` without its quoted passages, if at least OWN_WORDS words remain; else `words`."""
    bare = read(_QUOTED.sub(" ", words.text))
    return bare if len(bare.tokens) >= OWN_WORDS and bare.text != words.text else words


def detect(text: str | Words, default: str = "fr", content: bool = True) -> str:
    """Return "fr" or "en"; `default` when the text gives no usable cue. `content=False` ignores the
    content words: keywords such as "ig photo retouched influencer" are shared by both languages."""
    read_once = read(text)
    if "://" in read_once.text:  # a link's words ("example.com/blog") say nothing of the writer's language
        read_once = read(_LINK.sub(" ", read_once.text))
    if any(q in read_once.text for q in _QUOTE_OPENERS):
        read_once = _own_words(read_once)
    words, raw = read_once.tokens, read_once.text[:2000]
    # Lists, not generators: the same terms summed in the same order, faster.
    fr = sum([1.0 if w not in _AMBIGUOUS else 0.3 for w in words if w in _FR])
    en = sum([1.0 if w not in _AMBIGUOUS else 0.3 for w in words if w in _EN])
    if content:
        fr += CONTENT_WEIGHT * len([w for w in words if w in FR_WORDS])
        en += CONTENT_WEIGHT * len([w for w in words if w in EN_WORDS])
    # Accented letters are strong French cues ("l'", "d'" already count as words); "'s", "n't" English ones.
    if not raw.isascii():
        fr += 0.8 * sum(raw.count(c) for c in "éèêàùçôîâëïû")  # str.count: C speed
    # "AI" and "IA" (upper case: "j'ai" is French) name the topic itself in each language.
    en += 0.8 * len(_AI.findall(raw))
    fr += 0.8 * len(_IA.findall(raw))
    lowered = raw.lower().replace("’", "'")
    en += 1.5 * sum(lowered.count(p) for p in ("'s ", "n't", "'re", "'ll", "'ve"))
    if fr == en:
        return default if default in ("fr", "en") else "fr"
    return "fr" if fr > en else "en"


def lang_of_locale(locale: object, default: str) -> str:
    """A platform locale ("fr-FR", "en-US"…) to one of the coach's languages, else `default`."""
    prefix = locale[:2].lower() if isinstance(locale, str) else ""
    return prefix if prefix in ("fr", "en") else default
