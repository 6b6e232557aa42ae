"""`ai-coach digest run` with TEAMS_DIGEST_WEBHOOK_URL: one Adaptive Card per ISO week to Workflows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.support.loopback import LoopbackServer


def workflows(received: list[dict[str, Any]]) -> Starlette:
    async def hook(request: Request) -> Response:
        received.append(await request.json())
        return Response(status_code=202)  # what Teams Workflows answers

    return Starlette(routes=[Route("/workflows/abc", hook, methods=["POST"])])


def test_teams_digest_posts_once_per_week(tmp_path: Path) -> None:
    received: list[dict[str, Any]] = []
    with LoopbackServer(workflows(received)) as hook:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'teams.db'}",
            "TEAMS_DIGEST_WEBHOOK_URL": f"{hook.url}/workflows/abc",
            "COACH_DEFAULT_LANG": "en",
        }
        env.pop("SLACK_BOT_TOKEN", None)
        cmd = [sys.executable, "-m", "bot", "digest", "run", "--now"]
        first = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
        second = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    assert "1 posted" in first.stdout and "0 posted" in second.stdout
    assert len(received) == 1
    attachment = received[0]["attachments"][0]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert attachment["content"]["type"] == "AdaptiveCard"
    assert "workflows/abc" not in first.stdout + first.stderr  # the URL is a secret
