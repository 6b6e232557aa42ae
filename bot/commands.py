"""`ai-coach serve` (loaded lazily by `bot.cli`): the HTTP service under uvicorn, with bounded resources.

Logging is configured by `bot.cli` before this runs (`bot.logs.configure`: privacy filter, text or JSON).
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from bot.settings import Settings


class HeadTimeoutProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, plus a deadline for each request's head (line and headers).

    uvicorn's keep-alive timer only runs between requests: a connection that sends nothing, or its
    headers a byte at a time (slowloris), would hold a file descriptor forever. Here it is closed when
    no complete request head arrived within `head_timeout` seconds of the connection or the last answer.
    """

    head_timeout = 10.0
    _head_deadline: asyncio.TimerHandle | None = None
    _armed_for: object = None  # the request cycle current when the deadline was armed

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_deadline()

    def handle_events(self) -> None:
        super().handle_events()
        if self.cycle is not self._armed_for:  # a new request's head arrived in time
            self._disarm_head_deadline()

    def on_response_complete(self) -> None:
        self._arm_head_deadline()  # for the next request (a pipelined one, handled below, disarms it)
        super().on_response_complete()
        if self.transport.is_closing():
            self._disarm_head_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_head_deadline()
        super().connection_lost(exc)

    def _arm_head_deadline(self) -> None:
        self._disarm_head_deadline()
        self._armed_for = self.cycle
        self._head_deadline = self.loop.call_later(self.head_timeout, self._head_too_slow)

    def _disarm_head_deadline(self) -> None:
        if self._head_deadline is not None:
            self._head_deadline.cancel()
            self._head_deadline = None

    def _head_too_slow(self) -> None:
        self._head_deadline = None
        if self.cycle is self._armed_for and not self.transport.is_closing():
            self.transport.close()


def server_config(settings: Settings, app: Any, host: str, port: int) -> uvicorn.Config:
    """uvicorn's configuration for `serve`: concurrency, keep-alive, head size and head time bounded."""

    class Bounded(HeadTimeoutProtocol):
        head_timeout = settings.coach_request_head_timeout

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=Bounded,
        log_config=None,
        access_log=False,
        proxy_headers=True,
        limit_concurrency=settings.coach_limit_concurrency,
        timeout_keep_alive=settings.coach_timeout_keep_alive,
        h11_max_incomplete_event_size=settings.coach_max_header_bytes,
    )


def cmd_serve(args: argparse.Namespace) -> int:
    """`ai-coach serve [--host H] [--port P]`: the service under uvicorn (default 0.0.0.0, $PORT or 3000)."""
    from bot.server import create_app

    settings = Settings()
    host = getattr(args, "host", None) or "0.0.0.0"
    port = getattr(args, "port", None) or settings.port
    uvicorn.Server(server_config(settings, create_app(settings), host, port)).run()
    return 0
