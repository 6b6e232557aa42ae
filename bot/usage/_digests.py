"""Digest subscriptions and the nudges already shown (the weekly claim lives in `_claims`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, case, select, update
from sqlalchemy.engine import Engine

from bot.usage._sql import dialect_insert, write_tx
from bot.usage.db import DigestSentModel, SubscriptionModel
from bot.usage.entities import DigestStatus, Subscription

_TARGET = ("platform", "workspace", "channel")


def subscribe(
    engine: Engine,
    platform: str,
    workspace: str,
    channel: str,
    language: str,
    now: datetime,
    first_week: str | None = None,
) -> Subscription:
    """Create or re-activate the channel's subscription (its language is updated).

    `first_week` is kept for an active subscription (saying `on` again changes its language, not
    when its digests start) and set for a new or re-activated one."""
    values = {
        "platform": platform,
        "workspace": workspace,
        "channel": channel,
        "language": language,
        "active": True,
        "created_at": now,
        "first_week": first_week,
    }
    with write_tx(engine) as conn:
        stmt = dialect_insert(conn, SubscriptionModel).values(**values)
        keep = case((SubscriptionModel.active.is_(True), SubscriptionModel.first_week), else_=first_week)
        set_ = {"language": stmt.excluded.language, "active": stmt.excluded.active, "first_week": keep}
        conn.execute(stmt.on_conflict_do_update(index_elements=list(_TARGET), set_=set_))
        row = conn.execute(
            select(SubscriptionModel.__table__).where(*_same_target(platform, workspace, channel))
        )
        return subscription_of(row.one())


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
        return [subscription_of(row) for row in conn.execute(stmt.order_by(SubscriptionModel.id))]


def recent_nudges(engine: Engine, subscription_id: int, weeks: int) -> list[str]:
    """Nudge cards of the last `weeks` posted digests, newest first (to avoid repeating one)."""
    stmt = (
        select(DigestSentModel.nudge_card)
        .where(
            DigestSentModel.subscription_id == subscription_id, DigestSentModel.status == DigestStatus.POSTED
        )
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


def subscription_of(row: Row[Any]) -> Subscription:
    return Subscription(
        id=row.id,
        platform=row.platform,
        workspace=row.workspace,
        channel=row.channel,
        language=row.language,
        active=bool(row.active),
        created_at=row.created_at,
        first_week=row.first_week,
    )
