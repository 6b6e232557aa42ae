"""The test PostgreSQL server (127.0.0.1:5432, database `test`): an admin connection and throwaway schemas.

Unreachable server: the test is skipped, except in CI (env CI set), where it fails instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"


def pg_admin() -> psycopg.Connection[tuple[object, ...]]:
    """An autocommit connection to the test server, or skip (fail in CI) when it is unreachable."""
    try:
        return psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL must be reachable in CI: {exc}")
        pytest.skip(f"PostgreSQL unreachable on 127.0.0.1:5432: {exc}")


@contextmanager
def pg_schema(prefix: str) -> Iterator[str]:
    """The URL of a new, empty schema, dropped on exit."""
    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with pg_admin() as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            yield PG_URL.format(schema=schema)
        finally:
            admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
