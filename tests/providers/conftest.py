"""Fixtures for the provider importer tests."""

from __future__ import annotations

import pytest

from .fakes import MemoryStore, Sleeps


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()
