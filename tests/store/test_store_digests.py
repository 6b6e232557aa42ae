"""Subscriptions and the exactly-once weekly digest claim, under real concurrency."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta

from store_helpers import NOW, run_all

from bot.usage.entities import DigestStatus, iso_week
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


async def _state(store: UsageStore, week: str = WEEK) -> DigestStatus | None:
    [state] = await store.week_states(week)
    return state.status


async def test_delivery_states_claimed_sending_then_each_ending(store: UsageStore) -> None:
    sub = await store.subscribe("slack", "T1", "C1", "fr")
    assert await _state(store) is None
    assert await store.claim_week(sub.id, WEEK, now=NOW) and await _state(store) == DigestStatus.CLAIMED
    assert not await store.mark_sending(sub.id, WEEK, NOW + timedelta(seconds=1))  # not our token
    assert await store.mark_sending(sub.id, WEEK, NOW, NOW) and await _state(store) == DigestStatus.SENDING
    assert not await store.claim_week(sub.id, WEEK, now=NOW + timedelta(days=3))  # sending: never re-taken
    assert await store.settle(sub.id, WEEK, DigestStatus.MAYBE_POSTED, "TimeoutError")
    assert not await store.claim_week(sub.id, WEEK, now=NOW + timedelta(days=3))
    assert not await store.release_claim(sub.id, WEEK)  # maybe posted is not a claim to release
    [state] = await store.week_states(WEEK)
    assert state.status == DigestStatus.MAYBE_POSTED and state.detail == "TimeoutError"
    assert state.sending_at == NOW and state.claimed_at == NOW


async def test_failed_before_send_is_claimed_again_by_exactly_one(store: UsageStore) -> None:
    sub = await store.subscribe("slack", "T1", "C1", "fr")
    assert await store.claim_week(sub.id, WEEK, now=NOW)
    assert await store.mark_sending(sub.id, WEEK, NOW, NOW)
    assert await store.release_claim(sub.id, WEEK, "connection refused")
    assert await _state(store) == DigestStatus.FAILED_BEFORE_SEND
    results = await asyncio.to_thread(_race, store, sub.id, timedelta(minutes=1))
    assert results.count(True) == 1 and await _state(store) == DigestStatus.CLAIMED


async def test_a_permanent_failure_closes_the_week(store: UsageStore) -> None:
    sub = await store.subscribe("slack", "T1", "C1", "fr")
    assert await store.claim_week(sub.id, WEEK, now=NOW)
    assert await store.settle(sub.id, WEEK, DigestStatus.FAILED, "not_in_channel")
    assert not await store.claim_week(sub.id, WEEK, now=NOW + timedelta(days=1))


async def test_abandoned_sending_becomes_maybe_posted_once(store: UsageStore) -> None:
    sub = await store.subscribe("slack", "T1", "C1", "fr")
    assert await store.claim_week(sub.id, WEEK, now=NOW)
    assert await store.mark_sending(sub.id, WEEK, NOW, NOW)
    assert not await store.abandon_sending(sub.id, WEEK, NOW + timedelta(minutes=1))  # a live post
    later = NOW + timedelta(hours=1)
    flips = await asyncio.gather(*(store.abandon_sending(sub.id, WEEK, later) for _ in range(RACERS)))
    assert flips.count(True) == 1 and await _state(store) == DigestStatus.MAYBE_POSTED


async def test_resend_claim_takes_uncertain_or_failed_weeks_only(store: UsageStore) -> None:
    ended = {
        "C1": DigestStatus.MAYBE_POSTED,
        "C2": DigestStatus.FAILED,
        "C3": DigestStatus.FAILED_BEFORE_SEND,
    }
    for channel, status in ended.items():
        sub = await store.subscribe("slack", "T1", channel, "fr")
        assert await store.claim_week(sub.id, WEEK, now=NOW)
        assert await store.settle(sub.id, WEEK, status, "x")
        racers = await asyncio.gather(*(store.resend_claim(sub.id, WEEK, NOW) for _ in range(RACERS)))
        assert racers.count(True) == 1
    posted = await store.subscribe("slack", "T1", "C4", "fr")
    assert await store.claim_week(posted.id, WEEK, now=NOW)
    assert not await store.resend_claim(posted.id, WEEK, NOW)  # claimed: in flight
    await store.mark_posted(posted.id, WEEK, None, NOW)
    assert not await store.resend_claim(posted.id, WEEK, NOW)  # posted: never twice
    fresh = await store.subscribe("slack", "T1", "C5", "fr")
    assert await store.resend_claim(fresh.id, WEEK, NOW)  # never attempted this week
