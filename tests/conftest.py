"""Shared fixtures: fakes at the wire."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.fake_slack import FakeSlack


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    fake.start()
    yield fake
    fake.stop()
