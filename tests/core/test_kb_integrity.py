"""Cross-file integrity of the real knowledge base: rules, footprint factors and the lexicon agree."""

from __future__ import annotations

import pytest

from bot import knowledge
from bot.coach import facts
from bot.coach.kb import Equivalent, KnowledgeBase, Rule
from bot.coach.model import LANGS
from bot.ecologits_estimator import EcoLogitsEstimator

KB: KnowledgeBase = knowledge.load()
TEXT_TOOLS = {tid: t for tid, t in KB.lexicon.tools.items() if t.ecologits}
VIDEO_TOOLS = {tid: t for tid, t in KB.lexicon.tools.items() if t.video_model}
MEDIA = {"image", "video", "text", "voice", "music", "code"}


@pytest.fixture(scope="module")
def estimator() -> EcoLogitsEstimator:
    return EcoLogitsEstimator()


@pytest.mark.parametrize("rule", KB.rules, ids=[r.id for r in KB.rules])
def test_rule_cites_existing_cards_in_both_languages(rule: Rule) -> None:
    assert rule.cards
    for card in rule.cards:
        for lang in LANGS:
            found = KB.cards.get((card, lang))
            assert found is not None, f"{rule.id}: {card} ({lang})"
    for lang in LANGS:
        assert rule.title.get(lang) and rule.advice.get(lang), f"{rule.id} ({lang})"


def test_rule_ids_are_unique() -> None:
    ids = [r.id for r in KB.rules]
    assert len(ids) == len(set(ids))


def test_rule_conditions_name_known_facts() -> None:
    """Every fact a rule tests can be produced by the lexicon or the engine (no typo that never fires)."""
    assert facts.rule_problems(KB.rules, facts.known_facts(KB.lexicon)) == []


@pytest.mark.parametrize("medium", sorted(KB.footprint.factors))
def test_footprint_factor_is_sourced_and_backed(medium: str) -> None:
    f = KB.footprint.factors[medium]
    assert f.source.url.startswith("https://")
    assert f.source.title and f.source.publisher and f.source.year
    assert 0 < f.energy_wh.low <= f.energy_wh.high
    for lang in LANGS:
        assert (f.card, lang) in KB.cards, f"{medium}: {f.card} ({lang})"
        assert f.unit.get(lang), f"{medium}: unit ({lang})"


@pytest.mark.parametrize("eq", KB.footprint.equivalents, ids=[e.id for e in KB.footprint.equivalents])
def test_equivalent_is_sourced(eq: Equivalent) -> None:
    assert eq.source.url.startswith("https://")
    assert eq.metric in ("energy_wh", "co2e_g", "water_l")
    assert 0 < eq.per_unit.low <= eq.per_unit.high
    for lang in LANGS:
        assert "{value}" in eq.label[lang]


def test_grid_and_water_figures_are_sourced() -> None:
    fp = KB.footprint
    assert fp.grid_source.url.startswith("https://") and fp.water_source.url.startswith("https://")
    assert 0 < fp.grid_g_per_kwh.low <= fp.grid_g_per_kwh.high
    assert 0 < fp.water_l_per_kwh.low <= fp.water_l_per_kwh.high


def test_footprint_covers_every_generated_medium() -> None:
    produced = {t.medium for t in KB.lexicon.tools.values()} - {"code"}
    units = {u.partition("/")[0] for u in KB.lexicon.units} - {"any"}  # "any": the tool's or named medium
    assert produced <= set(KB.footprint.factors)
    assert units <= set(KB.footprint.factors)


def test_text_kinds_have_token_lengths() -> None:
    kinds = {u.partition("/")[2] for u in KB.lexicon.units if u.startswith("text/")}
    assert kinds <= set(KB.footprint.text.tokens_per_unit)


def test_tool_patterns_do_not_collide() -> None:
    """A pattern names one tool: otherwise one mention counts as two tools in usage records."""
    owners: dict[str, set[str]] = {}
    for tid, tool in KB.lexicon.tools.items():
        assert tool.medium in MEDIA, tid
        assert tool.patterns, tid
        for p in tool.patterns:
            owners.setdefault(p.lower(), set()).add(tid)
    shared = {p: ids for p, ids in owners.items() if len(ids) > 1}
    assert not shared, shared


@pytest.mark.parametrize("tool_id", sorted(TEXT_TOOLS))
def test_text_tool_is_known_to_ecologits(estimator: EcoLogitsEstimator, tool_id: str) -> None:
    pair = TEXT_TOOLS[tool_id].ecologits
    assert pair is not None
    provider, model = pair
    impact = estimator.text(provider, model, 400)
    assert impact is not None, f"{tool_id}: {provider}/{model}"
    assert 0 < impact.energy_wh.low <= impact.energy_wh.high


def test_default_text_model_is_known_to_ecologits(estimator: EcoLogitsEstimator) -> None:
    provider, model = KB.footprint.default_text_model
    assert estimator.text(provider, model, KB.footprint.text.default_tokens) is not None


@pytest.mark.parametrize("tool_id", sorted(VIDEO_TOOLS))
def test_video_model_is_known_to_ecologits(estimator: EcoLogitsEstimator, tool_id: str) -> None:
    model = VIDEO_TOOLS[tool_id].video_model
    assert model is not None
    impact = estimator.video(model, KB.footprint.video_resolution, 5.0)
    assert impact is not None, f"{tool_id}: {model}"
    assert 0 < impact.energy_wh.low <= impact.energy_wh.high


def test_ecologits_does_not_know_made_up_models(estimator: EcoLogitsEstimator) -> None:
    """Guards the two tests above: an unknown model really gives None."""
    assert estimator.text("openai", "gpt-does-not-exist", 400) is None
    assert estimator.video("nobody/no-video-model", "1080p", 5.0) is None
