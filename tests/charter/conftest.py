"""The realistic charter of tests/data (a French cosmetics house's marketing team) and coaches with
and without it, built once per module (the knowledge base is the real one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.bootstrap import build_coach
from bot.coach.engine import Coach

CHARTER = Path(__file__).resolve().parents[1] / "data" / "charter.yaml"


@pytest.fixture(scope="module")
def plain() -> Coach:
    return build_coach()


@pytest.fixture(scope="module")
def charted() -> Coach:
    return build_coach(charter=CHARTER)
