"""first_time: a Slack event id is handled once, across threads, loops and processes."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from collections import Counter

from store_helpers import NOW, run_all

from bot.usage.store import UsageStore

WORKER = """
import asyncio, sys, time
from bot.usage.store import UsageStore

async def main() -> None:
    store = UsageStore.from_url(sys.argv[1])
    time.sleep(max(0.0, float(sys.argv[2]) - time.time()))  # everyone starts at the same instant
    for i in range(int(sys.argv[3])):
        if await store.first_time(f"Ev{i}"):
            print(i)
    await store.aclose()

asyncio.run(main())
"""


async def test_first_time_only_once(store: UsageStore) -> None:
    assert await store.first_time("Ev1", now=NOW)
    assert not await store.first_time("Ev1", now=NOW)
    assert await store.first_time("Ev2", now=NOW)


async def test_first_time_concurrent_on_one_loop(store: UsageStore) -> None:
    results = await asyncio.gather(*(store.first_time("Ev-race") for _ in range(20)))
    assert results.count(True) == 1


async def test_first_time_racing_threads(store: UsageStore) -> None:
    threads, ids = 8, 25
    barrier = threading.Barrier(threads)
    wins: Counter[str] = Counter()
    lock = threading.Lock()

    def racer() -> None:
        async def run() -> list[str]:
            return [f"Ev{i}" for i in range(ids) if await store.first_time(f"Ev{i}")]

        barrier.wait()
        mine = asyncio.run(run())
        with lock:
            wins.update(mine)

    workers = [threading.Thread(target=racer) for _ in range(threads)]
    await asyncio.to_thread(run_all, workers)
    assert wins == Counter({f"Ev{i}": 1 for i in range(ids)})


async def test_first_time_racing_processes(store: UsageStore, db_url: str) -> None:
    processes, ids = 4, 40
    start_at = f"{time.time() + 3.0:.3f}"  # after every interpreter has imported the store
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db_url, start_at, str(ids)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    outputs = [proc.communicate(timeout=120) for proc in procs]
    assert all(proc.returncode == 0 for proc in procs), [err for _, err in outputs]
    wins = Counter(line for out, _ in outputs for line in out.split())
    assert wins == Counter({str(i): 1 for i in range(ids)})
