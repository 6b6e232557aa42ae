"""What the words around a match say about it: negated ("sans personne", "on clone personne"), a
group said to be missing ("zéro femme"), someone who asks rather than is shown ("notre DG veut…"),
or the writer's own job ("je suis stagiaire"). Read on the matching keys by `extract`.
"""

from __future__ import annotations

from itertools import pairwise

from .text import key, keyset

# "sans personne", "no faces", "pas un clone", "rien de confidentiel": these concepts, negated, are
# absent — and said to be ("negated:people"), which the rules and the classifier both read.
# "tournage réel, pas d'IA", "no AI anywhere": a text that says it uses no AI is not about AI.
NEGATABLE: tuple[str, ...] = ("people:", "data:likeness", "data:confidential", "data:personal")
NEGATABLE += ("synthetic:clone", "synthetic:voice", "topic:ai", "realistic", "brand:logo", "made:real")
NEGATABLE += ("person:role",)  # "none of our hosts", "aucun de nos animateurs": nobody of ours
_NEGATION_WORDS = ["sans", "aucun", "aucune", "pas", "jamais", "ni", "rien"]
_NEGATION_WORDS += ["no", "without", "not", "never", "none", "nor", "nothing", "zero"]
_NEGATIONS = frozenset(key(w) for w in _NEGATION_WORDS)
# "won't", "don't", "isn't" read as "won t", "don t", "isn t": the "t" negates after these.
_CONTRACTED = frozenset(
    key(w)
    for w in [
        *("don", "won", "didn", "doesn", "isn", "aren", "wasn", "weren", "can", "couldn", "shouldn"),
        *("wouldn", "haven", "hasn", "hadn", "ain", "mustn"),
    ]
)
# "On clone personne", "on ne filme personne": after these verbs, "personne" is nobody — unless someone
# follows ("on clone la voix de personne d'autre" is rare; "clone personne âgée" is not French).
_SHOWN = frozenset(
    key(w)
    for w in (
        *("clone", "clones", "clonons", "clonez", "clonera", "imite", "imitons", "copie", "copions"),
        *("montre", "montrons", "filme", "filmons"),
    )
)
_SOMEONE_AFTER = (["de"], ["d"], ["qui"], ["que"])
# Between the negation and the concept: articles, and "vrai"/"real" ("aucune vraie personne").
_FILLER_WORDS = ["de", "d", "du", "des", "la", "le", "les", "l", "un", "une", "vrai", "vraie", "vrais"]
_FILLER_WORDS += ["vraies", "a", "an", "the", "any", "real", "actual"]
_FILLER_WORDS += ["of", "our", "nos", "notre", "my", "mes"]  # "none of our hosts", "aucun de nos"
_NEGATION_FILLERS = frozenset(key(w) for w in _FILLER_WORDS)
NEGATION_REACH = 3


def _phrases(text: str) -> frozenset[tuple[str, ...]]:
    """Comma-separated phrases, each as its word keys."""
    return frozenset(tuple(key(w) for w in phrase.split()) for phrase in text.split(","))


# "zéro femme", "no women", "aucune personne âgée": a group missing from the images is a representation
# problem, not an absence of people (whereas "sans personne", "no faces" are).
_GROUPS = keyset("femme femmes woman women homme hommes men senior seniors jeune jeunes young girl fille")
_QUALIFIERS = keyset(
    """agee agees age ages over older elderly noire noires noir noirs black racisee racisees handicape
    handicapee handicapees disabled ronde rondes grosse grosses curvy plus"""
)
# "le DG veut un chiffre", "our CEO asked for 20 visuals": a role followed by one of these verbs is who
# asks, not who is shown, unless the text comes back to their own face or voice ("de lui", "his voice").
_REQUESTS = keyset(
    """veut voudrait souhaite souhaiterait demande aimerait prefere trouve pense insiste exige valide
    attend adore deteste refuse hesite envisage propose compte wants want asked asks would wanted needs
    insists prefers loves hates thinks says said likes expects suggested suggests signed"""
)
_REQUEST_FILLERS = keyset("m me nous a t il elle s really also aussi just still encore keeps has is")
_SELF = _phrases(
    """de lui, d elle, lui meme, elle meme, himself, herself, of him, of her, sa voix, son visage, his voice,
    his face, her voice, her face, son avatar, his avatar, her avatar, son double, his likeness, her likeness,
    en avatar, sa photo, his photo"""
)


def is_negated(ks: list[str], start: int, end: int) -> bool:
    """A negation at most NEGATION_REACH words before `start`, articles and "real" not counted;
    or "y a personne" (spoken French for "there is nobody"); or "personne n'a été cloné" (nobody);
    or "on clone personne", "on ne montre personne": "personne" right after a verb is nobody."""
    if start >= 2 and ks[start - 2 : start] == ["y", "a"] and ks[start] == "personne":
        return True
    if ks[start] == "personne" and start and ks[start - 1] in _SHOWN:
        return True
    if (
        ks[end - 1] in _SHOWN
        and ks[end : end + 1] == ["personne"]
        and ks[end + 1 : end + 2] not in _SOMEONE_AFTER
    ):
        return True
    before = ks[max(0, start - 5) : start]
    if any(a == "personne" and b in ("n", "ne") for a, b in pairwise(before)):
        return True
    reach = 0
    window = ks[max(0, start - 2 * NEGATION_REACH) : start]
    for i in range(len(window) - 1, -1, -1):
        k = window[i]
        if k in _NEGATIONS or (k == "t" and i and window[i - 1] in _CONTRACTED):
            return True
        if k not in _NEGATION_FILLERS:
            reach += 1
            if reach >= NEGATION_REACH:
                return False
    return False


def group_missing(ks: list[str], start: int, end: int, fact: str) -> bool:
    """A group of people ("femmes", "personnes âgées"), not people at all, is what is said to be missing."""
    if not fact.startswith("people:"):
        return False
    return ks[start] in _GROUPS or any(k in _QUALIFIERS for k in ks[end : end + 2])


def requesting(ks: list[str], end: int) -> bool:
    """The role just named asks for something ("notre DG veut…") and is not then shown ("…de lui")."""
    after = [k for k in ks[end : end + 4] if k not in _REQUEST_FILLERS][:1]
    if not after or after[0] not in _REQUESTS:
        return False
    rest = ks[end:]
    return not any(tuple(rest[i : i + n]) in _SELF for n in (1, 2) for i in range(len(rest)))


# "Je suis stagiaire et…", "I'm the intern", "en tant que CM": the writer's own job, not people shown.
_SPEAKER = _phrases("je suis, j suis, chui, i m, im, i am, en tant que, as a, as an, as the, moi")
_SPEAKER_ARTICLES = keyset("un une le la l a an the")


def speaker(ks: list[str], start: int) -> bool:
    before = ks[max(0, start - 5) : start]
    # "je suis une stagiaire", "as a community manager": an article or one word of the job between
    heads = (before, before[:-1], before[:-2] if len(before) > 1 and before[-2] in _SPEAKER_ARTICLES else [])
    return any(tuple(b[-n:]) in _SPEAKER for b in heads for n in (1, 2, 3) if len(b) >= n)
