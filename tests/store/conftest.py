"""Store fixtures: every test runs on SQLite (a temporary file) and on PostgreSQL (its own schema).

PostgreSQL tests are marked `postgres`; they are skipped when the server is unreachable, except
in CI (env CI set), where an unreachable server fails the run instead.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.usage.db import make_engine
from bot.usage.migrate import upgrade
from bot.usage.store import UsageStore
from tests.support.postgres import PG_URL, pg_admin

# children before parents (foreign keys)
TABLES = (
    "event_tags",
    "events",
    "processed_events",
    "digests_sent",
    "subscriptions",
    "feedback",
    "api_usage",
    "app_keys",
)

NewDatabase = Callable[[str], str]


@pytest.fixture(scope="session")
def new_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NewDatabase]:
    """`new_database("sqlite" | "postgresql")` → URL of a fresh, empty database (dropped at the end)."""
    schemas: list[str] = []

    def create(kind: str) -> str:
        if kind == "sqlite":
            folder: Path = tmp_path_factory.mktemp("store")
            return f"sqlite:///{folder / 'usage.db'}"
        schema = f"test_store_{uuid.uuid4().hex[:12]}"
        with pg_admin() as admin:
            admin.execute(f"CREATE SCHEMA {schema}")
        schemas.append(schema)
        return PG_URL.format(schema=schema)

    yield create
    if schemas:
        with pg_admin() as admin:
            for schema in schemas:
                admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, new_database: NewDatabase) -> str:
    """A migrated database per backend, shared by the session (tables are emptied per test)."""
    url = new_database(request.param)
    upgrade(url)
    return url


@pytest.fixture
def backend(db_url: str) -> str:
    return "postgresql" if db_url.startswith("postgresql") else "sqlite"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE"))
        else:
            for table in TABLES:
                conn.execute(text(f"DELETE FROM {table}"))
    yield engine
    engine.dispose()


@pytest.fixture
async def store(engine: Engine) -> AsyncIterator[UsageStore]:
    store = UsageStore(engine, flush_interval=0.05)
    yield store
    await store.aclose()
