"""Subscriptions and the exactly-once weekly digest claim, under real concurrency."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta

from store_helpers import NOW, run_all

from bot.usage.entities import iso_week
from bot.usage.store import UsageStore

WEEK = "2026-W48"
RACERS = 12


async def test_subscribe_unsubscribe_and_list(store: UsageStore) -> None:
    first = await store.subscribe("slack", "T1", "C1", "fr")
    await store.subscribe("teams", "tenant", "webhook", "en")
    again = await store.subscribe("slack", "T1", "C1", "en")  # re-subscribing updates the language
    assert again.id == first.id and again.language == "en" and again.active
    assert first.created_at.utcoffset() == timedelta(0)

    assert [s.channel for s in await store.active_subscriptions()] == ["C1", "webhook"]
    assert [s.platform for s in await store.active_subscriptions("teams")] == ["teams"]
    assert await store.unsubscribe("slack", "T1", "C1")
    assert not await store.unsubscribe("slack", "T1", "C1")
    assert not await store.unsubscribe("slack", "T1", "C-unknown")
    assert [s.platform for s in await store.active_subscriptions()] == ["teams"]
    back = await store.subscribe("slack", "T1", "C1", "fr")
    assert back.id == first.id and back.active


def _race(store: UsageStore, subscription_id: int, now_offset: timedelta = timedelta(0)) -> list[bool]:
    """RACERS threads call claim_week at the same instant, each with its own event loop."""
    barrier = threading.Barrier(RACERS)
    results: list[bool] = []
    lock = threading.Lock()

    def racer() -> None:
        barrier.wait()
        won = asyncio.run(store.claim_week(subscription_id, WEEK, now=NOW + now_offset))
        with lock:
            results.append(won)

    run_all([threading.Thread(target=racer) for _ in range(RACERS)])
    return results


async def test_claim_week_exactly_once_among_concurrent_claimers(store: UsageStore) -> None:
    sub = await store.subscribe("slack", "T1", "C1", "fr")
    results = await asyncio.to_thread(_race, store, sub.id)
    assert len(results) == RACERS and results.count(True) == 1
    # and again with everyone on the same loop (the store's worker threads race)
    other = await store.subscribe("slack", "T1", "C2", "fr")
    gathered = await asyncio.gather(*(store.claim_week(other.id, WEEK, now=NOW) for _ in range(RACERS)))
    assert gathered.count(True) == 1


async def test_posted_week_is_never_claimed_again(store: UsageStore) -> None:
    sub = await store.subscribe("slack", "T1", "C1", "fr")
    assert await store.claim_week(sub.id, WEEK, now=NOW)
    await store.mark_posted(sub.id, WEEK, "footprint/image-batches", now=NOW)
    assert not await store.claim_week(sub.id, WEEK, now=NOW + timedelta(days=3))
    assert not await store.release_claim(sub.id, WEEK)  # a posted week is not a claim to release
    assert await store.claim_week(sub.id, "2026-W49", now=NOW + timedelta(days=7))


async def test_stale_claim_is_taken_over_by_exactly_one(store: UsageStore) -> None:
    sub = await store.subscribe("slack", "T1", "C1", "fr")
    assert await store.claim_week(sub.id, WEEK, now=NOW)
    assert not await store.claim_week(sub.id, WEEK, now=NOW + timedelta(minutes=5))  # still fresh
    results = await asyncio.to_thread(_race, store, sub.id, timedelta(hours=1))  # the poster died
    assert results.count(True) == 1
    assert not await store.claim_week(sub.id, WEEK, now=NOW + timedelta(hours=1, minutes=1))


async def test_release_claim_lets_the_next_run_retry(store: UsageStore) -> None:
    sub = await store.subscribe("slack", "T1", "C1", "fr")
    assert await store.claim_week(sub.id, WEEK, now=NOW)
    assert await store.release_claim(sub.id, WEEK)
    assert await store.claim_week(sub.id, WEEK, now=NOW + timedelta(minutes=1))


async def test_recent_nudges_newest_first(store: UsageStore) -> None:
    sub = await store.subscribe("slack", "T1", "C1", "fr")
    for n, week in enumerate(("2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49")):
        assert await store.claim_week(sub.id, week, now=NOW)
        await store.mark_posted(sub.id, week, None if n == 2 else f"card-{n}", now=NOW)
    await store.claim_week(sub.id, "2026-W50", now=NOW)  # claimed, not posted: not a nudge shown
    # the last 4 posted weeks: W49, W48, W47 (no nudge that week), W46
    assert await store.recent_nudges(sub.id) == ["card-4", "card-3", "card-1"]
    assert await store.recent_nudges(sub.id, weeks=2) == ["card-4", "card-3"]


def test_iso_week_key() -> None:
    assert iso_week(NOW) == "2026-W48"
    assert iso_week(NOW.replace(year=2027, month=1, day=1)) == "2026-W53"
