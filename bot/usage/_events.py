"""Event writes and a person's own data: record, de-duplicate, forget, purge, feedback, App Home.

Blocking functions over an Engine; `UsageStore` runs them in a worker thread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Engine

from bot.usage import _bulk
from bot.usage._sql import insert_ignore, write_tx
from bot.usage.db import EventModel, EventTagModel, FeedbackModel, ProcessedEventModel
from bot.usage.entities import RecentCheck
from bot.usage.records import UsageEvent

_USER_HASH = re.compile(r"[0-9a-f]{64}")
# Slack retries an event within minutes; a day of ids is plenty to recognise a retry.
DEDUPE_WINDOW = timedelta(days=1)


def check_user_hash(user_hash: str) -> None:
    """Refuse anything that is not a `hash_user` digest: a raw user id must never reach the database."""
    if not _USER_HASH.fullmatch(user_hash):
        raise ValueError("user_hash must be the 64-hex-digit keyed hash from bot.usage.privacy.hash_user")


def check_event(event: UsageEvent) -> None:
    """Raise ValueError for an event the store refuses: a raw user id or a naive time."""
    check_user_hash(event.user_hash)
    if event.created_at.tzinfo is None:
        raise ValueError("UsageEvent.created_at must be timezone-aware (UTC)")


def insert_events(engine: Engine, events: Sequence[UsageEvent], store_text: bool) -> None:
    """Insert `events` and their tags in one transaction (all or nothing)."""
    if not events:
        return
    for event in events:
        check_event(event)
    with write_tx(engine) as conn:
        _bulk.insert_events(conn, events, store_text)


def first_time(engine: Engine, event_id: str, now: datetime) -> bool:
    """True for the one caller, in any process, that records `event_id` first."""
    with write_tx(engine) as conn:
        return insert_ignore(conn, ProcessedEventModel, ["event_id"], {"event_id": event_id, "seen_at": now})


def forget_user(engine: Engine, user_hash: str) -> int:
    """Delete the person's events (with their tags) and feedback; return the rows deleted."""
    with write_tx(engine) as conn:
        theirs = select(EventModel.id).where(EventModel.user_hash == user_hash)
        conn.execute(delete(EventTagModel).where(EventTagModel.event_id.in_(theirs)))
        events = conn.execute(delete(EventModel).where(EventModel.user_hash == user_hash)).rowcount
        feedback = conn.execute(delete(FeedbackModel).where(FeedbackModel.user_hash == user_hash)).rowcount
        return events + feedback


def purge_older_than(engine: Engine, days: int, now: datetime) -> int:
    """Delete events, tags and feedback older than `days`, and stale de-dup ids; return events deleted."""
    cutoff = now - timedelta(days=days)
    with write_tx(engine) as conn:
        conn.execute(delete(EventTagModel).where(EventTagModel.created_at < cutoff))
        deleted = conn.execute(delete(EventModel).where(EventModel.created_at < cutoff)).rowcount
        conn.execute(delete(FeedbackModel).where(FeedbackModel.created_at < cutoff))
        conn.execute(delete(ProcessedEventModel).where(ProcessedEventModel.seen_at < now - DEDUPE_WINDOW))
        return deleted


def record_feedback(engine: Engine, workspace: str, user_hash: str, helpful: bool, now: datetime) -> None:
    check_user_hash(user_hash)
    row = {"workspace": workspace, "user_hash": user_hash, "helpful": helpful, "created_at": now}
    with write_tx(engine) as conn:
        conn.execute(insert(FeedbackModel).values(**row))


def user_checks_since(engine: Engine, workspace: str, user_hash: str, since: datetime) -> int:
    stmt = select(func.count()).where(
        EventModel.user_hash == user_hash,
        EventModel.workspace == workspace,
        EventModel.created_at >= since,
    )
    with engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def user_recent(engine: Engine, workspace: str, user_hash: str, limit: int) -> list[RecentCheck]:
    """The person's latest events, newest first: time, source, pillars, tools, media (no text)."""
    recent = (
        select(EventModel.id, EventModel.created_at, EventModel.source)
        .where(EventModel.user_hash == user_hash, EventModel.workspace == workspace)
        .order_by(EventModel.created_at.desc(), EventModel.id.desc())
        .limit(limit)
    )
    with engine.connect() as conn:
        events = conn.execute(recent).all()
        tags = conn.execute(
            select(EventTagModel.event_id, EventTagModel.kind, EventTagModel.value, EventTagModel.severity)
            .where(EventTagModel.event_id.in_([row.id for row in events]))
            .order_by(EventTagModel.event_id, EventTagModel.kind, EventTagModel.value)
        ).all()
    by_event: dict[int, list[tuple[str, str, str | None]]] = {}
    for tag in tags:
        by_event.setdefault(tag.event_id, []).append((tag.kind, tag.value, tag.severity))
    return [_recent(row.created_at, row.source, by_event.get(row.id, [])) for row in events]


def _recent(created_at: datetime, source: str, tags: list[tuple[str, str, str | None]]) -> RecentCheck:
    return RecentCheck(
        created_at=created_at,
        source=source,
        pillars={value: severity or "info" for kind, value, severity in tags if kind == "pillar"},
        tools=tuple(value for kind, value, _ in tags if kind == "tool"),
        media=tuple(value for kind, value, _ in tags if kind == "medium"),
    )
