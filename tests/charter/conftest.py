"""The realistic charter of tests/data (a French cosmetics house's marketing team) and coaches with
and without it, built once per module (the knowledge base is the real one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from tests.integration.conftest import harness, start  # noqa: F401  (the real app under uvicorn, reused)

CHARTER = Path(__file__).resolve().parents[1] / "data" / "charter.yaml"


@pytest.fixture(scope="module")
def plain() -> Coach:
    return build_coach()


@pytest.fixture(scope="module")
def charted() -> Coach:
    return build_coach(charter=CHARTER)


@pytest.fixture(scope="module")
def coach(charted: Coach) -> Coach:
    """The coach the integration harness (`start`, `harness`) serves: here, the one with the charter."""
    return charted
