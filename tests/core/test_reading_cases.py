"""Messages from the 10th set of independent checks that the coach used to misread, end to end through
the trained model, the rules and the readings (each test fails on the version before the fix)."""

from __future__ import annotations

import pytest

from bot import knowledge
from bot.coach.engine import Coach
from bot.coach.model import Assessment, Severity
from tests.support.findings import pillars_of


@pytest.fixture(scope="module")
def coach() -> Coach:
    return Coach(knowledge.load(), None)


def _said(a: Assessment) -> str:
    return " ".join(f"{f.title} {f.advice}" for f in a.findings).lower()


@pytest.mark.parametrize(
    "text",
    [
        "On voudrait que l'algo choisisse à qui envoyer les codes -30% selon le prénom et le quartier",
        "Utiliser Gemini pour choisir automatiquement quels prospects reçoivent l'offre d'essai gratuit, "
        "en se basant sur le prénom et le code postal",
        "Idea: let the model decide which neighbourhoods get the 50% off promo, using postcode and age.",
    ],
)
def test_an_ai_choosing_who_gets_an_offer_on_proxies_is_a_discrimination_point(
    coach: Coach, text: str
) -> None:
    a = coach.assess(text)
    assert "bias" in pillars_of(a)
    assert "discrimination" in _said(a)
    assert not any("bias/places-and-cultures" in f.cards for f in a.findings)  # a neighbourhood is no scenery
    assert sum(f.pillar.value == "bias" for f in a.findings) == 1


def test_a_job_ad_shown_only_to_men_of_an_age_is_discrimination(coach: Coach) -> None:
    a = coach.assess(
        "Pour le recrutement de nos pentesters, Copilot écrit l'annonce et on cible uniquement "
        "les hommes de 25-35 ans"
    )
    assert any(f.pillar.value == "bias" and "discrimination" in f.title.lower() for f in a.findings)


def test_an_illustrators_style_is_copyright_not_likeness(coach: Coach) -> None:
    a = coach.assess("Pour les faire-part, un style « à la Pénélope Bagieu » via Midjourney, ça passe ?")
    assert "copyright" in pillars_of(a)
    assert "privacy" not in pillars_of(a)


def test_a_follow_up_count_gets_its_estimate(coach: Coach) -> None:
    a = coach.assess("Combien d'énergie pour générer une image avec Midjourney ? et pour 1000 ?")
    assert a.footprint is not None and a.footprint.energy_wh.high > 1000


def test_a_late_ceos_cloned_voice_needs_consent_from_the_family(coach: Coach) -> None:
    a = coach.assess("On aimerait faire parler notre ancien PDG (décédé) avec une voix clonée sur ElevenLabs")
    assert "person:role" in a.mentions.facts
    assert "ayants droit" in _said(a) and "consentement" in _said(a)


def test_a_declared_disability_is_health_data(coach: Coach) -> None:
    a = coach.assess(
        "We have a list of passengers who told us about a disability for assisted boarding. Can we run it "
        "through ChatGPT to personalise the accessibility emails?"
    )
    assert "data:health" in a.mentions.facts
    assert any(f.pillar.value == "privacy" and f.severity is Severity.CRITICAL for f in a.findings)


def test_a_campaign_about_disability_is_not_health_data(coach: Coach) -> None:
    a = coach.assess("Write 5 LinkedIn posts with ChatGPT for disability awareness week, featuring our team")
    assert "data:health" not in a.mentions.facts


def test_mums_are_people_and_a_baby_bottle_is_no_water(coach: Coach) -> None:
    a = coach.assess(
        "30 lifestyle pics with Midjourney for the anti-colic bottle range: all of them mums "
        "feeding baby at 3am"
    )
    assert "people" in a.mentions.facts
    assert not {"topic:water", "upload"} & a.mentions.facts
    assert "bias" in pillars_of(a)


@pytest.mark.parametrize(
    "text", ["On fête les 80 ans de la boîte avec ChatGPT", "Un visuel bois clair, Firefly"]
)
def test_a_box_or_wood_is_no_water(coach: Coach, text: str) -> None:
    assert "topic:water" not in coach.assess(text).mentions.facts


@pytest.mark.parametrize(
    "text",
    [
        "On laisse l'algo Advantage+ de Meta choisir qui voit la promo -50 %, il peut exclure des quartiers",
        "Can we let Performance Max decide which postcodes see the discounted tickets?",
        "Product wants an LLM to pick which users get the free Premium trial, based on their profile pics",
    ],
)
def test_ad_platforms_choosing_who_sees_an_offer_get_the_audience_point(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert "decide:audience" in a.mentions.facts
    assert any(f.pillar.value == "bias" for f in a.findings)


def test_a_photographers_look_is_a_style_not_their_likeness(coach: Coach) -> None:
    a = coach.assess("can Firefly make our brochure shots look like Annie Leibovitz took them?")
    assert "copyright" in pillars_of(a)
    assert "privacy" not in pillars_of(a)


def test_a_fan_poster_contest_shows_no_fans(coach: Coach) -> None:
    a = coach.assess("how much CO2 would ~1,000 DALL-E images be? thinking of a fan poster contest")
    assert "people" not in a.mentions.facts
    assert not {"bias", "privacy"} & pillars_of(a)
    assert a.footprint is not None and a.footprint.energy_wh.low >= 1000


def test_synopses_are_text_not_video(coach: Coach) -> None:
    a = coach.assess(
        "Going to have ChatGPT write 300 short synopses for the catalogue pages of our VOD library."
    )
    assert a.footprint is not None and a.footprint.energy_wh.high < 1000


def test_generated_cyclists_with_no_real_person_get_the_bias_point(coach: Coach) -> None:
    a = coach.assess(
        "On remplace le shooting par des photos Firefly de cyclistes. "
        "Aucune personne réelle, que des gens générés."
    )
    assert "fictional:only" in a.mentions.facts
    assert "bias" in pillars_of(a) and "privacy" not in pillars_of(a)


@pytest.mark.parametrize(
    "text",
    [
        "Faut il mettre 'généré par IA' sur mes posts insta ? c'est juste des fonds abstraits, pas de gens",
        "est ce qu'on est obligés de mettre « image générée par IA » sur les affiches si les persos sont "
        "en 3D cartoon ?",
    ],
)
def test_asking_whether_to_label_abstract_visuals_is_answered(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert "topic:disclosure" in a.mentions.facts
    assert "transparency" in pillars_of(a)


def test_an_illustrative_quote_from_nobody_is_a_fake_testimonial(coach: Coach) -> None:
    a = coach.assess(
        "Homepage draft from Claude: '“Since installing SunPeak panels our electricity bill dropped "
        "to zero!” — Sarah, Lyon'. "
        "There's no Sarah, it's just an illustrative example. OK to ship?"
    )
    assert "fictional:only" in a.mentions.facts
    assert any("transparency/fake-reviews-testimonials" in f.cards for f in a.findings)
    assert "privacy" not in pillars_of(a)


def test_translating_real_testimonials_is_no_fake_review(coach: Coach) -> None:
    a = coach.assess(
        "Sur la page témoignages, tous les clients sont réels et ont signé une autorisation. On veut juste "
        "traduire leurs textes en allemand avec DeepL pour le site DE."
    )
    # no critical "don't publish AI-written reviews" (the classifier may still offer its card as a tip)
    assert not any(f.severity is Severity.CRITICAL for f in a.findings)
