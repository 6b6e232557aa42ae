"""`@ai-coach label …` through the Teams outgoing webhook: HMAC-signed, answered with a valid card."""

from __future__ import annotations

from tests.teams.conftest import TeamsApp
from tests.teams.support import activity, assert_valid_card, encode, links, signed, texts
from tests.teams.test_endpoint import card_of


async def test_label_is_answered_with_a_card(app: TeamsApp) -> None:
    body = encode(activity("<at>ai-coach</at> label tiktok video", locale="en-US"))
    response = await app.post(body, signed(body))
    assert response.status_code == 200
    card = card_of(response.json())
    shown = texts(card)
    assert card["lang"] == "en" and shown[0] == "Labelling AI content: TikTok, video"
    assert shown[1] == "⛔ Yes: you must label it." and "AI-generated video" in shown
    assert any(u.startswith("https://newsroom.tiktok.com/") for u in links(card))
    assert await app.events() == []  # nothing recorded


async def test_label_in_french_and_unknown_medium(app: TeamsApp) -> None:
    body = encode(activity("<at>ai-coach</at> label affiche photo retouchée", locale="fr-FR"))
    card = card_of((await app.post(body, signed(body))).json())
    assert "Photographie retouchée" in texts(card)
    body = encode(activity("<at>ai-coach</at> label tiktok gif", locale="fr-FR"))
    card = card_of((await app.post(body, signed(body))).json())
    assert_valid_card(card)
    assert "• video · vidéo" in texts(card)


async def test_label_is_refused_without_a_valid_signature(app: TeamsApp) -> None:
    body = encode(activity("<at>ai-coach</at> label tiktok video"))
    response = await app.post(body, {"Authorization": "HMAC bm9wZQ==", "Content-Type": "application/json"})
    assert response.status_code == 401


async def test_help_card_mentions_label(app: TeamsApp) -> None:
    body = encode(activity("<at>ai-coach</at> help", locale="en-US"))
    card = card_of((await app.post(body, signed(body))).json())
    assert any("label tiktok video" in x for x in texts(card))
