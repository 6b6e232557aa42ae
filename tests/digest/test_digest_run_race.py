"""Two `ai-coach digest run --now` processes racing on PostgreSQL post each digest once."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from bot.usage.migrate import upgrade
from bot.usage.store import UsageStore
from tests.support.fake_slack import FakeSlack
from tests.support.postgres import pg_schema

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url() -> Iterator[str]:
    with pg_schema("test_race") as url:
        yield url


def test_two_processes_post_once(pg_url: str, fake_slack: FakeSlack) -> None:
    upgrade(pg_url)

    async def subscribe() -> None:
        store = UsageStore.from_url(pg_url)
        for channel in ("C1", "C2"):
            await store.subscribe("slack", "T1", channel, "en")
        await store.aclose()

    asyncio.run(subscribe())
    env = {
        **os.environ,
        "DATABASE_URL": pg_url,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_API_URL": fake_slack.api_url,
        "SLACK_SIGNING_SECRET": "s",
    }
    cmd = [sys.executable, "-m", "bot", "digest", "run", "--now"]
    procs = [
        subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    posts = fake_slack.called("chat.postMessage")
    assert sorted(c.body["channel"] for c in posts) == ["C1", "C2"], outputs
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "0 posted" in again.stdout
    assert len(fake_slack.called("chat.postMessage")) == 2
