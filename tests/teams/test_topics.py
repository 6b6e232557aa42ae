"""The closest topics in Teams, through the real endpoint: buttons that open each topic in the card."""

from __future__ import annotations

from bot.coach.engine import Coach
from tests.support.unsure import UnsureCoach
from tests.teams.conftest import MakeApp, TeamsApp
from tests.teams.support import activity, encode, links, signed, texts
from tests.teams.test_endpoint import card_of

UNSURE_EN = "<at>ai-coach</at> Is Gemini any good for our AI stuff? Just wondering in general."
UNSURE_FR = "<at>ai-coach</at> Est-ce que Gemini est bien pour nos trucs IA ?"


async def test_an_unsure_answer_offers_each_topic_as_a_button_that_opens_it(
    make_app: MakeApp, coach: Coach
) -> None:
    unsure = UnsureCoach(coach)
    app = make_app(assessor=unsure)
    body = encode(activity(UNSURE_EN, locale="fr-FR"))
    card = card_of((await app.post(body, signed(body))).json())  # schema 1.5, size checked there
    suggestions = unsure.suggestions("en")
    assert card["lang"] == "en" and "not sure" in " ".join(texts(card["body"]))
    actions = card["actions"]
    assert isinstance(actions, list) and len(actions) == len(suggestions) >= 2
    assert [a["type"] for a in actions] == ["Action.ShowCard"] * len(actions)
    assert [a["title"] for a in actions] == [s.title for s in suggestions]
    for action, s in zip(actions, suggestions, strict=True):
        topic = coach.kb.card(s.card, "en")
        assert topic is not None
        shown = " ".join(texts(action["card"]))
        assert topic.title in shown and topic.summary in shown
        assert links(action["card"]) and all(u.startswith("https://") for u in links(action["card"]))
    assert not any(s.title in texts(card["body"]) for s in suggestions)  # buttons, not also lines
    assert (await app.events())[0]["source"] == "teams"  # the check is counted, as any other


async def test_french_topics_are_in_french(make_app: MakeApp, coach: Coach) -> None:
    unsure = UnsureCoach(coach)
    app = make_app(assessor=unsure)
    body = encode(activity(UNSURE_FR, locale="en-US"))
    card = card_of((await app.post(body, signed(body))).json())
    assert "Sujets les plus proches" in texts(card["body"])
    first = unsure.suggestions("fr")[0]
    assert card["actions"][0]["title"] == first.title  # type: ignore[index]


async def test_a_confident_answer_has_no_topic_buttons(app: TeamsApp) -> None:
    body = encode(activity("<at>ai-coach</at> How much water does a prompt use?"))
    card = card_of((await app.post(body, signed(body))).json())
    assert "actions" not in card
