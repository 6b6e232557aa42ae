"""Migrations: apply twice (idempotent), concurrently from several processes, and match the models."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from bot.usage.db import Base, make_engine
from bot.usage.migrate import alembic_config, upgrade

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
    assert _version(url) == ["0005_teams_names"]
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
    assert _version(url) == ["0005_teams_names"]


@pytest.mark.parametrize("kind", KINDS)
def test_0002_keeps_existing_weeks_and_fits_the_delivery_states(
    new_database: Callable[[str], str], kind: str
) -> None:
    """A 0001 database (status String(8)) with a posted week upgrades in place; `maybe_posted`,
    `failed_before_send` and the new columns fit afterwards (PostgreSQL refuses them before)."""
    url = new_database(kind)
    command.upgrade(alembic_config(url), "0001")
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO subscriptions"
                    " (id, platform, workspace, channel, language, active, created_at)"
                    " VALUES (1, 'slack', 'T1', 'C1', 'en', true, '2026-11-30 09:00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO digests_sent (subscription_id, iso_week, status, claimed_at, posted_at)"
                    " VALUES (1, '2026-W48', 'posted', '2026-11-30 09:00:00', '2026-11-30 09:00:01')"
                )
            )
        upgrade(url)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO digests_sent (subscription_id, iso_week, status, claimed_at, detail)"
                    " VALUES (1, '2026-W49', 'failed_before_send', '2026-12-07 09:00:00', 'refused')"
                )
            )
            conn.execute(text("UPDATE digests_sent SET status = 'maybe_posted' WHERE iso_week = '2026-W49'"))
            rows = conn.execute(text("SELECT iso_week, status FROM digests_sent ORDER BY iso_week")).all()
    finally:
        engine.dispose()
    assert [tuple(r) for r in rows] == [("2026-W48", "posted"), ("2026-W49", "maybe_posted")]
