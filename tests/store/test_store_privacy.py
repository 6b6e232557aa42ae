"""Keyed user hashes and the generated hashing key (stored once, shared by every replica)."""

from __future__ import annotations

import asyncio
import threading

from sqlalchemy.engine import Engine
from store_helpers import run_all

from bot.usage.privacy import hash_user, resolve_key
from bot.usage.store import UsageStore


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


async def test_configured_key_wins(store: UsageStore) -> None:
    assert resolve_key("s3cret", store) == b"s3cret"


async def test_generated_key_is_stored_once_and_shared(engine: Engine) -> None:
    stores = [UsageStore(engine) for _ in range(6)]
    barrier = threading.Barrier(len(stores))
    keys: list[bytes] = []

    def start(store: UsageStore) -> None:
        barrier.wait()
        keys.append(resolve_key(None, store))

    threads = [threading.Thread(target=start, args=(s,)) for s in stores]
    await asyncio.to_thread(run_all, threads)
    assert len(keys) == 6 and len(set(keys)) == 1 and len(keys[0]) == 32
    assert resolve_key(None, UsageStore(engine)) == keys[0]
