"""`UsageStore`: the async face of the usage database, shared by Slack, Teams, the CLI and the digest.

Every public coroutine runs its blocking SQLAlchemy work in a worker thread, so the event loop
never waits on the database. Uniqueness that must hold across replicas (Slack event ids, one
digest per subscription and ISO week) is enforced by database keys, never by process memory.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import ParamSpec, TypeVar

from sqlalchemy import delete, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.usage import _api_usage, _claims, _digests, _events, _weekly
from bot.usage._sql import write_tx
from bot.usage.batcher import WriteBehind
from bot.usage.db import AppKeyModel, make_engine
from bot.usage.entities import DigestStatus, RecentCheck, Subscription, WeekState
from bot.usage.records import ApiUsageRow, UsageEvent
from bot.usage.stats import ApiUsageStats, WeeklyStats

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

STALE_CLAIM = timedelta(minutes=15)
# A post still `sending` after this is one whose process stopped: it becomes maybe_posted. Longer
# than any one post may take (client timeout plus 429 waits), so a live sender is not relabelled.
STALE_SENDING = timedelta(minutes=10)
FORGET_WAIT_S = 1.5  # `forget me` waits this long for the database, then finishes later


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What `forget_user` did: records erased so far, and whether the rest waits for the database."""

    erased: int
    deferred: bool = False


def _utcnow() -> datetime:
    return datetime.now(UTC)


