"""The playground's closest topics without a browser: `/api/check` offers them, `GET /api/topic`
shows one (the same JSON), and the page carries what its script needs to show them (labels, CSP)."""

from __future__ import annotations

import json

import pytest

from bot.coach.engine import Coach
from tests.integration.conftest import Start
from tests.support.unsure import UnsureCoach

UNSURE_EN = "Is Gemini any good for our AI stuff? Just wondering in general."


async def test_check_offers_topics_and_api_topic_shows_each_in_the_answers_language(
    start: Start, coach: Coach
) -> None:
    async with start(slack=False, assessor=UnsureCoach(coach)) as h:
        checked = (await h.http.post("/api/check", json={"text": UNSURE_EN})).json()
        assert checked["findings"] == [] and 2 <= len(checked["suggestions"]) <= 3
        for s in checked["suggestions"]:
            response = await h.http.get("/api/topic", params={"card": s["card"], "lang": "en"})
            assert response.status_code == 200
            body = response.json()
            assert set(body) == {"language", "findings", "footprint", "answer"}
            (finding,) = body["findings"]
            assert finding["title"] == s["title"] and finding["cards"] == [s["card"]]
            assert finding["sources"] and all(x["url"].startswith("https://") for x in finding["sources"])
        french = (await h.http.get("/api/topic", params={"card": "footprint/water", "lang": "fr"})).json()
        card = coach.kb.card("footprint/water", "fr")
        assert card is not None and french["findings"][0]["title"] == card.title
        default = (await h.http.get("/api/topic", params={"card": "footprint/water"})).json()
        assert default["language"] == "fr"  # the service's default language
        await h.settle()
        assert h.rows("SELECT id FROM events") == []  # the playground records nothing


@pytest.mark.parametrize(
    ("query", "status", "word"),
    [
        ("", 400, '"card"'),
        ("?card=", 400, '"card"'),
        ("?card=footprint/water&lang=de", 400, '"lang"'),
        ("?card=footprint/nope", 404, "unknown topic"),
        ("?card=%3Cscript%3Ealert(1)%3C/script%3E", 404, "unknown topic"),
        ("?card=../../etc/passwd", 404, "unknown topic"),
    ],
)
async def test_api_topic_refuses_bad_input_with_a_clear_json_error(
    start: Start, query: str, status: int, word: str
) -> None:
    async with start(slack=False) as h:
        response = await h.http.get(f"/api/topic{query}")
        assert response.status_code == status and word in response.json()["error"]
        assert "<script>" not in response.text  # nothing asked for is echoed back
        assert (await h.http.post(f"/api/topic{query}")).status_code == 405


async def test_the_page_carries_the_topic_labels_in_both_languages(start: Start) -> None:
    async with start(slack=False) as h:
        page = (await h.http.get("/")).text
    raw = page.split('<script type="application/json" id="labels">', 1)[1].split("</script>", 1)[0]
    labels = json.loads(raw)
    assert labels["fr"]["ui.topics"] == "Sujets les plus proches"
    assert labels["en"]["ui.topics"] == "Closest topics"
    assert "knowledge base" in labels["en"]["ui.topic_unknown"]
    assert 'fetch("api/topic?"' in page and "innerHTML" not in page
