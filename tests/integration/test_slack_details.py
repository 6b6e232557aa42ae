"""Issue 11 in Slack, end to end: the main message fits one screen and "Details and sources" opens the
rest in a modal (views.open with the click's trigger_id); the small ones (cut text, off-topic, bare
`/ai-check` in the person's language)."""

from __future__ import annotations

import json

from tests.integration.conftest import USER, Harness
from tests.integration.test_slack_actions import block_actions
from tests.integration.test_slack_command import MIDJOURNEY_FR, buttons, texts
from tests.support.fake_slack import Scripted

CUSTOMERS_FR = "On colle la liste de nos clients (noms, e-mails) dans ChatGPT pour écrire 200 e-mails"


async def test_the_main_message_is_short_and_details_open_in_a_modal(harness: Harness) -> None:
    blocks = (await harness.command(MIDJOURNEY_FR)).json()["blocks"]
    points = [b for b in blocks if b["type"] == "section" and " · " in b["text"]["text"]]
    assert points and all(b["text"]["text"].count("<https://") <= 1 for b in points)
    assert "Base :" not in texts(blocks)  # the footprint basis is in the details
    details = buttons(blocks)["ai_check_details"]

    response = await harness.interactive(block_actions(harness, details))

    assert response.status_code == 200
    (call,) = await harness.wait_calls("views.open")
    assert call.body["trigger_id"] == "1.2.3"
    view = call.body["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert view["type"] == "modal" and view["title"]["text"] == "Détails et sources"
    content = texts(view["blocks"])
    assert "Base\u202f:" in content and "recharges de smartphone" in content  # the footprint in full
    assert content.count("<https://") > texts(blocks).count("<https://")  # every source
    assert len(view["blocks"]) <= 100
    assert harness.fake.called("chat.postMessage") == []


async def test_the_most_serious_point_leads_and_the_header_says_what_to_do(harness: Harness) -> None:
    blocks = (await harness.command(CUSTOMERS_FR)).json()["blocks"]
    header = blocks[0]["text"]["text"]
    assert header.startswith(("⛔", "⚠️")) and "points à" not in header
    first = next(b for b in blocks if b["type"] == "section" and " · " in b["text"]["text"])
    assert "🔒" in first["text"]["text"]  # privacy first, before any "good to know"


async def test_off_topic_answers_have_no_share_or_feedback_buttons(harness: Harness) -> None:
    blocks = (await harness.command("Qui vient déjeuner à la cantine demain ?")).json()["blocks"]
    assert buttons(blocks) == {}


async def test_share_with_my_text_says_a_cut_text_was_shortened(harness: Harness) -> None:
    text = MIDJOURNEY_FR + ". " + "Nous voulons des visuels variés et inclusifs pour la campagne. " * 60
    share = buttons((await harness.command(text)).json()["blocks"])["ai_check_share_text"]

    await harness.interactive(block_actions(harness, share))

    (post,) = await harness.wait_calls("chat.postMessage")
    content = texts(post.body["blocks"])
    assert "raccourci" in content
    quoted = [line for line in content.splitlines() if line.startswith("> ")]
    assert quoted[-1].endswith("…") and not quoted[-1].endswith(" …")


async def test_bare_command_is_answered_in_the_persons_slack_language(harness: Harness) -> None:
    harness.fake.script("users.info", Scripted(200, {"ok": True, "user": {"id": USER, "locale": "en-US"}}))
    body = (await harness.command("")).json()
    assert body["blocks"][0]["text"]["text"].startswith("AI coach — how to use it")
