"""The Teams app's Share button end to end (issue 14 §4), through the real server and SDK with signed
tokens: the answer of a personal or group chat posted in a saved team channel of the same tenant."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.usage.teams_conversations import ConversationRef, TeamsConversations
from tests.teams import test_app
from tests.teams.app_support import FakeMicrosoft, bot_added, channel_mention, invoke, personal_message
from tests.teams.support import AAD_USER, CHANNEL, TEAM, TENANT, texts
from tests.teams.test_app import PLAN, Harness, card_of

fake, harness = test_app.fake, test_app.harness  # the end-to-end fixtures of test_app

SHARE_TITLES = ("Partager avec l'équipe", "Share with the team")
OTHER_TENANT = "99999999-8888-7777-6666-555555555555"


def added_to(fake: FakeMicrosoft, team_name: str = "Marketing") -> dict[str, Any]:
    """The app added to the team: Teams names the team (its General channel has the team's id)."""
    activity = bot_added(fake)
    activity["conversation"]["id"] = TEAM
    activity["channelData"]["team"]["name"] = team_name
    activity["channelData"]["channel"] = {"id": TEAM}
    return activity


def share_of(card: dict[str, Any]) -> dict[str, Any] | None:
    shares = [
        a for a in card.get("actions", []) if a["type"] == "Action.ShowCard" and a["title"] in SHARE_TITLES
    ]
    assert len(shares) <= 1
    return shares[0] if shares else None


def click(fake: FakeMicrosoft, share: dict[str, Any], channel: str, locale: str = "fr-FR") -> dict[str, Any]:
    """What Teams sends when the person picks `channel` and clicks Share: the input merged in the data."""
    [execute] = share["card"]["actions"]
    action = {"type": "Action.Execute", "verb": execute["verb"], "data": {**execute["data"], "ch": channel}}
    return invoke(fake, "adaptiveCard/action", {"action": action, "trigger": "manual"}, locale=locale)


async def checked_card(harness: Harness, text: str = PLAN) -> dict[str, Any]:
    await harness.post(personal_message(harness.fake, text))
    return card_of(harness.fake.sent()[-1].body)


async def test_share_posts_the_answer_in_the_picked_channel_and_updates_the_card(harness: Harness) -> None:
    await harness.post(added_to(harness.fake))
    card = await checked_card(harness)
    share = share_of(card)
    assert share is not None and share["title"] == "Partager avec l'équipe"
    [picker, _] = share["card"]["body"]
    assert picker["choices"] == [{"title": "Marketing › Général", "value": TEAM}]
    before = len(harness.fake.sent())

    response = await harness.post(click(harness.fake, share, TEAM))
    assert response.status_code == 200
    body = response.json()  # Universal Actions: the clicked card is replaced
    assert body["statusCode"] == 200 and body["type"] == "application/vnd.microsoft.card.adaptive"
    updated = body["value"]
    card_of({"attachments": [{"contentType": body["type"], "content": updated}]})  # a valid card
    assert "✅ Partagé dans Marketing › Général" in texts(updated)
    assert share_of(updated) is None  # shared: no second Share from this card
    assert [a.get("verb") for a in updated["actions"] if a["type"] == "Action.Execute"] == ["feedback"] * 2

    [posted] = harness.fake.sent()[before:]
    assert posted.path == f"/connector/v3/conversations/{TEAM}/activities"  # a new post in the channel
    assert posted.body["text"] == "Partagé depuis une vérification avec le coach IA"
    public = card_of(posted.body)
    assert public["lang"] == "fr" and texts(public)[0] == texts(card)[0]  # the same answer
    assert not [a for a in public.get("actions", []) if a["type"] in ("Action.Execute", "Action.Submit")]
    assert share_of(public) is None
    wire = json.dumps(posted.body, ensure_ascii=False)
    for private in (PLAN, "Camille", AAD_USER, "29:1user"):  # never the text, the name or the ids
        assert private not in wire
    await harness.settle()
    assert harness.rows("SELECT count(*) FROM events") == [(1,)]  # the check; the share records nothing


async def test_a_forged_or_foreign_channel_is_refused_and_nothing_is_posted(harness: Harness) -> None:
    await harness.post(added_to(harness.fake))
    foreign = ConversationRef(
        f"{OTHER_TENANT}/19:t@thread.skype",
        "19:foreign@thread.skype",
        harness.fake.service_url,
        "28:bot",
        "Elsewhere",
    )
    await TeamsConversations(harness.store.engine).save(foreign)
    card = await checked_card(harness)
    share = share_of(card)
    assert share is not None
    assert [c["value"] for c in share["card"]["body"][0]["choices"]] == [TEAM]  # never another tenant's
    before = len(harness.fake.sent())
    for channel in (foreign.channel, "19:unknown@thread.skype", f"{TEAM};messageid=1"):
        response = await harness.post(click(harness.fake, share, channel, locale="en-US"))
        assert response.status_code == 200
        body = response.json()
        assert body["type"] == "application/vnd.microsoft.activity.message"
        assert body["value"].startswith("This channel cannot receive shares from here: nothing was posted.")
    assert len(harness.fake.sent()) == before


async def test_a_share_clicked_from_a_channel_is_refused(harness: Harness) -> None:
    await harness.post(added_to(harness.fake))
    share = share_of(await checked_card(harness))
    assert share is not None
    activity = click(harness.fake, share, TEAM)
    activity["conversation"] = {"id": CHANNEL, "conversationType": "channel", "tenantId": TENANT}
    before = len(harness.fake.sent())
    body = (await harness.post(activity)).json()
    assert body["value"].startswith("Ce canal ne peut pas recevoir de partage d'ici")
    assert len(harness.fake.sent()) == before


async def test_no_saved_channel_no_share_and_none_in_a_channel_mention(
    harness: Harness, tmp_path: Path
) -> None:
    assert share_of(await checked_card(harness)) is None  # no channel saved in the tenant
    await harness.post(added_to(harness.fake))
    await harness.post(channel_mention(harness.fake, "We'll make a 20-second video with Sora"))
    assert share_of(card_of(harness.fake.sent()[-1].body)) is None  # the channel's answer is public
    assert share_of(await checked_card(harness)) is not None
    # The database goes away (its file and pool, not just the flag: any call that still succeeded,
    # such as the duplicate-activity check, would mark it available again): answered, without Share.
    harness.store.engine.dispose()
    (tmp_path / "coach.db").unlink()
    harness.store.available = False
    assert share_of(await checked_card(harness)) is None


async def test_a_group_chat_answer_can_be_shared(harness: Harness) -> None:
    await harness.post(added_to(harness.fake))
    activity = channel_mention(harness.fake, "We'll make a 20-second video with Sora")
    activity["conversation"] = {
        "id": "19:group@thread.v2",
        "conversationType": "groupChat",
        "tenantId": TENANT,
    }
    activity["channelData"] = {"tenant": {"id": TENANT}}
    await harness.post(activity)
    share = share_of(card_of(harness.fake.sent()[-1].body))
    assert share is not None and share["title"] == "Share with the team"
    assert share["card"]["body"][0]["choices"] == [{"title": "Marketing › General", "value": TEAM}]


async def test_channel_names_follow_renames_and_a_deleted_channel_goes(harness: Harness) -> None:
    await harness.post(added_to(harness.fake))
    renamed = bot_added(harness.fake)  # a channel created then renamed: Teams sends its name
    renamed.pop("membersAdded")
    renamed["channelData"] |= {"eventType": "channelRenamed", "channel": {"id": CHANNEL, "name": "Campagnes"}}
    team_renamed = added_to(harness.fake, "Marketing FR")
    team_renamed.pop("membersAdded")
    team_renamed["channelData"]["eventType"] = "teamRenamed"
    for activity in (renamed, team_renamed):
        assert (await harness.post(activity)).status_code == 200
    rows = harness.rows("SELECT channel, team_name, channel_name FROM teams_conversations ORDER BY channel")
    assert rows == [(CHANNEL, "Marketing FR", "Campagnes"), (TEAM, "Marketing FR", None)]
    share = share_of(await checked_card(harness))
    assert share is not None
    assert [c["title"] for c in share["card"]["body"][0]["choices"]] == [
        "Marketing FR › Campagnes",
        "Marketing FR › Général",
    ]
    deleted = bot_added(harness.fake)
    deleted.pop("membersAdded")
    deleted["channelData"] |= {"eventType": "channelDeleted", "channel": {"id": CHANNEL, "name": "Campagnes"}}
    await harness.post(deleted)
    assert harness.rows("SELECT channel FROM teams_conversations") == [(TEAM,)]


async def test_the_bot_removed_from_the_channel_says_nothing_was_shared(harness: Harness) -> None:
    await harness.post(added_to(harness.fake))
    share = share_of(await checked_card(harness))
    assert share is not None
    harness.fake.connector_status = 404
    body = (await harness.post(click(harness.fake, share, TEAM, locale="en-US"))).json()
    assert body["value"].startswith("The answer could not be posted in that channel")
