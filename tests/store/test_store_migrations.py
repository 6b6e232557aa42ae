"""Migrations: apply twice (idempotent), concurrently from several processes, and match the models."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from bot.usage.db import Base, make_engine
from bot.usage.migrate import upgrade

KINDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _version(url: str) -> list[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    finally:
        engine.dispose()


@pytest.mark.parametrize("kind", KINDS)
def test_upgrade_twice_is_idempotent_and_matches_the_models(
    new_database: Callable[[str], str], kind: str
) -> None:
    url = new_database(kind)
    upgrade(url)
    upgrade(url)
    assert _version(url) == ["0001"]
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("kind", KINDS)
def test_concurrent_upgrades_from_several_processes(new_database: Callable[[str], str], kind: str) -> None:
    url = new_database(kind)
    code = "import sys; from bot.usage.migrate import upgrade; upgrade(sys.argv[1])"
    procs = [
        subprocess.Popen([sys.executable, "-c", code, url], stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    errors = [proc.communicate(timeout=120)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0, 0], errors
    assert _version(url) == ["0001"]
