"""Plain records the store hands back (subscriptions, a user's recent checks) and ISO week keys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
