"""Adaptive Cards (pure): schema 1.5 validity, parity with the Block Kit answer, size limits, envelopes."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.coach.model import Range
from bot.digest.compose import compose
from bot.render.adaptive import (
    CARD_VERSION,
    CONTENT_TYPE,
    MAX_CARD_BYTES,
    answer_card,
    card_size,
    digest_card,
    help_card,
    help_examples,
    message_activity,
    workflow_payload,
)
from bot.render.blocks import answer_blocks, details_modal
from bot.render.short import sentences
from bot.render.view import (
    AnswerView,
    DigestView,
    FootprintView,
    NudgeView,
    PillarView,
    PointView,
    SourceLink,
    StatLine,
    answer_view,
)
from bot.usage.stats import FootprintTotals, TagCount, WeeklyStats
from tests.teams.support import assert_valid_card, links, texts

REPO = Path(__file__).resolve().parents[2]
CHECKS = REPO / "tests" / "data" / "checks.jsonl"
NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def coach() -> Coach:
    return build_coach()


def sample_texts() -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in CHECKS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["id"], r["text"]) for r in rows]


@pytest.mark.parametrize(("case", "text"), sample_texts())
def test_answer_cards_are_valid_and_say_what_slack_says(coach: Coach, case: str, text: str) -> None:
    view = answer_view(coach.assess(text))
    card = answer_card(view)
    assert_valid_card(card)
    assert card["version"] == CARD_VERSION and card["lang"] == view.lang
    shown = "\n".join(texts(card))
    slack = json.dumps(answer_blocks(view) + details_modal(view)["blocks"], ensure_ascii=False)  # + Details
    assert view.header in shown and view.answer in shown
    for pillar in view.pillars:
        assert pillar.label in shown and pillar.label in slack
        for point in pillar.points:
            assert point.severity_label in shown and point.title in shown
            assert all(sentence in shown for sentence in sentences(point.advice))  # main card + details
            for source in point.sources:
                assert source.url in links(card)
    if view.footprint:
        for figure in (
            view.footprint.energy,
            view.footprint.co2e,
            view.footprint.water,
            *view.footprint.equivalents,
        ):
            assert figure in shown and figure in slack


def test_card_text_is_never_markdown(coach: Coach) -> None:
    """Every text is a TextRun (never parsed as markdown): no TextBlock, no FactSet in any card."""
    cards = [answer_card(answer_view(coach.assess(t))) for _, t in sample_texts()[:4]]
    cards += [help_card("fr"), help_card("en"), digest_card(compose(coach, stats(), "fr"))]
    for card in cards:
        dumped = json.dumps(card)
        assert '"TextBlock"' not in dumped and '"FactSet"' not in dumped


def point(i: int, advice: str = "Check it.", url: str = "https://example.org/a") -> PointView:
    return PointView(
        "warning", "To check", "⚠️", f"Point {i} *not bold* [not](a link)", advice,
        (SourceLink("Publisher (2024)", f"Title {i}", f"{url}/{i}"),),
    )  # fmt: skip


def big_view(pillars: int = 6, points: int = 2, advice_len: int = 2_500) -> AnswerView:
    groups = tuple(
        PillarView(
            f"p{p}", f"Pillar {p}", "🔎", tuple(point(p * 10 + i, "x" * advice_len) for i in range(points))
        )
        for p in range(pillars)
    )
    fp = FootprintView(
        "Estimated footprint", "1–2 Wh", "1–2 g CO2e", "0.1–0.2 L", "b" * 5_000, ("≈ 1 charge",)
    )
    return AnswerView("en", "12 points to review", "a" * 10_000, groups, fp, pillars * points)


def test_huge_answers_are_trimmed_under_the_limit_with_a_note() -> None:
    view = big_view(pillars=40, points=5)
    card = answer_card(view)
    assert_valid_card(card)
    assert card_size(card) <= MAX_CARD_BYTES
    shown = texts(card)
    assert any(x.startswith("…and ") and "more point(s)" in x for x in shown)
    assert "Pillar 0" in " ".join(shown)  # the first pillars are kept
    assert any(x.endswith("…") for x in shown)  # long texts were cut


def test_a_normal_answer_is_not_trimmed() -> None:
    view = big_view(pillars=3, points=2, advice_len=400)
    card = answer_card(view)
    assert not any("more point" in x for x in texts(card))
    assert sum(x.startswith("x") and len(x) == 400 for x in texts(card)) == 6


def test_only_http_links_become_links() -> None:
    p = replace(point(1), sources=(SourceLink("Evil (2024)", "Script", "javascript:alert(1)"),))
    view = replace(big_view(1, 1, 10), pillars=(PillarView("bias", "Bias", "🧑", (p,)),))
    card = answer_card(view)
    assert links(card) == [] and "Evil (2024)" in texts(card)


def test_note_is_shown_under_the_answer() -> None:
    card = answer_card(big_view(1, 1, 10), note="Your text is long: I checked its beginning.")
    assert "Your text is long: I checked its beginning." in texts(card)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_help_card_has_examples_in_both_languages(lang: str) -> None:
    card = help_card(lang)
    assert_valid_card(card)
    shown = texts(card)
    assert card["lang"] == lang
    examples = [x for x in shown if x.startswith("• @ai-coach ")]
    assert len(examples) == len(help_examples()) >= 4
    assert any("Midjourney" in x for x in examples) and any("How much water" in x for x in examples)
    assert not any("/ai-check" in x for x in shown)  # Slack commands mean nothing in Teams
    assert any(("Mentionnez" if lang == "fr" else "Mention me") in x for x in shown)


def stats(**kw: object) -> WeeklyStats:
    base = WeeklyStats(
        workspace=None, platform="teams", start=NOW - timedelta(days=7), end=NOW, min_group=3,
        checks=12, logs=0, people=5, previous_checks=8,
        pillars=(TagCount("transparency", 7), TagCount("bias", 4)),
        tools=(TagCount("midjourney", 6), TagCount("chatgpt", 3)), media=(TagCount("image", 6),),
        estimated=FootprintTotals(Range(40, 345), Range(15, 158), Range(0.04, 1.5)),
        logged=None,
        sparkline=(3, 5, 0, 8, 8, 12), suppressed=False, withheld_groups=1,
    )  # fmt: skip
    return replace(base, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_digest_card_shows_the_digest_view(coach: Coach, lang: str) -> None:
    view = compose(coach, stats(), lang)
    card = digest_card(view)
    assert_valid_card(card)
    shown = "\n".join(texts(card))
    for text in (view.title, view.period, view.intro, view.sparkline, view.note):
        assert text in shown
    for line in (*view.stats, *view.footprint):
        assert line.value in shown
    assert view.nudge is not None and view.nudge.title in shown and view.nudge.text in shown
    assert view.nudge.source is not None and view.nudge.source.url in links(card)
    assert "@ai-coach" in shown and "/ai-check" not in shown  # the Teams call to action


def test_suppressed_digest_is_valid(coach: Coach) -> None:
    card = digest_card(compose(coach, stats(suppressed=True, people=2), "en"))
    assert_valid_card(card)
    assert any("Too little activity" in x for x in texts(card))


def test_long_digest_lists_are_trimmed_under_the_limit() -> None:
    lines = tuple(StatLine(f"  model-{i}", "y" * 3_000) for i in range(60))
    view = DigestView(
        "en", "Weekly AI digest — week 49", "23/11 – 30/11/2026", "i" * 5_000, "▁▂▄▆▇█",
        lines, lines, lines, NudgeView("c", "bias", "t" * 1_000, "n" * 5_000, None), "cta", "note",
    )  # fmt: skip
    card = digest_card(view)
    assert_valid_card(card)
    assert card_size(card) <= MAX_CARD_BYTES
    assert any(x.startswith("…and ") for x in texts(card))


def test_message_activity_and_workflow_payload_envelopes(coach: Coach) -> None:
    card = help_card("en")
    reply = message_activity(card, "AI coach — how to use it")
    assert reply == {
        "type": "message",
        "text": "AI coach — how to use it",
        "attachments": [{"contentType": CONTENT_TYPE, "content": card}],
    }
    assert message_activity(None, "x" * 5_000)["text"].endswith("…")
    assert "attachments" not in message_activity(None, "sorry")
    payload = workflow_payload(card)
    assert payload == {
        "type": "message",
        "attachments": [{"contentType": CONTENT_TYPE, "contentUrl": None, "content": card}],
    }


def test_renderer_is_pure() -> None:
    """bot.render.adaptive imports neither httpx nor starlette (nor any other I/O library)."""
    code = (
        "import sys, bot.render.adaptive\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('httpx', 'starlette', 'sqlalchemy', 'aiohttp', 'slack_sdk', 'slack_bolt', 'uvicorn'))\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == ""
