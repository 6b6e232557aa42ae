"""APScheduler wiring (3.11, asyncio scheduler): the digest, retention and usage-import jobs.

The cron (`COACH_DIGEST_CRON`, in `COACH_TIMEZONE`) says when a week's digest becomes due; a
15-minute tick (also run at start) posts whatever is due and not yet posted, so a digest missed
while the service was down, or whose post failed, goes out on the next tick of the same week.
Exactly-once is the database's job (`claim_week`), so every replica may run this scheduler.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

Job = Callable[[], Awaitable[object]]
TICK = timedelta(minutes=15)


def build_scheduler(
    timezone: str,
    cron: str,
    *,
    digest: Job,
    purge: Job,
    usage_import: Job | None = None,
) -> AsyncIOScheduler:
    """A scheduler ready to `start()` inside a running event loop (the server's lifespan)."""
    tz = ZoneInfo(timezone)
    scheduler = AsyncIOScheduler(timezone=tz)
    defaults = {"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600}
    scheduler.add_job(digest, CronTrigger.from_crontab(cron, timezone=tz), id="digest", **defaults)
    scheduler.add_job(
        digest,
        IntervalTrigger(seconds=TICK.total_seconds(), timezone=tz),
        id="digest-tick",
        next_run_time=datetime.now(tz) + timedelta(seconds=5),
        **defaults,
    )
    scheduler.add_job(purge, CronTrigger(hour=3, minute=17, timezone=tz), id="retention", **defaults)
    if usage_import is not None:
        scheduler.add_job(
            usage_import, CronTrigger(hour=6, minute=5, timezone=tz), id="usage-import", **defaults
        )
    return scheduler


CHARTER_RELOAD = timedelta(minutes=1)


def add_charter_reload(scheduler: AsyncIOScheduler, reload: Job) -> None:
    """Re-read the AI charter file every minute (a changed, valid file applies without a restart)."""
    scheduler.add_job(
        reload,
        IntervalTrigger(seconds=CHARTER_RELOAD.total_seconds()),
        id="charter-reload",
        coalesce=True,
        max_instances=1,
    )


class Scheduled:
    """The scheduler as a `Services.background` task: started and stopped with the server."""

    def __init__(self, scheduler: AsyncIOScheduler, on_close: Job | None = None) -> None:
        self.scheduler = scheduler
        self.on_close = on_close

    async def start(self) -> None:
        self.scheduler.start()

    async def aclose(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        if self.on_close is not None:
            await self.on_close()
