"""Post every digest that is due, exactly once per subscription per ISO week.

The week is claimed in the database (unique key) before posting, so any number of runs on any
number of replicas post once. Its state goes claimed → sending (written BEFORE the outbound call)
→ posted | failed_before_send | failed | maybe_posted (see `bot.usage._claims`):

- an error proving nothing was posted (`DeliveryError`: refused connection, DNS, an `ok: false` or
  4xx/5xx answer) → `failed_before_send`, claimed again by the next tick; a refusal no retry fixes
  (bot removed from the channel, token revoked) → `failed`, closed for the week;
- anything else once the post may have left (`DeliveryUncertain`: timeout, reset; an unexpected
  error; a crash, found later as a row still `sending`) → `maybe_posted`: logged once, shown by
  `ai-coach digest status`, never re-posted without a human (`ai-coach digest run --resend CHANNEL`).
  A double post is worse than a lost one.

A subscription whose platform has no poster (e.g. TEAMS_DIGEST_WEBHOOK_URL removed) is skipped with
one warning per run, not counted as a failure.
A week's digest is due once the cron's first fire time in that ISO week (in COACH_TIMEZONE) has
passed, so a service that was down at 9:00 on Monday still posts when it comes back that week.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

from bot.coach.engine import Coach
from bot.digest.compose import compose
from bot.digest.delivery import Delivery, DigestPoster, RunReport, is_permanent, log_abandoned, name_of
from bot.errors import InputError
from bot.render.view import DigestView
from bot.usage.entities import Subscription, WeekState, iso_week
from bot.usage.stats import ApiUsageStats
from bot.usage.store import UsageStore

log = logging.getLogger(__name__)
TEAMS_WORKSPACE = "*"  # the Teams digest covers every Teams team that used the coach
TEAMS_CHANNEL = "workflows-webhook"
MISSING_POSTER = {
    "slack": "SLACK_BOT_TOKEN (or the Slack OAuth settings) is not set",
    "teams": "TEAMS_DIGEST_WEBHOOK_URL is not set",
}
__all__ = ["DigestPoster", "DigestSchedule", "DigestService", "RunReport", "is_permanent"]


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

    def next_digest_at(self, now: datetime) -> datetime | None:
        """When the next scheduled digest is due: this week's if its time is still to come, else the
        cron's first fire from next Monday on, which is the first of its week (None: it never fires)."""
        due = self.week_due_at(now)
        if due is not None and due > now:
            return due
        tz = ZoneInfo(self.timezone)
        local = now.astimezone(tz)
        monday = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
        trigger = CronTrigger.from_crontab(self.cron, timezone=tz)
        following: datetime | None = trigger.get_next_fire_time(None, monday + timedelta(days=7))
        return following


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
        self._delivery = Delivery(store, self._compose_for, mark_retry_s)

    async def aclose(self) -> None:
        """Close the posters that hold their own HTTP clients (the Teams webhook poster)."""
        for poster in self.posters.values():
            close = getattr(poster, "aclose", None)
            if close is not None:
                await close()

    async def ensure_teams_subscription(self, lang: str) -> None:
        """With a Teams digest webhook configured, the Teams digest is one more subscription."""
        poster = self.posters.get("teams")
        if poster is None or getattr(poster, "webhook", True) is None:  # the Teams app only: no webhook
            return
        current = await self.store.active_subscriptions("teams")
        if not any(s.workspace == TEAMS_WORKSPACE and s.channel == TEAMS_CHANNEL for s in current):
            await self.subscribe("teams", TEAMS_WORKSPACE, TEAMS_CHANNEL, lang)

    async def tick(self, lang: str, *, force: bool = False) -> RunReport:
        """One scheduled run (server job and `ai-coach digest run`): the Teams subscription, then run_due."""
        await self.ensure_teams_subscription(lang)
        return await self.run_due(force=force)

    async def subscribe(self, platform: str, workspace: str, channel: str, lang: str) -> datetime | None:
        """Subscribe a channel; its first digest is the next scheduled one (returned, in COACH_TIMEZONE),
        never one posted seconds later because this week's time has passed. Saying `on` again to an
        active subscription changes its language only."""
        now = self.clock()
        first = self.schedule.next_digest_at(now)
        week = self.week_of(first) if first is not None else None
        await self.store.subscribe(platform, workspace, channel, lang, first_week=week)
        return first

    async def preview(self, platform: str, workspace: str | None, lang: str) -> DigestView:
        """This week's digest for a workspace, composed now (nothing is recorded)."""
        now = self.clock()
        stats = await self.store.weekly_stats(workspace, platform, now, self.min_group)
        return compose(self.coach, stats, lang, api=await self._api_usage(now))

    def week_of(self, now: datetime) -> str:
        return iso_week(now.astimezone(ZoneInfo(self.schedule.timezone)))

    async def run_due(self, *, force: bool = False) -> RunReport:
        """Post every due digest (`force`: every subscription now), once per ISO week each.

        One subscription's failure (logged, counted in `failed`) never stops the others.
        """
        now = self.clock()
        report = RunReport()
        if not force and not self.schedule.is_due(now):
            report.skipped = len(await self.store.active_subscriptions())
            return report
        week = self.week_of(now)
        for sub, poster in self._with_posters(await self.store.active_subscriptions(), report):
            if not force and sub.first_week is not None and week < sub.first_week:  # 'YYYY-Www' sorts
                report.skipped += 1  # subscribed after this week's digest time: next week's is its first
                continue
            try:
                if await self.store.claim_week(sub.id, week, now):
                    await self._delivery.deliver(poster, sub, week, now, report)
                elif await self.store.abandon_sending(sub.id, week, now):
                    log_abandoned(sub, week)
                    report.maybe_posted.append(name_of(sub))
                else:
                    report.skipped += 1
            except Exception:  # e.g. the claim itself failed: nothing was sent, go on with the next
                log.exception("digest for %s failed", name_of(sub))
                report.failed.append(name_of(sub))
        return report

    async def resend(self, channel: str) -> RunReport:
        """A human's decision: post this week's digest to CHANNEL (a channel id or platform:workspace:channel)
        again, unless it is posted or being sent. On Slack, a digest found in the channel's history
        (by its metadata) is recorded as posted instead of being sent twice."""
        now = self.clock()
        week, report = self.week_of(now), RunReport()
        subs = [s for s in await self.store.active_subscriptions() if channel in (s.channel, name_of(s))]
        if not subs:
            raise InputError(f"no active digest subscription for channel {channel}")
        for sub, poster in self._with_posters(subs, report):
            name = name_of(sub)
            await self.store.abandon_sending(sub.id, week, now)  # a crashed post is maybe posted now
            if not await self.store.resend_claim(sub.id, week, now):
                report.notes.append(f"{name}: {week} is posted or being sent; nothing re-sent")
                report.skipped += 1
            elif await self._found_in_channel(poster, sub, week):
                await self.store.mark_posted(sub.id, week, None, now)
                report.notes.append(
                    f"{name}: {week} is already in the channel; recorded as posted, not re-sent"
                )
            else:
                await self._delivery.deliver(poster, sub, week, now, report)
        return report

    async def status(self) -> tuple[str, list[WeekState]]:
        """This ISO week's key and each active subscription's delivery state for it."""
        week = self.week_of(self.clock())
        return week, await self.store.week_states(week)

    def _with_posters(
        self, subs: list[Subscription], report: RunReport
    ) -> list[tuple[Subscription, DigestPoster]]:
        """Subscriptions that have a poster; the others are skipped with one warning per platform."""
        ready = [(s, self.posters[s.platform]) for s in subs if s.platform in self.posters]
        orphans = Counter(s.platform for s in subs if s.platform not in self.posters)
        for platform, count in sorted(orphans.items()):
            why = MISSING_POSTER.get(platform, f"no {platform} poster is configured")
            log.warning("digest: %d %s subscription(s) skipped: %s", count, platform, why)
            report.skipped += count
        return ready

    async def _found_in_channel(self, poster: DigestPoster, sub: Subscription, week: str) -> bool:
        find = getattr(poster, "find_posted", None)
        return find is not None and bool(await find(sub, week))

    async def _api_usage(self, now: datetime) -> ApiUsageStats | None:
        """The organisation's API usage, or None when it must not appear (multi-workspace installs)."""
        return await self.store.api_usage_stats(now) if self.include_api_usage else None

    async def _compose_for(self, sub: Subscription) -> DigestView:
        now = self.clock()
        recent = await self.store.recent_nudges(sub.id)
        workspace = None if sub.workspace == TEAMS_WORKSPACE else sub.workspace
        stats = await self.store.weekly_stats(workspace, sub.platform, now, self.min_group)
        api = await self._api_usage(now)
        return compose(self.coach, stats, sub.language, recent_nudges=recent, api=api)
