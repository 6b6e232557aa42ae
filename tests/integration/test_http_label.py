"""`GET /api/label` and the playground's `label …` through the real Starlette app."""

from __future__ import annotations

import pytest

from tests.integration.conftest import Start


async def test_api_label_answers_json(start: Start) -> None:
    async with start(slack=False) as h:
        response = await h.http.get("/api/label", params={"where": "tiktok", "what": "video", "lang": "en"})
        assert response.status_code == 200
        data = response.json()
        assert (data["place"], data["medium"], data["must"]) == ("tiktok", "video", "required")
        assert data["mention"] == "AI-generated video" and data["language"] == "en"
        free = (await h.http.get("/api/label", params={"q": "instagram image retouchée partenariat"})).json()
        assert free["mention"] == "Publicité · Images retouchées" and free["language"] == "fr"
        await h.settle()
        assert h.rows("SELECT id FROM events") == []


@pytest.mark.parametrize(
    ("params", "status", "key"),
    [
        ({"where": "myspace"}, 404, "known"),
        ({"where": "tiktok", "what": "gif"}, 404, "known"),
        ({}, 400, "error"),
        ({"where": "tiktok", "lang": "de"}, 400, "error"),
    ],
)
async def test_api_label_bad_input_is_answered_politely(
    start: Start, params: dict[str, str], status: int, key: str
) -> None:
    async with start(slack=False) as h:
        response = await h.http.get("/api/label", params=params)
        assert response.status_code == status and key in response.json()


async def test_playground_page_carries_the_label_script(start: Start) -> None:
    async with start(slack=False) as h:
        page = (await h.http.get("/", headers={"Accept-Language": "en"})).text
        assert "window.aiCoachLabel" in page and "api/label?" in page
        assert '"label.must.required": "Yes: you must label it."' in page
