"""The digest's charter line: checks that named a tool the current charter does not approve, counted
per tool, never who, only for tools at least `COACH_MIN_GROUP` people named (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.digest.compose import compose
from bot.usage.privacy import hash_user
from bot.usage.records import UsageEvent
from bot.usage.stats import TagCount
from bot.usage.store import UsageStore
from tests.support.weekly import NOW, weekly_stats

CHARTER = Path(__file__).resolve().parents[1] / "data" / "charter.yaml"


@pytest.fixture(scope="module")
def charted() -> Coach:
    return build_coach(charter=CHARTER)


def charter_lines(coach: Coach, stats: object, lang: str) -> list[str]:
    view = compose(coach, stats, lang)  # type: ignore[arg-type]
    return [x.value for x in view.stats if x.label in ("Your AI charter", "Votre charte IA")]


def test_counts_refused_tools_in_both_languages(charted: Coach, coach: Coach) -> None:
    tools = (
        TagCount("midjourney", 2),
        TagCount("chatgpt", 5),
        TagCount("deepseek", 1),
        TagCount("firefly", 4),
    )
    plans = (TagCount("chatgpt/enterprise", 4), TagCount("chatgpt/free", 1))
    stats = weekly_stats(tools=tools, plans=plans, min_group=1)
    assert charter_lines(charted, stats, "en") == [
        "4 checks mentioned a tool your charter does not approve "
        "(Midjourney ×2, DeepSeek ×1, free ChatGPT ×1)"
    ]
    assert charter_lines(charted, stats, "fr") == [
        "4 vérifications ont mentionné un outil que votre charte n'autorise pas "
        "(Midjourney ×2, ChatGPT gratuit ×1, DeepSeek ×1)"
    ]
    one = weekly_stats(tools=(TagCount("deepseek", 1),), min_group=1)
    assert charter_lines(charted, one, "en") == [
        "1 check mentioned a tool your charter does not approve (DeepSeek ×1)"
    ]
    assert charter_lines(coach, stats, "en") == []  # no charter: no line
    assert charter_lines(charted, weekly_stats(tools=(TagCount("firefly", 9),)), "en") == []
    assert charter_lines(charted, weekly_stats(suppressed=True, tools=()), "en") == []


def _event(i: int, tool: str, hours: int, plans: tuple[str, ...] = ()) -> UsageEvent:
    return UsageEvent(
        workspace="T1",
        channel="C1",
        user_hash=hash_user(b"k" * 32, "slack", "T1", f"U{i}"),
        source="check",
        language="en",
        created_at=NOW - timedelta(hours=hours),
        tools=(tool,),
        media=("image",),
        plans=plans,
    )


async def test_from_the_store_only_tools_enough_people_named(store: UsageStore, charted: Coach) -> None:
    events = [_event(i, "midjourney", i + 1) for i in range(3)]  # 3 people: reported
    events += [_event(3, "midjourney", 5)]  # one of them again is a 4th check
    events += [_event(0, "deepseek", 6), _event(1, "deepseek", 7)]  # 2 people: under min_group
    events += [_event(i, "firefly", 8 + i) for i in range(4)]  # approved: never counted
    events += [_event(i, "chatgpt", 12 + i, ("chatgpt/free",)) for i in range(3)]  # a refused plan
    events += [_event(i, "chatgpt", 16 + i, ("chatgpt/enterprise",)) for i in range(3)]  # approved
    await store.record_many(events)
    stats = await store.weekly_stats("T1", "slack", NOW, 3)
    assert charter_lines(charted, stats, "en") == [
        "7 checks mentioned a tool your charter does not approve (Midjourney ×4, free ChatGPT ×3)"
    ]
    view = compose(charted, stats, "en")
    assert "U0" not in repr(view) and "deepseek" not in repr(view).lower()
