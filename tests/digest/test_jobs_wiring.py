"""Batch jobs and their wiring: `digest run` under OAuth, API-usage privacy, the scheduled import."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore

import bot.jobs
from bot.bootstrap import build_coach
from bot.coach.model import Range
from bot.errors import ImportFailed
from bot.jobs import run_digests
from bot.providers.importer import ImportSummary
from bot.services import Services
from bot.settings import Settings
from bot.usage.migrate import upgrade
from bot.usage.store import UsageStore
from bot.wiring import _Jobs, build_digest_service
from tests.support.fake_slack import FakeSlack

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def settings(db_url: str, api_url: str = "http://127.0.0.1:9/api/", **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db_url,
        "slack_bot_token": None,
        "slack_signing_secret": "signing",
        "slack_app_token": None,
        "slack_client_id": None,
        "slack_client_secret": None,
        "slack_api_url": api_url,
        "teams_digest_webhook_url": None,
        "openai_admin_key": None,
        "anthropic_admin_key": None,
        "coach_default_lang": "en",
    }
    return Settings(**(values | overrides))


OAUTH = {"slack_client_id": "111.222", "slack_client_secret": "client-secret"}


@pytest.mark.parametrize(("extra", "included"), [({"slack_bot_token": "xoxb-one"}, True), (OAUTH, False)])
async def test_api_usage_stays_out_of_digests_in_multi_workspace_installs(
    tmp_path: Path, extra: dict[str, str], included: bool
) -> None:
    store = UsageStore.from_url(f"sqlite:///{tmp_path / 'w.db'}")
    service = build_digest_service(settings(str(store.engine.url), **extra), store, build_coach(), None)
    assert service.include_api_usage is included
    await store.aclose()


async def test_digest_run_under_oauth_posts_with_the_workspace_token(
    tmp_path: Path, fake_slack: FakeSlack
) -> None:
    url = f"sqlite:///{tmp_path / 'oauth.db'}"
    upgrade(url)
    store = UsageStore.from_url(url)
    await store.subscribe("slack", "T1", "C1", "en")
    installs = SQLAlchemyInstallationStore(OAUTH["slack_client_id"], store.engine)
    installs.create_tables()  # type: ignore[no-untyped-call]
    installs.save(Installation(app_id="A1", team_id="T1", user_id="U1", bot_token="xoxb-t1", bot_id="B1"))
    await store.aclose()
    code = await run_digests(settings(url, fake_slack.api_url, **OAUTH), force=True)
    calls = fake_slack.called("chat.postMessage")
    assert code == 0 and len(calls) == 1
    assert calls[0].body["channel"] == "C1" and calls[0].headers["authorization"] == "Bearer xoxb-t1"


# Only what `_Jobs.usage_import` reads: the image footprint factor.
FAKE_COACH = SimpleNamespace(
    kb=SimpleNamespace(footprint=SimpleNamespace(factors={"image": SimpleNamespace(energy_wh=Range(1, 2))}))
)


async def test_scheduled_import_isolates_providers_and_uses_the_service_clock(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    calls: list[tuple[str, date, date, object]] = []

    async def fake_import(
        _s: Settings, _st: UsageStore, provider: str, since: date, *, image_factor: Range, until: date
    ) -> ImportSummary:
        calls.append((provider, since, until, image_factor))
        if provider == "openai":
            raise ConnectionResetError("peer reset")
        raise ImportFailed("anthropic: rejected key")

    monkeypatch.setattr(bot.jobs, "import_provider", fake_import)
    monkeypatch.setattr(bot.jobs, "build_coach", lambda *a: pytest.fail("coach rebuilt per import"))
    cfg = settings(f"sqlite:///{tmp_path / 'i.db'}", openai_admin_key="sk-o", anthropic_admin_key="sk-a")
    services = Services(coach=FAKE_COACH, store=None, now=lambda: NOW)  # type: ignore[arg-type]
    digest = type("D", (), {"coach": FAKE_COACH})()
    with caplog.at_level(logging.INFO):
        await _Jobs(cfg, services, digest).usage_import()  # type: ignore[arg-type]
    assert [c[0] for c in calls] == ["openai", "anthropic"]  # openai's crash did not skip anthropic
    assert calls[0][1:3] == (date(2026, 11, 30), date(2026, 12, 2))
    assert calls[0][3] == Range(1, 2)
    assert "usage import from openai failed" in caplog.text and "ConnectionResetError" in caplog.text
