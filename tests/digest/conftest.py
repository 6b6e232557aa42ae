"""`digest_db`: a migrated, empty database per test, on SQLite and on PostgreSQL (its own schema);
`store` over it, and `coach`: the real coach, once per module.

PostgreSQL cases are marked `postgres` and skipped when the server is unreachable (failed in CI).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.usage.migrate import upgrade
from bot.usage.store import UsageStore
from tests.support.browser import browser  # noqa: F401  (the fixture: Debian's headless Chromium)
from tests.support.postgres import pg_schema


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def digest_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'digest.db'}"
        upgrade(url)
        yield url
        return
    with pg_schema("test_digest") as url:
        upgrade(url)
        yield url


@pytest.fixture
async def store(digest_db: str) -> AsyncIterator[UsageStore]:
    s = UsageStore.from_url(digest_db)
    yield s
    await s.aclose()


@pytest.fixture(scope="module")
def coach() -> Coach:
    return build_coach()
