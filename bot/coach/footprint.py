"""Footprint of what the text plans to generate: quantity × per-unit factors, always as ranges.

Text and video models go through an injected `ModelEstimator` (EcoLogits in production, see
`bot.ecologits_estimator`), so the core stays free of I/O and fast to test; images, music and
voice, and any model the estimator does not know, use the knowledge base's sourced factors.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from . import numbers
from .i18n import t
from .kb import FootprintData, Tool
from .model import ZERO, Footprint, Quantity, Range, Source

ECOLOGITS = Source(
    title="EcoLogits: estimating the environmental impacts of generative AI",
    publisher="GenAI Impact / CodeCarbon",
    year=2025,
    url="https://ecologits.ai/latest/methodology/",
)


@dataclass(frozen=True, slots=True)
class Impact:
    energy_wh: Range
    co2e_g: Range
    water_l: Range

    def __add__(self, other: Impact) -> Impact:
        return Impact(
            self.energy_wh + other.energy_wh, self.co2e_g + other.co2e_g, self.water_l + other.water_l
        )

    def scale(self, k: float) -> Impact:
        return Impact(self.energy_wh.scale(k), self.co2e_g.scale(k), self.water_l.scale(k))


NO_IMPACT = Impact(ZERO, ZERO, ZERO)
_VERSION = re.compile(r"(-[\d-]+|-latest)")


def model_name(tools: Mapping[str, Tool], model_id: str) -> str:
    """A model id by the name people know: the lexicon's tool whose name, as an id, is the id up to a
    version or date ("gpt-4o-mini-2024-07-18" → "GPT-4o mini", "mistral-large-latest" → "Mistral
    Large"); else the id itself ("gemini-2.5-flash" is not just "Gemini")."""
    for tool in tools.values():
        slug = tool.label.lower().replace(" ", "-")
        if model_id.startswith(slug) and (
            model_id == slug or _VERSION.fullmatch(model_id.removeprefix(slug))
        ):
            return tool.label
    return model_id


class ModelEstimator(Protocol):
    """Per-request impacts of a named model; None when the model is unknown."""

    def text(self, provider: str, model: str, output_tokens: int) -> Impact | None: ...

    def video(self, model: str, resolution: str, seconds: float) -> Impact | None: ...


_ASIDE = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)")


def short_basis(basis: str) -> str:
    """The basis without its asides (factor, source, model): "45 × image, Midjourney"."""
    return _ASIDE.sub("", basis)


def _merged(parts: list[str]) -> str:
    """Identical basis lines said once, with how many times they count ("3 × 45 × image, …")."""
    counts: dict[str, int] = {}
    for part in parts:
        counts[part] = counts.get(part, 0) + 1
    return "; ".join(part if n == 1 else f"{n} × {part}" for part, n in counts.items())


