"""The Teams app's cards and invoke responses (bot.render.adaptive_app): plain dicts, valid Adaptive
Cards 1.5, feedback buttons that call back, the message action's task module and its Post button."""

from __future__ import annotations

import json

import pytest

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.render.adaptive_app import (
    POST_KEY,
    app_answer_card,
    app_help_card,
    compose_result,
    feedback_response,
    submitted,
    task_answer,
)
from bot.render.view import answer_view
from tests.teams.support import assert_valid_card, texts

PLAN = "On va générer 30 visuels avec Midjourney pour Instagram"


@pytest.fixture(scope="module")
def coach() -> Coach:
    return build_coach()


def test_answer_card_has_feedback_buttons_that_call_back(coach: Coach) -> None:
    card = app_answer_card(answer_view(coach.assess(PLAN)))
    assert_valid_card(card)
    execute = [a for a in card["actions"] if a["type"] == "Action.Execute"]
    assert [a["data"] for a in execute] == [{"h": 1, "l": "fr"}, {"h": 0, "l": "fr"}]
    assert [a["title"] for a in execute] == ["👍 Utile", "👎 Pas utile"]
    assert all(a["verb"] == "feedback" for a in execute)


def test_nothing_to_rate_means_no_feedback_buttons(coach: Coach) -> None:
    view = answer_view(coach.assess("Quelle heure est-il à Tokyo ?"))
    if view.point_count:
        pytest.skip("the coach found something to say")
    card = app_answer_card(view)
    assert not [a for a in card.get("actions", []) if a["type"] == "Action.Execute"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_help_card_in_both_languages(lang: str) -> None:
    card = app_help_card(lang)
    assert_valid_card(card)
    said = " ".join(texts(card))
    assert ("Vérifier avec le coach IA" if lang == "fr" else "Check with AI coach") in said
    assert "/ai-check" not in said  # there is no slash command in Teams


def test_task_module_carries_the_text_back_only_in_its_post_button(coach: Coach) -> None:
    card = app_answer_card(answer_view(coach.assess(PLAN)))
    task = task_answer(card, "fr", PLAN)["task"]
    assert task["type"] == "continue"
    inner = task["value"]["card"]["content"]
    assert_valid_card(inner)
    [post] = [a for a in inner["actions"] if a["type"] == "Action.Submit"]
    assert post["data"] == {POST_KEY: 1, "l": "fr", "t": PLAN}
    assert submitted(post["data"]) == ("fr", PLAN)
    assert "actions" not in card or all(a["type"] != "Action.Submit" for a in card["actions"])


@pytest.mark.parametrize(
    "data", [None, "x", {}, {POST_KEY: 1, "l": "de", "t": "x"}, {POST_KEY: 1, "l": "fr", "t": 3}, {"t": "x"}]
)
def test_foreign_or_broken_submit_data_is_refused(data: object) -> None:
    assert submitted(data) is None


def test_compose_result_and_feedback_response_shapes(coach: Coach) -> None:
    card = app_answer_card(answer_view(coach.assess(PLAN)), feedback=False)
    result = compose_result(card)["composeExtension"]
    assert result["type"] == "result" and result["attachments"][0]["content"] is card
    thanks = feedback_response("en")
    assert thanks["statusCode"] == 200 and thanks["type"] == "application/vnd.microsoft.activity.message"
    assert json.dumps(thanks)  # plain JSON, no SDK model
