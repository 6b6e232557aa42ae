"""Post every digest that is due, exactly once per subscription per ISO week.

The week is claimed in the database (unique key) before posting, so any number of runs on any
number of replicas post once; a failed post releases its claim and the next tick retries it.
A week's digest is due once the cron's first fire time in that ISO week (in COACH_TIMEZONE) has
passed, so a service that was down at 9:00 on Monday still posts when it comes back that week.
"""

from __future__ import annotations

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
from bot.usage.store import UsageStore

log = logging.getLogger(__name__)
TEAMS_WORKSPACE = "*"  # the Teams digest covers every Teams team that used the coach
TEAMS_CHANNEL = "workflows-webhook"


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
    ) -> None:
        self.store = store
        self.coach = coach
        self.posters = posters
        self.schedule = schedule
        self.min_group = min_group
        self.clock = clock

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

    async def preview(self, platform: str, workspace: str | None, lang: str) -> DigestView:
        """This week's digest for a workspace, composed now (nothing is recorded)."""
        now = self.clock()
        stats = await self.store.weekly_stats(workspace, platform, now, self.min_group)
        api = await self.store.api_usage_stats(now)
        return compose(self.coach, stats, lang, api=api)

    async def run_due(self, *, force: bool = False) -> RunReport:
        """Post every due digest (`force`: every subscription now), once per ISO week each."""
        now = self.clock()
        report = RunReport()
        if not force and not self.schedule.is_due(now):
            report.skipped = len(await self.store.active_subscriptions())
            return report
        week = iso_week(now.astimezone(ZoneInfo(self.schedule.timezone)))
        for sub in await self.store.active_subscriptions():
            await self._one(sub, week, now, report)
        return report

    async def _one(self, sub: Subscription, week: str, now: datetime, report: RunReport) -> None:
        name = f"{sub.platform}:{sub.workspace}:{sub.channel}"
        poster = self.posters.get(sub.platform)
        if poster is None or not await self.store.claim_week(sub.id, week, now):
            report.skipped += 1
            return
        try:
            recent = await self.store.recent_nudges(sub.id)
            workspace = None if sub.workspace == "*" else sub.workspace
            stats = await self.store.weekly_stats(workspace, sub.platform, now, self.min_group)
            view = compose(
                self.coach,
                stats,
                sub.language,
                recent_nudges=recent,
                api=await self.store.api_usage_stats(now),
            )
            await poster.post(sub, view)
        except DeliveryError as exc:
            await self.store.release_claim(sub.id, week)
            log.warning("digest for %s not delivered, will retry on the next tick: %s", name, exc)
            report.failed.append(name)
            return
        except BaseException:
            await self.store.release_claim(sub.id, week)
            raise
        await self.store.mark_posted(sub.id, week, view.nudge.card_id if view.nudge else None, now)
        report.posted.append(name)
