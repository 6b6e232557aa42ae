"""The Teams app's Share button (bot.render.adaptive_share): a channel picker in a ShowCard, an
Action.Execute that carries the text back, the updated card, and what a click's data may hold."""

from __future__ import annotations

from typing import Any

import pytest

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.render.adaptive_app import app_answer_card
from bot.render.adaptive_kit import MAX_CARD_BYTES, card_size
from bot.render.adaptive_share import (
    CHANNEL_INPUT,
    VERB_SHARE,
    ShareChoice,
    ShareRequest,
    card_response,
    channel_label,
    share_request,
    shared_card,
    with_share,
)
from bot.render.view import answer_view
from tests.teams.support import assert_valid_card, texts

PLAN = "On va générer 30 visuels avec Midjourney pour Instagram"
CHOICES = [
    ShareChoice("19:a@thread.tacv2", "Marketing › Général"),
    ShareChoice("19:b@thread.tacv2", "Com › Social"),
]


@pytest.fixture(scope="module")
def coach() -> Coach:
    return build_coach()


def share_of(card: dict[str, Any]) -> Any:
    [share] = [a for a in card["actions"] if a["type"] == "Action.ShowCard"]
    return share


def test_share_is_a_channel_picker_then_an_execute_carrying_the_text(coach: Coach) -> None:
    card = with_share(app_answer_card(answer_view(coach.assess(PLAN))), "fr", PLAN, CHOICES)
    assert_valid_card(card)
    share = share_of(card)
    assert share["title"] == "Partager avec l'équipe"
    inner = share["card"]
    [picker, what] = inner["body"]
    assert picker["type"] == "Input.ChoiceSet" and picker["id"] == CHANNEL_INPUT and picker["isRequired"]
    assert picker["choices"] == [{"title": c.label, "value": c.channel} for c in CHOICES]
    assert "value" not in picker  # two channels: the person picks one
    assert texts(what) == ["Le canal ne voit que cette réponse\u202f: ni votre message ni votre nom."]
    [send] = inner["actions"]
    assert send == {
        "type": "Action.Execute",
        "title": "Partager",
        "verb": VERB_SHARE,
        "data": {"l": "fr", "t": PLAN},
    }
    # the feedback buttons are still there, before Share
    assert [a["type"] for a in card["actions"]] == ["Action.Execute", "Action.Execute", "Action.ShowCard"]


def test_one_channel_is_preselected_and_english_is_english(coach: Coach) -> None:
    text = "We'll make a 20-second video with Sora"
    card = with_share(app_answer_card(answer_view(coach.assess(text))), "en", text, CHOICES[:1])
    share = share_of(card)
    assert share["title"] == "Share with the team"
    assert share["card"]["body"][0]["value"] == CHOICES[0].channel


def test_no_channel_or_no_room_means_no_share(coach: Coach) -> None:
    card = app_answer_card(answer_view(coach.assess(PLAN)))
    assert with_share(card, "fr", PLAN, []) == card
    long_text = "Générer des visuels avec Midjourney « pour » Instagram. " * 400  # ~22 KB, escaped more
    assert with_share(card, "fr", long_text, CHOICES) == card
    assert card_size(with_share(card, "fr", PLAN * 20, CHOICES)) <= MAX_CARD_BYTES


def test_channel_labels() -> None:
    assert channel_label("Marketing", "Campagnes", False, "fr") == "Marketing › Campagnes"
    assert channel_label("Marketing", None, True, "fr") == "Marketing › Général"
    assert channel_label("Marketing", None, True, "en") == "Marketing › General"
    assert channel_label(None, None, False, "en") == "Team › a channel"
    assert len(channel_label("x" * 300, "y", False, "en")) <= 100


@pytest.mark.parametrize(
    "data",
    [
        None,
        "x",
        {"l": "fr", "t": PLAN},  # no channel picked
        {"l": "de", "t": PLAN, "ch": "19:a"},
        {"l": "fr", "t": "  ", "ch": "19:a"},
        {"l": "fr", "t": PLAN, "ch": 3},
        {"l": "fr", "t": PLAN, "ch": "19:" + "a" * 300},
    ],
)
def test_unreadable_share_data_is_refused(data: object) -> None:
    assert share_request(data) is None


def test_share_request_reads_the_merged_input() -> None:
    assert share_request({"l": "en", "t": "text", "ch": "19:a"}) == ShareRequest("en", "text", "19:a")


def test_shared_card_says_where_under_the_title(coach: Coach) -> None:
    card = shared_card(app_answer_card(answer_view(coach.assess(PLAN))), "fr", "Marketing › Général")
    assert_valid_card(card)
    assert texts(card)[1] == "✅ Partagé dans Marketing › Général"
    response = card_response(card)
    assert response["statusCode"] == 200 and response["type"] == "application/vnd.microsoft.card.adaptive"
    assert response["value"] is card
