"""The charter on every surface, through the real apps: signed `/ai-check` requests to the ASGI app
under uvicorn with the loopback Slack fake (answer, `charter`, App Home), the Teams outgoing webhook
(signed), and `/api/check` (the playground's API). With and without a charter."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from bot.coach.engine import Coach
from bot.server import create_app
from bot.services import Services
from bot.teams.endpoint import teams_routes
from bot.usage.store import UsageStore
from tests.integration.conftest import USER, Harness, Start, make_settings, serve
from tests.integration.test_slack_command import texts
from tests.support.fake_slack import FakeSlack, Scripted
from tests.teams.support import KEY, USER_KEY, activity, assert_valid_card, encode, signed
from tests.teams.support import texts as card_texts

MIDJOURNEY_FR = "On va générer 30 visuels avec Midjourney pour Instagram"


def locale(fake: FakeSlack, value: str) -> None:
    fake.script("users.info", Scripted(200, {"ok": True, "user": {"id": USER, "locale": value}}))


async def test_slack_check_shows_the_charter_point_first(harness: Harness) -> None:
    body = (await harness.command(MIDJOURNEY_FR)).json()
    content = texts(body["blocks"])
    assert body["blocks"][0]["text"]["text"] == "⚠️ Utilisez Adobe Firefly plutôt que Midjourney"
    assert "Midjourney n'est pas autorisé ici — utilisez Adobe Firefly" in content
    assert "Visuel créé avec l'aide de l'IA" in content  # the house wording in the transparency point
    assert content.index("Midjourney n'est pas autorisé") < content.index("Étiquetez")


async def test_slack_check_records_the_plan_the_charter_names_never_the_text(harness: Harness) -> None:
    await harness.command("Je vais résumer nos notes de réunion avec ChatGPT gratuit")
    await harness.settle()
    tags = harness.rows("SELECT kind, value FROM event_tags WHERE kind IN ('plan', 'tool') ORDER BY kind")
    assert tags == [("plan", "chatgpt/free"), ("tool", "chatgpt")]
    assert harness.rows("SELECT text FROM events") == [(None,)]


async def test_slack_charter_command_in_the_persons_language(harness: Harness) -> None:
    locale(harness.fake, "en-GB")
    body = (await harness.command("charter")).json()
    assert body["response_type"] == "ephemeral"
    content = texts(body["blocks"])
    assert body["blocks"][0]["text"]["text"] == "Maison Auréa: AI charter"
    assert "• Adobe Firefly" in content and "• Midjourney → use Adobe Firefly" in content
    assert "1. Approved tools only" in content and "3. Every published visual" in content
    assert "4." not in content  # three rules, no more
    french = (await harness.command("charte")).json()
    assert "Outils autorisés" in texts(french["blocks"])
    assert harness.rows("SELECT id FROM events") == []  # showing the charter records nothing


async def test_slack_without_a_charter_says_how_to_add_one(start: Start, plain: Coach) -> None:
    async with start(assessor=plain) as h:
        locale(h.fake, "fr-FR")
        body = (await h.command("charter")).json()
        assert texts(body["blocks"]).startswith("Aucune charte IA n'est configurée ici")
        assert "COACH_CHARTER" in texts(body["blocks"])
        answer = (await h.command(MIDJOURNEY_FR)).json()
        assert "Midjourney n'est pas autorisé" not in texts(answer["blocks"])


async def test_app_home_shows_the_charter(harness: Harness) -> None:
    locale(harness.fake, "en-US")
    await harness.event(
        {"type": "app_home_opened", "user": USER, "channel": "D0HOME", "tab": "home"}, "Ev0HOME"
    )
    (call,) = await harness.wait_calls("views.publish")
    blocks = call.body["view"]["blocks"]
    content = texts(blocks)
    assert "Your organisation's AI charter" in content and "• Adobe Firefly" in content
    assert "1. Approved tools only" in content
    assert [b["type"] for b in blocks].count("header") == 1
    assert blocks[-1]["type"] == "context"  # the privacy line stays last


@pytest.fixture
async def teams(charted: Coach, plain: Coach, tmp_path: Any) -> AsyncIterator[dict[str, httpx.AsyncClient]]:
    store = UsageStore.from_url(f"sqlite:///{tmp_path / 'teams.db'}")
    clients = {}
    for name, coach in (("charter", charted), ("plain", plain)):
        services = Services(coach=coach, store=store, default_lang="fr", user_key=USER_KEY)
        app = Starlette(routes=teams_routes(services, secret=KEY))
        clients[name] = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="https://c.example"
        )
    yield clients
    for client in clients.values():
        await client.aclose()


async def _teams(client: httpx.AsyncClient, text: str, lang: str = "fr-FR") -> dict[str, Any]:
    body = encode(activity(f"<at>ai-coach</at> {text}", locale=lang))
    response = await client.post("/teams/messages", content=body, headers=signed(body))
    assert response.status_code == 200
    card: dict[str, Any] = response.json()["attachments"][0]["content"]
    assert_valid_card(card)
    return card


async def test_teams_answers_and_charter_word(teams: dict[str, httpx.AsyncClient]) -> None:
    shown = " ".join(card_texts(await _teams(teams["charter"], MIDJOURNEY_FR)))
    assert "Midjourney n'est pas autorisé ici — utilisez Adobe Firefly" in shown
    charter = " ".join(card_texts(await _teams(teams["charter"], "charter", "en-US")))
    assert "Maison Auréa: AI charter" in charter and "• Adobe Firefly" in charter
    none = " ".join(card_texts(await _teams(teams["plain"], "charte")))
    assert none.startswith("Aucune charte IA n'est configurée ici")
    plain = " ".join(card_texts(await _teams(teams["plain"], MIDJOURNEY_FR)))
    assert "n'est pas autorisé" not in plain


async def test_api_check_marks_charter_findings_and_answers_charter(charted: Coach, tmp_path: Any) -> None:
    settings = make_settings(f"sqlite:///{tmp_path / 'api.db'}", None)
    services = Services(
        coach=charted, store=UsageStore.from_url(settings.database_url), configured_user_key="k"
    )
    async with serve(create_app(settings, services=services)) as url, httpx.AsyncClient(base_url=url) as http:
        data = (await http.post("/api/check", json={"text": MIDJOURNEY_FR})).json()
        assert data["findings"][0]["origin"] == "charter"
        assert data["findings"][0]["sources"][0]["url"] == "https://intranet.aurea.example/charte-ia"
        assert sum(1 for f in data["findings"] if "origin" in f) == 1
        shown = (await http.post("/api/check", json={"text": "charter", "lang": "en"})).json()
        assert shown["findings"] == [] and shown["answer"].startswith("Maison Auréa: AI charter\n")
        page = await http.get("/")
        assert "white-space:pre-line" in page.text  # the playground keeps the charter's lines
