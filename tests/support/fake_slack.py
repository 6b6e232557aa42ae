"""A real loopback HTTP server standing in for Slack's Web API (and response_url endpoints).

It records every call (method, parsed body, headers) and answers `{"ok": true}` unless a test
scripts other answers (e.g. a 429 with Retry-After, then success, or an answer sent late).
`conversations.history` lists the messages posted so far with their metadata, as Slack does with
`include_all_metadata`.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.support.loopback import LoopbackServer


@dataclass
class Call:
    method: str
    body: dict[str, Any]
    headers: dict[str, str]


@dataclass
class Scripted:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (the call is recorded at once)


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.scripts: dict[str, list[Scripted]] = {}
        self._lock = threading.Lock()
        self._loopback = LoopbackServer(self.app())

    @property
    def api_url(self) -> str:
        return f"{self._loopback.url}/api/"

    @property
    def url(self) -> str:
        return self._loopback.url

    def script(self, method: str, *answers: Scripted) -> None:
        """Answer the next calls to `method` with these, in order, then `{"ok": true}` again."""
        self.scripts.setdefault(method, []).extend(answers)

    def called(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    async def _handle(self, request: Request) -> Response:
        method = request.path_params["method"]
        raw = await request.body()
        body = {**request.query_params, **_parse(raw, request.headers.get("content-type", ""))}  # GET: params
        with self._lock:
            self.calls.append(Call(method, body, dict(request.headers)))
            queue = self.scripts.get(method) or []
            answer = queue.pop(0) if queue else None
        if answer is not None:
            await asyncio.sleep(answer.delay)
            return JSONResponse(answer.body, status_code=answer.status, headers=answer.headers)
        if method == "conversations.history":
            return JSONResponse({"ok": True, "messages": self._history(body.get("channel"))})
        extra: dict[str, Any] = {"ts": f"{time.time():.6f}", "channel": body.get("channel", "C1")}
        return JSONResponse({"ok": True, **extra})

    def _history(self, channel: object) -> list[dict[str, Any]]:
        posts = [c.body for c in self.called("chat.postMessage") if c.body.get("channel") == channel]
        return [{"type": "message", "text": p.get("text", ""), "metadata": p.get("metadata")} for p in posts]

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/api/{method}", self._handle, methods=["POST", "GET"]),
                Route("/{method:path}", self._handle, methods=["POST"]),  # response_url posts
            ]
        )

    def start(self) -> None:
        self._loopback.start()

    def stop(self) -> None:
        self._loopback.stop()


def _parse(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        parsed = json.loads(raw)
        return parsed if isinstance(parsed, dict) else {"_": parsed}
    form = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
    for key in ("blocks", "view", "attachments"):
        if isinstance(form.get(key), str):
            form[key] = json.loads(form[key])
    return form
