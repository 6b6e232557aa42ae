"""Bounded resources of `ai-coach serve`, over the real uvicorn server as `serve` configures it:
concurrency, request-head size and time, keep-alive; and OAuth states that do not pile up."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from sqlalchemy import text

from bot.commands import server_config
from bot.server import create_app
from bot.usage.db import make_engine
from tests.integration.conftest import Start, make_settings


@asynccontextmanager
async def served(tmp_path: Path, **limits: Any) -> AsyncIterator[tuple[str, int]]:
    """The real app (Slack off) under uvicorn configured by `server_config`, on a free loopback port."""
    settings = make_settings(f"sqlite:///{tmp_path / 'limits.db'}", None, **limits)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(server_config(settings, create_app(settings), "127.0.0.1", port))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        await asyncio.sleep(0.01)
    try:
        yield "127.0.0.1", port
    finally:
        server.should_exit = True
        await task
        sock.close()


async def closed_within(reader: asyncio.StreamReader, seconds: float) -> bool:
    """True when the server closes the connection (EOF) within `seconds`."""
    try:
        while await asyncio.wait_for(reader.read(1024), timeout=seconds):
            pass
    except TimeoutError:
        return False
    return True


async def test_connections_beyond_the_limit_get_503(tmp_path: Path) -> None:
    async with served(tmp_path, coach_limit_concurrency=2) as (host, port):
        idle = [await asyncio.open_connection(host, port) for _ in range(2)]
        async with httpx.AsyncClient(base_url=f"http://{host}:{port}") as http:
            assert (await http.get("/healthz")).status_code == 503
            for _, writer in idle:
                writer.close()
            await asyncio.sleep(0.2)
        async with httpx.AsyncClient(base_url=f"http://{host}:{port}") as http:
            assert (await http.get("/healthz")).status_code == 200


async def test_a_connection_that_sends_nothing_is_closed_after_the_head_timeout(tmp_path: Path) -> None:
    async with served(tmp_path, coach_request_head_timeout=0.5) as (host, port):
        reader, writer = await asyncio.open_connection(host, port)
        assert await closed_within(reader, 3)
        writer.close()


async def test_a_head_sent_a_byte_at_a_time_is_cut_off(tmp_path: Path) -> None:
    """Slowloris: data keeps coming, but no complete request head within the timeout."""
    async with served(tmp_path, coach_request_head_timeout=0.5) as (host, port):
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        closed = False
        for i in range(20):  # 4 s of trickling headers
            if writer.is_closing() or reader.at_eof():
                break
            writer.write(f"X-{i}: y\r\n".encode())
            await writer.drain()
            if await closed_within(reader, 0.2):
                closed = True
                break
        writer.close()
        assert closed


async def test_a_normal_keep_alive_connection_is_not_cut_by_the_head_timeout(tmp_path: Path) -> None:
    async with (
        served(tmp_path, coach_request_head_timeout=0.5, coach_timeout_keep_alive=5) as (host, port),
        httpx.AsyncClient(base_url=f"http://{host}:{port}") as http,
    ):
        assert (await http.get("/healthz")).status_code == 200
        await asyncio.sleep(0.2)
        assert (await http.get("/healthz")).status_code == 200


async def test_a_request_head_over_the_limit_is_refused(tmp_path: Path) -> None:
    async with served(tmp_path, coach_max_header_bytes=2048) as (host, port):
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 8192)
        await writer.drain()
        status = await asyncio.wait_for(reader.readline(), timeout=3)
        writer.close()
        assert status.startswith(b"HTTP/1.1 400")


def test_serve_takes_its_bounds_from_settings(tmp_path: Path) -> None:
    settings = make_settings(
        "sqlite://", None, coach_limit_concurrency=7, coach_timeout_keep_alive=3, coach_max_header_bytes=4096
    )
    config = server_config(settings, object(), "127.0.0.1", 0)
    assert (config.limit_concurrency, config.timeout_keep_alive) == (7, 3)
    assert config.h11_max_incomplete_event_size == 4096


async def test_expired_oauth_states_are_purged_when_an_install_starts(start: Start) -> None:
    oauth = {"slack_client_id": "111.222", "slack_client_secret": "client-secret", "slack_bot_token": None}
    async with start(**oauth) as h:
        assert (await h.http.get("/slack/install")).status_code == 200
        engine = make_engine(h.db_url)
        past = datetime.now(UTC).replace(tzinfo=None) - timedelta(hours=1)
        with engine.begin() as conn:
            for i in range(3):
                conn.execute(
                    text("INSERT INTO slack_oauth_states (state, expire_at) VALUES (:s, :t)"),
                    {"s": f"old-{i}", "t": past},
                )
        engine.dispose()
        assert len(h.rows("SELECT state FROM slack_oauth_states")) == 4

        assert (await h.http.get("/slack/install")).status_code == 200
        states = [row[0] for row in h.rows("SELECT state FROM slack_oauth_states")]
        assert len(states) == 2 and not [s for s in states if s.startswith("old-")]
