"""The Teams app end to end: the real server (create_app under uvicorn, its lifespan), the real Teams
SDK (its JWT validation, routing and Bot Connector client), tokens signed by a loopback JWKS, the
bot's own token from a loopback login endpoint, and a loopback Bot Connector recording replies."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.coach.engine import Coach
from bot.server import create_app
from bot.services import Services
from bot.usage.privacy import hash_user
from bot.usage.store import UsageStore
from tests.integration.conftest import make_settings, serve
from tests.support.loopback import LoopbackServer
from tests.teams.app_support import (
    APP_ID,
    APP_PASSWORD,
    OUTBOUND_TOKEN,
    FakeMicrosoft,
    bot_added,
    channel_mention,
    invoke,
    new_key,
    personal_message,
)
from tests.teams.support import AAD_USER, CHANNEL, TEAM, TENANT, assert_valid_card, texts

USER_KEY = "teams-app-user-key"
PLAN = "On va générer 30 visuels avec Midjourney pour Instagram"


@dataclass
class Harness:
    http: httpx.AsyncClient
    fake: FakeMicrosoft
    services: Services
    store: UsageStore

    async def post(self, activity: dict[str, Any], token: str | None = "signed") -> httpx.Response:
        headers = {}
        if token == "signed":
            token = self.fake.sign()
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return await self.http.post("/api/messages", json=activity, headers=headers)

    def rows(self, sql: str) -> list[Any]:
        from sqlalchemy import text

        with self.store.engine.connect() as conn:
            return list(conn.execute(text(sql)).all())

    async def settle(self) -> None:
        await asyncio.sleep(0.4)  # the store's write-behind flushes every 0.2 s


@pytest.fixture
def fake() -> AsyncIterator[FakeMicrosoft]:
    fake = FakeMicrosoft()
    server = LoopbackServer(fake.app()).start()
    fake.url = server.url
    yield fake
    server.stop()


@pytest.fixture
async def harness(coach: Coach, fake: FakeMicrosoft, tmp_path: Path) -> AsyncIterator[Harness]:
    db_url = f"sqlite:///{tmp_path / 'coach.db'}"
    settings = make_settings(
        db_url, None, teams_app_id=APP_ID, teams_app_password=APP_PASSWORD, teams_tenant_id=TENANT
    )
    store = UsageStore.from_url(db_url)
    services = Services(coach=coach, store=store, default_lang="fr", configured_user_key=USER_KEY)
    app = create_app(settings, services=services, teams_cloud=fake.cloud())
    async with serve(app) as url, httpx.AsyncClient(base_url=url, timeout=20) as http:
        for _ in range(200):  # the database watch migrates in the background
            if store.available or await _ready(http):
                break
            await asyncio.sleep(0.05)
        yield Harness(http, fake, services, store)


async def _ready(http: httpx.AsyncClient) -> bool:
    return (await http.get("/readyz")).status_code == 200


def user_hash() -> str:
    return hash_user(USER_KEY.encode(), "teams", TENANT, AAD_USER)


def card_of(activity: Any) -> dict[str, Any]:
    attachments = activity["attachments"]
    assert attachments[0]["contentType"] == "application/vnd.microsoft.card.adaptive"
    card: dict[str, Any] = attachments[0]["content"]
    assert_valid_card(card)
    return card


# --- personal chat -----------------------------------------------------------------------------------


async def test_personal_chat_check_is_answered_with_a_card_and_recorded(harness: Harness) -> None:
    response = await harness.post(personal_message(harness.fake, PLAN))
    assert response.status_code == 200
    [sent] = harness.fake.sent()
    assert sent.path == "/connector/v3/conversations/a:1personal/activities"
    assert sent.headers["authorization"] == f"Bearer {OUTBOUND_TOKEN}"
    card = card_of(sent.body)
    assert card["lang"] == "fr"
    verbs = [a.get("verb") for a in card.get("actions", []) if a["type"] == "Action.Execute"]
    assert verbs == ["feedback", "feedback"]
    # the bot's own token: client credentials at the tenant's login endpoint, the Bot Framework scope
    [token] = harness.fake.token_requests()
    assert token.path == f"/{TENANT}/oauth2/v2.0/token"
    assert token.body["grant_type"] == "client_credentials" and token.body["client_id"] == APP_ID
    assert token.body["scope"] == "https://api.botframework.com/.default"
    await harness.settle()
    [event] = harness.rows("SELECT platform, source, user_hash, text, workspace FROM events")
    assert event == ("teams", "teams", user_hash(), None, f"{TENANT}/")


async def test_help_follows_the_teams_locale(harness: Harness) -> None:
    await harness.post(personal_message(harness.fake, "help", locale="en-US"))
    await harness.post(personal_message(harness.fake, "aide", locale="en-US"))
    english, french = (card_of(s.body) for s in harness.fake.sent())
    assert len(harness.fake.token_requests()) == 1  # the bot's token is cached until near its expiry
    assert english["lang"] == "en" and "Check with AI coach" in " ".join(texts(english))
    assert french["lang"] == "fr" and "Vérifier avec le coach IA" in " ".join(texts(french))


async def test_label_in_personal_chat_answers_with_the_disclosure_card_and_records_nothing(
    harness: Harness,
) -> None:
    await harness.post(personal_message(harness.fake, "label tiktok video", locale="en-US"))
    await harness.post(personal_message(harness.fake, "label fax", locale="en-US"))
    known, unknown = harness.fake.sent()
    card = card_of(known.body)
    assert "TikTok" in " ".join(texts(card))
    listed = " ".join(texts(card_of(unknown.body))).lower()  # an unknown place: the known ones, no guess
    assert "tiktok" in listed and "instagram" in listed
    await harness.settle()
    assert harness.rows("SELECT count(*) FROM events") == [(0,)]


async def test_charter_in_personal_chat_says_none_is_configured(harness: Harness) -> None:
    await harness.post(personal_message(harness.fake, "charter", locale="en-US"))
    [sent] = harness.fake.sent()
    assert "No AI charter is configured" in " ".join(texts(card_of(sent.body)))


async def test_forget_me_and_digest_in_personal_chat(harness: Harness) -> None:
    await harness.post(personal_message(harness.fake, PLAN))
    await harness.settle()
    await harness.post(personal_message(harness.fake, "forget me", locale="en-US"))
    await harness.post(personal_message(harness.fake, "digest on", locale="en-US"))
    forget, digest = (s.body["text"] for s in harness.fake.sent()[1:])
    assert forget.startswith("Done: 1 record(s)")
    assert "channel" in digest
    assert harness.rows("SELECT count(*) FROM events") == [(0,)]
    assert harness.rows("SELECT count(*) FROM subscriptions") == [(0,)]


# --- channel mention, digest subscription, proactive digest ---------------------------------------


async def test_mention_in_a_channel_is_answered_in_its_thread(harness: Harness) -> None:
    response = await harness.post(channel_mention(harness.fake, "We'll make a 20-second video with Sora"))
    assert response.status_code == 200
    [sent] = harness.fake.sent()
    assert sent.path == f"/connector/v3/conversations/{CHANNEL};messageid=1700000000000/activities"
    assert card_of(sent.body)["lang"] == "en"
    await harness.settle()
    [event] = harness.rows("SELECT workspace, channel FROM events")
    assert event == (f"{TENANT}/{TEAM}", CHANNEL)


async def test_digest_on_in_a_channel_then_a_proactive_digest_exactly_once(harness: Harness) -> None:
    await harness.post(bot_added(harness.fake))  # the app is added to the team: the reference is saved
    await harness.post(channel_mention(harness.fake, "digest on"))
    said = harness.fake.sent()[-1].body["text"]
    assert said.startswith("Weekly digest turned on for this channel")
    [ref] = harness.rows("SELECT workspace, channel, service_url FROM teams_conversations")
    assert ref == (f"{TENANT}/{TEAM}", CHANNEL, harness.fake.service_url)
    [sub] = harness.rows("SELECT platform, workspace, channel, language FROM subscriptions")
    assert sub == ("teams", f"{TENANT}/{TEAM}", CHANNEL, "en")
    before = len(harness.fake.sent())
    digest: Any = harness.services.digest
    report = await digest.run_due(force=True)
    assert report.posted == [f"teams:{TENANT}/{TEAM}:{CHANNEL}"]
    [posted] = harness.fake.sent()[before:]
    assert posted.path == f"/connector/v3/conversations/{CHANNEL}/activities"  # a new post, not a reply
    assert posted.headers["authorization"] == f"Bearer {OUTBOUND_TOKEN}"
    assert card_of(posted.body)["lang"] == "en"
    again = await digest.run_due(force=True)  # same ISO week: claimed already, never posted twice
    assert again.posted == [] and len(harness.fake.sent()) == before + 1
    assert harness.rows("SELECT status FROM digests_sent") == [("posted",)]


async def test_group_chat_mention_is_answered_in_the_chat_and_keeps_no_reference(harness: Harness) -> None:
    activity = channel_mention(harness.fake, "digest on")
    activity["conversation"] = {
        "id": "19:group@thread.v2",
        "conversationType": "groupChat",
        "tenantId": TENANT,
    }
    activity["channelData"] = {"tenant": {"id": TENANT}}
    assert (await harness.post(activity)).status_code == 200
    [sent] = harness.fake.sent()
    assert sent.path == "/connector/v3/conversations/19:group@thread.v2/activities"
    assert "team channels" in sent.body["text"]  # digests are for channels
    assert harness.rows("SELECT count(*) FROM teams_conversations") == [(0,)]


async def test_removed_from_the_team_forgets_its_channels(harness: Harness) -> None:
    await harness.post(bot_added(harness.fake))
    removed = bot_added(harness.fake)
    removed["membersRemoved"], removed["membersAdded"] = removed.pop("membersAdded"), []
    assert (await harness.post(removed)).status_code == 200
    assert harness.rows("SELECT count(*) FROM teams_conversations") == [(0,)]


async def test_a_channel_the_bot_left_closes_the_week_as_failed(harness: Harness) -> None:
    await harness.post(channel_mention(harness.fake, "digest on"))
    harness.fake.connector_status = 404
    report = await harness.services.digest.run_due(force=True)  # type: ignore[union-attr]
    assert report.failed == [f"teams:{TENANT}/{TEAM}:{CHANNEL}"]
    assert harness.rows("SELECT status FROM digests_sent") == [("failed",)]


# --- buttons and the message action ---------------------------------------------------------------


async def test_feedback_button_is_recorded_like_slack(harness: Harness) -> None:
    value = {"action": {"type": "Action.Execute", "verb": "feedback", "data": {"h": 1, "l": "en"}}}
    response = await harness.post(invoke(harness.fake, "adaptiveCard/action", value))
    assert response.status_code == 200
    body = response.json()
    assert body["statusCode"] == 200 and body["value"].startswith("Thanks, noted.")
    assert harness.rows("SELECT workspace, user_hash, helpful FROM feedback") == [
        (f"{TENANT}/", user_hash(), 1)
    ]


async def test_message_action_answers_in_a_task_module_then_posts(harness: Harness) -> None:
    payload = {"id": "1700000000001", "body": {"contentType": "html", "content": f"<p>{PLAN}</p>"}}
    value = {"commandId": "checkMessage", "commandContext": "message", "messagePayload": payload}
    response = await harness.post(invoke(harness.fake, "composeExtension/fetchTask", value))
    assert response.status_code == 200
    task = response.json()["task"]
    assert task["type"] == "continue" and task["value"]["title"] == "Vérifier avec le coach IA"
    card = task["value"]["card"]["content"]
    assert_valid_card(card)
    [post] = [a for a in card["actions"] if a["type"] == "Action.Submit"]
    assert post["title"] == "Publier dans la conversation"
    submit = {"commandId": "checkMessage", "commandContext": "message", "data": post["data"]}
    response = await harness.post(invoke(harness.fake, "composeExtension/submitAction", submit))
    result = response.json()["composeExtension"]
    assert result["type"] == "result"
    assert_valid_card(result["attachments"][0]["content"])
    assert harness.fake.sent() == []  # nothing posted by the bot: the person posts from the compose box
    await harness.settle()
    assert harness.rows("SELECT source, text FROM events") == [("shortcut", None)]


# --- security ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "claims",
    [
        {"alg": "none"},  # unsigned
        {"exp_in": -3600},  # expired (beyond the SDK's 5-minute leeway)
        {"aud": "someone-else"},  # another bot's token
        {"iss": "https://attacker.example"},  # wrong issuer
        {"key": "other"},  # signed by a key that is not in the JWKS
        {"serviceurl": "https://elsewhere.example/"},  # a token for another Bot Connector
    ],
    ids=["unsigned", "expired", "wrong-audience", "wrong-issuer", "wrong-key", "wrong-serviceurl"],
)
async def test_bad_tokens_get_401_and_nothing_happens(harness: Harness, claims: dict[str, Any]) -> None:
    if claims.get("key") == "other":
        claims = {"key": new_key()}
    response = await harness.post(personal_message(harness.fake, PLAN), token=harness.fake.sign(**claims))
    assert response.status_code == 401
    await harness.settle()
    assert harness.fake.sent() == [] and harness.fake.token_requests() == []
    assert harness.rows("SELECT count(*) FROM events") == [(0,)]


async def test_no_token_or_garbage_never_reaches_the_coach(harness: Harness) -> None:
    assert (await harness.post(personal_message(harness.fake, PLAN), token=None)).status_code == 401
    assert (await harness.post(personal_message(harness.fake, PLAN), token="not.a.jwt")).status_code == 401
    bad = await harness.http.post("/api/messages", content=b"{nope", headers={"Authorization": "Bearer x"})
    assert bad.status_code == 400
    assert harness.fake.sent() == []


async def test_the_sdk_environment_switch_cannot_turn_validation_off(
    coach: Coach, fake: FakeMicrosoft, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS is the SDK's own switch: the app passes False."""
    monkeypatch.setenv("DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS", "true")
    db_url = f"sqlite:///{tmp_path / 'env.db'}"
    settings = make_settings(
        db_url, None, teams_app_id=APP_ID, teams_app_password=APP_PASSWORD, teams_tenant_id=TENANT
    )
    services = Services(coach=coach, store=UsageStore.from_url(db_url), configured_user_key=USER_KEY)
    app = create_app(settings, services=services, teams_cloud=fake.cloud())
    async with serve(app) as url, httpx.AsyncClient(base_url=url) as http:
        response = await http.post("/api/messages", json=personal_message(fake, PLAN))
    assert response.status_code == 401 and fake.sent() == []


async def test_the_app_is_off_without_its_settings(
    coach: Coach, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db_url = f"sqlite:///{tmp_path / 'off.db'}"
    services = Services(coach=coach, store=UsageStore.from_url(db_url), configured_user_key=USER_KEY)
    with caplog.at_level(logging.INFO, logger="bot.server"):
        app = create_app(make_settings(db_url, None, teams_app_id=APP_ID), services=services)
    assert "Teams app is off" in caplog.text
    async with serve(app) as url, httpx.AsyncClient(base_url=url) as http:
        assert (await http.post("/api/messages", json={})).status_code in (404, 405)
