"""Who gets an offer, chosen by a machine: "laisser un modèle choisir à quels clients on pousse l'offre",
"let Gemini decide which small merchants get the cash advance", "pick who sees the ad".

The lexicon lists fixed phrases ("which customers get"); people write the group they mean in between
("which *small* merchants", "à quels *bons* clients"). This reads the shape instead: a choosing verb,
then "which"/"quels" and a group of people, or "who"/"qui" and a verb of receiving, a few words on.
"Choose which taglines get boosted" names no people and is not read.
"""

from __future__ import annotations

from .text import keyset

_CHOOSE = keyset(
    """decide decides deciding choose chooses choosing pick picks picking select selects selecting
    target targets targeting determine determines choisir choisit choisisse choisissent choisira decider
    decidera selectionner selectionne selectionnera cibler determiner"""
)
_WHICH = keyset("which quels quelles quel quelle")
_WHO = keyset("who whom qui")
# Between the verb and "which"/"who": "choisir à quels", "decide for us which", "pick out who".
_BETWEEN = keyset("a to for us nous out the pour de d")
_GROUPS = keyset(
    """customers customer clients client clientes cliente users user members membres merchants
    commercants prospects leads subscribers abonnes accounts comptes households foyers shoppers
    borrowers emprunteurs applicants tenants locataires patients students etudiants people personnes
    gens buyers acheteurs donors donateurs consumers consommateurs families familles employees salaries
    adherents beneficiaires beneficiaries residents habitants sellers vendeurs partners partenaires
    franchisees franchises retailers shops boutiques magasins stores
    zip postcodes postcode postaux neighbourhoods neighborhoods quartiers areas districts communes
    arrondissements"""
)  # the places people live stand for them: "decide which zip codes get the offer" picks people
_RECEIVE = keyset(
    """get gets receive receives see sees recoit recoivent recoive voit voient voie offered eligible
    qualifies qualify deserve deserves merite meritent"""
)
_REACH = 4  # words after "which"/"who" where the group or the receiving verb may stand


def picks_people(ks: list[str]) -> bool:
    """Whether the words (matching keys) say a choice of which people get or see something."""
    for i, k in enumerate(ks):
        if k not in _CHOOSE:
            continue
        j = i + 1
        while j < len(ks) and j <= i + 3 and ks[j] in _BETWEEN:
            j += 1
        if j >= len(ks):
            return False
        after = ks[j + 1 : j + 1 + _REACH]
        if ks[j] in _WHICH and not _GROUPS.isdisjoint(after):
            return True
        if ks[j] in _WHO and not _RECEIVE.isdisjoint(after):
            return True
    return False
