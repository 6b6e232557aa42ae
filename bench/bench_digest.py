"""Digest benchmark: weekly aggregation over N events (default 1,000,000), SQLite and PostgreSQL.

    .venv/bin/python bench/bench_digest.py [--events N] [--skip-postgres]

Seeds N events (bulk: executemany on SQLite, COPY on PostgreSQL) into a throw-away database
(a temporary SQLite file; a `bench_<pid>` schema on PostgreSQL), all in one workspace and inside
the 6 weeks the digest reads, so `weekly_stats` aggregates every one of them (the worst case).
Times `weekly_stats` (target ≤ 2 s, DESIGN.md) and the insert throughput of `record` (one
transaction per event) and of `record_soon` (write-behind batches). Cleans up afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import Engine

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.coach.model import Range
from bot.usage import _bulk
from bot.usage._sql import write_tx
from bot.usage.db import make_engine
from bot.usage.migrate import upgrade
from bot.usage.privacy import hash_user
from bot.usage.records import UsageEvent
from bot.usage.store import UsageStore

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
WORKSPACE = "T0BENCH"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PILLARS = ("bias", "transparency", "footprint", "privacy", "copyright", "accuracy")
SEVERITIES = ("info", "warning", "critical")
TOOLS = (
    "midjourney",
    "chatgpt",
    "claude",
    "gemini",
    "mistral",
    "copilot",
    "dall-e",
    "sora",
    "runway",
    "suno",
)
MEDIA = ("image", "video", "text", "voice", "music")


@dataclass
class Result:
    backend: str
    seed_s: float
    stats_s: list[float]
    stats_all_s: float
    record_eps: float
    batched_eps: float
    enqueue_us: float


def generate(n: int, users: int, seed: int = 7) -> Iterator[UsageEvent]:
    """`n` events spread over the 42 days before NOW, in arrival order (ids grow with time)."""
    rnd = random.Random(seed)
    hashes = [hash_user(b"bench", "slack", WORKSPACE, f"U{i:05d}") for i in range(users)]
    span = 42 * 86_400
    for i in range(n):
        energy = Range(rnd.random() * 5, rnd.random() * 15 + 5)
        yield UsageEvent(
            workspace=WORKSPACE,
            channel=f"C{rnd.randrange(20):03d}",
            user_hash=hashes[int(rnd.paretovariate(1.2)) % users],  # a few heavy users, a long tail
            source="log" if rnd.random() < 0.1 else "check",
            language="fr",
            created_at=NOW - timedelta(seconds=span * (n - i - rnd.random()) / n),
            pillars={p: rnd.choice(SEVERITIES) for p in rnd.sample(PILLARS, rnd.randrange(3))},
            tools=tuple(rnd.sample(TOOLS, rnd.randrange(3))),
            media=tuple(rnd.sample(MEDIA, rnd.randrange(2))),
            quantity=rnd.randrange(1, 30),
            energy_wh=energy,
            co2e_g=energy.scale(0.3),
            water_l=energy.scale(0.004),
        )


def seed(engine: Engine, n: int, users: int, chunk: int = 50_000) -> None:
    """Bulk load through the store's own batch writer (COPY on PostgreSQL, executemany on SQLite)."""
    events = generate(n, users)
    with write_tx(engine) as conn:
        while batch := list(itertools.islice(events, chunk)):
            _bulk.insert_events(conn, batch, store_text=False)
    with engine.begin() as conn:  # fresh planner statistics, as autovacuum / PRAGMA optimize would give
        conn.execute(text("ANALYZE"))


async def time_stats(store: UsageStore, runs: int = 5) -> tuple[list[float], float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        stats = await store.weekly_stats(WORKSPACE, "slack", NOW, 3)
        timings.append(time.perf_counter() - started)
    assert stats.checks > 0 and stats.tools, "the bench data should produce a digest"
    started = time.perf_counter()
    await store.weekly_stats(None, "slack", NOW, 3)
    return timings, time.perf_counter() - started


def sample_events(count: int, workspace: str) -> list[UsageEvent]:
    user = hash_user(b"bench", "slack", workspace, "U1")
    return [
        UsageEvent(
            workspace=workspace,
            channel="C1",
            user_hash=user,
            source="check",
            language="fr",
            created_at=NOW,
            pillars={"footprint": "warning", "bias": "info"},
            tools=("midjourney",),
            media=("image",),
            quantity=30,
            energy_wh=Range(1.0, 4.0),
        )
        for _ in range(count)
    ]


async def throughput(store: UsageStore, single: int, batched: int) -> tuple[float, float, float]:
    """Events/s through `record` (awaited, one transaction each) and through the write-behind
    batcher (`record_soon` then `aclose`), and the request-path cost of one `record_soon` (µs)."""
    started = time.perf_counter()
    for event in sample_events(single, "T0SINGLE"):
        await store.record(event)
    single_eps = single / (time.perf_counter() - started)
    events = sample_events(batched, "T0BATCH")
    enqueue = 0.0
    started = time.perf_counter()
    await store.start()
    for i in range(0, batched, 100):
        tick = time.perf_counter()
        for event in events[i : i + 100]:
            store.record_soon(event)
        enqueue += time.perf_counter() - tick
        await asyncio.sleep(0)  # let the writer run, as a server does between requests
    await store.aclose()
    return single_eps, batched / (time.perf_counter() - started), enqueue / batched * 1e6


async def measure(backend: str, url: str, n: int, users: int) -> Result:
    upgrade(url)
    engine = make_engine(url)
    try:
        started = time.perf_counter()
        seed(engine, n, users)
        seed_s = time.perf_counter() - started
        store = UsageStore(engine)
        stats_s, stats_all_s = await time_stats(store)
        single_eps, batched_eps, enqueue_us = await throughput(store, 2_000, 50_000)
        return Result(backend, seed_s, stats_s, stats_all_s, single_eps, batched_eps, enqueue_us)
    finally:
        engine.dispose()


async def bench_sqlite(n: int, users: int) -> Result:
    with tempfile.TemporaryDirectory(prefix="bench-digest-") as folder:
        return await measure("sqlite", f"sqlite:///{folder}/bench.db", n, users)


async def bench_postgres(n: int, users: int) -> Result:
    schema = f"bench_{random.randrange(1 << 30)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            return await measure("postgresql", PG_URL.format(schema=schema), n, users)
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


def report(n: int, results: list[Result]) -> None:
    print(f"\nweekly_stats over {n:,} events, all inside the 6-week window of one workspace (target ≤ 2 s)")
    header = (
        f"{'backend':<11} {'seed s':>7} {'stats 1st s':>12} {'median s':>9} {'max s':>7} {'all-ws s':>9} "
        f"{'record ev/s':>12} {'batched ev/s':>13} {'record_soon µs':>15}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.backend:<11} {r.seed_s:>7.1f} {r.stats_s[0]:>12.3f} {statistics.median(r.stats_s):>9.3f} "
            f"{max(r.stats_s):>7.3f} {r.stats_all_s:>9.3f} {r.record_eps:>12,.0f} {r.batched_eps:>13,.0f} "
            f"{r.enqueue_us:>15.1f}"
        )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--users", type=int, default=400)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    results = [await bench_sqlite(args.events, args.users)]
    if not args.skip_postgres:
        results.append(await bench_postgres(args.events, args.users))
    report(args.events, results)


if __name__ == "__main__":
    asyncio.run(main())
