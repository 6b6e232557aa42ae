"""Keyed user hashes; the key never sits with the hashes (variable or 0600 key file), and a key an
older version kept in the database is moved out of it, keeping the same hashes (SQLite and PostgreSQL)."""

from __future__ import annotations

import logging
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.engine import Engine
from store_helpers import run_all

from bot.errors import ConfigError
from bot.usage.db import AppKeyModel
from bot.usage.privacy import USER_HASH_KEY, adopt_legacy_key, default_key_file, hash_user, load_key
from bot.usage.store import UsageStore

LEGACY_HEX = "ab" * 32


def test_hash_user_is_keyed_and_scoped() -> None:
    digest = hash_user(b"k1", "slack", "T1", "U1")
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert digest == hash_user(b"k1", "slack", "T1", "U1")
    assert "U1" not in digest
    others = {
        hash_user(b"k2", "slack", "T1", "U1"),
        hash_user(b"k1", "teams", "T1", "U1"),
        hash_user(b"k1", "slack", "T2", "U1"),
        hash_user(b"k1", "slack", "T1", "U2"),
        hash_user(b"k1", "slack", "T", "1U1"),
    }
    assert digest not in others and len(others) == 5


def test_configured_key_wins_and_no_file_is_written(tmp_path: Path) -> None:
    key = load_key("s3cret", tmp_path / "k")
    assert key.key == b"s3cret" and key.source == "env"
    assert not (tmp_path / "k").exists()


def test_key_file_is_created_0600_once_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "ai-coach.key"
    first = load_key(None, path)
    assert first.created and len(first.key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = load_key(None, path)
    assert again.key == first.key and not again.created


def test_concurrent_first_starts_agree_on_one_key(tmp_path: Path) -> None:
    path = tmp_path / "ai-coach.key"
    barrier = threading.Barrier(6)
    keys: list[bytes] = []

    def start() -> None:
        barrier.wait()
        keys.append(load_key(None, path).key)

    run_all([threading.Thread(target=start) for _ in range(6)])
    assert len(set(keys)) == 1 and list(tmp_path.iterdir()) == [path]


def test_a_bad_key_file_is_a_clear_config_error(tmp_path: Path) -> None:
    path = tmp_path / "k"
    path.write_text("not hex")
    with pytest.raises(ConfigError, match="not a hex key"):
        load_key(None, path)


def test_default_key_file_sits_next_to_a_sqlite_file() -> None:
    assert default_key_file("sqlite:////data/ai-coach.db") == Path("/data/ai-coach.key")
    assert default_key_file("sqlite:///./x.db") == Path("ai-coach.key")
    assert default_key_file("postgresql+psycopg://db/x") == Path("ai-coach.key")


def _store_legacy_key(engine: Engine, value: str = LEGACY_HEX) -> None:
    with engine.begin() as conn:
        conn.execute(insert(AppKeyModel).values(name=USER_HASH_KEY, value=value))


def _app_keys(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(AppKeyModel.value)).scalars())


def test_legacy_key_moves_to_the_file_with_the_same_hashes(
    engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _store_legacy_key(engine)
    before = hash_user(bytes.fromhex(LEGACY_HEX), "slack", "T1", "U1")  # what the old version stored
    path = tmp_path / "ai-coach.key"
    with caplog.at_level(logging.WARNING, "bot.usage.privacy"):
        key = adopt_legacy_key(load_key(None, path), UsageStore(engine))
    assert hash_user(key.key, "slack", "T1", "U1") == before
    assert _app_keys(engine) == []
    assert path.read_text().strip() == LEGACY_HEX and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sum("moved out of the database" in r.getMessage() for r in caplog.records) == 1
    # the next start: the file alone, nothing more to move, nothing logged
    caplog.clear()
    again = adopt_legacy_key(load_key(None, path), UsageStore(engine))
    assert again.key == key.key and not caplog.records


def test_legacy_key_equal_to_the_configured_one_is_just_deleted(engine: Engine, tmp_path: Path) -> None:
    configured = "k" * 32
    _store_legacy_key(engine, configured.encode().hex())
    key = adopt_legacy_key(load_key(configured, tmp_path / "k"), UsageStore(engine))
    assert _app_keys(engine) == [] and not (tmp_path / "k").exists()
    assert key.source == "env"


def test_an_existing_different_file_is_kept_aside_not_lost(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "ai-coach.key"
    path.write_text("cd" * 32)
    _store_legacy_key(engine)
    key = adopt_legacy_key(load_key(None, path), UsageStore(engine))
    assert key.key == bytes.fromhex(LEGACY_HEX) and _app_keys(engine) == []
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("ai-coach.key.replaced-")]
    assert len(kept) == 1 and kept[0].read_text() == "cd" * 32
