"""Degrade, don't die: the real app under uvicorn with a PostgreSQL URL whose port is closed, or whose
port accepts connections and never answers. Checks are still answered, /readyz says 503 within 2 s,
commands that need the database say so once, and `forget me` is deferred, never reported as failed."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from bot.unavailable import FORGET_DEFERRED, NOT_NOW
from tests.integration.conftest import TEAM, Start

COMMANDS = f"commands/{TEAM}/1/abc"


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again on return: connections are refused


@pytest.fixture
def hanging_port() -> Iterator[int]:
    """A TCP port that accepts every connection and never sends a byte."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def pg_url(port: int) -> str:
    return f"postgresql+psycopg://coach@127.0.0.1:{port}/coach"


@pytest.mark.parametrize("kind", ["closed", "hanging"])
async def test_serve_answers_checks_and_says_what_is_unavailable(
    start: Start, kind: str, closed_port: int, hanging_port: int
) -> None:
    url = pg_url(closed_port if kind == "closed" else hanging_port)
    async with start(store_url=url, database_url=url) as h:
        api = await h.http.post("/api/check", json={"text": "30 visuels Midjourney pour Instagram"})
        assert api.status_code == 200 and api.json()["findings"]
        assert (await h.http.get("/")).status_code == 200

        t0 = time.monotonic()
        ready = await h.http.get("/readyz")
        assert ready.status_code == 503 and time.monotonic() - t0 < 2.5

        t0 = time.monotonic()
        check = await h.command("On va générer 30 visuels avec Midjourney pour Instagram")
        assert check.status_code == 200 and check.json()["blocks"] and time.monotonic() - t0 < 3

        t0 = time.monotonic()
        assert (await h.command("digest on")).status_code == 200
        (call,) = await h.wait_calls(COMMANDS, timeout=3)
        assert time.monotonic() - t0 < 3
        assert call.body["text"] == NOT_NOW["fr"]
        await asyncio.sleep(1.0)
        assert len(h.fake.called(COMMANDS)) == 1  # once: no apology after it


async def test_forget_me_during_an_outage_is_deferred(start: Start, closed_port: int) -> None:
    url = pg_url(closed_port)
    async with start(store_url=url, database_url=url) as h:
        await h.command("On va générer 30 visuels avec Midjourney pour Instagram")
        assert h.services.store.pending_events == 1  # queued in memory, the database being down

        await h.command("forget me")
        (call,) = await h.wait_calls(COMMANDS, timeout=3)
        assert call.body["text"] == FORGET_DEFERRED["fr"]
        assert h.services.store.pending_events == 0  # their queued events will never be written
        assert h.services.store.pending_forgets == 1  # and the database part waits for it
