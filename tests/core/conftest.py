"""Shared fixtures of the core tests: the real coach over the real knowledge base, built once per module."""

from __future__ import annotations

import pytest

from bot.bootstrap import build_coach
from bot.coach.engine import Coach


@pytest.fixture(scope="module")
def coach() -> Coach:
    return build_coach()
