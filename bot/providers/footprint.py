"""Footprint of imported API usage: EcoLogits for text, a per-image factor for images.

Pure functions over the data bundled with EcoLogits (no I/O). Text generation is estimated per
request with the average output tokens per request, then multiplied by the number of requests,
so EcoLogits' latency model sees realistic request sizes. An unknown model is never a silent
zero: it is estimated with a stated stand-in (same family when the name tells, otherwise a
mid-size default) and `basis` says so.

Latency: EcoLogits uses `min(request_latency, modelled latency)`. We have no measured latency, so
we pass an upper bound it will not use to cap: `TTFT_CEILING_S + tokens / THROUGHPUT_FLOOR_TPS`,
slower than every model in its repository (a test checks this), leaving its own model in charge.

EcoLogits is imported on first use (it costs ~0.2 s), and its per-model warnings are silenced:
`basis` already says how the figure was made.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

from bot.coach.model import ZERO, Range
from bot.ecologits_estimator import known_model, latency_bound_s, load, text_impact, to_range

__all__ = ["Estimate", "ModelChoice", "choose_model", "datacenter_factors", "estimate", "latency_bound_s"]


PROVIDERS = ("openai", "anthropic")
ASSUMED_OUTPUT_TOKENS_PER_REQUEST = 500  # used only when a provider reports no request count

# (name fragment, stand-in) tried in order, then the provider's mid-size default.
FAMILY_FALLBACKS: dict[str, tuple[tuple[str, str], ...]] = {
    "openai": (("nano", "gpt-4.1-nano"), ("mini", "gpt-4o-mini")),
    "anthropic": (
        ("haiku", "claude-haiku-4-5"),
        ("opus", "claude-opus-4-5"),
        ("sonnet", "claude-sonnet-4-5"),
    ),
}
DEFAULT_FALLBACK = {"openai": "gpt-4o", "anthropic": "claude-sonnet-4-5"}
IMAGE_MODEL_PREFIXES = ("dall-e", "gpt-image", "chatgpt-image")

_DATE_SUFFIX = re.compile(r"-(\d{4}-\d{2}-\d{2}|\d{8})$")


class Estimate(NamedTuple):
    """Energy (Wh), greenhouse gases (g CO2e, usage + embodied for text), water (L), and how."""

    energy_wh: Range
    co2e_g: Range
    water_l: Range
    basis: str


class ModelChoice(NamedTuple):
    """The EcoLogits model used for a provider's model name.

    `note` is None when it is the very model; `is_fallback` when it is a stand-in (family or default),
    not merely the same model without its date suffix.
    """

    model: str
    note: str | None = None
    is_fallback: bool = False


def estimate(
    provider: str,
    model: str,
    output_tokens: int,
    requests: int,
    images: int,
    image_factor: Range | None,
    *,
    grid_gco2e_per_kwh: Range | None = None,
    water_l_per_kwh: Range | None = None,
) -> Estimate:
    """Footprint of `requests` text requests producing `output_tokens` in all, plus `images` images.

    `image_factor` is the energy per image in Wh (from the knowledge base); None leaves images
    unestimated and `basis` says so. Image carbon and water use `grid_gco2e_per_kwh` and
    `water_l_per_kwh`, by default the provider's data-centre factors in EcoLogits
    (`datacenter_factors`). `requests == 0` with tokens means "not reported": requests are then
    assumed to be `ASSUMED_OUTPUT_TOKENS_PER_REQUEST` output tokens each, and `basis` says so.
    Raises ValueError for a provider EcoLogits is not wired for here.
    """
    if provider not in PROVIDERS:
        raise ValueError(f"no footprint model for provider {provider!r}")
    text = _text_estimate(provider, model, output_tokens, requests)
    default_grid, default_water = datacenter_factors(provider)
    grid = default_grid if grid_gco2e_per_kwh is None else grid_gco2e_per_kwh
    water = default_water if water_l_per_kwh is None else water_l_per_kwh
    pictures = _image_estimate(images, image_factor, grid, water)
    basis = "; ".join(part for part in (text.basis, pictures.basis) if part) or "no output tokens, no images"
    return Estimate(
        text.energy_wh + pictures.energy_wh,
        text.co2e_g + pictures.co2e_g,
        text.water_l + pictures.water_l,
        basis,
    )


def choose_model(provider: str, model: str) -> ModelChoice:
    """The EcoLogits model to estimate `model` with: itself, its undated name, its family, or the default."""
    if known_model(provider, model):
        return ModelChoice(model)
    undated = _DATE_SUFFIX.sub("", model)
    if undated != model and known_model(provider, undated):
        return ModelChoice(undated, f"{model} estimated as {undated}")
    lowered = model.lower()
    for fragment, stand_in in FAMILY_FALLBACKS.get(provider, ()):
        if fragment in lowered:
            note = f"fallback: {model} is not in EcoLogits, estimated as {stand_in} (same family)"
            return ModelChoice(stand_in, note, is_fallback=True)
    stand_in = DEFAULT_FALLBACK[provider]
    note = f"fallback: {model} is not in EcoLogits, estimated as {stand_in} (mid-size default)"
    return ModelChoice(stand_in, note, is_fallback=True)


def is_image_model(model: str) -> bool:
    """Image models bill image tokens as output tokens: their footprint comes from the image count."""
    return model.lower().startswith(IMAGE_MODEL_PREFIXES)


@lru_cache(maxsize=8)
def datacenter_factors(provider: str) -> tuple[Range, Range]:
    """(g CO2e per kWh, L of water per kWh) for the provider's data centres, as EcoLogits models them.

    Water per kWh drawn by the facility is on-site WUE / PUE (WUE is per IT kWh) plus the water
    of electricity generation in the grid zone.
    """
    load()
    from ecologits.electricity_mix_repository import electricity_mixes
    from ecologits.tracers.utils import PROVIDER_CONFIG_MAP

    config = PROVIDER_CONFIG_MAP[provider]
    mix = electricity_mixes.find_electricity_mix(zone=config.datacenter_location)
    if mix is None:  # pragma: no cover - EcoLogits ships a mix for every provider zone
        raise ValueError(f"EcoLogits has no electricity mix for {config.datacenter_location}")
    pue, wue = to_range(config.datacenter_pue), to_range(config.datacenter_wue)
    grid = Range(mix.gwp * 1000, mix.gwp * 1000)
    water = Range(wue.low / pue.high + mix.wue, wue.high / pue.low + mix.wue)
    return grid, water


def _text_estimate(provider: str, model: str, output_tokens: int, requests: int) -> Estimate:
    if output_tokens <= 0:
        return Estimate(ZERO, ZERO, ZERO, "")
    if is_image_model(model):
        return Estimate(ZERO, ZERO, ZERO, f"{model}: image model, tokens not estimated as text")
    choice = choose_model(provider, model)
    if requests > 0:
        n, assumption = requests, ""
    else:
        n = max(1, math.ceil(output_tokens / ASSUMED_OUTPUT_TOKENS_PER_REQUEST))
        assumption = f"requests not reported, assumed ~{ASSUMED_OUTPUT_TOKENS_PER_REQUEST} output tokens each"
    per_request = max(1, round(output_tokens / n))
    energy, co2e, water = _per_request(provider, choice.model, per_request)
    basis = f"EcoLogits {choice.model}: {n} requests × ~{per_request} output tokens"
    notes = [note for note in (choice.note, assumption) if note]
    if notes:
        basis += f" ({'; '.join(notes)})"
    return Estimate(energy.scale(n), co2e.scale(n), water.scale(n), basis)


def _image_estimate(images: int, image_factor: Range | None, grid: Range, water: Range) -> Estimate:
    if images <= 0:
        return Estimate(ZERO, ZERO, ZERO, "")
    if image_factor is None:
        return Estimate(ZERO, ZERO, ZERO, f"{images} images not estimated (no per-image factor given)")
    energy = image_factor.scale(images)
    kwh = energy.scale(1 / 1000)
    basis = f"{images} images × {image_factor.low:g}–{image_factor.high:g} Wh/image"
    return Estimate(energy, kwh.times(grid), kwh.times(water), basis)


def _per_request(provider: str, model: str, output_tokens: int) -> tuple[Range, Range, Range]:
    """(Wh, g CO2e, L) of one request of `model` producing `output_tokens`."""
    impact = text_impact(provider, model, output_tokens)
    if impact is None:
        raise ValueError(f"EcoLogits could not estimate {provider}/{model}")
    return impact.energy_wh, impact.co2e_g, impact.water_l
