"""Fast batch insert of events and their tags: COPY on PostgreSQL, executemany on SQLite.

The write-behind batcher runs here for every request that records usage, in a worker thread
that still shares the GIL with the request path, so the per-event Python cost matters. Going
through the driver directly (instead of SQLAlchemy's per-row parameter processing) makes a batch
several times cheaper. Event ids are reserved up front so tags can reference them without
RETURNING: from the sequence on PostgreSQL; on SQLite from MAX(id), which is safe because the
transaction holds the database's write lock (BEGIN IMMEDIATE) from its first statement.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import Connection

from bot.usage.db import UTCDateTime
from bot.usage.records import UsageEvent

EVENT_COLUMNS = (
    "id",
    "workspace",
    "channel",
    "user_hash",
    "source",
    "platform",
    "language",
    "created_at",
    "quantity",
    "energy_wh_low",
    "energy_wh_high",
    "co2e_g_low",
    "co2e_g_high",
    "water_l_low",
    "water_l_high",
    "text",
)
TAG_COLUMNS = ("event_id", "kind", "value", "severity", "workspace", "platform", "user_hash", "created_at")
TAG_MAX = 64  # event_tags.value length

Row = tuple[Any, ...]


def event_row(event_id: int, event: UsageEvent, created_at: Any, store_text: bool) -> Row:
    e = event
    return (
        event_id,
        e.workspace,
        e.channel,
        e.user_hash,
        e.source,
        e.platform,
        e.language,
        created_at,
        e.quantity,
        e.energy_wh.low,
        e.energy_wh.high,
        e.co2e_g.low,
        e.co2e_g.high,
        e.water_l.low,
        e.water_l.high,
        e.text if store_text else None,
    )


def tag_rows(event_id: int, event: UsageEvent, created_at: Any) -> list[Row]:
    """One row per (kind, value): pillars with their severity, then tools and media (deduplicated)."""
    tags: dict[tuple[str, str], str | None] = {}
    for pillar, severity in event.pillars.items():
        tags[("pillar", pillar[:TAG_MAX])] = severity
    for kind, values in (("tool", event.tools), ("medium", event.media), ("plan", event.plans)):
        for value in values:
            tags.setdefault((kind, value[:TAG_MAX]), None)
    tail = (event.workspace, event.platform, event.user_hash, created_at)
    return [(event_id, kind, value, severity, *tail) for (kind, value), severity in tags.items()]


def insert_events(conn: Connection, events: Sequence[UsageEvent], store_text: bool) -> None:
    """Insert `events` and their tags on `conn`, inside the caller's write transaction."""
    to_db = _time_converter(conn)
    ids = _reserve_ids(conn, len(events))
    rows: list[Row] = []
    tags: list[Row] = []
    for event_id, event in zip(ids, events, strict=True):
        created_at = to_db(event.created_at)
        rows.append(event_row(event_id, event, created_at, store_text))
        tags.extend(tag_rows(event_id, event, created_at))
    _write(conn, "events", EVENT_COLUMNS, rows)
    _write(conn, "event_tags", TAG_COLUMNS, tags)


def _time_converter(conn: Connection) -> Callable[[Any], Any]:
    """created_at exactly as SQLAlchemy binds it on this dialect (UTC; SQLite's fixed text format)."""
    process = UTCDateTime().dialect_impl(conn.dialect).bind_processor(conn.dialect)
    if process is None:  # TypeDecorator always returns one; keep mypy and future versions honest
        raise RuntimeError("no bind processor for UTCDateTime")
    return process


def _reserve_ids(conn: Connection, count: int) -> list[int]:
    if conn.dialect.name == "postgresql":
        reserve = text("SELECT nextval(pg_get_serial_sequence('events', 'id')) FROM generate_series(1, :n)")
        return list(conn.execute(reserve, {"n": count}).scalars())
    last = int(conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM events")).scalar_one())
    return list(range(last + 1, last + 1 + count))


def _write(conn: Connection, table: str, columns: Sequence[str], rows: list[Row]) -> None:
    if not rows:
        return
    names = ", ".join(columns)
    if conn.dialect.name == "postgresql":
        driver = conn.connection.driver_connection  # psycopg.Connection, already in our transaction
        assert driver is not None
        try:
            with driver.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        except psycopg.DataError as exc:  # data that can never be stored: the batcher drops it
            raise ValueError(f"unstorable usage data: {exc}") from exc
    else:
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
