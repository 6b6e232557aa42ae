"""Helpers shared by the Teams and Adaptive Card tests: the card schema, signing, sample activities."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs in the test extras

from bot.teams.auth import sign

REPO = Path(__file__).resolve().parents[2]
SHARED_SCHEMA = REPO.parent / "shared" / "schemas" / "adaptive-card-1.5.json"
LOCAL_SCHEMA = REPO / "tests" / "data" / "adaptive-card-1.5.json"
TEAMS_LIMIT_BYTES = 28 * 1024

KEY = b"0123456789abcdef0123456789abcdef"
USER_KEY = b"user-hash-key-for-tests"
TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
TEAM = "19:team0123456789abcdef@thread.skype"
CHANNEL = "19:channel0123456789abcdef@thread.skype"
USER = "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw"
AAD_USER = "00000000-1111-2222-3333-444455556666"


@cache
def card_validator() -> jsonschema.Draft6Validator:
    """The Adaptive Card 1.5 schema from ../shared/schemas, or the copy in tests/data."""
    path = SHARED_SCHEMA if SHARED_SCHEMA.is_file() else LOCAL_SCHEMA
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft6Validator.check_schema(schema)
    return jsonschema.Draft6Validator(schema)


def assert_valid_card(card: dict[str, Any]) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message[:300]}" for e in card_validator().iter_errors(card)]
    assert not errors, "\n".join(errors)
    assert card["version"] <= "1.5"
    assert wire_size(card) < TEAMS_LIMIT_BYTES


def wire_size(data: object) -> int:
    return len(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def texts(node: object) -> list[str]:
    """Every `text` of every TextRun / TextBlock in a card, in order."""
    out: list[str] = []
    if isinstance(node, dict):
        if node.get("type") in ("TextRun", "TextBlock") and isinstance(node.get("text"), str):
            out.append(node["text"])
        for value in node.values():
            out += texts(value)
    elif isinstance(node, list):
        for item in node:
            out += texts(item)
    return out


def links(node: object) -> list[str]:
    """Every Action.OpenUrl URL in a card."""
    out: list[str] = []
    if isinstance(node, dict):
        if node.get("type") == "Action.OpenUrl":
            out.append(node["url"])
        for value in node.values():
            out += links(value)
    elif isinstance(node, list):
        for item in node:
            out += links(item)
    return out


def activity(text: str, *, locale: str | None = "en-US", **extra: Any) -> dict[str, Any]:
    """An outgoing-webhook activity as Teams sends it (mention included in `text`)."""
    data: dict[str, Any] = {
        "type": "message",
        "id": "1485983408511",
        "timestamp": "2026-11-30T10:00:00.000Z",
        "serviceUrl": "https://smba.trafficmanager.net/emea/",
        "channelId": "msteams",
        "from": {"id": USER, "name": "Megan Bowen", "aadObjectId": AAD_USER},
        "conversation": {"isGroup": True, "id": f"{CHANNEL};messageid=1485983408511", "name": None},
        "recipient": None,
        "textFormat": "plain",
        "text": text,
        "attachments": [{"contentType": "text/html", "content": f"<div>{text}</div>"}],
        "entities": [{"type": "clientInfo", "locale": locale or "", "country": "FR", "platform": "Web"}],
        "channelData": {
            "teamsChannelId": CHANNEL,
            "teamsTeamId": TEAM,
            "channel": {"id": CHANNEL},
            "team": {"id": TEAM},
            "tenant": {"id": TENANT},
        },
    }
    if locale is not None:
        data["locale"] = locale
    data.update(extra)
    return data


def signed(body: bytes, key: bytes = KEY) -> dict[str, str]:
    return {"Authorization": sign(key, body), "Content-Type": "application/json"}


def encode(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")
