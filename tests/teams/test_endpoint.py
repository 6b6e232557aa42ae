"""`POST /teams/messages` through the real ASGI app, a real SQLite store and signed bodies."""

from __future__ import annotations

import json
import logging
import time

import pytest

from bot.coach.model import Assessment
from bot.coach.text import MAX_CHARS
from bot.render.adaptive import CONTENT_TYPE
from bot.teams.auth import sign
from bot.teams.endpoint import MAX_BODY_BYTES, plain_text, sender_of
from bot.usage.privacy import hash_user
from tests.teams.conftest import MakeApp, TeamsApp
from tests.teams.support import (
    AAD_USER,
    CHANNEL,
    KEY,
    TEAM,
    TENANT,
    USER_KEY,
    activity,
    assert_valid_card,
    encode,
    links,
    signed,
    texts,
)

MIDJOURNEY_FR = "<at>ai-coach</at> On va générer 30 visuels avec Midjourney pour Instagram"


def card_of(response_json: dict[str, object]) -> dict[str, object]:
    assert response_json["type"] == "message"
    attachments = response_json["attachments"]
    assert isinstance(attachments, list) and len(attachments) == 1
    assert attachments[0]["contentType"] == CONTENT_TYPE
    card = attachments[0]["content"]
    assert_valid_card(card)
    return card  # type: ignore[no-any-return]


async def test_signed_check_answers_with_a_card_and_records_the_event(app: TeamsApp) -> None:
    body = encode(activity(MIDJOURNEY_FR, locale="en-US"))
    response = await app.post(body, signed(body))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    card = card_of(response.json())
    assert card["lang"] == "fr"  # the text is French, whatever the locale
    shown = " ".join(texts(card))
    for word in ("Biais", "Transparence", "Empreinte", "Wh", "Sources"):
        assert word in shown
    assert all(u.startswith("https://") for u in links(card)) and links(card)
    assert "ai-coach" not in card["fallbackText"]  # type: ignore[operator]

    [event] = await app.events()
    assert event["platform"] == "teams" and event["source"] == "teams"
    assert event["workspace"] == f"{TENANT}/{TEAM}" and event["channel"] == CHANNEL
    assert event["user_hash"] == hash_user(USER_KEY, "teams", TENANT, AAD_USER)
    assert AAD_USER not in json.dumps(event, default=str)
    assert event["text"] is None and event["language"] == "fr" and event["quantity"] == 30


async def test_english_text_and_language_from_locale_when_text_gives_no_cue(app: TeamsApp) -> None:
    body = encode(activity("<at>ai-coach</at> How much water does a prompt use?", locale="fr-FR"))
    card = card_of((await app.post(body, signed(body))).json())
    assert card["lang"] == "en"
    body = encode(activity("<at>ai-coach</at> Midjourney 30", locale="en-GB"))
    assert card_of((await app.post(body, signed(body))).json())["lang"] == "en"
    body = encode(activity("<at>ai-coach</at> Midjourney 30", locale=None, entities=[]))
    assert card_of((await app.post(body, signed(body))).json())["lang"] == "fr"  # default_lang


async def test_locale_from_client_info_entity(app: TeamsApp) -> None:
    data = activity("<at>ai-coach</at> Midjourney 30", locale=None)
    data["entities"] = [{"type": "clientInfo", "locale": "en-US"}]
    body = encode(data)
    assert card_of((await app.post(body, signed(body))).json())["lang"] == "en"


@pytest.mark.parametrize(
    ("text", "locale", "lang"),
    [
        ("<at>ai-coach</at> help", "en-US", "en"),
        ("<at>ai-coach</at>&nbsp;help", "fr-FR", "fr"),
        ("<at>ai-coach</at> aide", "en-US", "fr"),
        ("<at>ai-coach</at>", "en-US", "en"),  # nothing but the mention: the help
        ("", "fr-FR", "fr"),
        ("<at>ai-coach</at> <p>&nbsp;</p>", "en-US", "en"),
    ],
)
async def test_help_and_empty_text_give_the_help_card(
    app: TeamsApp, text: str, locale: str, lang: str
) -> None:
    body = encode(activity(text, locale=locale))
    response = await app.post(body, signed(body))
    assert response.status_code == 200
    card = card_of(response.json())
    assert card["lang"] == lang
    assert sum("@ai-coach" in x for x in texts(card)) >= 4  # the examples
    assert await app.events() == []  # a help is not a check


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": ""},
        {"Authorization": "HMAC "},
        {"Authorization": "HMAC AAAA"},
        {"Authorization": "Bearer abc"},
    ],
)
async def test_missing_or_wrong_signature_is_401_and_nothing_is_recorded(
    app: TeamsApp, headers: dict[str, str]
) -> None:
    body = encode(activity(MIDJOURNEY_FR))
    response = await app.post(body, headers)
    assert response.status_code == 401
    assert "attachments" not in response.json()
    assert await app.events() == []


async def test_signature_of_another_key_or_body_is_401(app: TeamsApp) -> None:
    body = encode(activity(MIDJOURNEY_FR))
    assert (await app.post(body, signed(body, key=b"another key"))).status_code == 401
    other = encode(activity("something else"))
    assert (await app.post(body, {"Authorization": sign(KEY, other)})).status_code == 401
    assert await app.events() == []


