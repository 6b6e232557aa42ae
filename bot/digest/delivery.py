"""One claimed (subscription, ISO week): compose, mark `sending`, post, and record how it ended.

Used by `DigestService` for scheduled runs and for a human's `--resend`; the states are those of
`bot.usage.entities.DigestStatus` and the rules are in `bot.digest.service`'s docstring.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from bot.errors import DeliveryError, DeliveryUncertain
from bot.render.view import DigestView
from bot.usage.entities import DigestStatus, Subscription
from bot.usage.store import UsageStore

log = logging.getLogger(__name__)
MARK_ATTEMPTS = 3
# Slack (and Teams) errors that no retry fixes: the week is closed as `failed`, with a warning.
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
MAYBE_POSTED_LOG = (
    "digest for %s (%s) MAYBE POSTED: %s. It will not be re-sent automatically; check the channel, "
    "then `ai-coach digest run --resend %s` if it is missing"
)


class DigestPoster(Protocol):
    """Delivers a digest to one subscription's channel.

    Raises DeliveryError when it is certain nothing was posted, DeliveryUncertain when it may have been.
    """

    async def post(self, subscription: Subscription, view: DigestView, week: str | None = None) -> None: ...


@dataclass
class RunReport:
    posted: list[str] = field(default_factory=list)  # "platform:workspace:channel"
    skipped: int = 0  # not due, already posted / claimed elsewhere, or no poster configured
    failed: list[str] = field(default_factory=list)
    maybe_posted: list[str] = field(default_factory=list)  # became uncertain during this run
    notes: list[str] = field(default_factory=list)  # one line each, for the command's output


def name_of(sub: Subscription) -> str:
    return f"{sub.platform}:{sub.workspace}:{sub.channel}"


def is_permanent(exc: DeliveryError) -> bool:
    """A delivery error that retrying will not fix (the bot left the channel, the token was revoked)."""
    message = str(exc)
    return any(code in message for code in PERMANENT_ERRORS)


def log_abandoned(sub: Subscription, week: str) -> None:
    """A later run found the week still `sending` (its process stopped): said once, by that run."""
    log.warning(MAYBE_POSTED_LOG, name_of(sub), week, "its process stopped while sending", sub.channel)


class Delivery:
    """Posts one claimed week; `compose(sub)` builds the digest, `clock` stamps the records."""

    def __init__(
        self, store: UsageStore, compose: Callable[[Subscription], Awaitable[DigestView]], mark_retry_s: float
    ) -> None:
        self.store, self.compose, self.mark_retry_s = store, compose, mark_retry_s

    async def deliver(
        self, poster: DigestPoster, sub: Subscription, week: str, token: datetime, report: RunReport
    ) -> None:
        """Compose, mark `sending`, post, record. Only the store's errors while claimed propagate."""
        name = name_of(sub)
        try:
            view = await self.compose(sub)
        except BaseException as exc:
            await self._settle(sub, week, DigestStatus.FAILED_BEFORE_SEND, "compose failed")
            if not isinstance(exc, Exception):
                raise
            log.exception("digest for %s could not be composed; will retry on the next tick", name)
            report.failed.append(name)
            return
        if not await self.store.mark_sending(sub.id, week, token):
            report.skipped += 1  # another run took the claim over meanwhile
            return
        if await self._post(poster, sub, view, week, report):
            await self._mark_posted(sub, week, view.nudge.card_id if view.nudge else None, token)
            report.posted.append(name)

    async def _post(
        self, poster: DigestPoster, sub: Subscription, view: DigestView, week: str, report: RunReport
    ) -> bool:
        """True when delivered. A cancellation propagates with the week left `sending` (maybe posted)."""
        name = name_of(sub)
        try:
            await poster.post(sub, view, week)
        except DeliveryError as exc:
            if is_permanent(exc):
                log.warning("digest for %s could not be delivered, not retried this week: %s", name, exc)
                await self._settle(sub, week, DigestStatus.FAILED, str(exc))
            else:
                log.warning("digest for %s not delivered, will retry on the next tick: %s", name, exc)
                await self._settle(sub, week, DigestStatus.FAILED_BEFORE_SEND, str(exc))
            report.failed.append(name)
            return False
        except Exception as exc:
            if isinstance(exc, DeliveryUncertain):
                detail = str(exc)
                log.warning(MAYBE_POSTED_LOG, name, week, detail, sub.channel)
            else:
                detail = f"unexpected error while posting: {type(exc).__name__}"
                log.exception(MAYBE_POSTED_LOG, name, week, detail, sub.channel)
            await self._settle(sub, week, DigestStatus.MAYBE_POSTED, detail)
            report.maybe_posted.append(name)
            return False
        return True

    async def _settle(self, sub: Subscription, week: str, status: DigestStatus, detail: str) -> None:
        try:
            await self.store.settle(sub.id, week, status, detail)
        except Exception:  # the row stays claimed (taken over later) or sending (maybe posted later)
            log.exception("digest for %s: recording %s failed", name_of(sub), status.value)

    async def _mark_posted(self, sub: Subscription, week: str, nudge: str | None, now: datetime) -> None:
        """Record the week as posted, retrying; on final failure log, leave it `sending` (never re-post)."""
        for attempt in range(1, MARK_ATTEMPTS + 1):
            try:
                await self.store.mark_posted(sub.id, week, nudge, now)
                return
            except Exception:
                if attempt == MARK_ATTEMPTS:
                    log.exception(
                        "digest for %s was posted but could not be recorded; it stays 'sending'", name_of(sub)
                    )
                    return
                await asyncio.sleep(self.mark_retry_s * attempt)
