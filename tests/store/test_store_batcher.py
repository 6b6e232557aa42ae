"""The write-behind batcher on its own: batching, ordering, retries after a database error."""

from __future__ import annotations

import asyncio
import contextlib

import psycopg
from sqlalchemy.exc import OperationalError
from store_helpers import event

from bot.usage.batcher import WriteBehind
from bot.usage.records import UsageEvent


class FlakyWriter:
    """Fails the first `failures` writes like a database that went away, then records batches."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.batches: list[list[UsageEvent]] = []

    async def __call__(self, batch: list[UsageEvent]) -> None:
        if self.failures:
            self.failures -= 1
            raise OperationalError("INSERT", {}, Exception("connection refused"))
        self.batches.append(batch)


async def test_batches_are_bounded_and_ordered() -> None:
    writer = FlakyWriter(failures=0)
    batcher = WriteBehind(writer, interval=30, batch_size=100)
    events = [event(i) for i in range(250)]
    for e in events:
        batcher.put(e)
    await batcher.aclose()
    assert [len(b) for b in writer.batches] == [100, 100, 50]
    assert [e for b in writer.batches for e in b] == events


async def test_failed_writes_are_retried_without_loss() -> None:
    writer = FlakyWriter(failures=2)
    batcher = WriteBehind(writer, interval=0.01, batch_size=10)
    events = [event(i) for i in range(25)]
    for e in events:
        batcher.put(e)
    for _ in range(200):
        if batcher.pending == 0:
            break
        await asyncio.sleep(0.02)
    await batcher.aclose()
    assert [e for b in writer.batches for e in b] == events


async def test_full_queue_drops_and_counts_instead_of_blocking() -> None:
    writer = FlakyWriter(failures=0)
    batcher = WriteBehind(writer, interval=30, batch_size=1_000, max_pending=5)
    for i in range(8):
        batcher.put(event(i))
    assert (batcher.pending, batcher.dropped) == (5, 3)
    await batcher.aclose()
    assert sum(len(b) for b in writer.batches) == 5


class OnceBroken(FlakyWriter):
    """Fails the first write with an error that is not SQLAlchemy's (psycopg's raw COPY path)."""

    async def __call__(self, batch: list[UsageEvent]) -> None:
        if self.failures:
            self.failures -= 1
            raise psycopg.OperationalError("server closed the connection unexpectedly")
        self.batches.append(batch)


async def wait_drained(batcher: WriteBehind) -> None:
    for _ in range(200):
        if batcher.pending == 0:
            return
        await asyncio.sleep(0.02)


async def test_non_sqlalchemy_error_is_retried_and_the_writer_survives() -> None:
    writer = OnceBroken(failures=1)
    batcher = WriteBehind(writer, interval=0.01, batch_size=10)
    events = [event(i) for i in range(15)]
    for e in events:
        batcher.put(e)
    await wait_drained(batcher)
    later = [event(i) for i in range(15, 20)]
    for e in later:
        batcher.put(e)
    await wait_drained(batcher)
    assert batcher.pending == 0 and batcher.dropped == 0  # written while still running
    await batcher.aclose()
    assert [e for b in writer.batches for e in b] == events + later


async def test_put_restarts_a_writer_task_that_ended() -> None:
    writer = FlakyWriter(failures=0)
    batcher = WriteBehind(writer, interval=0.01, batch_size=10)
    batcher.put(event(0))
    task = batcher._task
    assert task is not None
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    batcher.put(event(1))
    await wait_drained(batcher)
    assert batcher.pending == 0
    await batcher.aclose()
    assert [e for b in writer.batches for e in b] == [event(0), event(1)]
