"""`ai-coach usage import openai` end to end: a loopback server shaped like OpenAI's usage API,
a real SQLite database, idempotent re-import, and clear one-line errors."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot.usage.store import UsageStore
from tests.support.loopback import LoopbackServer

TODAY = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def _bucket(day: datetime, results: list[dict[str, Any]]) -> dict[str, Any]:
    start = int(day.timestamp())
    return {"object": "bucket", "start_time": start, "end_time": start + 86400, "results": results}


def fake_openai(status: int = 200) -> Starlette:
    yesterday = TODAY - timedelta(days=1)

    async def completions(request: Request) -> JSONResponse:
        if status != 200:
            return JSONResponse({"error": {"message": "invalid key"}}, status_code=status)
        assert request.headers["authorization"] == "Bearer sk-admin-test"
        page = request.query_params.get("page")
        result = {
            "object": "organization.usage.completions.result",
            "input_tokens": 1000,
            "output_tokens": 40_000,
            "input_cached_tokens": 0,
            "num_model_requests": 100,
            "project_id": "proj_1",
            "model": "gpt-4o-2024-08-06",
            "batch": None,
        }
        if page is None:  # two pages, as the API paginates
            return JSONResponse(
                {
                    "object": "page",
                    "data": [_bucket(yesterday, [result])],
                    "has_more": True,
                    "next_page": "page_2",
                }
            )
        return JSONResponse(
            {"object": "page", "data": [_bucket(TODAY, [result])], "has_more": False, "next_page": None}
        )

    async def images(request: Request) -> JSONResponse:
        result = {
            "object": "organization.usage.images.result",
            "images": 12,
            "num_model_requests": 12,
            "size": "1024x1024",
            "source": "image.generation",
            "project_id": "proj_1",
            "model": "dall-e-3",
        }
        return JSONResponse(
            {"object": "page", "data": [_bucket(yesterday, [result])], "has_more": False, "next_page": None}
        )

    return Starlette(
        routes=[
            Route("/v1/organization/usage/completions", completions),
            Route("/v1/organization/usage/images", images),
        ]
    )


def run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    since = (TODAY - timedelta(days=3)).date().isoformat()
    return subprocess.run(
        [sys.executable, "-m", "bot", "usage", "import", "openai", "--since", since],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def totals(url: str) -> tuple[int, int, int]:
    async def read() -> tuple[int, int, int]:
        store = UsageStore.from_url(url)
        stats = await store.api_usage_stats(datetime.now(UTC))
        await store.aclose()
        return stats.total.requests, stats.total.output_tokens, stats.total.images

    return asyncio.run(read())


def test_import_is_idempotent_and_feeds_the_digest_stats(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'usage.db'}"
    with LoopbackServer(fake_openai()) as api:
        env = {"DATABASE_URL": url, "OPENAI_ADMIN_KEY": "sk-admin-test", "OPENAI_API_URL": f"{api.url}/v1"}
        first = run(env)
        assert first.returncode == 0, first.stderr
        assert "212 requests" in first.stdout and "12 images" in first.stdout and "Wh" in first.stdout
        assert totals(url) == (212, 80_000, 12)
        second = run(env)
        assert second.returncode == 0
        assert totals(url) == (212, 80_000, 12)  # replaced, never double counted
    assert "sk-admin-test" not in first.stdout + first.stderr


def test_rejected_key_is_one_clear_line_and_nothing_written(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'usage.db'}"
    with LoopbackServer(fake_openai(status=401)) as api:
        proc = run(
            {"DATABASE_URL": url, "OPENAI_ADMIN_KEY": "sk-admin-test", "OPENAI_API_URL": f"{api.url}/v1"}
        )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "OPENAI_ADMIN_KEY" in proc.stderr and "sk-admin-test" not in proc.stderr
    assert totals(url) == (0, 0, 0)


def test_missing_key_says_which_variable(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENAI_ADMIN_KEY"}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'usage.db'}"
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "usage", "import", "openai"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1 and "OPENAI_ADMIN_KEY" in proc.stderr and "Traceback" not in proc.stderr