class UsageStore:
    """Events, subscriptions, digests sent, feedback and API usage over one SQLAlchemy Engine.

    `store_text=False` (the default) drops any message text an event carries: no text is stored
    unless the deployment explicitly asks for it.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        store_text: bool = False,
        stale_claim: timedelta = STALE_CLAIM,
        stale_sending: timedelta = STALE_SENDING,
        flush_interval: float = 0.2,
        batch_size: int = 500,
        owns_engine: bool = False,
    ) -> None:
        self.engine = engine
        self._store_text = store_text
        self._stale_claim = stale_claim
        self._stale_sending = stale_sending
        self._owns_engine = owns_engine
        self._batcher = WriteBehind(self._write_batch, interval=flush_interval, batch_size=batch_size)
        self._forgetting: set[str] = set()  # user hashes whose erasure waits for the database
        self.available = False  # the database answered the last call (set by the database watch too)

    @classmethod
    def from_url(cls, url: str, *, store_text: bool = False) -> UsageStore:
        """A store with its own engine (disposed by `aclose`). Run `bot.usage.migrate.upgrade` first."""
        return cls(make_engine(url), store_text=store_text, owns_engine=True)

    async def _run(self, func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        try:
            result = await asyncio.to_thread(func, *args, **kwargs)
        except SQLAlchemyError:
            self.available = False
            raise
        self.available = True
        return result

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self) -> None:
        """Start the write-behind task (also started by the first `record_soon`)."""
        self._batcher.start()

    async def aclose(self) -> None:
        """Write every queued event, then release the engine if this store created it."""
        await self._batcher.aclose()
        if self._forgetting and not await self.finish_pending_forgets():
            log.error("closing: %d pending `forget me` could not be completed", len(self._forgetting))
        if self._owns_engine:
            await self._run(self.engine.dispose)

    @property
    def pending_events(self) -> int:
        return self._batcher.pending

    # --- events ---------------------------------------------------------------------------------

    def record_soon(self, event: UsageEvent) -> None:
        """Queue `event` for the next batch and return at once (not a coroutine: nothing to await).

        Raises ValueError for an event the store would refuse (raw user id, naive time), so the
        mistake shows at the call site rather than in the background writer.
        """
        _events.check_event(event)
        if event.user_hash in self._forgetting:  # their erasure waits for the database: not recorded
            return
        self._batcher.put(event)

    async def record(self, event: UsageEvent) -> None:
        """Write `event` now (one transaction)."""
        await self._run(_events.insert_events, self.engine, [event], self._store_text)

    async def record_many(self, events: Sequence[UsageEvent]) -> None:
        """Write `events` in one transaction."""
        await self._run(_events.insert_events, self.engine, list(events), self._store_text)

    async def _write_batch(self, events: list[UsageEvent]) -> None:
        if self._forgetting:  # a person who asked to be forgotten: never written
            events = [e for e in events if e.user_hash not in self._forgetting]
            if not events:
                return
        await self._run(_events.insert_events, self.engine, events, self._store_text)

    async def first_time(self, event_id: str, now: datetime | None = None) -> bool:
        """True only for the first caller, in any process or replica, to see `event_id`."""
        return await self._run(_events.first_time, self.engine, event_id, now or _utcnow())

    async def forget_user(self, user_hash: str, *, wait: float = FORGET_WAIT_S) -> Forgotten:
        """Erase the person's events (queued ones too) and feedback.

        The erasure takes effect at once: their queued events are dropped and no event of theirs is
        written until the database part is done. When the database does not answer within `wait`
        seconds, that part is `deferred`: kept in memory and finished by `finish_pending_forgets`.
        """
        self._forgetting.add(user_hash)
        queued = self._batcher.discard(lambda e: e.user_hash == user_hash)
        try:
            stored = await asyncio.wait_for(self._run(_events.forget_user, self.engine, user_hash), wait)
        except (SQLAlchemyError, TimeoutError):
            log.warning("forget me: the database is unavailable; the erasure will finish when it returns")
            return Forgotten(queued, deferred=True)
        self._forgetting.discard(user_hash)
        return Forgotten(queued + stored)

    @property
    def pending_forgets(self) -> int:
        return len(self._forgetting)

    async def finish_pending_forgets(self) -> bool:
        """Carry out the deferred `forget me` erasures; True when none is left."""
        for user_hash in list(self._forgetting):
            try:
                await self._run(_events.forget_user, self.engine, user_hash)
            except SQLAlchemyError:
                return False
            self._forgetting.discard(user_hash)
            log.info("forget me: a deferred erasure is complete")
        return True

    async def purge_older_than(self, days: int, now: datetime) -> int:
        """Retention: delete events and feedback older than `days`; return events deleted."""
        return await self._run(_events.purge_older_than, self.engine, days, now)

    async def record_feedback(
        self, workspace: str, user_hash: str, helpful: bool, now: datetime | None = None
    ) -> None:
        await self._run(_events.record_feedback, self.engine, workspace, user_hash, helpful, now or _utcnow())

    async def user_checks_since(self, workspace: str, user_hash: str, since: datetime) -> int:
        return await self._run(_events.user_checks_since, self.engine, workspace, user_hash, since)

    async def user_recent(self, workspace: str, user_hash: str, limit: int = 5) -> list[RecentCheck]:
        """The person's latest events, newest first, for App Home (pillars, tools, media, time)."""
        return await self._run(_events.user_recent, self.engine, workspace, user_hash, limit)

    # --- digests --------------------------------------------------------------------------------

    async def subscribe(
        self, platform: str, workspace: str, channel: str, language: str, first_week: str | None = None
    ) -> Subscription:
        """Subscribe (or re-activate) a channel to the weekly digest; its first digest is the one of
        ISO week `first_week` or a later one (None: this week's, if not posted yet)."""
        return await self._run(
            _digests.subscribe, self.engine, platform, workspace, channel, language, _utcnow(), first_week
        )

    async def unsubscribe(self, platform: str, workspace: str, channel: str) -> bool:
        """False when the channel had no active subscription."""
        return await self._run(_digests.unsubscribe, self.engine, platform, workspace, channel)

    async def active_subscriptions(self, platform: str | None = None) -> list[Subscription]:
        return await self._run(_digests.active_subscriptions, self.engine, platform)

    async def claim_week(self, subscription_id: int, iso_week: str, now: datetime | None = None) -> bool:
        """True when this caller now owns (subscription, week) and must post, False otherwise.

        Exactly one concurrent caller wins; a week posted, failed for good, being sent or maybe
        posted is never claimed again; a `claimed` row older than `stale_claim` (a run that died
        before sending) or a `failed_before_send` one is taken over by exactly one caller.
        The claim's token is `now`: pass the same value to `mark_sending`.
        """
        now = now or _utcnow()
        return await self._run(
            _claims.claim_week, self.engine, subscription_id, iso_week, now, self._stale_claim
        )

    async def resend_claim(self, subscription_id: int, iso_week: str, now: datetime) -> bool:
        """A human's `--resend`: claim a week not attempted, maybe posted or failed (not a posted one)."""
        return await self._run(_claims.resend_claim, self.engine, subscription_id, iso_week, now)

    async def mark_sending(
        self, subscription_id: int, iso_week: str, token: datetime, now: datetime | None = None
    ) -> bool:
        """Record, before the outbound call, that the post starts; False if the claim was lost."""
        now = now or _utcnow()
        return await self._run(_claims.mark_sending, self.engine, subscription_id, iso_week, token, now)

    async def settle(self, subscription_id: int, iso_week: str, status: DigestStatus, detail: str) -> bool:
        """End an open claim as failed_before_send, failed or maybe_posted (`detail`: why, no secrets)."""
        return await self._run(_claims.settle, self.engine, subscription_id, iso_week, status, detail)

    async def abandon_sending(self, subscription_id: int, iso_week: str, now: datetime | None = None) -> bool:
        """A post left `sending` longer than `stale_sending` → maybe_posted; True for the one who did it."""
        return await self._run(
            _claims.abandon_sending,
            self.engine,
            subscription_id,
            iso_week,
            now or _utcnow(),
            self._stale_sending,
        )

    async def mark_posted(
        self, subscription_id: int, iso_week: str, nudge_card: str | None, now: datetime | None = None
    ) -> None:
        await self._run(
            _claims.mark_posted, self.engine, subscription_id, iso_week, nudge_card, now or _utcnow()
        )

    async def release_claim(self, subscription_id: int, iso_week: str, detail: str = "released") -> bool:
        """Nothing was sent: the claim becomes failed_before_send and the next run retries it."""
        return await self._run(_claims.release_claim, self.engine, subscription_id, iso_week, detail)

    async def week_states(self, iso_week: str) -> list[WeekState]:
        """Each active subscription's delivery state for `iso_week` (for `ai-coach digest status`)."""
        return await self._run(_claims.week_states, self.engine, iso_week)

    async def recent_nudges(self, subscription_id: int, weeks: int = 4) -> list[str]:
        """Nudge cards of the last `weeks` posted digests (weeks without one are skipped), newest first."""
        return await self._run(_digests.recent_nudges, self.engine, subscription_id, weeks)

    async def weekly_stats(
        self, workspace: str | None, platform: str, now: datetime, min_group: int
    ) -> WeeklyStats:
        """The 7 days up to `now` vs the 7 before, 6-week sparkline; groups < `min_group` withheld."""
        return await self._run(_weekly.weekly_stats, self.engine, workspace, platform, now, min_group)

    # --- organisation API usage -------------------------------------------------------------------

    async def replace_api_usage(self, provider: str, days: list[date], rows: list[ApiUsageRow]) -> int:
        """Delete `provider`'s rows for `days`, insert `rows`, in one transaction; return rows written."""
        return await self._run(_api_usage.replace_api_usage, self.engine, provider, days, rows)

    async def api_usage_stats(self, now: datetime) -> ApiUsageStats:
        return await self._run(_api_usage.api_usage_stats, self.engine, now)

    # --- operations -----------------------------------------------------------------------------

    async def ping(self, timeout: float = 1.5) -> bool:
        """True when the database answers `SELECT 1` within `timeout` seconds (for /readyz)."""
        try:
            return await asyncio.wait_for(self._run(self._ping), timeout)
        except (SQLAlchemyError, TimeoutError):
            self.available = False
            return False

    def _ping(self) -> bool:
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True

    def get_app_key(self, name: str) -> str | None:
        """Blocking: a value an older version kept in `app_keys` (None when there is none)."""
        with self.engine.connect() as conn:
            query = select(AppKeyModel.value).where(AppKeyModel.name == name)
            return conn.execute(query).scalar_one_or_none()

    def delete_app_key(self, name: str) -> None:
        """Blocking: remove `name` from `app_keys` (keys never stay in the database)."""
        with write_tx(self.engine) as conn:
            conn.execute(delete(AppKeyModel).where(AppKeyModel.name == name))
