"""Reload without restart: a changed valid file applies, a broken one is refused (the log says why,
without user data) and the last valid charter stays; the server's scheduler re-reads it on a timer."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from bot.bootstrap import build_coach
from bot.charter import CharterFile
from bot.coach.engine import Coach
from bot.server import create_app
from bot.settings import Settings
from tests.charter.conftest import CHARTER

MIDJOURNEY = "We'll generate 30 visuals with Midjourney for Instagram"


def bump(path: Path, text: str) -> None:
    """Write `text` and move the file's time forward: a change the watcher must see."""
    path.write_text(text, encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


def refused_titles(coach: Coach) -> list[str]:
    return [f.title for f in coach.assess(MIDJOURNEY).findings if f.origin == "charter"]


@pytest.fixture
def live(tmp_path: Path) -> tuple[Path, Coach, CharterFile]:
    path = tmp_path / "charter.yaml"
    shutil.copy(CHARTER, path)
    coach = build_coach(charter=path)
    return path, coach, CharterFile(path, coach.kb.lexicon, coach.use_charter)


def test_a_valid_change_applies_without_restart(live: tuple[Path, Coach, CharterFile]) -> None:
    path, coach, watch = live
    assert watch.refresh() is False  # unchanged
    assert refused_titles(coach) == ["Midjourney is not approved here — use Adobe Firefly"]
    approved = path.read_text(encoding="utf-8").replace(
        "  - tool: Midjourney\n    status: not_approved", "  - tool: Midjourney\n    status: approved"
    )
    bump(path, approved)
    assert watch.refresh() is True
    assert refused_titles(coach) == []


def test_a_broken_file_keeps_the_last_valid_charter_and_logs_why(
    live: tuple[Path, Coach, CharterFile], caplog: pytest.LogCaptureFixture
) -> None:
    path, coach, watch = live
    before = coach.charter
    bump(path, path.read_text(encoding="utf-8").replace("pillar: privacy", "pillar: legal", 1))
    with caplog.at_level(logging.WARNING, logger="bot.charter"):
        assert watch.refresh() is False
    assert coach.charter is before
    assert refused_titles(coach) == ["Midjourney is not approved here — use Adobe Firefly"]
    [record] = caplog.records
    message = record.getMessage()
    assert "refused (1 problem(s)); keeping the last valid version" in message
    assert f"{path}:" in message and "unknown pillar 'legal'" in message
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="bot.charter"):
        assert watch.refresh() is False  # the same refused version is reported once
    assert caplog.records == []
    path.unlink()
    with caplog.at_level(logging.WARNING, logger="bot.charter"):
        assert watch.refresh() is False
    assert coach.charter is before and "cannot be read" in caplog.records[0].getMessage()


async def test_the_server_rereads_the_charter_on_a_timer(tmp_path: Path) -> None:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'c.db'}",
        coach_user_hash_key="k",
        coach_charter=CHARTER,
        slack_bot_token=None,
        slack_signing_secret=None,
        slack_app_token=None,
        slack_client_id=None,
        slack_client_secret=None,
    )
    app = create_app(settings)
    assert app.state.services.coach.charter is not None
    [scheduled] = [b for b in app.state.services.background if hasattr(b, "scheduler")]
    job = scheduled.scheduler.get_job("charter-reload")
    assert job is not None and job.trigger.interval.total_seconds() == 60
    no_charter = create_app(settings.model_copy(update={"coach_charter": None}))
    [scheduled] = [b for b in no_charter.state.services.background if hasattr(b, "scheduler")]
    assert scheduled.scheduler.get_job("charter-reload") is None
