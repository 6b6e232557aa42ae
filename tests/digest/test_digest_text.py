"""Every section of a digest, rendered for Slack and Teams in French and English, reads right:
valid mrkdwn, the locale's figures, no French spacing in English, brand names as brands."""

from __future__ import annotations

from datetime import date

from bot.coach.engine import Coach
from bot.coach.i18n import CATALOGUE
from bot.coach.model import Range
from bot.digest.compose import compose
from bot.render.adaptive import digest_card
from bot.render.digest_blocks import digest_blocks
from bot.render.view import DigestView
from bot.usage.stats import ApiUsageStats, FootprintTotals, ModelUsage, TagCount, WeeklyStats
from tests.support.text_checks import english_problems, mrkdwn_problems, texts_of
from tests.support.weekly import weekly_stats


def full_stats(**kw: object) -> WeeklyStats:
    """A busy week: thousands of checks, three tools, reported usage in kWh."""
    busy: dict[str, object] = {
        "checks": 4_200,
        "logs": 1,
        "people": 35,
        "previous_checks": 1_600,
        "pillars": (TagCount("transparency", 7), TagCount("bias", 4), TagCount("privacy", 3)),
        "tools": (TagCount("chatgpt", 6), TagCount("midjourney", 3), TagCount("dalle", 3)),
        "logged": FootprintTotals(Range(1600, 13800), Range(600, 6300), Range(2, 60)),
        "sparkline": (None, 500, 0, 800, 1_600, 4_200),
    }
    return weekly_stats(**{**busy, **kw})


def api_usage() -> ApiUsageStats:
    big = ModelUsage(
        "openai",
        "gpt-4o-2024-08-06",
        requests=9_000,
        output_tokens=4_000_000,
        energy_wh=Range(5_000, 9_000),
        co2e_g=Range(2_000, 3_500),
        water_l=Range(10, 30),
    )
    small = ModelUsage(
        "openai",
        "gpt-4o-mini",
        requests=1_000,
        output_tokens=300_000,
        energy_wh=Range(20, 60),
        co2e_g=Range(8, 20),
        water_l=Range(0.04, 0.1),
    )
    images = ModelUsage("openai", "gpt-image-1", images=40, energy_wh=Range(100, 300))
    total = ModelUsage(
        "*",
        "*",
        requests=10_000,
        output_tokens=4_300_000,
        images=40,
        energy_wh=Range(5_120, 9_360),
        co2e_g=Range(2_050, 3_600),
        water_l=Range(10, 31),
    )
    previous = ModelUsage("*", "*", requests=7_400)
    return ApiUsageStats(date(2026, 11, 23), date(2026, 11, 29), (big, small, images), (), total, previous)


def every_view(coach: Coach) -> list[DigestView]:
    views = []
    for lang in ("en", "fr"):
        views += [
            compose(coach, full_stats(), lang, api=api_usage()),
            compose(coach, full_stats(logs=3, previous_checks=None, logged=None), lang),
            compose(coach, full_stats(estimated=FootprintTotals(), logged=None, tools=()), lang),
            compose(coach, full_stats(suppressed=True, checks=0, people=0, pillars=(), tools=()), lang),
        ]
    return views


def test_every_section_is_valid_mrkdwn(coach: Coach) -> None:
    for view in every_view(coach):
        for text in texts_of(digest_blocks(view)):
            assert mrkdwn_problems(text) == [], text


def test_english_digest_has_no_french_spacing_and_keeps_brand_names(coach: Coach) -> None:
    brands = [tool.label for tool in coach.kb.lexicon.tools.values()]
    for view in every_view(coach):
        if view.lang == "en":
            texts = [*texts_of(digest_blocks(view)), *texts_of(digest_card(view))]
            assert english_problems(texts, brands) == []


def test_figures_are_grouped_signed_and_plural_in_each_language(coach: Coach) -> None:
    en = compose(coach, full_stats(), "en", api=api_usage())
    fr = compose(coach, full_stats(), "fr", api=api_usage())
    assert en.intro == "4,200 AI checks this week (+2,600 vs last week), by 35 people."
    assert fr.intro.startswith("4\u202f200 vérifications IA cette semaine (+2\u202f600 par rapport")
    assert en.stats[2].value == "1 report with /ai-check log" and "(s)" not in str(en) + str(fr)
    assert fr.stats[2].value == "1 déclaration avec /ai-check log"
    three = compose(coach, full_stats(logs=3), "en")
    assert three.stats[2].value == "3 reports with /ai-check log"
    assert en.stats[1].value == "ChatGPT (6), Midjourney (3), DALL·E (3)"
    assert "1.6–13.8 kWh" in en.footprint[1].value and "1,6–13,8\u202fkWh" in fr.footprint[1].value


def test_labelled_trend_names_its_weeks(coach: Coach) -> None:
    en = compose(coach, full_stats(), "en")
    assert en.trend.startswith("– · 500 · 0 · 800 · 1,600 · 4,200 this week")
    assert "too few people" in en.trend
    text = "\n".join(texts_of(digest_blocks(en)))
    assert "*Checks per week, last 6 weeks:* " + en.sparkline in text
    fr = compose(coach, full_stats(sparkline=(1, 2, 3, 4, 5, 6)), "fr")
    assert fr.trend == "1 · 2 · 3 · 4 · 5 · 6 cette semaine"


def test_api_usage_is_one_line_per_top_model_with_one_unit_and_one_equivalent(coach: Coach) -> None:
    view = compose(coach, full_stats(), "en", api=api_usage())
    lines = [x.value for x in view.api_usage]
    assert view.api_usage[0].label == "API usage (organisation)"
    assert lines[0] == "10,000 requests this week (+2,600 vs last week)"
    models = [x for x in lines if x.startswith("• ")]
    assert [x.split(":")[0] for x in models] == ["• GPT-4o", "• GPT-4o mini", "• GPT Image"]
    assert models[2].startswith("• GPT Image: 40 images")
    for line in models:
        assert line.count("≈") <= 1 and "CO2e" not in line and "water" not in line
        assert line.count("Wh") == 1
    assert lines[-1].startswith("Tip: GPT-4o made 90% of these requests.")
    assert len(lines) == 5


def test_teams_digest_card_carries_the_same_content(coach: Coach) -> None:
    view = compose(coach, full_stats(), "fr", api=api_usage())
    text = "\n".join(texts_of(digest_card(view)))
    assert "+2\u202f600" in text and view.trend in text and "• GPT-4o mini" in text
    assert "GPT-4o a fait 90\u00a0% de ces requêtes" in text
    assert "ChatGPT (6)" in text and "(s)" not in text
    assert "Outils les plus cités\u202f: " in text and " : " not in text


def test_catalogue_english_has_no_french_spacing_and_french_has_narrow_spaces() -> None:
    english = [entry["en"] for entry in CATALOGUE.values() if "en" in entry]
    assert english_problems(english, ["ChatGPT", "Midjourney"]) == []
    french = " ".join(entry.get("fr", "") for entry in CATALOGUE.values())
    for mark in ";:?!":
        assert f" {mark}" not in french and f"\u00a0{mark}" not in french
