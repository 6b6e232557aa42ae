"""The exactly-once claim of a (subscription, ISO week) and its delivery states.

Exactly-once rests on the primary key of `digests_sent`, not on process memory, so any number
of replicas may run the digest job at the same time. Every transition is one conditional
statement, so of several racers exactly one sees its row change (on PostgreSQL the losers
re-check the condition after the winner commits and match nothing; on SQLite writers are
serialised):

- `claim_week` inserts a `claimed` row (the unique key lets one racer in), or takes over a
  `claimed` row older than `stale_after` (a run that died before sending) or a
  `failed_before_send` row (nothing left the process: retry). Its `claimed_at` is the claim's token.
- `mark_sending` (`claimed` with our token → `sending`) is written BEFORE the outbound call.
- `settle` ends a claim: `failed_before_send`, `failed` or `maybe_posted`; `mark_posted` → `posted`.
- `abandon_sending`: a row still `sending` after `grace` belongs to a process that stopped mid-post;
  it becomes `maybe_posted`, however old, and is never claimed again automatically.
- `resend_claim`: a human's `--resend` takes a `maybe_posted` or failed week back to `claimed`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, or_, select, update
from sqlalchemy.engine import Engine

from bot.usage._digests import subscription_of
from bot.usage._sql import insert_ignore, upsert, write_tx
from bot.usage.db import DigestSentModel, SubscriptionModel
from bot.usage.entities import DigestStatus, WeekState

S = DigestStatus
DETAIL_MAX = 255
# what a human may send again with --resend (a `posted` week or one in flight may not)
RESENDABLE = (S.MAYBE_POSTED, S.FAILED, S.FAILED_BEFORE_SEND)


def claim_week(
    engine: Engine, subscription_id: int, iso_week: str, now: datetime, stale_after: timedelta
) -> bool:
    """True when this caller now owns the week's digest, with `now` as its token."""
    key = {"subscription_id": subscription_id, "iso_week": iso_week}
    with write_tx(engine) as conn:
        if insert_ignore(conn, DigestSentModel, list(key), {**key, "status": S.CLAIMED, "claimed_at": now}):
            return True
        retryable = or_(
            and_(DigestSentModel.status == S.CLAIMED, DigestSentModel.claimed_at < now - stale_after),
            DigestSentModel.status == S.FAILED_BEFORE_SEND,
        )
        return conn.execute(_take(subscription_id, iso_week, retryable, now)).rowcount == 1


def resend_claim(engine: Engine, subscription_id: int, iso_week: str, now: datetime) -> bool:
    """A human's re-send: claim a week never attempted, maybe posted or failed; False otherwise."""
    key = {"subscription_id": subscription_id, "iso_week": iso_week}
    with write_tx(engine) as conn:
        if insert_ignore(conn, DigestSentModel, list(key), {**key, "status": S.CLAIMED, "claimed_at": now}):
            return True
        resendable = DigestSentModel.status.in_([s.value for s in RESENDABLE])
        return conn.execute(_take(subscription_id, iso_week, resendable, now)).rowcount == 1


def mark_sending(engine: Engine, subscription_id: int, iso_week: str, token: datetime, now: datetime) -> bool:
    """`claimed` (still ours: same token) → `sending`; False when another run took the claim over."""
    stmt = (
        update(DigestSentModel)
        .where(
            *_same_week(subscription_id, iso_week),
            DigestSentModel.status == S.CLAIMED,
            DigestSentModel.claimed_at == token,
        )
        .values(status=S.SENDING, sending_at=now)
    )
    with write_tx(engine) as conn:
        return conn.execute(stmt).rowcount == 1


def settle(engine: Engine, subscription_id: int, iso_week: str, status: DigestStatus, detail: str) -> bool:
    """End an open claim (`claimed` or `sending`) as failed_before_send, failed or maybe_posted."""
    stmt = (
        update(DigestSentModel)
        .where(
            *_same_week(subscription_id, iso_week),
            DigestSentModel.status.in_([S.CLAIMED.value, S.SENDING.value]),
        )
        .values(status=status, detail=detail[:DETAIL_MAX])
    )
    with write_tx(engine) as conn:
        return conn.execute(stmt).rowcount == 1


def abandon_sending(
    engine: Engine, subscription_id: int, iso_week: str, now: datetime, grace: timedelta
) -> bool:
    """A `sending` row older than `grace` → `maybe_posted`; True for the one caller that changed it."""
    stmt = (
        update(DigestSentModel)
        .where(
            *_same_week(subscription_id, iso_week),
            DigestSentModel.status == S.SENDING,
            DigestSentModel.sending_at < now - grace,
        )
        .values(status=S.MAYBE_POSTED, detail="the process stopped while sending")
    )
    with write_tx(engine) as conn:
        return conn.execute(stmt).rowcount == 1


def mark_posted(
    engine: Engine, subscription_id: int, iso_week: str, nudge_card: str | None, now: datetime
) -> None:
    """Record the week as posted (final: no later claim succeeds), with the nudge card shown."""
    values = {
        "subscription_id": subscription_id,
        "iso_week": iso_week,
        "status": S.POSTED,
        "claimed_at": now,
        "posted_at": now,
        "nudge_card": nudge_card,
        "detail": None,
    }
    with write_tx(engine) as conn:
        keys = ["subscription_id", "iso_week"]
        update_ = ["status", "posted_at", "nudge_card", "detail"]
        conn.execute(upsert(conn, DigestSentModel, keys, values, update_))


def release_claim(engine: Engine, subscription_id: int, iso_week: str, detail: str = "released") -> bool:
    """Nothing was sent: the open claim becomes `failed_before_send`, which the next run claims again."""
    return settle(engine, subscription_id, iso_week, S.FAILED_BEFORE_SEND, detail)


def week_states(engine: Engine, iso_week: str) -> list[WeekState]:
    """Every active subscription with its state for `iso_week` (None when not attempted yet)."""
    sent = DigestSentModel.__table__
    subs = SubscriptionModel.__table__
    join = subs.outerjoin(sent, and_(sent.c.subscription_id == subs.c.id, sent.c.iso_week == iso_week))
    columns = (sent.c.status, sent.c.claimed_at, sent.c.sending_at, sent.c.posted_at, sent.c.detail)
    stmt = select(subs, *columns).select_from(join).where(subs.c.active.is_(True)).order_by(subs.c.id)
    with engine.connect() as conn:
        return [_state(row, iso_week) for row in conn.execute(stmt)]


def _state(row: Row[Any], iso_week: str) -> WeekState:
    return WeekState(
        subscription=subscription_of(row),
        iso_week=iso_week,
        status=DigestStatus(row.status) if row.status is not None else None,
        claimed_at=row.claimed_at,
        sending_at=row.sending_at,
        posted_at=row.posted_at,
        detail=row.detail,
    )


def _take(subscription_id: int, iso_week: str, condition: ColumnElement[bool], now: datetime) -> Any:
    return (
        update(DigestSentModel)
        .where(*_same_week(subscription_id, iso_week), condition)
        .values(status=S.CLAIMED, claimed_at=now, sending_at=None, detail=None)
    )


def _same_week(subscription_id: int, iso_week: str) -> tuple[ColumnElement[bool], ...]:
    return (DigestSentModel.subscription_id == subscription_id, DigestSentModel.iso_week == iso_week)
