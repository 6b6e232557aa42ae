"""The disclosure helper's core: parsing (fr/en, aliases, situations), unknowns, and every answer the data
gives, walked place × medium × situation × language."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot import knowledge
from bot.coach.disclosure import LabelAnswer, LabelUnknown, Vocabulary, answer, build, hint
from bot.coach.disclosure_data import DisclosureData
from bot.coach.engine import Coach
from bot.coach.model import LANGS, Pillar
from bot.coach.typography import french_spacing_in

MUSTS = {"required", "depends", "recommended", "not_applicable"}
PRIMARY = re.compile(
    r"https://(www\.legifrance\.gouv\.fr|eur-lex\.europa\.eu|www\.meta\.com|developers\.facebook\.com|"
    r"transparency\.meta\.com|newsroom\.tiktok\.com|ads\.tiktok\.com|support\.google\.com|"
    r"www\.linkedin\.com|newsroom\.pinterest\.com|help\.snapchat\.com|developers\.google\.com|spec\.c2pa\.org)/"
)


@pytest.fixture(scope="module")
def data() -> DisclosureData:
    d = knowledge.load(with_classifier=False).disclosure
    assert d is not None
    return d


@pytest.fixture(scope="module")
def vocab(data: DisclosureData) -> Vocabulary:
    return Vocabulary(data)


def ask(data: DisclosureData, vocab: Vocabulary, text: str, lang: str | None = None) -> Any:
    return answer(data, vocab, text, lang, "fr")


@pytest.mark.parametrize(
    ("text", "place", "medium"),
    [
        ("tiktok video", "tiktok", "video"),
        ("insta image", "instagram", "image"),
        ("ig photo", "instagram", "image"),
        ("fb vidéo", "instagram", "video"),
        ("Threads visuel", "instagram", "image"),
        ("yt short", "youtube", "video"),
        ("YouTube podcast", "youtube", "audio"),
        ("linkedin post", "linkedin", "text"),
        ("twitter article", "x", "text"),
        ("x image", "x", "image"),
        ("site web texte", "website", "text"),
        ("blog illustration", "website", "image"),
        ("pub meta reel", "meta_ads", "video"),
        ("Facebook Ads carousel", "meta_ads", "image"),
        ("google ads banner", "google_ads", "image"),
        ("pub tiktok spot", "tiktok_ads", "video"),
        ("newsletter visuel", "newsletter", "image"),
        ("communiqué de presse texte", "press_release", "text"),
        ("press release photo", "press_release", "image"),
        ("affiche photo", "print_ad", "image"),
        ("out of home poster image", "print_ad", "image"),
        ("chatbot voix", "chatbot", "audio"),
        ("Pinterest épingle image", "pinterest", "image"),
        ("snap photo", "snapchat", "image"),
    ],
)
def test_places_and_media_are_read_from_their_aliases_in_both_languages(
    data: DisclosureData, vocab: Vocabulary, text: str, place: str, medium: str
) -> None:
    a = ask(data, vocab, text)
    assert isinstance(a, LabelAnswer), a
    assert (a.place, a.medium, a.medium_assumed) == (place, medium, False)


@pytest.mark.parametrize(
    ("text", "situations"),
    [
        ("instagram image", ()),
        ("instagram image générée par IA", ("generated",)),
        ("instagram image retouchée", ("edited",)),
        ("instagram photo AI-edited", ("edited",)),
        ("tiktok video real person", ("real_person",)),
        ("tiktok vidéo personne réelle", ("real_person",)),
        ("insta image retouchée partenariat", ("edited", "partnership")),
        ("instagram reel influencer sponsored", ("partnership",)),
    ],
)
def test_situation_words_are_read(
    data: DisclosureData, vocab: Vocabulary, text: str, situations: tuple[str, ...]
) -> None:
    a = ask(data, vocab, text)
    assert isinstance(a, LabelAnswer)
    assert a.situations == situations


def test_a_place_alone_is_answered_for_its_usual_medium_and_says_so(
    data: DisclosureData, vocab: Vocabulary
) -> None:
    a = ask(data, vocab, "tiktok", "en")
    assert isinstance(a, LabelAnswer)
    assert (a.medium, a.medium_assumed) == ("video", True)
    assert set(a.other_media) == {"image", "audio / voice", "text"}


@pytest.mark.parametrize("text", ["myspace image", "gif", "", "bluesky vidéo", "une image"])
def test_an_unknown_place_gives_the_known_places_never_a_guess(
    data: DisclosureData, vocab: Vocabulary, text: str
) -> None:
    a = ask(data, vocab, text, "en")
    assert isinstance(a, LabelUnknown) and a.kind == "place"
    assert [k for k, _ in a.known] == list(data.places)
    assert a.as_dict()["error"] == "unknown place"


@pytest.mark.parametrize("text", ["tiktok gif", "instagram hologramme", "linkedin whitepaper-pdf"])
def test_an_unknown_medium_gives_the_known_media(data: DisclosureData, vocab: Vocabulary, text: str) -> None:
    a = ask(data, vocab, text, "fr")
    assert isinstance(a, LabelUnknown) and a.kind == "medium"
    assert dict(a.known) == {"image": "image", "video": "vidéo", "audio": "audio / voix", "text": "texte"}


def test_the_language_follows_the_request_then_the_words(data: DisclosureData, vocab: Vocabulary) -> None:
    assert ask(data, vocab, "tiktok video", "en").lang == "en"
    assert ask(data, vocab, "tiktok video", "fr").mention == "Vidéo générée par IA"
    assert ask(data, vocab, "tiktok video", "en").mention == "AI-generated video"


CASES = [(), ("generated",), ("edited",), ("real_person",), ("partnership",), ("edited", "partnership")]


def test_every_place_and_medium_is_answered_in_both_languages_for_every_situation(
    data: DisclosureData,
) -> None:
    """Walks the data: a verdict, a mention, where, metadata, named reasons and primary sources each time."""
    count = 0
    for place in data.places:
        for medium in data.media:
            for situations in CASES:
                for lang in LANGS:
                    a = build(data, place, medium, situations, lang)
                    where = f"{place} × {medium} {situations} ({lang})"
                    assert a.must in MUSTS, where
                    assert a.mention.strip() and a.where.strip() and a.metadata.strip(), where
                    assert a.reasons and all(r.name and r.when and r.sources for r in a.reasons), where
                    assert {r.kind for r in a.reasons} <= {"law", "platform", "practice"}, where
                    for s in a.sources:
                        assert PRIMARY.match(s.url) and s.publisher and 2000 < s.year <= 2026, (where, s)
                    if lang == "en":
                        shown = " ".join(
                            [a.mention, a.where, a.metadata, a.note, *(r.when for r in a.reasons)]
                        )
                        assert not french_spacing_in(shown), where
                    count += 1
    assert count == len(data.places) * len(data.media) * len(CASES) * 2 >= 15 * 4 * 6 * 2


def _kinds(a: LabelAnswer) -> dict[str, str]:
    return {r.name: r.kind for r in a.reasons}


def test_the_law_is_named_where_it_applies(data: DisclosureData, vocab: Vocabulary) -> None:
    retouched = ask(data, vocab, "affiche photo retouchée", "fr")
    assert retouched.must == "required" and retouched.mention == "Photographie retouchée"
    assert any("L.2133-2" in name for name in _kinds(retouched))
    assert any("JORFTEXT000034580217" in s.url for s in retouched.sources)

    virtual = ask(data, vocab, "instagram image partenariat", "fr")
    assert virtual.must == "required" and "Images virtuelles" in virtual.mention
    assert any("2023-451" in name for name in _kinds(virtual))
    assert any("2024-978" in s.url for s in virtual.sources)  # the equivalent mention is allowed since then
    assert "Images retouchées" in ask(data, vocab, "instagram image retouchée partenariat", "fr").mention

    likeness = ask(data, vocab, "tiktok vidéo personne réelle", "fr")
    assert likeness.must == "required" and "accord" in likeness.mention
    assert any("226-8" in name for name in _kinds(likeness))

    release = ask(data, vocab, "press release text", "en")
    assert release.must == "depends" and "reviewed" in release.mention
    assert any("reviewed or edited it" in r.when for r in release.reasons)  # Art. 50(4) exemption

    bot = ask(data, vocab, "chatbot", "en")
    assert bot.must == "required" and any("50(1)" in r.name for r in bot.reasons)


def test_platform_rules_and_toggles_come_from_the_platforms_own_pages(
    data: DisclosureData, vocab: Vocabulary
) -> None:
    tiktok = ask(data, vocab, "tiktok video", "en")
    assert tiktok.must == "required" and "AI-generated content" in tiktok.where
    assert _kinds(tiktok)["TikTok rule"] == "platform"
    assert "practice" not in _kinds(tiktok).values()  # a duty is stated: no "good practice" padding
    youtube = ask(data, vocab, "youtube video", "en")
    assert "Altered content" in youtube.where and "support.google.com/youtube" in youtube.sources[-1].url
    ads = ask(data, vocab, "tiktok ads video", "en")
    assert ads.must == "required" and "Add disclaimer" in ads.where
    assert "strip" in ask(data, vocab, "website image", "en").metadata


def test_print_is_not_influencer_content(data: DisclosureData, vocab: Vocabulary) -> None:
    a = ask(data, vocab, "affiche image partenariat", "fr")
    assert not any("2023-451" in name for name in _kinds(a))
    assert "2023-451" in a.note


def test_the_answer_json(data: DisclosureData, vocab: Vocabulary) -> None:
    d = ask(data, vocab, "instagram image", "en").as_dict()
    assert {
        "language",
        "place",
        "medium",
        "must",
        "mention",
        "where",
        "metadata",
        "reasons",
        "sources",
    } <= set(d)
    assert all(set(s) == {"title", "publisher", "year", "url"} for s in d["sources"])


# --- the link from transparency findings -----------------------------------------------------------


@pytest.fixture(scope="module")
def coach() -> Coach:
    from bot.bootstrap import build_coach

    return build_coach()


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("On va générer 30 visuels avec Midjourney pour Instagram", "/ai-check label instagram image"),
        ("We will post a Sora video on TikTok", "/ai-check label tiktok video"),
        ("Un article de blog rédigé par ChatGPT", "/ai-check label website text"),
    ],
)
def test_transparency_findings_link_to_the_helper_with_what_the_text_named(
    coach: Coach, text: str, command: str
) -> None:
    a = coach.assess(text)
    linked = [f for f in a.findings if f.label is not None]
    assert linked and all(f.pillar is Pillar.TRANSPARENCY for f in linked)
    assert all(f.label.command == command for f in linked if f.label)
    found = a.as_dict()["findings"]
    assert all(("label" in f) == (f["pillar"] == "transparency") for f in found)


def test_a_text_naming_no_place_gets_the_generic_form(vocab: Vocabulary) -> None:
    assert (
        hint(vocab, "On publie des visuels générés", ("image",)).command == "/ai-check label <where> [what]"
    )
    assert hint(vocab, "un site avec une image").place is None  # "site" alone is too vague to link
