"""compose(): WeeklyStats → DigestView, and the Block Kit rendering of a digest (pure)."""

from __future__ import annotations

from bot.coach.engine import Coach
from bot.coach.model import Range
from bot.digest.compose import compose, sparkline
from bot.render.digest_blocks import digest_blocks
from bot.usage.stats import TagCount, WeeklyStats
from tests.support.weekly import weekly_stats


def stats(**kw: object) -> WeeklyStats:
    return weekly_stats(**kw)


def test_digest_shows_checks_trend_pillars_tools_footprint(coach: Coach) -> None:
    view = compose(coach, stats(), "en")
    assert view.title == "Weekly AI digest — week 49"
    assert view.intro == "12 AI checks this week (+4 vs last week), by 5 people."
    assert "transparency (7)" in view.stats[0].value and "bias (4)" in view.stats[0].value
    assert view.stats[1].value == "Midjourney (6), ChatGPT (3)"
    assert view.footprint[0].value.startswith("40–345 Wh")
    assert "smartphone charges" in view.footprint[0].value
    assert view.footprint[1].label == "Footprint of the usage reported"
    assert view.sparkline == sparkline((3, 5, 0, 8, 8, 12)) and len(view.sparkline) == 6
    assert "/ai-check" in view.call_to_action
    assert "3 people" in view.note


def test_french_digest(coach: Coach) -> None:
    view = compose(coach, stats(previous_checks=12), "fr")
    assert view.title.startswith("Digest IA de la semaine")
    assert "autant que" in view.intro
    assert "transparence (7)" in view.stats[0].value


def test_nudge_comes_from_most_flagged_pillar_and_skips_recent(coach: Coach) -> None:
    first = compose(coach, stats(), "en")
    assert first.nudge is not None and first.nudge.pillar == "transparency"
    recent = [first.nudge.card_id]
    second = compose(coach, stats(), "en", recent_nudges=recent)
    assert second.nudge is not None and second.nudge.pillar == "transparency"
    assert second.nudge.card_id != first.nudge.card_id
    all_transparency = [c.id for c in coach.kb.cards_in("en") if c.pillar.value == "transparency"]
    third = compose(coach, stats(), "en", recent_nudges=all_transparency)
    assert third.nudge is not None and third.nudge.pillar == "bias"


def test_small_groups_are_not_reported(coach: Coach) -> None:
    view = compose(coach, stats(suppressed=True, checks=0, people=0, pillars=(), tools=()), "en")
    assert "fewer than 3 people" in view.intro
    assert view.stats == () and view.footprint == () and view.sparkline == ""
    assert view.nudge is not None  # still one useful tip


def test_sparkline_handles_withheld_and_empty_weeks() -> None:
    assert sparkline((None, 2, 4)) == " ▅█"
    assert sparkline((0, 0)) == ""
    assert sparkline(()) == ""


def test_blocks_respect_slack_limits_and_escape(coach: Coach) -> None:
    view = compose(coach, stats(tools=(TagCount("<!channel> & co", 9),)), "en")
    blocks = digest_blocks(view)
    assert blocks[0]["type"] == "header" and len(blocks[0]["text"]["text"]) <= 150
    assert len(blocks) <= 50
    text = str(blocks)
    assert "<!channel>" not in text and "&lt;!channel&gt; &amp; co" in text
    for b in blocks:
        if b["type"] == "section":
            assert len(b["text"]["text"]) <= 3000


def test_api_usage_section_with_trend_and_dominant_model_nudge(coach: Coach) -> None:
    from datetime import date

    from bot.usage.stats import ApiUsageStats, ModelUsage

    big = ModelUsage(
        "openai",
        "gpt-4o",
        requests=900,
        output_tokens=400_000,
        images=0,
        energy_wh=Range(500, 900),
        co2e_g=Range(200, 350),
        water_l=Range(1, 3),
    )
    small = ModelUsage("openai", "gpt-4o-mini", requests=100, output_tokens=30_000)
    total = ModelUsage(
        "*",
        "*",
        requests=1000,
        output_tokens=430_000,
        images=12,
        energy_wh=Range(520, 1000),
        co2e_g=Range(210, 380),
        water_l=Range(1.1, 3.2),
    )
    previous = ModelUsage("*", "*", requests=700)
    api = ApiUsageStats(date(2026, 11, 23), date(2026, 11, 29), (big, small), (), total, previous)
    view = compose(coach, stats(), "en", api=api)
    text = "\n".join(f"{x.label} {x.value}" for x in view.api_usage)
    assert "1,000 requests this week (+300 vs last week)" in text
    assert "• GPT-4o: 900 requests · 500–900 Wh (≈ 23–75 smartphone charges)" in text
    assert "• GPT-4o mini: 100 requests\n" in text
    assert "GPT-4o made 90% of these requests" in text
    blocks = digest_blocks(view)
    assert any("API usage" in b.get("text", {}).get("text", "") for b in blocks)


def test_no_api_section_without_imported_usage(coach: Coach) -> None:
    assert compose(coach, stats(), "en", api=None).api_usage == ()
