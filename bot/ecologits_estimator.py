"""The one EcoLogits wrapper: the core's `ModelEstimator` and the usage importers both use it.

EcoLogits ships its model data in the wheel, so this works offline. It is imported on first use
only (it costs ~0.2 s): most checks never need it. Its per-model warnings are silenced: callers
say in their `basis` how a figure was made.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from bot.coach.footprint import Impact
from bot.coach.model import Range

# EcoLogits uses min(request_latency, its own latency model). We have no measured latency, so we
# pass an upper bound slower than every model it knows, leaving its own model in charge.
THROUGHPUT_FLOOR_TPS = 0.5  # tokens per second
TTFT_CEILING_S = 60.0  # seconds to first token


def latency_bound_s(output_tokens: int) -> float:
    """The request latency passed to EcoLogits: an upper bound, so it never caps the model."""
    return TTFT_CEILING_S + output_tokens / THROUGHPUT_FLOOR_TPS


def to_range(value: Any, scale: float = 1.0) -> Range:
    """EcoLogits values are floats or `RangeValue(min, max)`."""
    if hasattr(value, "min") and hasattr(value, "max"):
        return Range(float(value.min) * scale, float(value.max) * scale)
    return Range(float(value) * scale, float(value) * scale)


@lru_cache(maxsize=1)
def load() -> None:
    """Import EcoLogits once and silence it (import first: it installs its own Logger class)."""
    import ecologits.log

    ecologits.log.logger.setLevel(logging.CRITICAL)


def _impact(result: Any) -> Impact | None:
    if getattr(result, "errors", None) or getattr(result, "energy", None) is None:
        return None
    water = getattr(result, "wcf", None)
    return Impact(
        energy_wh=to_range(result.energy.value, 1000.0),  # kWh → Wh
        co2e_g=to_range(result.gwp.value, 1000.0),  # kgCO2eq → g
        water_l=to_range(water.value) if water is not None else Range(0.0, 0.0),
    )


def known_model(provider: str, model: str) -> bool:
    load()
    from ecologits.model_repository import models

    return models.find_model(provider=provider, model_name=model) is not None


@lru_cache(maxsize=4096)
def text_impact(provider: str, model: str, output_tokens: int) -> Impact | None:
    """One request of `model` producing `output_tokens`; None when EcoLogits does not know it."""
    load()
    from ecologits.tracers.utils import llm_impacts

    return _impact(
        llm_impacts(
            provider=provider,
            model_name=model,
            output_token_count=output_tokens,
            request_latency=latency_bound_s(output_tokens),
        )
    )


@lru_cache(maxsize=256)
def video_impact(model: str, resolution: str, seconds: float) -> Impact | None:
    load()
    from ecologits.estimations import video_impacts

    return _impact(video_impacts(model, resolution, seconds))


class EcoLogitsEstimator:
    """The core's `ModelEstimator`, backed by EcoLogits (results cached: inputs repeat a lot)."""

    def text(self, provider: str, model: str, output_tokens: int) -> Impact | None:
        return text_impact(provider, model, output_tokens)

    def video(self, model: str, resolution: str, seconds: float) -> Impact | None:
        return video_impact(model, resolution, seconds)
