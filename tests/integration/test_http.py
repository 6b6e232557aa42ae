"""The rest of `ai-coach serve`: JSON API, health, readiness, playground page, Slack off, OAuth install."""

from __future__ import annotations

import logging
import re
from typing import Any

import httpx
import pytest

from bot.server import create_app
from bot.services import Services
from bot.usage.store import UsageStore
from tests.integration.conftest import AUTH_TEST, BOT, CHANNEL, TEAM, USER, Start, make_settings, serve
from tests.integration.test_slack_command import MIDJOURNEY_FR
from tests.support.fake_slack import FakeSlack, Scripted


async def test_api_check_returns_the_design_json(start: Start) -> None:
    async with start(slack=False) as h:
        response = await h.http.post("/api/check", json={"text": MIDJOURNEY_FR})
        assert response.status_code == 200
        body = response.json()
        assert set(body) - {"headline"} == {"language", "findings", "footprint", "answer"}
        assert body["language"] == "fr"
        finding = body["findings"][0]
        assert set(finding) - {"label"} == {"pillar", "severity", "title", "advice", "cards", "sources"}
        assert set(body["footprint"]) == {"energy_wh", "water_l", "co2e_g", "basis", "equivalents"}
        english = (await h.http.post("/api/check", json={"text": MIDJOURNEY_FR, "lang": "en"})).json()
        assert english["language"] == "en"
        await h.settle()
        assert h.rows("SELECT id FROM events") == []  # the playground records nothing


