"""Footprint of imported usage: EcoLogits per request, stated fallbacks, images by factor."""

from __future__ import annotations

import logging

import pytest

from bot.coach.model import Range
from bot.providers import footprint
from bot.providers.footprint import (
    ASSUMED_OUTPUT_TOKENS_PER_REQUEST,
    DEFAULT_FALLBACK,
    FAMILY_FALLBACKS,
    choose_model,
    datacenter_factors,
    estimate,
    latency_bound_s,
)


def positive(value: Range) -> bool:
    return 0 < value.low <= value.high


def test_known_model_gives_positive_ranges() -> None:
    result = estimate(
        "openai", "gpt-4o-mini", output_tokens=300_000, requests=1000, images=0, image_factor=None
    )
    assert positive(result.energy_wh) and positive(result.co2e_g) and positive(result.water_l)
    assert result.basis == "EcoLogits gpt-4o-mini: 1000 requests × ~300 output tokens"
    # A few hundredths of a Wh per short request: the published order of magnitude for a small model.
    per_request = result.energy_wh.scale(1 / 1000)
    assert per_request.low > 0.001 and per_request.high < 1.0


def test_estimate_is_per_request_then_multiplied() -> None:
    one = estimate("anthropic", "claude-haiku-4-5", 400, 1, 0, None)
    many = estimate("anthropic", "claude-haiku-4-5", 400 * 50, 50, 0, None)
    assert many.energy_wh.low == pytest.approx(one.energy_wh.low * 50)
    assert many.water_l.high == pytest.approx(one.water_l.high * 50)


def test_bigger_models_cost_more() -> None:
    small = estimate("openai", "gpt-4o-mini", 500, 1, 0, None)
    large = estimate("openai", "gpt-4o", 500, 1, 0, None)
    assert large.energy_wh.low > small.energy_wh.high


@pytest.mark.parametrize(
    ("provider", "model", "stand_in", "why"),
    [
        ("openai", "gpt-9-mini", "gpt-4o-mini", "same family"),
        ("openai", "o1-mini", "gpt-4o-mini", "same family"),
        ("openai", "gpt-9-nano", "gpt-4.1-nano", "same family"),
        ("openai", "o9", "gpt-4o", "mid-size default"),
        ("anthropic", "claude-3-haiku-20240307", "claude-haiku-4-5", "same family"),
        ("anthropic", "claude-opus-4-1-20250805", "claude-opus-4-5", "same family"),
        ("anthropic", "claude-next", "claude-sonnet-4-5", "mid-size default"),
    ],
)
def test_unknown_model_uses_a_stated_fallback(provider: str, model: str, stand_in: str, why: str) -> None:
    result = estimate(provider, model, 10_000, 20, 0, None)
    assert positive(result.energy_wh)
    assert f"EcoLogits {stand_in}:" in result.basis
    assert f"fallback: {model} is not in EcoLogits" in result.basis and why in result.basis
    assert choose_model(provider, model).is_fallback


def test_a_dated_name_of_a_known_model_is_not_a_fallback() -> None:
    choice = choose_model("openai", "gpt-4.1-2099-01-01")
    assert choice.model == "gpt-4.1" and not choice.is_fallback
    assert choice.note == "gpt-4.1-2099-01-01 estimated as gpt-4.1"


def test_every_stand_in_exists_in_ecologits() -> None:
    stand_ins = [(p, m) for p, pairs in FAMILY_FALLBACKS.items() for _, m in pairs] + list(
        DEFAULT_FALLBACK.items()
    )
    for provider, model in stand_ins:
        assert choose_model(provider, model).note is None, model


def test_unreported_requests_are_assumed_and_said() -> None:
    result = estimate(
        "anthropic", "claude-sonnet-4-5", output_tokens=2_000, requests=0, images=0, image_factor=None
    )
    assert positive(result.energy_wh)
    n = 2_000 // ASSUMED_OUTPUT_TOKENS_PER_REQUEST
    assert f"{n} requests" in result.basis and "requests not reported" in result.basis


def test_images_use_the_given_factor_grid_and_water() -> None:
    result = estimate(
        "openai",
        "dall-e-3",
        output_tokens=0,
        requests=30,
        images=30,
        image_factor=Range(1.0, 4.0),
        grid_gco2e_per_kwh=Range(100.0, 400.0),
        water_l_per_kwh=Range(1.0, 2.0),
    )
    assert result.energy_wh == Range(30.0, 120.0)
    assert result.co2e_g.low == pytest.approx(3.0) and result.co2e_g.high == pytest.approx(48.0)
    assert result.water_l.low == pytest.approx(0.03) and result.water_l.high == pytest.approx(0.24)
    assert result.basis == "30 images × 1–4 Wh/image"


def test_images_default_to_the_providers_data_centre_factors() -> None:
    grid, water = datacenter_factors("openai")
    assert positive(grid) and positive(water)
    result = estimate("openai", "dall-e-3", 0, 1, 10, Range(1.0, 1.0))
    assert result.co2e_g.low == pytest.approx(10 / 1000 * grid.low)


def test_images_without_a_factor_are_not_a_silent_zero() -> None:
    result = estimate("openai", "dall-e-3", 0, 2, 2, None)
    assert result.energy_wh == Range(0.0, 0.0)
    assert result.basis == "2 images not estimated (no per-image factor given)"


def test_image_models_tokens_are_not_counted_as_text() -> None:
    result = estimate(
        "openai", "gpt-image-1", output_tokens=4160, requests=1, images=1, image_factor=Range(2.0, 3.0)
    )
    assert result.energy_wh == Range(2.0, 3.0)
    assert "image model" in result.basis


def test_nothing_generated_is_zero_and_said() -> None:
    result = estimate("openai", "gpt-4o", 0, 0, 0, None)
    assert result.energy_wh == Range(0.0, 0.0) and result.basis == "no output tokens, no images"


def test_unknown_provider_is_refused() -> None:
    with pytest.raises(ValueError, match="mistral"):
        estimate("mistral", "mistral-large", 100, 1, 0, None)


def test_latency_bound_never_caps_ecologits_latency_model() -> None:
    """EcoLogits takes min(request_latency, modelled latency); the bound must always be the larger."""
    from ecologits.impacts.llm import BATCH_SIZE, LATENCY_ALPHA, LATENCY_BETA, LATENCY_GAMMA
    from ecologits.model_repository import ParametersMoE, models
    from ecologits.utils.range_value import RangeValue

    checked = 0
    for model in models.list_models():
        if model.provider.value not in footprint.PROVIDERS:
            continue
        params = model.architecture.parameters
        active = params.active if isinstance(params, ParametersMoE) else params
        active_max = float(active.max if isinstance(active, RangeValue) else active)
        tps = model.deployment.tps if model.deployment else None
        ttft = (model.deployment.ttft if model.deployment else None) or 0.0
        per_token = 1 / tps if tps else LATENCY_ALPHA * active_max + LATENCY_BETA * BATCH_SIZE + LATENCY_GAMMA
        for tokens in (1, 300, 100_000):
            assert latency_bound_s(tokens) >= tokens * per_token + ttft, model.name
        checked += 1
    assert checked > 20


def test_ecologits_warnings_are_silenced(capfd: pytest.CaptureFixture[str]) -> None:
    estimate("openai", "gpt-4o-2024-05-13", 123_457, 1, 0, None)
    assert logging.getLogger("ecologits").getEffectiveLevel() > logging.WARNING
    assert capfd.readouterr().err == ""
