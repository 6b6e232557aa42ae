"""slack-manifest.yml agrees with the code: command, shortcut, events, scopes and request URLs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.slack.app import SHORTCUT
from bot.slack.command import COMMAND
from bot.slack.oauth import BOT_SCOPES

MANIFEST: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "slack-manifest.yml").read_text()
)


def test_manifest_declares_what_the_app_listens_to() -> None:
    features, settings = MANIFEST["features"], MANIFEST["settings"]
    (command,) = features["slash_commands"]
    assert command["command"] == COMMAND and command["usage_hint"]
    (shortcut,) = features["shortcuts"]
    assert shortcut == {**shortcut, "type": "message", "callback_id": SHORTCUT, "name": "Check with AI coach"}
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_mention", "app_home_opened"}
    assert settings["interactivity"]["is_enabled"] is True
    assert features["app_home"]["home_tab_enabled"] is True


def test_manifest_scopes_are_the_ones_oauth_asks_for() -> None:
    assert MANIFEST["oauth_config"]["scopes"]["bot"] == list(BOT_SCOPES)


def test_every_request_url_points_at_slack_events() -> None:
    settings = MANIFEST["settings"]
    urls = [
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
        MANIFEST["features"]["slash_commands"][0]["url"],
    ]
    assert urls == ["https://YOUR-HOST/slack/events"] * 3
    assert MANIFEST["oauth_config"]["redirect_urls"] == ["https://YOUR-HOST/slack/oauth_redirect"]
