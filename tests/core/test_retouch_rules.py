"""French image mentions fire each on its own case: the influencer law's "Images virtuelles" /
"Images retouchées" for paid influencer content, "Photographie retouchée" (Code de la santé
publique L.2133-2) for a brand's own ad photo of a reshaped model."""

from __future__ import annotations

import pytest

from bot.coach.engine import Coach
from bot.coach.model import Assessment
from tests.support.findings import cards_of

INFLUENCER = "transparency/french-influencer-law"
RETOUCHED = "transparency/retouched-photos"


def _advice(a: Assessment) -> str:
    return " ".join(f"{f.title} {f.advice}" for f in a.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Influencer partnership on Instagram: the creator's face will be generated with Midjourney",
        "Partenariat rémunéré avec une influenceuse : son visage sera généré par IA pour la campagne TikTok",
        "Lancer une influenceuse virtuelle créée avec Midjourney pour nos cosmétiques sur Instagram",
    ],
)
def test_paid_influencer_content_with_an_ai_face_gets_the_influencer_mention(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert INFLUENCER in cards_of(a), _advice(a)
    assert "Images virtuelles" in _advice(a)
    assert "Photographie retouchée" not in _advice(a)


@pytest.mark.parametrize(
    "text",
    [
        "For our spring billboard campaign the agency slimmed the model's waist with Photoshop AI",
        "Sur l'affiche de la campagne, l'agence a affiné la silhouette du mannequin avec l'IA de Photoshop",
        "Pour le catalogue, les photos des mannequins ont été amincies par le studio",
    ],
)
def test_brand_ad_with_a_slimmed_model_gets_photographie_retouchee(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert RETOUCHED in cards_of(a), _advice(a)
    assert "Photographie retouchée" in _advice(a)
    assert INFLUENCER not in cards_of(a)
    assert "Images virtuelles" not in _advice(a)


def test_a_brand_catalogue_of_ai_models_is_not_told_the_influencer_law_applies(coach: Coach) -> None:
    a = coach.assess("Remplacer les mannequins de notre catalogue par des mannequins générés par IA.")
    assert INFLUENCER not in cards_of(a)
    assert a.findings and any(f.pillar.value == "transparency" for f in a.findings)


def test_a_paid_creator_whose_body_was_reshaped_gets_images_retouchees(coach: Coach) -> None:
    a = coach.assess("Paid partnership on TikTok: the creator's body was reshaped with an AI filter")
    assert INFLUENCER in cards_of(a), _advice(a)
    assert "Images retouchées" in _advice(a)
    assert RETOUCHED not in cards_of(a)
