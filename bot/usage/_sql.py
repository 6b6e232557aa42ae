"""Transaction and dialect helpers shared by the store's query modules (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from bot.usage.db import IMMEDIATE, Base


@contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    """A write transaction, committed on success, rolled back on error.

    On SQLite it begins IMMEDIATE (takes the write lock up front, waiting on busy_timeout), so
    concurrent writers queue instead of failing on a read-to-write lock upgrade.
    """
    with engine.connect() as conn:
        conn.execution_options(**{IMMEDIATE: True})
        with conn.begin():
            yield conn


def dialect_insert(conn: Connection, model: type[Base]) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that supports ON CONFLICT on both supported dialects."""
    name = conn.dialect.name
    if name == "postgresql":
        return postgresql.insert(model)
    if name == "sqlite":
        return sqlite.insert(model)
    raise NotImplementedError(f"the usage store supports SQLite and PostgreSQL, not {name}")


def insert_ignore(conn: Connection, model: type[Base], keys: Sequence[str], values: dict[str, Any]) -> bool:
    """INSERT … ON CONFLICT (keys) DO NOTHING; True for the one caller whose row went in.

    Uses RETURNING rather than rowcount, which drivers need not report for INSERT.
    """
    first_key = getattr(model, keys[0])
    stmt = (
        dialect_insert(conn, model)
        .values(**values)
        .on_conflict_do_nothing(index_elements=list(keys))
        .returning(first_key)
    )
    return conn.execute(stmt).first() is not None


def upsert(
    conn: Connection, model: type[Base], keys: Sequence[str], values: dict[str, Any], update: Sequence[str]
) -> Insert:
    """INSERT … ON CONFLICT (keys) DO UPDATE SET the `update` columns to the inserted values."""
    stmt = dialect_insert(conn, model).values(**values)
    return stmt.on_conflict_do_update(
        index_elements=list(keys), set_={name: stmt.excluded[name] for name in update}
    )
