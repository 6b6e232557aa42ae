"""EcoLogits behind the core's `ModelEstimator` protocol.

EcoLogits ships its model data in the wheel, so this works offline. It is imported on first
use only: most checks never need it, and it costs ~0.2 s to import.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from bot.coach.footprint import Impact
from bot.coach.model import Range

# EcoLogits takes min(its own latency model, ours): give a generous bound so it never caps the estimate.
TOKENS_PER_SECOND = 0.5


def _range(value: Any, scale: float) -> Range:
    """EcoLogits values are floats or RangeValue(min, max)."""
    if hasattr(value, "min"):
        return Range(float(value.min) * scale, float(value.max) * scale)
    return Range(float(value) * scale, float(value) * scale)


def _impact(result: Any) -> Impact | None:
    if getattr(result, "errors", None) or getattr(result, "energy", None) is None:
        return None
    water = getattr(result, "wcf", None)
    return Impact(
        energy_wh=_range(result.energy.value, 1000.0),  # kWh → Wh
        co2e_g=_range(result.gwp.value, 1000.0),  # kgCO2eq → g
        water_l=_range(water.value, 1.0) if water is not None else Range(0.0, 0.0),
    )


def _quiet() -> None:
    # Import first: EcoLogits installs its own Logger class for "ecologits" at import time.
    import ecologits.log

    ecologits.log.logger.setLevel(logging.CRITICAL)


class EcoLogitsEstimator:
    """Per-request impacts from EcoLogits; results are cached (inputs repeat a lot)."""

    @staticmethod
    @lru_cache(maxsize=1024)
    def _text(provider: str, model: str, output_tokens: int) -> Impact | None:
        _quiet()
        from ecologits.tracers.utils import llm_impacts

        latency = 60.0 + output_tokens / TOKENS_PER_SECOND
        return _impact(
            llm_impacts(
                provider=provider, model_name=model, output_token_count=output_tokens, request_latency=latency
            )
        )

    @staticmethod
    @lru_cache(maxsize=256)
    def _video(model: str, resolution: str, seconds: float) -> Impact | None:
        _quiet()
        from ecologits.estimations import video_impacts

        return _impact(video_impacts(model, resolution, seconds))

    def text(self, provider: str, model: str, output_tokens: int) -> Impact | None:
        return self._text(provider, model, output_tokens)

    def video(self, model: str, resolution: str, seconds: float) -> Impact | None:
        return self._video(model, resolution, seconds)
