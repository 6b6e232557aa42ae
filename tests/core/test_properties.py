"""Property tests: whatever people paste, the engine answers validly, deterministically, quickly."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.coach.engine import Coach
from bot.coach.findings import MAX_FINDINGS, MAX_PER_PILLAR
from bot.coach.model import Assessment
from bot.coach.text import fold, key, tokens

PILLARS = {"bias", "transparency", "footprint", "privacy", "copyright", "accuracy"}
SEVERITIES = {"info", "warning", "critical"}

# Words the lexicon knows, mixed with numbers and noise: reaches deep into the rules.
WORDS = [
    "générer",
    "generate",
    "30",
    "dix",
    "une",
    "vidéo",
    "videos",
    "de",
    "15",
    "secondes",
    "seconds",
    "images",
    "visuels",
    "Midjourney",
    "DALL·E",
    "gpt-4o-mini",
    "ChatGPT",
    "Sora",
    "Runway",
    "Pika",
    "Suno",
    "ElevenLabs",
    "Claude",
    "salariés",
    "employees",
    "mannequins",
    "avatar",
    "voice",
    "clone",
    "CV",
    "candidats",
    "emails",
    "base",
    "clients",
    "confidentiel",
    "deck",
    "style",
    "of",
    "Ghibli",
    "Instagram",
    "TikTok",
    "publish",
    "tel",
    "quel",
    "statistiques",
    "reviews",
    "five-star",
    "per",
    "month",
    "par",
    "mois",
    "10,000",
    "1.5",
    "combien",
    "how",
    "much",
    "water",
    "eau",
    "CO2",
    "?",
    "!",
    "l'IA",
    "d'images",
    "'",
    "’",
    "-",
    "%",
    "historique",
    "banlieue",
    "Afrique",
    "chatbot",
    "site",
    "droits",
    "copyright",
    "1e9",
    "0",
    "-5",
]
RTL_EMOJI = ["مرحبا بالعالم", "שלום", "\u202e", "\u200f", "🎉", "👩🏽‍💻", "🏳️‍🌈", "\ufeff", "\u0301", "ﷺ"]
CONTROL = ["\x00", "\x07", "\x1b[31m", "\r", "\n", "\t", "\x7f", "\u2028", "\ud7ff"]

marketer_text = st.lists(st.sampled_from(WORDS + RTL_EMOJI + CONTROL), max_size=40).map(" ".join)
any_text = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    st.text(alphabet=st.sampled_from("".join(CONTROL + RTL_EMOJI) + "aé1 ?"), max_size=200),
    marketer_text,
)
langs = st.sampled_from([None, "fr", "en", "de", ""])

HUGE = ("Générer 30 visuels de nos salariés avec Midjourney pour Instagram. " * 20_000)[:1_000_000]
HUGE_NOISE = "🎉\x00مرحبا" * 150_000
PROPS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _valid(a: Assessment) -> None:
    assert a.language in ("fr", "en")
    assert isinstance(a.answer, str) and a.answer
    assert len(a.findings) <= MAX_FINDINGS
    for f in a.findings:
        assert f.pillar.value in PILLARS
        assert f.severity.value in SEVERITIES
        assert f.sources and all(s.url.startswith("https://") for s in f.sources)
    for p in PILLARS:
        assert sum(f.pillar.value == p for f in a.findings) <= MAX_PER_PILLAR
    if a.footprint is not None:
        for r in (a.footprint.energy_wh, a.footprint.water_l, a.footprint.co2e_g):
            assert 0 <= r.low <= r.high
            assert r.high < float("inf")
    d = a.as_dict()
    assert set(d) - {"suggestions", "headline"} == {"language", "findings", "footprint", "answer"}
    assert "suggestions" not in d or (not d["findings"] and 1 <= len(d["suggestions"]) <= 3)
    text = json.dumps(d, ensure_ascii=False, allow_nan=False)
    assert json.loads(text) == d
    text.encode("utf-8")  # no lone surrogate reaches the output


@PROPS
@given(text=any_text, lang=langs)
@example(text=HUGE, lang=None)
@example(text=HUGE_NOISE, lang=None)
@example(text="\x00" * 10_000, lang="en")
@example(text="9" * 100_000 + " images", lang=None)
@example(text="\ud800 lone surrogate images", lang=None)
def test_never_raises_and_always_valid(coach: Coach, text: str, lang: str | None) -> None:
    a = coach.assess(text, lang)
    _valid(a)
    if lang in ("fr", "en"):
        assert a.language == lang


@PROPS
@given(text=any_text, lang=langs)
@example(text=HUGE, lang="en")
def test_deterministic(coach: Coach, text: str, lang: str | None) -> None:
    assert coach.assess(text, lang).as_dict() == coach.assess(text, lang).as_dict()


@PROPS
@given(text=marketer_text)
def test_lang_override_only_changes_wording(coach: Coach, text: str) -> None:
    """Forcing a language never changes which rules fire on a plan (questions search per language)."""
    fr, en = coach.assess(text, "fr"), coach.assess(text, "en")
    if fr.mentions.is_question:
        return
    assert [(f.pillar, f.severity, f.cards) for f in fr.findings] == [
        (f.pillar, f.severity, f.cards) for f in en.findings
    ]
    assert (fr.footprint is None) == (en.footprint is None)
    if fr.footprint and en.footprint:
        assert fr.footprint.energy_wh == en.footprint.energy_wh


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200))
def test_text_helpers_are_total(text: str) -> None:
    folded = fold(text)
    assert folded == fold(folded)
    for tok in tokens(text):
        assert tok and tok == tok.lower() and tok.isascii()
        assert tok.startswith(key(tok)) and len(key(tok)) >= min(len(tok), 3)


@settings(max_examples=100, deadline=None)
@given(n=st.integers(min_value=1, max_value=5000), tool=st.sampled_from(["Midjourney", "DALL-E", "Firefly"]))
def test_more_images_never_cost_less(coach: Coach, n: int, tool: str) -> None:
    small = coach.assess(f"Generate {n} images with {tool}").footprint
    big = coach.assess(f"Generate {n + 1} images with {tool}").footprint
    assert small is not None and big is not None
    assert big.energy_wh.low > small.energy_wh.low
    assert big.energy_wh.high > small.energy_wh.high
