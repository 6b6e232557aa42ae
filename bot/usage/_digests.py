"""Digest subscriptions and the exactly-once claim of a (subscription, ISO week).

Exactly-once rests on the primary key of `digests_sent`, not on process memory, so any number
of replicas may run the digest job at the same time:

- `claim_week` inserts a 'claimed' row; the unique key lets exactly one racer insert it.
- A 'claimed' row older than `stale_after` is a post that died half-way: one racer takes it over
  with a conditional UPDATE (on PostgreSQL the losers re-check the condition after the winner
  commits and match nothing; on SQLite writers are serialised).
- `mark_posted` makes the week final; `release_claim` lets the next run retry at once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, delete, select, update
from sqlalchemy.engine import Engine

from bot.usage._sql import insert_ignore, upsert, write_tx
from bot.usage.db import DigestSentModel, SubscriptionModel
from bot.usage.entities import Subscription

CLAIMED = "claimed"
POSTED = "posted"
_TARGET = ("platform", "workspace", "channel")


def subscribe(
    engine: Engine, platform: str, workspace: str, channel: str, language: str, now: datetime
) -> Subscription:
    """Create or re-activate the channel's subscription (its language is updated)."""
    values = {
        "platform": platform,
        "workspace": workspace,
        "channel": channel,
        "language": language,
        "active": True,
        "created_at": now,
    }
    with write_tx(engine) as conn:
        conn.execute(upsert(conn, SubscriptionModel, _TARGET, values, ["language", "active"]))
        row = conn.execute(
            select(SubscriptionModel.__table__).where(*_same_target(platform, workspace, channel))
        )
        return _subscription(row.one())


def unsubscribe(engine: Engine, platform: str, workspace: str, channel: str) -> bool:
    """Deactivate; False when the channel had no active subscription."""
    stmt = (
        update(SubscriptionModel)
        .where(*_same_target(platform, workspace, channel), SubscriptionModel.active.is_(True))
        .values(active=False)
    )
    with write_tx(engine) as conn:
        return conn.execute(stmt).rowcount > 0


def active_subscriptions(engine: Engine, platform: str | None) -> list[Subscription]:
    stmt = select(SubscriptionModel.__table__).where(SubscriptionModel.active.is_(True))
    if platform is not None:
        stmt = stmt.where(SubscriptionModel.platform == platform)
    with engine.connect() as conn:
        return [_subscription(row) for row in conn.execute(stmt.order_by(SubscriptionModel.id))]


def claim_week(
    engine: Engine, subscription_id: int, iso_week: str, now: datetime, stale_after: timedelta
) -> bool:
    """True when this caller now owns the week's digest (see the module docstring)."""
    key = {"subscription_id": subscription_id, "iso_week": iso_week}
    with write_tx(engine) as conn:
        if insert_ignore(conn, DigestSentModel, list(key), {**key, "status": CLAIMED, "claimed_at": now}):
            return True
        takeover = (
            update(DigestSentModel)
            .where(
                *_same_week(subscription_id, iso_week),
                DigestSentModel.status == CLAIMED,
                DigestSentModel.claimed_at < now - stale_after,
            )
            .values(claimed_at=now)
        )
        return conn.execute(takeover).rowcount == 1


def mark_posted(
    engine: Engine, subscription_id: int, iso_week: str, nudge_card: str | None, now: datetime
) -> None:
    """Record the week as posted (final: no later claim succeeds), with the nudge card shown."""
    values = {
        "subscription_id": subscription_id,
        "iso_week": iso_week,
        "status": POSTED,
        "claimed_at": now,
        "posted_at": now,
        "nudge_card": nudge_card,
    }
    with write_tx(engine) as conn:
        keys = ["subscription_id", "iso_week"]
        conn.execute(upsert(conn, DigestSentModel, keys, values, ["status", "posted_at", "nudge_card"]))


def release_claim(engine: Engine, subscription_id: int, iso_week: str) -> bool:
    """Drop an unposted claim (the post failed) so the next run retries; False if none was held."""
    stmt = delete(DigestSentModel).where(
        *_same_week(subscription_id, iso_week), DigestSentModel.status == CLAIMED
    )
    with write_tx(engine) as conn:
        return conn.execute(stmt).rowcount > 0


def recent_nudges(engine: Engine, subscription_id: int, weeks: int) -> list[str]:
    """Nudge cards of the last `weeks` posted digests, newest first (to avoid repeating one)."""
    stmt = (
        select(DigestSentModel.nudge_card)
        .where(DigestSentModel.subscription_id == subscription_id, DigestSentModel.status == POSTED)
        .order_by(DigestSentModel.iso_week.desc())  # 'YYYY-Www' sorts as text
        .limit(weeks)
    )
    with engine.connect() as conn:
        return [card for card in conn.execute(stmt).scalars() if card is not None]


def _same_target(platform: str, workspace: str, channel: str) -> tuple[ColumnElement[bool], ...]:
    return (
        SubscriptionModel.platform == platform,
        SubscriptionModel.workspace == workspace,
        SubscriptionModel.channel == channel,
    )


def _same_week(subscription_id: int, iso_week: str) -> tuple[ColumnElement[bool], ...]:
    return (DigestSentModel.subscription_id == subscription_id, DigestSentModel.iso_week == iso_week)


def _subscription(row: Row[Any]) -> Subscription:
    return Subscription(
        id=row.id,
        platform=row.platform,
        workspace=row.workspace,
        channel=row.channel,
        language=row.language,
        active=bool(row.active),
        created_at=row.created_at,
    )
