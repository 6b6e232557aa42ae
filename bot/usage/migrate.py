"""Apply the usage store's Alembic migrations from code (`upgrade(url)`), no alembic.ini needed.

Safe to run from every replica at start: on PostgreSQL the upgrade holds a transaction-scoped
advisory lock (the others wait, then find the schema at head and do nothing); on SQLite the
upgrade runs in a BEGIN IMMEDIATE transaction, which serialises processes the same way.
Migrations are transactional on both, so a failed upgrade leaves the previous schema intact.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from bot.usage._sql import write_tx
from bot.usage.db import make_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any constant shared by all replicas; "ai-coach" in ASCII, to stay clear of other apps' locks.
ADVISORY_LOCK_KEY = 0x61692D636F616368


def alembic_config(url: str | None = None) -> Config:
    """An Alembic Config built in code: script_location is the package's migrations folder."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        # ConfigParser interpolation would read '%' in a URL (e.g. %3D in options) as a reference
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str) -> None:
    """Bring the database at `url` to the latest schema; idempotent, concurrent-safe."""
    engine = make_engine(url, statement_timeout_ms=0)  # an index build may take long
    try:
        with write_tx(engine) as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    finally:
        engine.dispose()
