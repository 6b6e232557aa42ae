"""Where a signed `/ai-check` request's server time goes, measured in one process without sockets.

    .venv/bin/python bench/http_cpu.py [--requests 3000]

Calls each ASGI app directly (no HTTP parsing, no client competing for the CPU) with the same signed
slash commands as bench_http.py, and reports milliseconds per request for:
  bare             Bolt + Starlette adapter, /ai-check only acks;
  ours, fixed      `create_app` with an assessor that returns one precomputed assessment: Bolt plus
                   everything the adapter adds (routing, view, Block Kit, JSON, usage record);
  ours             `create_app` with the real coach; "assess" is the time spent inside Coach.assess.
Used by bench_http.py as its breakdown section; exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from bench_http import SECRET, TOKEN, bare_app, command_body, fake_slack, serve_in_thread, signed_headers  # noqa: E402

from bot.bootstrap import build_coach  # noqa: E402
from bot.coach.model import Assessment  # noqa: E402
from bot.server import create_app  # noqa: E402
from bot.services import Services  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.usage.store import UsageStore  # noqa: E402


async def call(app: Any, body: str) -> None:
    headers = [(k.lower().encode(), v.encode()) for k, v in signed_headers(body).items()]
    headers.append((b"content-length", str(len(body.encode())).encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/slack/events",
        "raw_path": b"/slack/events",
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 2),
    }
    messages = [{"type": "http.request", "body": body.encode(), "more_body": False}]
    status: list[int] = []

    async def receive() -> dict[str, Any]:
        return messages.pop() if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    await app(scope, receive, send)
    if status != [200]:
        raise SystemExit(f"unexpected response {status}")


class Timed:
    """The real coach, timing each assessment."""

    def __init__(self, coach: Any) -> None:
        self.coach, self.seconds, self.calls = coach, 0.0, 0

    def assess(self, text: str, lang: str | None = None) -> Assessment:
        start = time.perf_counter()
        try:
            return self.coach.assess(text, lang)  # type: ignore[no-any-return]
        finally:
            self.seconds += time.perf_counter() - start
            self.calls += 1


class Fixed:
    """Always the same (precomputed) assessment: isolates what the adapter costs."""

    def __init__(self, assessment: Assessment) -> None:
        self.assessment = assessment

    def assess(self, text: str, lang: str | None = None) -> Assessment:
        return self.assessment


async def per_request(app: Any, bodies: list[str], n: int) -> float:
    for body in bodies[:200]:  # warm-up: auth.test, caches
        await call(app, body)
    start = time.perf_counter()
    for i in range(n):
        await call(app, bodies[i % len(bodies)])
    return (time.perf_counter() - start) / n * 1000


async def ours(assessor: Any, api_url: str, bodies: list[str], n: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/cpu.db"
        settings = Settings(
            database_url=url,
            slack_bot_token=TOKEN,
            slack_signing_secret=SECRET,
            slack_api_url=api_url,
            coach_user_hash_key="bench",
        )
        app = create_app(
            settings,
            services=Services(coach=assessor, store=UsageStore.from_url(url), configured_user_key="bench"),
        )
        async with app.router.lifespan_context(app):
            return await per_request(app, bodies, n)


async def breakdown(texts: list[str], n: int) -> dict[str, float]:
    """Milliseconds per request: bare, ours with a fixed assessment, ours, and assess inside ours."""
    bodies = [command_body(text, i) for i, text in enumerate(texts)]
    api_url = f"http://127.0.0.1:{serve_in_thread(fake_slack())}/api/"
    coach = build_coach()
    timed = Timed(coach)
    out = {"bare": await per_request(bare_app(api_url), bodies, n)}
    out["ours, fixed assessment"] = await ours(Fixed(coach.assess(texts[1])), api_url, bodies, n)
    out["ours"] = await ours(timed, api_url, bodies, n)
    out["assess inside ours"] = timed.seconds / timed.calls * 1000
    return out


def main() -> int:
    from bench_core import varied_texts

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--requests", type=int, default=3000)
    args = ap.parse_args()
    for name, ms in asyncio.run(breakdown(varied_texts(500, seed=11), args.requests)).items():
        print(f"  {name:<24} {ms:7.3f} ms/request")
    return 0


if __name__ == "__main__":
    sys.exit(main())