async def test_teams_off_answers_401_and_says_so_once(
    make_app: MakeApp, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="bot.teams"):
        app = make_app(secret=None)
        for _ in range(3):
            body = encode(activity(MIDJOURNEY_FR))
            assert (await app.post(body, signed(body))).status_code == 401
    off = [r for r in caplog.records if "Teams is off" in r.getMessage()]
    assert len(off) == 1 and "TEAMS_WEBHOOK_SECRET" in off[0].getMessage()
    assert await app.events() == []


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"", b"[1, 2, 3]", b'"text"', b"\xff\xfe\x00garbage", b"[" * 100_000 + b"]" * 100_000],
)
async def test_unreadable_json_is_400_with_a_plain_message(app: TeamsApp, body: bytes) -> None:
    response = await app.post(body, signed(body))
    assert response.status_code == 400
    data = response.json()
    assert data["type"] == "message" and data["text"] and "attachments" not in data


@pytest.mark.parametrize(
    "text",
    [
        "<at>ai-coach</at> " + "On va générer 30 visuels avec Midjourney pour Instagram. " * 3_000,
        "<at>ai-coach</at> <script>alert(1)</script> **b** [x](javascript:alert(1)) <at>Jane</at> @channel",
        "<at>ai-coach</at> \x00\x01\x1b[31m\u202e\ufeff 🤖" * 50,
        "<at>ai-coach</at> " + "<b>" * 20_000,
        "<at>ai-coach</at> &lt;at&gt;x&lt;/at&gt; &amp;&#x27;&#0; &bogus;",
    ],
)
async def test_huge_or_hostile_text_gets_a_proper_card(app: TeamsApp, text: str) -> None:
    body = encode(activity(text))
    started = time.perf_counter()
    response = await app.post(body, signed(body))
    assert time.perf_counter() - started < 2.0  # far inside Teams' 5 seconds
    assert response.status_code == 200
    card_of(response.json())


async def test_long_text_says_only_its_beginning_was_checked(app: TeamsApp) -> None:
    text = "On va générer 30 visuels avec Midjourney pour Instagram. " * (MAX_CHARS // 40)
    body = encode(activity(text, locale="fr-FR"))
    card = card_of((await app.post(body, signed(body))).json())
    assert any("début" in x for x in texts(card))


async def test_hostile_fields_do_not_break_recording(app: TeamsApp) -> None:
    data = activity(MIDJOURNEY_FR, channelData={"tenant": {"id": "t" * 5_000}, "team": ["not", "a", "dict"]})
    data["from"] = "not a dict"
    data["conversation"] = {"id": 42}
    body = encode(data)
    assert (await app.post(body, signed(body))).status_code == 200
    [event] = await app.events()
    assert len(event["workspace"]) <= 255 and event["channel"] == ""


async def test_non_string_text_gets_the_help(app: TeamsApp) -> None:
    body = encode(activity("x") | {"text": {"nested": True}})
    response = await app.post(body, signed(body))
    assert response.status_code == 200
    card_of(response.json())


async def test_oversized_body_is_refused_without_a_500(app: TeamsApp) -> None:
    body = b'{"text": "' + b"a" * (MAX_BODY_BYTES + 10) + b'"}'
    response = await app.post(body, signed(body))
    assert response.status_code == 413
    assert "attachments" not in response.json()
    assert await app.events() == []


class Broken:
    def assess(self, text: str, lang: str | None = None) -> Assessment:
        raise RuntimeError("the coach fell over")

    def topic(self, card_id: str, lang: str | None = None) -> Assessment | None:
        raise RuntimeError("the coach fell over")


async def test_a_failing_coach_gives_an_apology_not_a_500(
    make_app: MakeApp, caplog: pytest.LogCaptureFixture
) -> None:
    app = make_app(assessor=Broken())
    body = encode(activity("<at>ai-coach</at> We'll make a 20-second product video with Sora"))
    with caplog.at_level(logging.ERROR, logger="bot.teams"):
        response = await app.post(body, signed(body))
    assert response.status_code == 200
    assert "Sorry" in response.json()["text"] and "attachments" not in response.json()
    assert any("could not be answered" in r.getMessage() for r in caplog.records)
    assert await app.events() == []


async def test_get_is_not_allowed(app: TeamsApp) -> None:
    assert (await app.client.get("/teams/messages")).status_code == 405


def test_plain_text_strips_mentions_tags_and_entities() -> None:
    raw = "<at>ai-coach</at>&nbsp;On va <b>générer</b> 30&nbsp;visuels<br>pour <at id='1'>Jane</at> &amp; co"
    assert plain_text(raw) == "On va générer 30 visuels\npour & co"
    assert plain_text("<AT>Coach</AT> <div><p>hi</p></div>") == "hi"
    assert plain_text("a &lt; b and c &gt; d") == "a < b and c > d"  # Teams sends typed "<" escaped


def test_sender_falls_back_to_conversation_and_user_id() -> None:
    data = activity(
        "x", channelData={}, conversation={"id": "19:c@thread.skype;messageid=1", "tenantId": "T"}
    )
    data["from"] = {"id": "29:abc"}
    s = sender_of(data)
    assert (s.tenant, s.workspace, s.channel, s.user_id) == ("T", "T/", "19:c@thread.skype", "29:abc")


@pytest.mark.parametrize(("words", "expected"), [("forget me", "erased"), ("oublie-moi", "effacés")])
async def test_forget_me_erases_the_persons_events(app: TeamsApp, words: str, expected: str) -> None:
    body = encode(activity(MIDJOURNEY_FR))
    assert (await app.post(body, signed(body))).status_code == 200
    await app.store.start()
    forget = encode(activity(f"<at>ai-coach</at> {words}"))
    response = await app.post(forget, signed(forget))
    assert response.status_code == 200
    assert expected in response.json()["text"] and "1" in response.json()["text"]
    assert await app.events() == []
