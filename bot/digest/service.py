"""Post every digest that is due, exactly once per subscription per ISO week.

The week is claimed in the database (unique key) before posting, so any number of runs on any
number of replicas post once; a transient delivery error releases the claim and the next tick
retries it, a permanent one (bot removed from the channel, token revoked) closes the week. Once a
post may have been delivered the claim is never released: a double post is worse than a lost record.
A week's digest is due once the cron's first fire time in that ISO week (in COACH_TIMEZONE) has
passed, so a service that was down at 9:00 on Monday still posts when it comes back that week.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

from bot.coach.engine import Coach
from bot.digest.compose import compose
from bot.errors import DeliveryError
from bot.render.view import DigestView
from bot.usage.entities import Subscription, iso_week
from bot.usage.stats import ApiUsageStats
from bot.usage.store import UsageStore

log = logging.getLogger(__name__)
TEAMS_WORKSPACE = "*"  # the Teams digest covers every Teams team that used the coach
TEAMS_CHANNEL = "workflows-webhook"
MARK_ATTEMPTS = 3
# Slack (and Teams) errors that no retry fixes: the week is recorded as done, with a warning.
PERMANENT_ERRORS = (
    "not_in_channel",
    "channel_not_found",
    "is_archived",
    "channel not found",
    "invalid_auth",
    "account_inactive",
    "not_authed",  # an OAuth workspace that uninstalled the app
    "token_revoked",
)


class DigestPoster(Protocol):
    """Delivers a digest to one subscription's channel; raises DeliveryError when it cannot."""

    async def post(self, subscription: Subscription, view: DigestView) -> None: ...


@dataclass
class RunReport:
    posted: list[str] = field(default_factory=list)  # "platform:workspace:channel"
    skipped: int = 0  # not due, or already posted / claimed elsewhere
    failed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DigestSchedule:
    cron: str
    timezone: str

    def week_due_at(self, now: datetime) -> datetime | None:
        """When this ISO week's digest became (or becomes) due: the cron's first fire in the week."""
        tz = ZoneInfo(self.timezone)
        local = now.astimezone(tz)
        monday = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
        trigger = CronTrigger.from_crontab(self.cron, timezone=tz)
        first: datetime | None = trigger.get_next_fire_time(None, monday)
        if first is None or first >= monday + timedelta(days=7):
            return None
        return first

    def is_due(self, now: datetime) -> bool:
        due = self.week_due_at(now)
        return due is not None and due <= now