@pytest.mark.parametrize(
    ("content", "status", "word"),
    [
        (b"{not json", 400, "JSON"),
        (b"\xff\xfe", 400, "JSON"),
        (b'["text"]', 400, '"text"'),
        (b'{"text": 42}', 400, '"text"'),
        (b'{"text": "   "}', 400, "empty"),
        (b'{"text": "hi", "lang": "de"}', 400, '"lang"'),
        (b'{"text": "' + b"a" * 30_000 + b'"}', 413, "characters"),
        (b'{"text": "' + b"a" * 70_000 + b'"}', 413, "KB"),
    ],
)
async def test_api_check_refuses_bad_input_with_a_clear_json_error(
    start: Start, content: bytes, status: int, word: str
) -> None:
    async with start(slack=False) as h:
        response = await h.http.post(
            "/api/check", content=content, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == status
        assert word in response.json()["error"]


async def test_health_and_readiness(start: Start) -> None:
    async with start(slack=False) as h:
        assert (await h.http.get("/healthz")).json() == {"status": "ok"}
        ready = await h.http.get("/readyz")
        assert ready.status_code == 200 and ready.json() == {"status": "ready"}


async def test_readiness_is_503_when_the_database_is_unreachable(
    coach: Any, fake_slack: FakeSlack, tmp_path: Any
) -> None:
    settings = make_settings(f"sqlite:///{tmp_path / 'ok.db'}", None)
    broken = UsageStore.from_url(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'x.db'}")
    services = Services(coach=coach, store=broken, configured_user_key="k")
    async with serve(create_app(settings, services=services)) as url, httpx.AsyncClient(base_url=url) as http:
        ready = await http.get("/readyz")
        assert ready.status_code == 503 and ready.json()["status"] == "unavailable"
        assert (await http.get("/healthz")).status_code == 200


async def test_playground_page_is_served_in_the_browsers_language_with_a_strict_csp(start: Start) -> None:
    async with start(slack=False) as h:
        french = await h.http.get("/")
        english = await h.http.get("/", headers={"Accept-Language": "de-DE,en;q=0.8,fr;q=0.5"})
    assert french.status_code == 200 and french.headers["content-type"].startswith("text/html")
    assert '<html lang="fr">' in french.text and '<html lang="en">' in english.text
    csp = french.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp and "unsafe-inline" not in csp
    assert not re.search(r"(src|href)=\"https?://", french.text)  # no external asset


async def test_serve_without_slack_logs_one_line_and_serves_the_rest(
    start: Start, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with start(slack=False) as h:
        assert (await h.http.get("/healthz")).status_code == 200
        assert (await h.http.post("/slack/events", content=b"{}")).status_code == 404
    lines = [r.getMessage() for r in caplog.records if "Slack" in r.getMessage()]
    assert len(lines) == 1
    assert "Slack is off" in lines[0]
    for variable in ("SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_CLIENT_ID"):
        assert variable in lines[0]


OAUTH_ACCESS = {
    "ok": True,
    "access_token": "xoxb-installed",
    "token_type": "bot",
    "scope": "commands,chat:write",
    "bot_user_id": BOT,
    "app_id": "A0TEST",
    "team": {"name": "Acme", "id": TEAM},
    "enterprise": None,
    "authed_user": {"id": "U0ADMIN"},
    "is_enterprise_install": False,
}


async def test_oauth_install_then_events_use_the_installed_token(start: Start) -> None:
    oauth = {"slack_client_id": "111.222", "slack_client_secret": "client-secret", "slack_bot_token": None}
    async with start(**oauth) as h:
        install = await h.http.get("/slack/install")
        assert install.status_code == 200
        state = re.search(r"state=([\w-]+)", install.text)
        assert state and "client_id=111.222" in install.text and "commands" in install.text
        h.fake.script("oauth.v2.access", Scripted(200, OAUTH_ACCESS))
        h.fake.script("auth.test", Scripted(200, AUTH_TEST))
        cookie = {"Cookie": f"slack-app-oauth-state={state.group(1)}"}
        done = await h.http.get(f"/slack/oauth_redirect?code=c0de&state={state.group(1)}", headers=cookie)
        assert done.status_code == 200, done.text
        assert h.fake.called("oauth.v2.access")[0].body["code"] == "c0de"

        event = {
            "type": "app_mention",
            "user": USER,
            "text": f"<@{BOT}> {MIDJOURNEY_FR}",
            "ts": "1.0",
            "channel": CHANNEL,
        }
        assert (await h.event(event)).status_code == 200
        (post,) = await h.wait_calls("chat.postMessage")
        assert post.headers["authorization"] == "Bearer xoxb-installed"
        assert h.rows("SELECT bot_token FROM slack_bots") == [("xoxb-installed",)]


async def test_serve_mounts_teams_and_wires_digest_log_and_scheduler(start: Start) -> None:
    """One composition root: the Teams endpoint, the digest preview, `log` and the scheduler's jobs."""
    import base64
    import json as _json

    from bot.scheduler import Scheduled
    from bot.teams.auth import sign

    key = b"0123456789abcdef0123456789abcdef"
    async with start(teams_webhook_secret=base64.b64encode(key).decode()) as h:
        assert h.services.digest is not None and h.services.log_usage is not None
        (scheduled,) = [b for b in h.services.background if isinstance(b, Scheduled)]
        assert scheduled.scheduler.running
        assert {j.id for j in scheduled.scheduler.get_jobs()} >= {"digest", "digest-tick", "retention"}
        activity = {
            "type": "message",
            "text": "<at>ai-coach</at> 30 visuels Midjourney pour Instagram",
            "from": {"id": "29:u1", "aadObjectId": "aad-1"},
            "channel": {"id": "19:c1"},
            "conversation": {"id": "19:c1;messageid=1", "tenantId": "tn-1"},
            "channelData": {"tenant": {"id": "tn-1"}, "team": {"id": "19:t1"}},
            "locale": "fr-FR",
        }
        body = _json.dumps(activity).encode()
        ok = await h.http.post("/teams/messages", content=body, headers={"Authorization": sign(key, body)})
        assert ok.status_code == 200
        assert ok.json()["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"
        bad = await h.http.post("/teams/messages", content=body, headers={"Authorization": "HMAC AAAA"})
        assert bad.status_code == 401
        await h.settle(0.5)
        assert [r[0] for r in h.rows("SELECT platform FROM events")] == ["teams"]
    assert not scheduled.scheduler.running  # stopped with the server


def test_slack_off_says_which_variables_are_missing() -> None:
    from bot.settings import Settings
    from bot.slack.app import missing_slack_settings

    nothing = Settings(
        slack_signing_secret=None, slack_bot_token=None, slack_client_id=None, slack_client_secret=None
    )
    assert missing_slack_settings(nothing) == [
        "SLACK_SIGNING_SECRET",
        "SLACK_BOT_TOKEN (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET)",
    ]
    no_token = Settings(
        slack_signing_secret="s", slack_bot_token=None, slack_client_id=None, slack_client_secret=None
    )
    assert missing_slack_settings(no_token) == [
        "SLACK_BOT_TOKEN (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET)"
    ]
