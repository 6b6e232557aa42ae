"""The coach, built light: `ai-coach check` imports only this (heavier wiring lives in `bot.wiring`)."""

from __future__ import annotations

from pathlib import Path

from bot import knowledge
from bot.coach.engine import Coach
from bot.ecologits_estimator import EcoLogitsEstimator


def build_coach(knowledge_dir: Path | None = None, default_lang: str = "fr") -> Coach:
    """Load and validate the knowledge base once, and build the engine over it."""
    return Coach(knowledge.load(knowledge_dir), EcoLogitsEstimator(), default_lang)
