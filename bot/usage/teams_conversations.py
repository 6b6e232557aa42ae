"""Where the Teams app may post on its own: one saved reference per Teams channel it was added to.

The weekly digest of a subscribed Teams channel goes to its Bot Connector (`service_url`) as the
bot (`bot_id`); both come from an authenticated activity of that channel, never from user input.
The Teams app's Share button lists a tenant's saved channels (`in_tenant`) by their display names,
and posts only to one of them (`find_in_tenant`): a channel id from a card's data is never trusted.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Engine

from bot.usage._sql import upsert, write_tx
from bot.usage.db import TeamsConversationModel

_KEYS = ("workspace", "channel")
SHARE_CHOICES_MAX = 50  # channels offered by the Share picker (ordered by team and channel name)


@dataclass(frozen=True, slots=True)
class ConversationRef:
    """A Teams channel's reference: "tenant/team", the channel's conversation id, its Bot Connector."""

    workspace: str
    channel: str
    service_url: str
    bot_id: str
    team_name: str | None = None  # display names, when Teams sent them (else the saved ones are kept)
    channel_name: str | None = None

    @property
    def team(self) -> str:
        """The team's id (the second half of "tenant/team")."""
        return self.workspace.partition("/")[2]


def _save(engine: Engine, ref: ConversationRef, now: datetime) -> None:
    values = {
        "workspace": ref.workspace,
        "channel": ref.channel,
        "service_url": ref.service_url,
        "bot_id": ref.bot_id,
        "updated_at": now,
    }
    columns = ["service_url", "bot_id", "updated_at"]
    for name in ("team_name", "channel_name"):  # a message without names keeps the saved ones
        if (value := getattr(ref, name)) is not None:
            values[name] = value[:255]
            columns.append(name)
    m = TeamsConversationModel
    with write_tx(engine) as conn:
        conn.execute(upsert(conn, m, _KEYS, values, columns))
        if ref.team_name is not None:  # the team's name is every one of its channels' team name
            rename = update(m).where(m.workspace == ref.workspace)
            conn.execute(rename.values(team_name=ref.team_name[:255]))


def _columns() -> tuple[Any, ...]:
    m = TeamsConversationModel
    return (m.workspace, m.channel, m.service_url, m.bot_id, m.team_name, m.channel_name)


def _find(engine: Engine, workspace: str, channel: str) -> ConversationRef | None:
    m = TeamsConversationModel
    with engine.connect() as conn:
        row = conn.execute(select(*_columns()).where(m.workspace == workspace, m.channel == channel)).first()
    return ConversationRef(*row) if row is not None else None


def _in_tenant(engine: Engine, tenant: str, channel: str | None) -> list[ConversationRef]:
    m = TeamsConversationModel
    query = select(*_columns()).where(m.workspace.startswith(f"{tenant}/", autoescape=True))
    if channel is not None:
        query = query.where(m.channel == channel)
    query = query.order_by(m.team_name, m.channel_name, m.channel).limit(SHARE_CHOICES_MAX)
    with engine.connect() as conn:
        return [ConversationRef(*row) for row in conn.execute(query).all()]


def _remove(engine: Engine, workspace: str, channel: str | None = None) -> int:
    m = TeamsConversationModel
    query = delete(m).where(m.workspace == workspace)
    if channel is not None:
        query = query.where(m.channel == channel)
    with write_tx(engine) as conn:
        return int(conn.execute(query).rowcount or 0)


class TeamsConversations:
    """Async access (worker threads) to the saved references over the usage store's engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    async def save(self, ref: ConversationRef) -> None:
        await asyncio.to_thread(_save, self.engine, ref, datetime.now(UTC))

    async def find(self, workspace: str, channel: str) -> ConversationRef | None:
        return await asyncio.to_thread(_find, self.engine, workspace, channel)

    async def in_tenant(self, tenant: str) -> list[ConversationRef]:
        """The tenant's saved channels (at most `SHARE_CHOICES_MAX`); none for an empty tenant id."""
        if not tenant:
            return []
        return await asyncio.to_thread(_in_tenant, self.engine, tenant, None)

    async def find_in_tenant(self, tenant: str, channel: str) -> ConversationRef | None:
        """The saved channel `channel` if it belongs to `tenant`, else None (unknown or another tenant's)."""
        if not tenant or not channel:
            return None
        found = await asyncio.to_thread(_in_tenant, self.engine, tenant, channel)
        return found[0] if found else None

    async def remove_team(self, workspace: str) -> int:
        """The app was removed from a team: its channels' references go (the digest then fails, closed)."""
        return await asyncio.to_thread(_remove, self.engine, workspace)

    async def remove_channel(self, workspace: str, channel: str) -> int:
        """A channel was deleted: its reference goes."""
        return await asyncio.to_thread(_remove, self.engine, workspace, channel)
