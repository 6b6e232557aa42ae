"""Digest delivery states over the wire, on SQLite and PostgreSQL: a post whose outcome is unknown
(dropped connection, answer after the timeout, crash while sending) is *maybe posted*, never re-posted
automatically; one that certainly did not leave (connection refused) is retried; a human re-sends."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slack_sdk.web.async_client import AsyncWebClient
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.digest.service import DigestSchedule, DigestService
from bot.jobs import run_digests
from bot.settings import Settings
from bot.slack.digest_poster import SlackDigestPoster
from bot.teams.poster import TeamsDigestPoster
from bot.usage.entities import DigestStatus, iso_week
from bot.usage.store import UsageStore
from tests.support.dropping_server import DroppingServer, closed_port
from tests.support.fake_slack import FakeSlack, Scripted
from tests.support.loopback import LoopbackServer

S = DigestStatus
PARIS = "Europe/Paris"


def settings(db_url: str, api_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db_url,
        "slack_bot_token": "xoxb-test",
        "slack_signing_secret": "signing",
        "slack_app_token": None,
        "slack_client_id": None,
        "slack_client_secret": None,
        "slack_api_url": api_url,
        "teams_digest_webhook_url": None,
        "openai_admin_key": None,
        "anthropic_admin_key": None,
        "coach_default_lang": "en",
        "coach_timezone": PARIS,
    }
    return Settings(**(values | overrides))


def this_week() -> str:
    return iso_week(datetime.now(UTC).astimezone(ZoneInfo(PARIS)))


async def states(store: UsageStore) -> dict[str, DigestStatus | None]:
    return {s.subscription.channel: s.status for s in await store.week_states(this_week())}


def service(store: UsageStore, coach: Coach, posters: dict[str, Any]) -> DigestService:
    return DigestService(store, coach, posters, DigestSchedule("0 9 * * mon", PARIS), mark_retry_s=0)


async def test_dropped_connection_after_the_post_is_maybe_posted_and_never_reposted(
    digest_db: str, store: UsageStore, caplog: pytest.LogCaptureFixture
) -> None:
    await store.subscribe("slack", "T1", "C1", "en")
    with DroppingServer() as slack:
        first = await run_digests(settings(digest_db, f"{slack.url}/api/"), force=True)
        second = await run_digests(settings(digest_db, f"{slack.url}/api/"), force=True)
        posts = slack.paths()
    assert posts == ["/api/chat.postMessage"]  # slack-sdk's connection-error retry is off for digests
    assert await states(store) == {"C1": S.MAYBE_POSTED}
    assert (first, second) == (1, 0)  # reported by the run it happened in, then quietly skipped
    assert caplog.text.count("MAYBE POSTED") == 1


async def test_answer_after_the_client_timeout_is_maybe_posted(
    store: UsageStore, coach: Coach, fake_slack: FakeSlack
) -> None:
    await store.subscribe("slack", "T1", "C1", "en")
    fake_slack.script("chat.postMessage", Scripted(200, {"ok": True}, delay=2.5))
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    svc = service(store, coach, {"slack": SlackDigestPoster(client, timeout=1)})
    report = await svc.run_due(force=True)
    again = await svc.run_due(force=True)
    assert report.maybe_posted == ["slack:T1:C1"] and again.posted == [] and again.skipped == 1
    assert len(fake_slack.called("chat.postMessage")) == 1
    assert await states(store) == {"C1": S.MAYBE_POSTED}
    [state] = await store.week_states(this_week())
    assert state.detail is not None and "TimeoutError" in state.detail


async def test_connection_refused_releases_the_claim_and_the_next_run_posts_once(
    digest_db: str, store: UsageStore, fake_slack: FakeSlack
) -> None:
    await store.subscribe("slack", "T1", "C1", "en")
    refused = await run_digests(settings(digest_db, f"http://127.0.0.1:{closed_port()}/api/"), force=True)
    assert refused == 1 and await states(store) == {"C1": S.FAILED_BEFORE_SEND}
    assert await run_digests(settings(digest_db, fake_slack.api_url), force=True) == 0
    assert await run_digests(settings(digest_db, fake_slack.api_url), force=True) == 0
    [post] = fake_slack.called("chat.postMessage")
    assert await states(store) == {"C1": S.POSTED}
    assert post.body["metadata"]["event_type"] == "ai_coach_digest"
    assert post.body["metadata"]["event_payload"]["week"] == this_week()


async def test_a_claim_left_sending_by_a_crash_becomes_maybe_posted_not_reposted(
    digest_db: str, store: UsageStore, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    sub = await store.subscribe("slack", "T1", "C1", "en")
    crashed = datetime.now(UTC) - timedelta(days=2)  # however old: still never re-sent
    assert await store.claim_week(sub.id, this_week(), crashed)
    assert await store.mark_sending(sub.id, this_week(), crashed, crashed)
    first = await run_digests(settings(digest_db, fake_slack.api_url), force=True)
    second = await run_digests(settings(digest_db, fake_slack.api_url), force=True)
    assert fake_slack.called("chat.postMessage") == []
    assert await states(store) == {"C1": S.MAYBE_POSTED} and (first, second) == (1, 0)
    assert caplog.text.count("MAYBE POSTED") == 1 and "stopped while sending" in caplog.text


async def test_a_fresh_sending_claim_of_another_replica_is_left_alone(
    store: UsageStore, coach: Coach, fake_slack: FakeSlack
) -> None:
    sub = await store.subscribe("slack", "T1", "C1", "en")
    now = datetime.now(UTC)
    assert await store.claim_week(sub.id, this_week(), now)
    assert await store.mark_sending(sub.id, this_week(), now, now)  # a live post elsewhere
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    report = await service(store, coach, {"slack": SlackDigestPoster(client)}).run_due(force=True)
    assert report.skipped == 1 and report.maybe_posted == [] and await states(store) == {"C1": S.SENDING}
    assert fake_slack.called("chat.postMessage") == []


async def test_resend_posts_once_and_marks_posted(
    digest_db: str, store: UsageStore, fake_slack: FakeSlack, capsys: pytest.CaptureFixture[str]
) -> None:
    await store.subscribe("slack", "T1", "C1", "en")
    with DroppingServer() as slack:
        await run_digests(settings(digest_db, f"{slack.url}/api/"), force=True)
    assert await states(store) == {"C1": S.MAYBE_POSTED}
    assert await run_digests(settings(digest_db, fake_slack.api_url), force=True) == 0
    assert fake_slack.called("chat.postMessage") == []  # the automatic run does not re-send
    capsys.readouterr()
    assert await run_digests(settings(digest_db, fake_slack.api_url), force=False, resend="C1") == 0
    assert "posted: slack:T1:C1" in capsys.readouterr().out
    assert len(fake_slack.called("chat.postMessage")) == 1 and await states(store) == {"C1": S.POSTED}
    assert await run_digests(settings(digest_db, fake_slack.api_url), force=False, resend="C1") == 0
    assert "is posted or being sent; nothing re-sent" in capsys.readouterr().out
    assert len(fake_slack.called("chat.postMessage")) == 1


async def test_resend_finds_a_digest_already_in_the_channel_by_its_metadata(
    digest_db: str, store: UsageStore, fake_slack: FakeSlack, capsys: pytest.CaptureFixture[str]
) -> None:
    """Slack got the post but answered too late: the re-send sees it in the history, posts nothing."""
    await store.subscribe("slack", "T1", "C1", "en")
    await store.subscribe("slack", "T1", "C2", "en")
    fake_slack.script("chat.postMessage", Scripted(200, {"ok": True}, delay=2.5))
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    svc = DigestService(
        store,
        build_coach(),
        {"slack": SlackDigestPoster(client, timeout=1)},
        DigestSchedule("0 9 * * mon", PARIS),
    )
    assert (await svc.run_due(force=True)).maybe_posted == ["slack:T1:C1"]  # C2 posted normally
    assert await run_digests(settings(digest_db, fake_slack.api_url), force=False, resend="C1") == 0
    assert "already in the channel" in capsys.readouterr().out
    assert len(fake_slack.called("chat.postMessage")) == 2
    assert await states(store) == {"C1": S.POSTED, "C2": S.POSTED}


async def test_resend_of_an_unknown_channel_says_so(digest_db: str, fake_slack: FakeSlack) -> None:
    from bot.errors import InputError

    with pytest.raises(InputError, match="no active digest subscription for channel C404"):
        await run_digests(settings(digest_db, fake_slack.api_url), force=False, resend="C404")


async def test_orphan_teams_subscription_is_skipped_with_one_warning_exit_0(
    digest_db: str, store: UsageStore, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """TEAMS_DIGEST_WEBHOOK_URL was removed but its subscription stays: every run used to exit 1."""
    await store.subscribe("teams", "*", "workflows-webhook", "en")
    await store.subscribe("slack", "T1", "C1", "en")
    with caplog.at_level(logging.WARNING):
        code = await run_digests(settings(digest_db, fake_slack.api_url), force=True)
    assert code == 0 and len(fake_slack.called("chat.postMessage")) == 1
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == ["digest: 1 teams subscription(s) skipped: TEAMS_DIGEST_WEBHOOK_URL is not set"]


def slow_workflows(received: list[dict[str, Any]], delay: float) -> Starlette:
    async def hook(request: Request) -> Response:
        received.append(json.loads(await request.body()))
        await asyncio.sleep(delay)
        return Response(status_code=202)

    return Starlette(routes=[Route("/workflows/abc", hook, methods=["POST"])])


async def test_teams_hook_answering_after_the_timeout_gets_one_post(store: UsageStore, coach: Coach) -> None:
    received: list[dict[str, Any]] = []
    with LoopbackServer(slow_workflows(received, delay=2.0)) as hook:
        poster = TeamsDigestPoster(f"{hook.url}/workflows/abc", timeout=0.5)
        svc = service(store, coach, {"teams": poster})
        try:
            await svc.ensure_teams_subscription("en")
            first = await svc.run_due(force=True)
            again = await svc.run_due(force=True)
        finally:
            await svc.aclose()
    assert len(received) == 1  # measured before: 5 posts (4 attempts, then the next run)
    assert first.maybe_posted == ["teams:*:workflows-webhook"] and again.skipped == 1
    assert await states(store) == {"workflows-webhook": S.MAYBE_POSTED}


async def test_digest_status_prints_each_state(digest_db: str, store: UsageStore) -> None:
    week, now = this_week(), datetime.now(UTC)
    subs = {
        c: await store.subscribe("slack", "T1", c, "en") for c in ("C0", "C1", "C2", "C3", "C4", "C5", "C6")
    }
    for channel in ("C1", "C2", "C3", "C4", "C5", "C6"):
        assert await store.claim_week(subs[channel].id, week, now)
    for channel in ("C2", "C3", "C4", "C5", "C6"):
        assert await store.mark_sending(subs[channel].id, week, now)
    await store.mark_posted(subs["C3"].id, week, None, now)
    await store.settle(
        subs["C4"].id, week, S.MAYBE_POSTED, "no answer from Slack after sending: TimeoutError"
    )
    await store.settle(subs["C5"].id, week, S.FAILED_BEFORE_SEND, "Slack could not be reached")
    await store.settle(subs["C6"].id, week, S.FAILED, "Slack refused the digest: not_in_channel")
    env = {**os.environ, "DATABASE_URL": digest_db, "COACH_TIMEZONE": PARIS}
    for name in ("SLACK_BOT_TOKEN", "TEAMS_DIGEST_WEBHOOK_URL", "SLACK_CLIENT_ID"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "digest", "status"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(f"  {week}  ", 1) for line in done.stdout.splitlines())
    assert lines["slack:T1:C0"] == "not yet"
    assert lines["slack:T1:C1"].startswith("claimed  since ")
    assert lines["slack:T1:C2"].startswith("sending  since ")
    assert lines["slack:T1:C3"].startswith("posted  since ")
    assert lines["slack:T1:C4"].startswith("maybe posted") and "TimeoutError" in lines["slack:T1:C4"]
    assert lines["slack:T1:C5"].startswith("failed (will retry)")
    assert (
        lines["slack:T1:C6"].startswith("failed (not retried this week)")
        and "not_in_channel" in lines["slack:T1:C6"]
    )