class FootprintCalculator:
    def __init__(self, data: FootprintData, tools: dict[str, Tool], estimator: ModelEstimator | None) -> None:
        self.data = data
        self.tools = tools
        self.estimator = estimator
        # A pure function of (quantities, tools, language), and the same plans recur across texts.
        self._memo = lru_cache(maxsize=4096)(self._compute)

    def compute(self, quantities: Sequence[Quantity], tool_ids: Sequence[str], lang: str) -> Footprint | None:
        """The footprint of `quantities` made with `tool_ids`; None when nothing is quantified."""
        if not quantities:
            return None
        return self._memo(tuple(quantities), tuple(tool_ids), lang)

    def _compute(self, quantities: tuple[Quantity, ...], tool_ids: tuple[str, ...], lang: str) -> Footprint:
        total = NO_IMPACT
        parts: list[str] = []
        sources: dict[str, Source] = {}
        for q in quantities:
            tool = self._tool_for(q.medium, tool_ids)
            impact, basis, used = self._one(q, tool, lang)
            total = total + impact
            parts.append(basis)
            sources.update({s.url: s for s in used})
        if any(s is not ECOLOGITS for s in sources.values()):  # per-unit factors: grid and water factors used
            sources.setdefault(self.data.grid_source.url, self.data.grid_source)
            sources.setdefault(self.data.water_source.url, self.data.water_source)
        equivalents = self.equivalents(total, lang)
        sources.update({e.source.url: e.source for e in self.data.equivalents})
        return Footprint(
            total.energy_wh,
            total.water_l,
            total.co2e_g,
            _merged(parts),
            equivalents,
            tuple(sources.values()),
        )

    def _tool_for(self, medium: str, tool_ids: Sequence[str]) -> Tool | None:
        for tid in tool_ids:
            tool = self.tools.get(tid)
            if tool is not None and tool.medium == medium:
                return tool
        return None

    def _one(self, q: Quantity, tool: Tool | None, lang: str) -> tuple[Impact, str, list[Source]]:
        label = tool.label if tool else t("fp.any_tool", lang)
        count = numbers.num(q.count, lang)
        period = f" {t('fp.per.' + q.period, lang)}" if q.period else ""
        if q.medium == "text":
            return self._text(q, tool, lang, f"{count} × {t('fp.unit.text', lang)}{period}, {label}")
        if q.medium == "video":
            return self._video(q, tool, lang, count, label, period)
        return self._factor(
            q.medium, q.units, f"{count} × {self._unit(q.medium, lang)}{period}, {label}", lang
        )

    def _unit(self, medium: str, lang: str) -> str:
        factor = self.data.factors.get(medium) or self.data.factors["image"]
        return factor.unit.get(lang) or factor.unit["en"]

    def _factor(self, medium: str, units: float, basis: str, lang: str) -> tuple[Impact, str, list[Source]]:
        factor = self.data.factors.get(medium) or self.data.factors["text"]
        energy = factor.energy_wh.scale(units)
        how = t("fp.basis.factor", lang).format(
            range=numbers.span(factor.energy_wh, lang),
            unit=factor.unit.get(lang, factor.unit["en"]),
            source=f"{factor.source.publisher} {factor.source.year}",
        )
        if factor.note:
            how += f"; {factor.note.get(lang) or factor.note['en']}"
        return self._from_energy(energy), f"{basis} ({how})", [factor.source]

    def _from_energy(self, energy: Range) -> Impact:
        d = self.data
        return Impact(
            energy, energy.times(d.grid_g_per_kwh).scale(0.001), energy.times(d.water_l_per_kwh).scale(0.001)
        )

    def _text(
        self, q: Quantity, tool: Tool | None, lang: str, basis: str
    ) -> tuple[Impact, str, list[Source]]:
        tokens = self.data.text.tokens_per_unit.get(q.kind, self.data.text.default_tokens)
        if tool is not None and tool.ecologits is None:
            # A named tool EcoLogits does not model (DeepL, DeepSeek…): the published per-request range,
            # not a guess that it runs on the default chatbot model.
            return self._factor("text", q.count, basis, lang)
        provider, model = tool.ecologits if tool and tool.ecologits else self.data.default_text_model
        per = self.estimator.text(provider, model, tokens) if self.estimator else None
        if per is None:
            return self._factor("text", q.count, basis, lang)
        how = t("fp.basis.ecologits_text", lang).format(
            model=model_name(self.tools, model), tokens=numbers.count(tokens, lang)
        )
        return per.scale(q.count), f"{basis} ({how})", [ECOLOGITS]

    def _video(
        self, q: Quantity, tool: Tool | None, lang: str, count: str, label: str, period: str
    ) -> tuple[Impact, str, list[Source]]:
        seconds = q.seconds or self.data.default_video_seconds
        basis = t("fp.basis.video", lang).format(count=count, seconds=numbers.num(seconds, lang), tool=label)
        basis += period
        model = tool.video_model if tool else None
        # Generators make short clips: a long video is made of clips of at most `max_clip_seconds`,
        # and EcoLogits' per-clip model grows faster than linearly past that length.
        clips = max(1, math.ceil(seconds / self.data.max_clip_seconds))
        per = (
            self.estimator.video(
                model, self.data.video_resolution, seconds if clips == 1 else seconds / clips
            )
            if self.estimator and model
            else None
        )
        if per is None:
            return self._factor("video", q.count * seconds, basis, lang)
        how = t("fp.basis.ecologits_video", lang).format(model=model, resolution=self.data.video_resolution)
        if clips > 1:
            how += t("fp.basis.clips", lang).format(clips=clips, seconds=numbers.num(seconds / clips, lang))
        return per.scale(q.count * clips), f"{basis} ({how})", [ECOLOGITS]

    def equivalents(self, impact: Impact, lang: str) -> tuple[str, ...]:
        out: list[str] = []
        for eq in self.data.equivalents:
            metric: Range = getattr(impact, eq.metric)
            value = Range(metric.low / eq.per_unit.high, metric.high / eq.per_unit.low)
            if value.high < 0.01:
                continue
            label = eq.label.get(lang) or eq.label["en"]
            out.append("≈ " + label.format(value=numbers.span(value, lang, digits=2)))
        return tuple(out)
