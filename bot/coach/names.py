"""Named people: "Omar Sy", "Mikaela Shiffrin", "la voix de Marc", "Keanu's vibe", "our sommelier Marc".

A real person's face or voice in generated content needs their consent, and no lexicon can list
everyone. A capitalised first name from the lexicon's list followed by a capitalised surname, or a
first name right after "voix de" / "visage de" / "voice of" (or before "'s voice"), is a named
person: the extractor adds the fact `person:named`; rules and the classifier decide what it means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import fold

_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+"
# "Omar Sy", "Pierre Arditi", "Jean-Paul Gaultier", "Keanu Reeves", "Mikaela SHIFFRIN"
_FULL_NAME = re.compile(
    rf"(?<![\w@#])({_WORD})(?=\s+({_WORD}|[A-Z]{{2,}})\b)"
)  # overlapping: "Not Keanu Reeves"
# "la voix de Marc", "le visage d'Inès", "the voice of Julia", "Marc's voice", "à la Omar"
_FACE_OR_VOICE = re.compile(
    rf"(?:\b(?:voix|visage|tête|tete|photo|portrait|sosie|voice|face|likeness|style)\s+(?:de\s+|d['’]|of\s+)"
    rf"|\bà\s+la\s+|\bfaçon\s+|\bfacon\s+)({_WORD})"
    rf"|({_WORD})['’]s\s+(?:voice|face|likeness|vibe|look)\b",
    re.IGNORECASE,
)

# "our sommelier Marc", "notre responsable événementiel Sophie", "my colleague Julie": one of us,
# named by role then first name (a first name must follow; "our Louis Vuitton bag" is a house)
_ROLE_THEN_NAME = re.compile(
    rf"\b(?:our|my|notre|mon|ma|votre|your)\s+(?:[a-zà-ÿ'’-]+\s+){{1,3}}?({_WORD})(?:\s+({_WORD}))?"
)

# "an avatar of Sarah", "un clone de Karim", "a digital twin of Julie": a real person, replicated
_REPLICA_OF = re.compile(
    # the cue in any case ("Avatar de Karim" opens a sentence); the name keeps its capital
    rf"\b(?i:avatar|avatars|clone|clones|double|jumeau\s+numérique|jumeau\s+numerique|digital\s+twin|replica)"
    rf"(?:\s+[\w·.-]+)?\s+(?i:de\s+|d['’]|of\s+)({_WORD})"  # "un avatar HeyGen de Karim"
)

_REPLICA_CUES = ("avatar", "clone", "double", "jumeau", "twin", "replica")

# "in Tyler Stout's style", "Quentin Blake’s illustration style": an artist's style, a copyright question
_NAMES_STYLE = re.compile(rf"\b{_WORD}['’]s\s+(?:[a-z]+\s+)?style\b")

# What every `_FACE_OR_VOICE` match contains, without the name, in lower case: searched first in the
# lowered text (much cheaper than trying a name at every letter with IGNORECASE; most texts have none).
_FACE_OR_VOICE_CUE = re.compile(
    r"(?:voix|visage|tête|tete|photo|portrait|sosie|voice|face|likeness|style)\s+(?:de\s|d['’]|of\s)"
    r"|à\s+la\s|façon\s|facon\s|['’]s\s+(?:voice|face|likeness|vibe|look)"
)
# The only letters IGNORECASE matches to the cue's letters whose lower() is not that letter.
_ODD_CASE = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ


def _may_say_face_or_voice(text: str) -> bool:
    """False only when `_FACE_OR_VOICE` cannot match `text`."""
    return bool(_FACE_OR_VOICE_CUE.search(text.lower())) or (
        not text.isascii() and any(c in text for c in _ODD_CASE)
    )


class NameFinder:
    """Built once from the lexicon's first names (folded)."""

    def __init__(self, first_names: Iterable[str], brands: Iterable[str] = ()) -> None:
        self._first = frozenset(fold(n).lower() for n in first_names)
        self._brands = frozenset(fold(n).lower() for n in brands)  # "Christian Dior" is a house

    def named(self, text: str) -> bool:
        """True when `text` names a person by first and last name, or whose face/voice it is about."""
        if not self._first:
            return False
        for match in _FULL_NAME.finditer(text):
            if self._is_first(match.group(1)) and fold(match.group(2)).lower() not in self._brands:
                return True
        for match in _ROLE_THEN_NAME.finditer(text):
            after = match.group(2)
            if self._is_first(match.group(1)) and not (after and fold(after).lower() in self._brands):
                return True
        if not _may_say_face_or_voice(text):
            return False
        for match in _FACE_OR_VOICE.finditer(text):
            name = match.group(1) or match.group(2)
            if name and name[0].isupper() and self._is_first(name):
                return True
        return False

    @staticmethod
    def styled(text: str) -> bool:
        """True when `text` asks for someone's style by name ("in Tyler Stout's style")."""
        return "style" in text and _NAMES_STYLE.search(text) is not None

    def replicated(self, text: str) -> bool:
        """True when `text` makes an avatar, clone or twin of a person named by first name."""
        lowered = text.lower()
        if not self._first or not any(cue in lowered for cue in _REPLICA_CUES):
            return False
        return any(self._is_first(m.group(1)) for m in _REPLICA_OF.finditer(text))

    def _is_first(self, word: str) -> bool:
        return fold(word).lower().split("-")[0] in self._first
