"""Footprint of a planned batch: ranges, scaling, EcoLogits for known models, sourced factors otherwise."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from bot.coach.engine import Coach
from bot.coach.footprint import ECOLOGITS, FootprintCalculator, Impact
from bot.coach.kb import FootprintData, Tool
from bot.coach.model import Footprint, Quantity, Range

EQUIVALENT = re.compile(r"^≈ [0-9][0-9.,\u202f]*(–[0-9][0-9.,\u202f]*)? \S.*$")


@dataclass
class FakeEstimator:
    """A ModelEstimator with fixed per-request impacts; knows only the models it is given."""

    text_models: set[str] = field(default_factory=lambda: {"gpt-5", "gpt-4o-mini"})
    video_models: set[str] = field(default_factory=lambda: {"openai/sora-2-pro"})
    calls: list[tuple[str, ...]] = field(default_factory=list)

    def text(self, provider: str, model: str, output_tokens: int) -> Impact | None:
        self.calls.append(("text", provider, model, str(output_tokens)))
        if model not in self.text_models:
            return None
        wh = output_tokens / 1000  # 1 Wh per 1,000 tokens
        return Impact(Range(wh, 2 * wh), Range(0.4 * wh, 0.9 * wh), Range(0.001 * wh, 0.004 * wh))

    def video(self, model: str, resolution: str, seconds: float) -> Impact | None:
        self.calls.append(("video", model, resolution, str(seconds)))
        if model not in self.video_models:
            return None
        return Impact(Range(100 * seconds, 200 * seconds), Range(40 * seconds, 90 * seconds), Range(0.1, 0.4))


@pytest.fixture(scope="module")
def data(coach: Coach) -> FootprintData:
    return coach.kb.footprint


@pytest.fixture(scope="module")
def tools(coach: Coach) -> dict[str, Tool]:
    return coach.kb.lexicon.tools


@pytest.fixture
def fake() -> FakeEstimator:
    return FakeEstimator()


@pytest.fixture
def calc(data: FootprintData, tools: dict[str, Tool], fake: FakeEstimator) -> FootprintCalculator:
    return FootprintCalculator(data, tools, fake)


def _urls(fp: Footprint) -> set[str]:
    return {s.url for s in fp.sources}


def _ordered(fp: Footprint) -> None:
    for r in (fp.energy_wh, fp.water_l, fp.co2e_g):
        assert 0 < r.low <= r.high


# ---------------------------------------------------------------- the calculator in isolation


def test_no_quantity_no_footprint(calc: FootprintCalculator) -> None:
    assert calc.compute([], ["midjourney"], "en") is None


def test_images_use_the_image_factor(calc: FootprintCalculator, data: FootprintData) -> None:
    fp = calc.compute([Quantity(30, "image")], ["midjourney"], "en")
    assert fp is not None
    _ordered(fp)
    factor = data.factors["image"].energy_wh
    assert fp.energy_wh == pytest.approx(factor.scale(30))
    assert fp.basis.startswith("30 × image, Midjourney (")
    src = data.factors["image"].source
    assert f"{src.publisher} {src.year}" in fp.basis
    assert src.url in _urls(fp)


def test_co2_and_water_follow_energy(calc: FootprintCalculator, data: FootprintData) -> None:
    fp = calc.compute([Quantity(10, "image")], [], "en")
    assert fp is not None
    e = fp.energy_wh
    assert fp.co2e_g.low == pytest.approx(e.low * data.grid_g_per_kwh.low / 1000)
    assert fp.co2e_g.high == pytest.approx(e.high * data.grid_g_per_kwh.high / 1000)
    assert fp.water_l.low == pytest.approx(e.low * data.water_l_per_kwh.low / 1000)
    assert fp.water_l.high == pytest.approx(e.high * data.water_l_per_kwh.high / 1000)
    assert data.grid_source.url in _urls(fp)


@pytest.mark.parametrize(("medium", "seconds"), [("image", None), ("video", 10.0), ("music", None)])
def test_scales_linearly_with_quantity(calc: FootprintCalculator, medium: str, seconds: float | None) -> None:
    one = calc.compute([Quantity(1, medium, seconds)], [], "en")
    many = calc.compute([Quantity(25, medium, seconds)], [], "en")
    assert one is not None and many is not None
    assert many.energy_wh.low == pytest.approx(25 * one.energy_wh.low)
    assert many.energy_wh.high == pytest.approx(25 * one.energy_wh.high)
    assert many.co2e_g.high == pytest.approx(25 * one.co2e_g.high)


def test_video_factor_counts_seconds(calc: FootprintCalculator, data: FootprintData) -> None:
    """Pika is not known to the estimator: the sourced per-second factor is used, and named."""
    fp = calc.compute([Quantity(2, "video", seconds=10)], ["pika"], "en")
    assert fp is not None
    assert fp.energy_wh == pytest.approx(data.factors["video"].energy_wh.scale(20))
    src = data.factors["video"].source
    assert f"{src.publisher} {src.year}" in fp.basis
    assert "EcoLogits" not in fp.basis
    assert "2 video(s) of 10 s, Pika" in fp.basis
    assert src.url in _urls(fp) and ECOLOGITS.url not in _urls(fp)


def test_video_without_length_uses_the_default(calc: FootprintCalculator, data: FootprintData) -> None:
    fp = calc.compute([Quantity(1, "video")], [], "en")
    assert fp is not None
    seconds = data.default_video_seconds
    assert fp.energy_wh == pytest.approx(data.factors["video"].energy_wh.scale(seconds))
    assert f"of {seconds:g} s" in fp.basis


def test_known_video_model_goes_through_the_estimator(calc: FootprintCalculator, fake: FakeEstimator) -> None:
    fp = calc.compute([Quantity(3, "video", seconds=10)], ["sora"], "en")
    assert fp is not None
    assert fake.calls == [("video", "openai/sora-2-pro", "1080p", "10")]
    assert fp.energy_wh == pytest.approx(Range(3 * 1000, 3 * 2000))
    assert "EcoLogits, openai/sora-2-pro, 1080p" in fp.basis
    assert ECOLOGITS.url in _urls(fp)


def test_video_model_unknown_to_the_estimator_falls_back(
    data: FootprintData, tools: dict[str, Tool], fake: FakeEstimator
) -> None:
    fake.video_models.clear()
    fp = FootprintCalculator(data, tools, fake).compute([Quantity(1, "video", seconds=5)], ["sora"], "en")
    assert fp is not None
    assert fp.energy_wh == pytest.approx(data.factors["video"].energy_wh.scale(5))
    src = data.factors["video"].source
    assert "EcoLogits" not in fp.basis and f"{src.publisher} {src.year}" in fp.basis


def test_known_text_model_goes_through_the_estimator(
    calc: FootprintCalculator, fake: FakeEstimator, data: FootprintData
) -> None:
    fp = calc.compute([Quantity(200, "text", period="month", kind="article")], ["gpt-4o-mini"], "en")
    assert fp is not None
    tokens = data.text.tokens_per_unit["article"]
    assert fake.calls == [("text", "openai", "gpt-4o-mini", str(tokens))]
    assert fp.energy_wh == pytest.approx(Range(200 * tokens / 1000, 400 * tokens / 1000))
    assert fp.basis.startswith("200 × text generations per month, GPT-4o mini (EcoLogits, GPT-4o mini")
    assert f"~{tokens:,} output tokens" in fp.basis  # the model by its name, the count grouped


def test_text_without_a_named_model_uses_the_default_model(
    calc: FootprintCalculator, fake: FakeEstimator, data: FootprintData
) -> None:
    calc.compute([Quantity(5, "text")], [], "fr")
    provider, model = data.default_text_model
    assert fake.calls == [("text", provider, model, str(data.text.default_tokens))]


def test_unknown_text_model_falls_back_to_the_factor(
    data: FootprintData, tools: dict[str, Tool], fake: FakeEstimator
) -> None:
    fake.text_models.clear()
    fp = FootprintCalculator(data, tools, fake).compute([Quantity(10, "text", kind="post")], ["claude"], "en")
    assert fp is not None
    assert fp.energy_wh == pytest.approx(data.factors["text"].energy_wh.scale(10))
    src = data.factors["text"].source
    assert f"{src.publisher} {src.year}" in fp.basis and "EcoLogits" not in fp.basis


def test_no_estimator_at_all(data: FootprintData, tools: dict[str, Tool]) -> None:
    fp = FootprintCalculator(data, tools, None).compute(
        [Quantity(4, "text"), Quantity(1, "video", seconds=5)], ["chatgpt", "sora"], "en"
    )
    assert fp is not None
    expected = data.factors["text"].energy_wh.scale(4) + data.factors["video"].energy_wh.scale(5)
    assert fp.energy_wh == pytest.approx(expected)
    assert "EcoLogits" not in fp.basis


def test_several_quantities_add_up(calc: FootprintCalculator) -> None:
    images = calc.compute([Quantity(20, "image")], ["midjourney", "sora"], "en")
    video = calc.compute([Quantity(2, "video", seconds=10)], ["midjourney", "sora"], "en")
    both = calc.compute(
        [Quantity(20, "image"), Quantity(2, "video", seconds=10)], ["midjourney", "sora"], "en"
    )
    assert images and video and both
    assert both.energy_wh == pytest.approx(images.energy_wh + video.energy_wh)
    assert both.basis == f"{images.basis}; {video.basis}"


def test_tool_of_another_medium_is_not_used(calc: FootprintCalculator) -> None:
    fp = calc.compute([Quantity(10, "image")], ["chatgpt"], "en")
    assert fp is not None
    assert "tool not named" in fp.basis and "ChatGPT" not in fp.basis
    fr = calc.compute([Quantity(10, "image")], [], "fr")
    assert fr is not None and "outil non précisé" in fr.basis


def test_equivalents_present_and_formatted(calc: FootprintCalculator, data: FootprintData) -> None:
    fp = calc.compute([Quantity(30, "image")], [], "en")
    assert fp is not None
    assert len(fp.equivalents) == len(data.equivalents)
    for e in fp.equivalents:
        assert EQUIVALENT.match(e), e
    assert any(e.endswith("smartphone charges") for e in fp.equivalents)
    phone = next(eq for eq in data.equivalents if eq.metric == "energy_wh")
    low, high = fp.energy_wh.low / phone.per_unit.high, fp.energy_wh.high / phone.per_unit.low
    assert fp.equivalents[0] == f"≈ {low:.2g}–{high:.2g} smartphone charges"  # orders of magnitude: 2 digits


def test_equivalents_in_french_use_the_decimal_comma(calc: FootprintCalculator) -> None:
    fp = calc.compute([Quantity(30, "image")], [], "fr")
    assert fp is not None
    assert any("recharges de smartphone" in e for e in fp.equivalents)
    assert all(EQUIVALENT.match(e) for e in fp.equivalents)
    assert any("," in e.split(" ")[1] for e in fp.equivalents)
    assert not any(re.search(r"\d\.\d", e) for e in fp.equivalents)


def test_negligible_equivalents_are_dropped(calc: FootprintCalculator) -> None:
    tiny = calc.compute([Quantity(0.001, "text")], [], "en")
    assert tiny is not None
    assert all("km in an average US petrol car" not in e for e in tiny.equivalents)


def test_as_dict_rounds_to_three_significant_figures(calc: FootprintCalculator) -> None:
    fp = calc.compute([Quantity(7, "image")], [], "en")
    assert fp is not None
    d = fp.as_dict()
    assert set(d) == {"energy_wh", "water_l", "co2e_g", "basis", "equivalents"}
    assert d["energy_wh"] == {"low": 9.45, "high": 80.5}
    assert all(len(f"{v:g}".replace(".", "").lstrip("0")) <= 3 for v in d["co2e_g"].values())


def test_water_figure_keeps_its_source(calc: FootprintCalculator, data: FootprintData) -> None:
    fp = calc.compute([Quantity(10, "image")], [], "en")
    assert fp is not None and data.water_source.url in _urls(fp)


# ---------------------------------------------------------------- with the real EcoLogits estimator


def test_real_ecologits_for_a_known_text_model(coach: Coach) -> None:
    fp = coach.assess("We will write 200 articles per month with ChatGPT for our blog.").footprint
    assert fp is not None
    _ordered(fp)
    assert "EcoLogits" in fp.basis and "gpt-5" in fp.basis and "per month" in fp.basis
    assert ECOLOGITS.url in _urls(fp)


def test_real_ecologits_for_a_known_video_model(coach: Coach) -> None:
    fp = coach.assess("Produire 10 vidéos de 15 secondes avec Runway pour TikTok.").footprint
    assert fp is not None
    _ordered(fp)
    assert "EcoLogits" in fp.basis and "runway/gen-4.5" in fp.basis
    assert "10 vidéo(s) de 15 s" in fp.basis


def test_real_fallback_for_pika(coach: Coach, data: FootprintData) -> None:
    fp = coach.assess("Make 4 videos of 10 seconds with Pika for Instagram.").footprint
    assert fp is not None
    src = data.factors["video"].source
    assert f"{src.publisher} {src.year}" in fp.basis and "a proxy" in fp.basis  # the stated fallback
    assert fp.energy_wh == pytest.approx(data.factors["video"].energy_wh.scale(40))


@pytest.mark.parametrize("tool", ["HeyGen", "Synthesia"])
def test_avatar_video_fallback_stays_within_ecologits_own_bounds(coach: Coach, tool: str) -> None:
    """A one-minute avatar video is never costed above EcoLogits' Sora 2 Pro estimate for a minute."""
    from bot.ecologits_estimator import EcoLogitsEstimator

    fp = coach.assess(f"We'll make 1 video of 60 seconds with {tool} for the onboarding.").footprint
    assert fp is not None and "EcoLogits" not in fp.basis.split("(")[0]
    sora = EcoLogitsEstimator().video("openai/sora-2-pro", "1080p", 10)
    veo = EcoLogitsEstimator().video("google/veo-3.1", "1080p", 10)
    assert sora is not None and veo is not None
    assert fp.energy_wh.high <= sora.energy_wh.high * 6 * 1.01
    assert fp.energy_wh.low >= veo.energy_wh.low * 6 * 0.99


def test_a_named_text_tool_ecologits_does_not_model_is_not_costed_as_the_default_chatbot(
    coach: Coach, data: FootprintData
) -> None:
    fp = coach.assess("We will write 50 product descriptions with DeepL Write.").footprint
    assert fp is not None
    default_model = data.default_text_model[1]
    assert default_model not in fp.basis
    assert fp.energy_wh == pytest.approx(data.factors["text"].energy_wh.scale(50))


def test_real_estimates_scale_with_quantity(coach: Coach) -> None:
    ten = coach.assess("Write 10 articles with Claude").footprint
    hundred = coach.assess("Write 100 articles with Claude").footprint
    assert ten and hundred
    assert hundred.energy_wh.low == pytest.approx(10 * ten.energy_wh.low, rel=1e-6)
    assert hundred.energy_wh.high == pytest.approx(10 * ten.energy_wh.high, rel=1e-6)


def test_bigger_models_cost_more(coach: Coach) -> None:
    small = coach.assess("Write 100 emails with gpt-4o-mini").footprint
    big = coach.assess("Write 100 emails with Claude Opus").footprint
    assert small and big
    assert small.energy_wh.high < big.energy_wh.low