class DigestService:
    def __init__(
        self,
        store: UsageStore,
        coach: Coach,
        posters: Mapping[str, DigestPoster],
        schedule: DigestSchedule,
        *,
        min_group: int = 3,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        include_api_usage: bool = True,
        mark_retry_s: float = 0.5,
    ) -> None:
        self.store = store
        self.coach = coach
        self.posters = posters
        self.schedule = schedule
        self.min_group = min_group
        self.clock = clock
        self.include_api_usage = include_api_usage  # False: the organisation's API usage stays out
        self.mark_retry_s = mark_retry_s

    async def aclose(self) -> None:
        """Close the posters that hold their own HTTP clients (the Teams webhook poster)."""
        for poster in self.posters.values():
            close = getattr(poster, "aclose", None)
            if close is not None:
                await close()

    async def ensure_teams_subscription(self, lang: str) -> None:
        """With a Teams digest webhook configured, the Teams digest is one more subscription."""
        if "teams" not in self.posters:
            return
        current = await self.store.active_subscriptions("teams")
        if not any(s.workspace == TEAMS_WORKSPACE and s.channel == TEAMS_CHANNEL for s in current):
            await self.store.subscribe("teams", TEAMS_WORKSPACE, TEAMS_CHANNEL, lang)

    async def tick(self, lang: str, *, force: bool = False) -> RunReport:
        """One scheduled run (server job and `ai-coach digest run`): the Teams subscription, then run_due."""
        await self.ensure_teams_subscription(lang)
        return await self.run_due(force=force)

    async def preview(self, platform: str, workspace: str | None, lang: str) -> DigestView:
        """This week's digest for a workspace, composed now (nothing is recorded)."""
        now = self.clock()
        stats = await self.store.weekly_stats(workspace, platform, now, self.min_group)
        return compose(self.coach, stats, lang, api=await self._api_usage(now))

    async def run_due(self, *, force: bool = False) -> RunReport:
        """Post every due digest (`force`: every subscription now), once per ISO week each.

        One subscription's failure (logged, counted in `failed`) never stops the others.
        """
        now = self.clock()
        report = RunReport()
        if not force and not self.schedule.is_due(now):
            report.skipped = len(await self.store.active_subscriptions())
            return report
        week = iso_week(now.astimezone(ZoneInfo(self.schedule.timezone)))
        for sub in await self.store.active_subscriptions():
            try:
                await self._one(sub, week, now, report)
            except Exception:  # e.g. the claim itself failed: nothing was sent, go on with the next
                log.exception("digest for %s:%s:%s failed", sub.platform, sub.workspace, sub.channel)
                report.failed.append(f"{sub.platform}:{sub.workspace}:{sub.channel}")
        return report

    async def _api_usage(self, now: datetime) -> ApiUsageStats | None:
        """The organisation's API usage, or None when it must not appear (multi-workspace installs)."""
        return await self.store.api_usage_stats(now) if self.include_api_usage else None

    async def _compose_for(self, sub: Subscription, now: datetime) -> DigestView:
        recent = await self.store.recent_nudges(sub.id)
        workspace = None if sub.workspace == TEAMS_WORKSPACE else sub.workspace
        stats = await self.store.weekly_stats(workspace, sub.platform, now, self.min_group)
        api = await self._api_usage(now)
        return compose(self.coach, stats, sub.language, recent_nudges=recent, api=api)

    async def _one(self, sub: Subscription, week: str, now: datetime, report: RunReport) -> None:
        """Claim, compose, post, record one subscription's week (only the claim's errors propagate).

        The claim is released only when nothing was sent: composing failed, or the poster raised a
        transient DeliveryError. Once `post()` may have delivered, the claim is kept.
        """
        name = f"{sub.platform}:{sub.workspace}:{sub.channel}"
        poster = self.posters.get(sub.platform)
        if poster is None:
            log.warning("digest for %s not posted: no %s poster is configured", name, sub.platform)
            report.failed.append(name)
            return
        if not await self.store.claim_week(sub.id, week, now):
            report.skipped += 1
            return
        try:
            view = await self._compose_for(sub, now)
        except BaseException as exc:
            await self._release(sub, week, name)  # nothing was sent: the next tick retries
            if not isinstance(exc, Exception):
                raise
            log.exception("digest for %s could not be composed; will retry on the next tick", name)
            report.failed.append(name)
            return
        if await self._post(poster, sub, view, week, now, name):
            await self._mark_posted(sub, week, view.nudge.card_id if view.nudge else None, now, name)
            report.posted.append(name)
        else:
            report.failed.append(name)

    async def _post(
        self, poster: DigestPoster, sub: Subscription, view: DigestView, week: str, now: datetime, name: str
    ) -> bool:
        """True when delivered. A cancellation propagates with the claim kept (it may have been sent)."""
        try:
            await poster.post(sub, view)
        except DeliveryError as exc:
            if is_permanent(exc):
                log.warning("digest for %s could not be delivered, not retried this week: %s", name, exc)
                await self._mark_posted(sub, week, None, now, name)
            else:
                log.warning("digest for %s not delivered, will retry on the next tick: %s", name, exc)
                await self._release(sub, week, name)
            return False
        except Exception:
            log.exception("digest for %s: unexpected error while posting; claim kept (it may be sent)", name)
            return False
        return True

    async def _release(self, sub: Subscription, week: str, name: str) -> None:
        try:
            await self.store.release_claim(sub.id, week)
        except Exception:
            log.exception("digest for %s: releasing the claim failed; it will go stale and be retried", name)

    async def _mark_posted(
        self, sub: Subscription, week: str, nudge: str | None, now: datetime, name: str
    ) -> None:
        """Record the week as done, retrying; on final failure log and keep the claim (never re-post)."""
        for attempt in range(1, MARK_ATTEMPTS + 1):
            try:
                await self.store.mark_posted(sub.id, week, nudge, now)
                return
            except Exception:
                if attempt == MARK_ATTEMPTS:
                    log.exception("digest for %s was posted but could not be recorded; claim kept", name)
                    return
                await asyncio.sleep(self.mark_retry_s * attempt)


def is_permanent(exc: DeliveryError) -> bool:
    """A delivery error that retrying will not fix (the bot left the channel, the token was revoked)."""
    message = str(exc)
    return any(code in message for code in PERMANENT_ERRORS)
