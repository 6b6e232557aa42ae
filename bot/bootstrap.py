"""The coach, built light: `ai-coach check` imports only this (heavier wiring lives in `bot.wiring`)."""

from __future__ import annotations

from pathlib import Path

from bot import knowledge
from bot.coach.engine import Coach
from bot.ecologits_estimator import EcoLogitsEstimator


def build_coach(
    knowledge_dir: Path | None = None, default_lang: str = "fr", charter: Path | None = None
) -> Coach:
    """Load and validate the knowledge base once, and build the engine over it; with `charter`
    (a YAML file) the organisation's AI charter too (`bot.errors.CharterError` when it is invalid)."""
    kb = knowledge.load(knowledge_dir)
    rules = None
    if charter is not None:
        from bot import charter as charter_file

        rules = charter_file.load(charter, kb.lexicon)
    return Coach(kb, EcoLogitsEstimator(), default_lang, charter=rules)
