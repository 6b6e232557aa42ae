"""Plain records the store hands back (subscriptions, a user's recent checks) and ISO week keys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Subscription:
    """A channel that receives the weekly digest."""

    id: int
    platform: str  # slack | teams
    workspace: str
    channel: str
    language: str
    active: bool
    created_at: datetime
    first_week: str | None = None  # ISO week of its first digest ('YYYY-Www'); None: no wait


class DigestStatus(StrEnum):
    """Delivery state of one (subscription, ISO week): claimed → sending → one of the last four.

    `failed_before_send` (nothing left the process) is claimed again by the next run; `failed`
    (a refusal no retry fixes, e.g. the bot left the channel) and `posted` close the week;
    `maybe_posted` (a timeout, a dropped connection or a crash while sending) is never re-sent
    without a human (`ai-coach digest run --resend CHANNEL`).
    """

    CLAIMED = "claimed"
    SENDING = "sending"
    POSTED = "posted"
    FAILED_BEFORE_SEND = "failed_before_send"
    FAILED = "failed"
    MAYBE_POSTED = "maybe_posted"


@dataclass(frozen=True, slots=True)
class WeekState:
    """A subscription's delivery state for one ISO week (`status` None: not attempted yet)."""

    subscription: Subscription
    iso_week: str
    status: DigestStatus | None
    claimed_at: datetime | None = None
    sending_at: datetime | None = None
    posted_at: datetime | None = None
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class RecentCheck:
    """One of a user's own recent events, for App Home: what was flagged, never the text."""

    created_at: datetime
    source: str
    pillars: dict[str, str]  # pillar -> highest severity
    tools: tuple[str, ...]
    media: tuple[str, ...]


def iso_week(moment: datetime) -> str:
    """The ISO week key used by `claim_week`, e.g. `2026-W48`, of `moment` in its own timezone.

    Pass the time in the coach's timezone (COACH_TIMEZONE) so a week turns on local Monday.
    """
    year, week, _ = moment.isocalendar()
    return f"{year:04d}-W{week:02d}"
