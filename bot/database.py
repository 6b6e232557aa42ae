"""`DatabaseWatch`: the service starts without its database and brings it up in the background.

At start it waits a little (`first_wait`) for the database: migrations, then the move of a
user-hash key an older version kept in the database (`bot.usage.privacy.adopt_legacy_key`). When
the database is down or hangs, the service starts anyway (checks, playground and /api/check need
no database; events queue in memory up to a bound) and the watch retries with backoff, logging one
line per outage. Once up, it finishes any `forget me` that had to wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from sqlalchemy.exc import SQLAlchemyError

from bot.errors import ConfigError
from bot.services import Services
from bot.usage.migrate import upgrade
from bot.usage.privacy import adopt_legacy_key

log = logging.getLogger("bot.database")

FIRST_WAIT_S = 3.0
MAX_BACKOFF_S = 30.0
FORGET_RETRY_S = 5.0


class DatabaseWatch:
    """A `Background` task of `Services`: migrations and key adoption, retried until they succeed."""

    def __init__(
        self,
        url: str,
        services: Services,
        *,
        first_wait: float = FIRST_WAIT_S,
        max_backoff: float = MAX_BACKOFF_S,
        migrate: Callable[[str], None] = upgrade,
    ) -> None:
        self.url, self.services = url, services
        self._first_wait, self._max_backoff, self._migrate = first_wait, max_backoff, migrate
        self.ready = asyncio.Event()  # migrations applied and the key adopted
        self.hooks: list[Callable[[], None]] = []  # blocking, run after migrations (e.g. OAuth tables)
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Start the watch; wait up to `first_wait` s for the database, then let the service start."""
        self._task = asyncio.get_running_loop().create_task(self._run(), name="database-watch")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(self.ready.wait()), self._first_wait)
        if not self.ready.is_set():
            log.warning(
                "database unavailable at start: serving without it (checks work, usage events are queued "
                "in memory, commands that need it say so); retrying in the background"
            )

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        await self._bring_up()
        store = self.services.store
        while True:  # the database is up: finish deferred erasures when there are some
            await asyncio.sleep(FORGET_RETRY_S)
            if store.pending_forgets:
                await store.finish_pending_forgets()

    async def _bring_up(self) -> None:
        failures = 0
        while True:
            try:
                await asyncio.to_thread(self._prepare)
            except (SQLAlchemyError, OSError, ConfigError) as exc:
                failures += 1
                if failures == 1 or failures % 20 == 0:
                    log.warning("database unavailable (attempt %d): %s", failures, type(exc).__name__)
                await asyncio.sleep(min(self._max_backoff, 0.5 * 2 ** min(failures, 10)))
                continue
            break
        self.services.store.available = True
        self.ready.set()
        if failures:
            log.warning("database available again after %d failed attempt(s)", failures)
        await self.services.store.finish_pending_forgets()

    def _prepare(self) -> None:
        """Blocking: migrations, then the legacy key moved out of the database."""
        self._migrate(self.url)
        for hook in self.hooks:
            hook()
        origin = self.services.user_key_origin
        if origin is not None:
            adopted = adopt_legacy_key(origin, self.services.store)
            self.services.user_key_origin = adopted
            self.services.user_key = adopted.key
