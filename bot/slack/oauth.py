"""Multi-workspace install (OAuth): slack-sdk's SQLAlchemy installation and state stores on DATABASE_URL.

slack-sdk's async SQLAlchemy stores need an async driver (aiosqlite/asyncpg); the project's drivers
are synchronous (pysqlite, psycopg), so the synchronous stores run in a worker thread instead:
the event loop never waits on the database.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.models.bot import Bot
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.sqlalchemy_utils import normalize_datetime_for_db
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import delete
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

# What the app needs in every workspace (keep in sync with slack-manifest.yml).
BOT_SCOPES = ("commands", "chat:write", "app_mentions:read", "users:read")
STATE_EXPIRATION_S = 600


class ThreadedInstallationStore(AsyncInstallationStore):
    """slack-sdk's SQLAlchemyInstallationStore, each call in a worker thread."""

    def __init__(self, store: SQLAlchemyInstallationStore) -> None:
        self.store = store

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_save(self, installation: Installation) -> None:
        await asyncio.to_thread(self.store.save, installation)

    async def async_save_bot(self, bot: Bot) -> None:
        await asyncio.to_thread(self.store.save_bot, bot)

    async def async_find_bot(
        self, *, enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None = False
    ) -> Bot | None:
        return await asyncio.to_thread(
            self.store.find_bot,
            enterprise_id=enterprise_id,
            team_id=team_id,
            is_enterprise_install=is_enterprise_install,
        )

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        return await asyncio.to_thread(
            self.store.find_installation,
            enterprise_id=enterprise_id,
            team_id=team_id,
            user_id=user_id,
            is_enterprise_install=is_enterprise_install,
        )

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await asyncio.to_thread(self.store.delete_bot, enterprise_id=enterprise_id, team_id=team_id)

    async def async_delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        await asyncio.to_thread(
            self.store.delete_installation, enterprise_id=enterprise_id, team_id=team_id, user_id=user_id
        )


class ThreadedStateStore(AsyncOAuthStateStore):
    """slack-sdk's SQLAlchemyOAuthStateStore, each call in a worker thread.

    slack-sdk deletes a state only when it is consumed: every `GET /slack/install` that is never
    completed (anyone may request it) would leave a row forever. Each issue purges the expired ones.
    """

    def __init__(self, store: SQLAlchemyOAuthStateStore) -> None:
        self.store = store

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        return await asyncio.to_thread(self._purge_then_issue, *args, **kwargs)

    def _purge_then_issue(self, *args: Any, **kwargs: Any) -> str:
        purge_expired_states(self.store)
        return self.store.issue(*args, **kwargs)

    async def async_consume(self, state: str) -> bool:
        return await asyncio.to_thread(self.store.consume, state)


def purge_expired_states(store: SQLAlchemyOAuthStateStore) -> int:
    """Blocking: delete the OAuth states whose expiry has passed; how many were deleted."""
    now = normalize_datetime_for_db(datetime.now(tz=UTC))
    table = store.oauth_states
    with store.engine.begin() as conn:
        return conn.execute(delete(table).where(table.c.expire_at <= now)).rowcount


def oauth_settings(client_id: str, client_secret: str, engine: Engine) -> AsyncOAuthSettings:
    """Bolt's OAuth settings: /slack/install and /slack/oauth_redirect, stores in the usage database."""
    return AsyncOAuthSettings(
        client_id=client_id,
        client_secret=client_secret,
        scopes=list(BOT_SCOPES),
        installation_store=ThreadedInstallationStore(SQLAlchemyInstallationStore(client_id, engine)),
        state_store=ThreadedStateStore(SQLAlchemyOAuthStateStore(STATE_EXPIRATION_S, engine)),
        installation_store_bot_only=True,
    )


def create_tables(settings: AsyncOAuthSettings) -> None:
    """Blocking (run at start, off-loop): create slack-sdk's tables if they do not exist."""
    for store in (settings.installation_store, settings.state_store):
        if isinstance(store, ThreadedInstallationStore | ThreadedStateStore):
            store.store.create_tables()  # type: ignore[no-untyped-call]


def bot_token_resolver(settings: AsyncOAuthSettings) -> Callable[[str], Awaitable[str | None]]:
    """Per-workspace bot token from the installation store (multi-workspace digests)."""

    async def token_for(team_id: str) -> str | None:
        bot = await settings.installation_store.async_find_bot(enterprise_id=None, team_id=team_id)
        return bot.bot_token if bot is not None else None

    return token_for
