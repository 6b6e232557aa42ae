"""The Teams app's saved channels (bot.usage.teams_conversations) on SQLite and PostgreSQL: names kept
across nameless saves, a team's name on all its channels, the Share lookups scoped to one tenant."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.usage.db import make_engine
from bot.usage.migrate import upgrade
from bot.usage.teams_conversations import ConversationRef, TeamsConversations

KINDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
URL = "https://smba.example/emea/"


def ref(workspace: str, channel: str, team: str | None = None, name: str | None = None) -> ConversationRef:
    return ConversationRef(workspace, channel, URL, "28:bot", team, name)


@pytest.mark.parametrize("kind", KINDS)
async def test_names_and_tenant_scoped_lookups(new_database: Callable[[str], str], kind: str) -> None:
    url = new_database(kind)
    upgrade(url)
    engine = make_engine(url)
    try:
        store = TeamsConversations(engine)
        await store.save(ref("t_1/19:team", "19:team", "Marketing"))
        await store.save(ref("t_1/19:team", "19:c1", None, "Campagnes"))
        await store.save(ref("t_1/19:team", "19:c1"))  # a mention: no names, the saved ones stay
        await store.save(ref("t_1/19:team", "19:team", "Marketing FR"))  # the team renamed
        await store.save(ref("tx1/19:other", "19:c2", "Elsewhere"))  # "_" is not a wildcard
        found = sorted(await store.in_tenant("t_1"), key=lambda r: r.channel)
        assert [(r.channel, r.team_name, r.channel_name) for r in found] == [
            ("19:c1", "Marketing FR", "Campagnes"),
            ("19:team", "Marketing FR", None),
        ]
        assert found[1].team == "19:team"
        assert await store.find_in_tenant("t_1", "19:c1") == found[0]
        assert await store.find_in_tenant("t_1", "19:c2") is None  # another tenant's channel
        assert await store.find_in_tenant("", "19:c2") is None and await store.in_tenant("") == []
        assert await store.remove_channel("t_1/19:team", "19:c1") == 1
        assert [r.channel for r in await store.in_tenant("t_1")] == ["19:team"]
    finally:
        engine.dispose()
