"""Write-behind batching of usage events: the request path enqueues, a background task writes.

A request never waits on the database: `put` appends to memory. The task writes whatever is
pending every `interval` seconds, or as soon as `batch_size` events are waiting, one transaction
per batch. `aclose` writes everything still pending before returning.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable

from bot.usage.records import UsageEvent

log = logging.getLogger(__name__)

Writer = Callable[[list[UsageEvent]], Awaitable[None]]
MAX_BACKOFF_S = 5.0
CLOSE_ATTEMPTS = 3


class WriteBehind:
    def __init__(
        self, write: Writer, *, interval: float = 0.2, batch_size: int = 500, max_pending: int = 100_000
    ) -> None:
        self._write = write
        self._interval = interval
        self._batch_size = batch_size
        self._max_pending = max_pending
        self._pending: deque[UsageEvent] = deque()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._failures = 0
        self.dropped = 0  # events lost: queue full (database down for long) or unstorable data

    @property
    def pending(self) -> int:
        return len(self._pending)

    def put(self, event: UsageEvent) -> None:
        """Queue `event`; never blocks. Call from the event loop's thread (it starts the writer task)."""
        if self._closing:
            raise RuntimeError("the usage store is closed")
        if len(self._pending) >= self._max_pending:
            # Bounded memory beats an unbounded queue when the database is down: count and drop.
            self.dropped += 1
            if self.dropped % 1000 == 1:
                log.warning(
                    "usage queue full (%d pending): %d events dropped", self._max_pending, self.dropped
                )
            return
        self._pending.append(event)
        if len(self._pending) >= self._batch_size:
            self._wake.set()
        if self._task is None or self._task.done():
            self.start()

    def discard(self, unwanted: Callable[[UsageEvent], bool]) -> int:
        """Remove queued events that are `unwanted` (not yet written); return how many."""
        kept = [e for e in self._pending if not unwanted(e)]
        removed = len(self._pending) - len(kept)
        self._pending = deque(kept)
        return removed

    def start(self) -> None:
        """Start the writer task, or restart it if it ended (it should not: `_run` catches everything)."""
        if self._task is not None and self._task.done():
            exc = None if self._task.cancelled() else self._task.exception()
            log.error("usage writer task had ended; restarting it", exc_info=exc)
            self._task = None
        if self._task is None and not self._closing:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="usage-write-behind")

    async def aclose(self) -> None:
        """Stop accepting events and write every pending one (a few retries if the database fails)."""
        self._closing = True
        self._wake.set()
        if self._task is not None:
            await self._task
        else:
            await self._drain_on_close()

    async def _run(self) -> None:
        while not self._closing:
            if len(self._pending) < self._batch_size:
                with contextlib.suppress(TimeoutError):  # the interval elapsed: flush what is there
                    await asyncio.wait_for(self._wake.wait(), self._interval)
            self._wake.clear()
            if not await self._flush() and not self._closing:
                await asyncio.sleep(min(MAX_BACKOFF_S, 0.1 * 2**self._failures))
        await self._drain_on_close()

    async def _drain_on_close(self) -> None:
        for _ in range(CLOSE_ATTEMPTS):
            if await self._flush():
                return
        log.error("usage store closing: %d events could not be written", len(self._pending))

    async def _flush(self) -> bool:
        """Write all pending events, one transaction per batch; False (events kept) on failure."""
        while self._pending:
            batch = [self._pending.popleft() for _ in range(min(self._batch_size, len(self._pending)))]
            try:
                await self._write(batch)
            except (ValueError, TypeError):
                # malformed data would fail every retry: drop this batch, keep the writer alive
                log.exception("dropping %d usage events that cannot be stored", len(batch))
                self.dropped += len(batch)
            except Exception:  # SQLAlchemy, psycopg (the raw COPY), anything: the writer never dies
                log.exception("writing %d usage events failed; will retry", len(batch))
                self._pending.extendleft(reversed(batch))  # back at the front, order kept
                self._failures += 1
                return False
            self._failures = 0
        return True
