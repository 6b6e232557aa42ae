"""Features of a message for the classifier: the same function at training and at run time.

Word unigrams and bigrams (folded, light plural fold), character n-grams of each word so typos,
missing accents and inflections still match, the lexicon facts extraction found (tools, media,
people, data…: knowledge the corpus alone cannot teach), and negated words marked as such
("sans personne", "no faces"). Numbers are one token: "15 subject lines" must not look like "15 M€".
"""

from __future__ import annotations

from collections.abc import Iterable

from .text import Words, key, tokens

MAX_TOKENS = 300  # a pasted draft is classified on its beginning: enough to know what it is about
CHAR_NGRAMS = (3, 4, 5)
NEGATION_REACH = 3
_NEGATIONS = frozenset(
    {"sans", "aucun", "aucune", "pas", "jamais", "ni", "rien", "no", "without", "not", "never", "none", "nor"}
    | {"nothing", "zero"}
)
# "pas de", "no" are negations; these words after them do not carry the negated topic.
_FILLERS = frozenset({"de", "d", "du", "des", "la", "le", "les", "l", "a", "an", "the", "any", "un", "une"})
NUMBER = "<n>"


def _word(token: str) -> str:
    return NUMBER if token[0].isdigit() else key(token)


def words(text: str | Words) -> list[str]:
    """The message's word keys, numbers folded to one token, at most MAX_TOKENS."""
    said = text.tokens if isinstance(text, Words) else tokens(text)
    return [_word(t) for t in said[:MAX_TOKENS]]


def negated(ws: list[str]) -> list[bool]:
    """For each word, whether a negation shortly before it (articles not counted) negates it."""
    out = [False] * len(ws)
    reach = 0
    for i, w in enumerate(ws):
        if w in _NEGATIONS:
            reach = NEGATION_REACH
            continue
        if reach and w not in _FILLERS:
            out[i] = True
            reach -= 1
    return out


def chars(w: str) -> list[str]:
    """The character n-grams of one word (padded with spaces: "ai" → " ai", "ai "…)."""
    padded = f" {w} "
    size = len(padded)
    return [padded[i : i + n] for n in CHAR_NGRAMS for i in range(size - n + 1)]


def split(text: str | Words, facts: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """The word-level features (words, bigrams, facts, in text order) and the words whose character
    n-grams complete them: `featurize` joins the two; the classifier caches n-grams per word."""
    ws = words(text)
    out: list[str] = []
    append = out.append
    previous = "<s>"
    for w, neg in zip(ws, negated(ws), strict=True):
        append(("!" if neg else "w:") + w)
        append(f"b:{previous} {w}")
        previous = w
    out.extend("x:" + f for f in facts)
    return out, [w for w in ws if w != NUMBER]


def featurize(text: str, facts: Iterable[str] = ()) -> list[str]:
    """Feature strings of a message (with repeats: the caller counts them)."""
    out, spelled = split(text, facts)
    for w in spelled:
        out.extend(chars(w))
    return out
