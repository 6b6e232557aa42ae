"""Where the Teams app may post on its own: one saved reference per Teams channel it was added to.

The weekly digest of a subscribed Teams channel goes to its Bot Connector (`service_url`) as the
bot (`bot_id`); both come from an authenticated activity of that channel, never from user input.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine

from bot.usage._sql import upsert, write_tx
from bot.usage.db import TeamsConversationModel

_KEYS = ("workspace", "channel")


@dataclass(frozen=True, slots=True)
class ConversationRef:
    """A Teams channel's reference: "tenant/team", the channel's conversation id, its Bot Connector."""

    workspace: str
    channel: str
    service_url: str
    bot_id: str


def _save(engine: Engine, ref: ConversationRef, now: datetime) -> None:
    values = {
        "workspace": ref.workspace,
        "channel": ref.channel,
        "service_url": ref.service_url,
        "bot_id": ref.bot_id,
        "updated_at": now,
    }
    with write_tx(engine) as conn:
        conn.execute(
            upsert(conn, TeamsConversationModel, _KEYS, values, ("service_url", "bot_id", "updated_at"))
        )


def _find(engine: Engine, workspace: str, channel: str) -> ConversationRef | None:
    m = TeamsConversationModel
    with engine.connect() as conn:
        row = conn.execute(
            select(m.workspace, m.channel, m.service_url, m.bot_id).where(
                m.workspace == workspace, m.channel == channel
            )
        ).first()
    return ConversationRef(*row) if row is not None else None


def _remove(engine: Engine, workspace: str) -> int:
    with write_tx(engine) as conn:
        result = conn.execute(
            delete(TeamsConversationModel).where(TeamsConversationModel.workspace == workspace)
        )
        return int(result.rowcount or 0)


class TeamsConversations:
    """Async access (worker threads) to the saved references over the usage store's engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    async def save(self, ref: ConversationRef) -> None:
        await asyncio.to_thread(_save, self.engine, ref, datetime.now(UTC))

    async def find(self, workspace: str, channel: str) -> ConversationRef | None:
        return await asyncio.to_thread(_find, self.engine, workspace, channel)

    async def remove_team(self, workspace: str) -> int:
        """The app was removed from a team: its channels' references go (the digest then fails, closed)."""
        return await asyncio.to_thread(_remove, self.engine, workspace)
