"""Recording events: tags, App Home queries, privacy (no text, no raw ids), forget-me, retention,
and the write-behind batcher."""

from __future__ import annotations

import asyncio
import dataclasses
import pathlib
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from store_helpers import NOW, count, event, user

from bot.coach.model import Range
from bot.usage.db import make_engine
from bot.usage.store import UsageStore


async def test_record_keeps_tags_and_serves_app_home(store: UsageStore) -> None:
    await store.record(event(1, at=NOW - timedelta(days=2), pillars={"bias": "warning"}, tools=("chatgpt",)))
    await store.record(
        event(
            1,
            at=NOW - timedelta(hours=1),
            pillars={"footprint": "critical", "transparency": "info"},
            tools=("midjourney", "midjourney"),
            media=("image",),
            source="shortcut",
        )
    )
    await store.record(event(2, at=NOW - timedelta(hours=2), tools=("claude",)))

    recent = await store.user_recent("T1", user(1), limit=5)
    assert [r.created_at for r in recent] == [NOW - timedelta(hours=1), NOW - timedelta(days=2)]
    assert recent[0].created_at.tzinfo is not None and recent[0].created_at.utcoffset() == timedelta(0)
    assert recent[0].pillars == {"footprint": "critical", "transparency": "info"}
    assert recent[0].tools == ("midjourney",)  # repeated mentions count once
    assert recent[0].media == ("image",)
    assert recent[0].source == "shortcut"
    assert recent[1].pillars == {"bias": "warning"}
    assert len(await store.user_recent("T1", user(1), limit=1)) == 1
    assert await store.user_recent("T2", user(1)) == []

    assert await store.user_checks_since("T1", user(1), NOW - timedelta(days=1)) == 1
    assert await store.user_checks_since("T1", user(1), NOW - timedelta(days=7)) == 2


async def test_no_text_is_stored_by_default(store: UsageStore, engine: Engine) -> None:
    await store.record(event(1, text="our confidential launch plan"))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT text FROM events")).scalars().all() == [None]
    opted_in = UsageStore(engine, store_text=True)
    await opted_in.record(event(1, text="kept on purpose"))
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT text FROM events WHERE text IS NOT NULL")).scalars().all()
    assert stored == ["kept on purpose"]


async def test_user_id_is_never_stored_in_clear(store: UsageStore, engine: Engine) -> None:
    raw = dataclasses.replace(event(1), user_hash="U0123ABCD")
    with pytest.raises(ValueError, match="hash"):
        await store.record(raw)
    with pytest.raises(ValueError, match="hash"):
        store.record_soon(raw)
    with pytest.raises(ValueError, match="hash"):
        await store.record_feedback("T1", "U0123ABCD", helpful=True)

    await store.record(event(1, tools=("chatgpt",)))
    await store.record_feedback("T1", user(1), helpful=True)
    with engine.connect() as conn:
        for table in ("events", "event_tags", "feedback"):
            rows = conn.execute(text(f"SELECT * FROM {table}")).all()
            assert rows and not any("U1" in str(value) for row in rows for value in row)
            assert {row.user_hash for row in rows} == {user(1)}


async def test_naive_times_are_refused(store: UsageStore) -> None:
    naive = dataclasses.replace(event(1), created_at=NOW.replace(tzinfo=None))
    with pytest.raises(ValueError, match="timezone"):
        store.record_soon(naive)


async def test_forget_user_erases_only_their_events_and_feedback(store: UsageStore, engine: Engine) -> None:
    await store.record_many([event(1, tools=("chatgpt",)), event(1, pillars={"bias": "info"}), event(2)])
    await store.record_feedback("T1", user(1), helpful=False)
    await store.record_feedback("T1", user(2), helpful=True)

    assert (await store.forget_user(user(1))).erased == 3  # two events and one feedback
    assert await store.user_recent("T1", user(1)) == []
    assert count(engine, "events") == 1
    assert count(engine, "event_tags") == 0
    assert count(engine, "feedback") == 1
    assert (await store.forget_user(user(1))).erased == 0


async def test_purge_older_than_keeps_recent_records(store: UsageStore, engine: Engine) -> None:
    old, recent = NOW - timedelta(days=400), NOW - timedelta(days=10)
    await store.record_many([event(1, at=old, tools=("sora",)), event(1, at=recent, tools=("sora",))])
    await store.record_feedback("T1", user(1), helpful=True, now=old)
    assert await store.first_time("Ev-old", now=NOW - timedelta(days=3))
    assert await store.first_time("Ev-new", now=NOW - timedelta(minutes=5))

    assert await store.purge_older_than(365, NOW) == 1
    assert count(engine, "events") == 1
    assert count(engine, "event_tags") == 1
    assert count(engine, "feedback") == 0
    assert count(engine, "processed_events") == 1  # retry ids are only kept for a day
    assert await store.purge_older_than(365, NOW) == 0


async def test_batcher_drains_everything_on_close(engine: Engine) -> None:
    # a long interval: only the batch size and the final drain can write
    store = UsageStore(engine, flush_interval=30, batch_size=200)
    await store.start()
    for i in range(1_050):
        store.record_soon(event(i % 7, tools=("chatgpt",), energy=Range(1.0, 2.0)))
    await store.aclose()
    assert store.pending_events == 0
    assert count(engine, "events") == 1_050
    assert count(engine, "event_tags") == 1_050
    with pytest.raises(RuntimeError):
        store.record_soon(event(1))


async def test_batcher_flushes_on_its_interval(store: UsageStore, engine: Engine) -> None:
    store.record_soon(event(1))  # starts the writer without an explicit start()
    for _ in range(100):
        if count(engine, "events") == 1:
            break
        await asyncio.sleep(0.02)
    assert count(engine, "events") == 1


async def test_ping(store: UsageStore) -> None:
    assert await store.ping()
    broken = UsageStore.from_url("sqlite:////nonexistent-folder/for/sure/usage.db")
    assert not await broken.ping()
    await broken.aclose()


async def test_forget_user_also_drops_events_still_queued(store: UsageStore) -> None:
    """`forget me` right after a check: the event may still be in the write-behind queue."""
    from datetime import UTC, datetime

    from bot.usage.privacy import hash_user
    from bot.usage.records import UsageEvent

    me = hash_user(b"k" * 32, "slack", "T1", "U1")
    other = hash_user(b"k" * 32, "slack", "T1", "U2")
    now = datetime.now(UTC)
    for who in (me, other):
        store.record_soon(UsageEvent("T1", "C1", who, "check", "fr", now))
    assert (await store.forget_user(me)).erased == 1
    await store.aclose()
    assert await store.user_checks_since("T1", me, datetime(2000, 1, 1, tzinfo=UTC)) == 0
    assert await store.user_checks_since("T1", other, datetime(2000, 1, 1, tzinfo=UTC)) == 1


async def test_forget_me_while_the_database_is_down_is_deferred_then_finished(
    engine: Engine, tmp_path: pathlib.Path
) -> None:
    await UsageStore(engine).record_many([event(1), event(2)])
    down = make_engine(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")  # cannot open: the database is "down"
    store = UsageStore(down, flush_interval=0.05)
    store.record_soon(event(1))
    done = await store.forget_user(user(1))
    assert done.deferred and done.erased == 1 and store.pending_events == 0 and store.pending_forgets == 1
    store.record_soon(event(1))  # while the erasure waits, nothing more of theirs is written
    store.engine = engine  # the database is back
    assert await store.finish_pending_forgets() and store.pending_forgets == 0
    await store.aclose()
    assert count(engine, "events") == 1  # only the other person's event is left
