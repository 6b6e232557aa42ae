"""`/ai-check` end to end: signed requests to the real app, answers read from the HTTP response (the
ack) or from what the bot posted to the loopback Slack (response_url), records read from the database."""

from __future__ import annotations

import json
from typing import Any

from bot.coach.model import Assessment
from bot.render.view import PILLAR_ICON, DigestView, StatLine
from tests.integration.conftest import CHANNEL, TEAM, Harness, Start, user_hash

MIDJOURNEY_FR = "On va générer 30 visuels avec Midjourney pour Instagram, avec des visages réalistes"


def texts(blocks: list[dict[str, Any]]) -> str:
    """Every text of a Block Kit message, flattened, for content assertions."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block.get("text"), dict):
            out.append(block["text"]["text"])
        for element in block.get("elements", []):
            if isinstance(element.get("text"), dict):
                out.append(element["text"]["text"])
            elif isinstance(element.get("text"), str):
                out.append(element["text"])
    return "\n".join(out)


def buttons(blocks: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e["action_id"]: e for b in blocks if b["type"] == "actions" for e in b["elements"]}


async def test_check_is_answered_in_the_ack_ephemeral_with_pillars_sources_footprint_buttons(
    harness: Harness,
) -> None:
    response = await harness.command(MIDJOURNEY_FR)

    assert response.status_code == 200
    body = response.json()
    assert body["response_type"] == "ephemeral"
    blocks = body["blocks"]
    assert blocks[0]["type"] == "header" and blocks[0]["text"]["text"].startswith(("⛔", "⚠️"))  # what to do
    content = texts(blocks)
    for pillar in ("bias", "transparency", "footprint"):  # each point shows its pillar's icon
        assert PILLAR_ICON[pillar] in content
    assert "À vérifier" in content  # a severity, in the asker's language (French)
    assert "<https://" in content  # sources as mrkdwn links
    assert "Wh" in content and "–" in content and "recharges de smartphone" in content  # range + equivalent
    assert set(buttons(blocks)) == {
        "ai_check_details",
        "ai_check_share",
        "ai_check_share_text",
        "ai_check_helpful",
        "ai_check_not_helpful",
    }
    assert all(len(b["value"]) <= 2000 for b in buttons(blocks).values())
    assert len(blocks) <= 50
    assert harness.fake.called("chat.postMessage") == []  # nothing visible in the channel


async def test_check_in_english_is_answered_in_english(harness: Harness) -> None:
    body = (
        await harness.command("We will generate 30 Instagram visuals of smiling customers with Midjourney")
    ).json()
    assert "points to fix before you start" in texts(body["blocks"])
    assert "To check" in texts(body["blocks"])


async def test_a_check_records_an_event_without_the_text(harness: Harness) -> None:
    await harness.command(MIDJOURNEY_FR)
    await harness.settle()
    rows = harness.rows("SELECT workspace, channel, user_hash, source, language, text FROM events")
    assert rows == [(TEAM, CHANNEL, user_hash(), "check", "fr", None)]
    tags = {(r.kind, r.value) for r in harness.rows("SELECT kind, value FROM event_tags")}
    assert ("tool", "midjourney") in tags and ("pillar", "bias") in tags


async def test_help_alone_or_with_help_word_shows_examples_in_french_and_english(harness: Harness) -> None:
    for text, title in (
        ("", "Coach IA — mode d'emploi"),
        ("help", "AI coach — how to use it"),
        (" aide ", "Coach IA"),
    ):
        body = (await harness.command(text)).json()
        content = texts(body["blocks"])
        assert body["response_type"] == "ephemeral"
        assert body["blocks"][0]["text"]["text"].startswith(title)
        assert "/ai-check On va générer" in content and "/ai-check How much water" in content
        assert "digest on" in content and "forget me" in content


async def test_40_kb_text_is_answered_within_limits(harness: Harness) -> None:
    text = ("Nous allons générer 500 images avec Midjourney pour une campagne. " * 700)[:40_000]
    response = await harness.command(text)
    assert response.status_code == 200
    blocks = response.json()["blocks"]
    assert len(blocks) <= 50
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in blocks)
    assert all(len(b["value"]) <= 2000 for b in buttons(blocks).values())


async def test_emoji_and_control_characters_do_not_break_the_answer(harness: Harness) -> None:
    text = "🎨🤖 30 visuels\x00\x07 avec Midjourney\u200b pour Instagram \U0001f600\r\n\t ok"
    response = await harness.command(text)
    assert response.status_code == 200
    assert response.json()["blocks"][0]["type"] == "header"


async def test_channel_mention_injection_is_escaped_when_echoed(harness: Harness) -> None:
    response = await harness.command("<!channel> <@U999> 30 visuels avec Midjourney &lt;b&gt;")
    content = texts(response.json()["blocks"])
    assert "<!channel>" not in content and "<@U999>" not in content


async def test_forget_me_erases_the_persons_events_and_confirms_the_count(harness: Harness) -> None:
    await harness.command(MIDJOURNEY_FR)
    await harness.command("How much water does a prompt use with ChatGPT?")
    await harness.settle()
    assert len(harness.rows("SELECT id FROM events")) == 2

    response = await harness.command("forget me")

    assert response.status_code == 200 and response.text == ""
    (call,) = await harness.wait_calls(f"commands/{TEAM}/1/abc")
    assert call.body["response_type"] == "ephemeral"
    assert "2" in call.body["text"] and "effacés" in call.body["text"]
    assert harness.rows("SELECT id FROM events") == []


async def test_digest_on_subscribes_the_channel_and_says_when_then_off_stops_it(harness: Harness) -> None:
    await harness.command("digest on")
    (on,) = await harness.wait_calls(f"commands/{TEAM}/1/abc")
    assert "chaque lundi à 09:00" in on.body["text"] and "Europe/Paris" in on.body["text"]
    rows = harness.rows("SELECT platform, workspace, channel, language, active FROM subscriptions")
    assert rows == [("slack", TEAM, CHANNEL, "fr", 1)]

    await harness.command("digest off")
    calls = await harness.wait_calls(f"commands/{TEAM}/1/abc", 2)
    assert "désactivé" in calls[1].body["text"]
    assert harness.rows("SELECT active FROM subscriptions") == [(0,)]


async def test_digest_on_in_a_direct_message_explains_it_is_for_channels(harness: Harness) -> None:
    await harness.command("digest on", channel="D0DM")
    (call,) = await harness.wait_calls(f"commands/{TEAM}/1/abc")
    assert "canaux" in call.body["text"]
    assert harness.rows("SELECT id FROM subscriptions") == []


async def test_log_records_the_reported_usage_with_its_footprint(harness: Harness) -> None:
    await harness.command("log midjourney 12 images")
    (call,) = await harness.wait_calls(f"commands/{TEAM}/1/abc")
    assert "Enregistré" in call.body["text"] and "12 × image, Midjourney" in call.body["text"]
    assert "Wh" in call.body["text"]
    await harness.settle(0.5)  # the write-behind batch
    rows = harness.rows("SELECT source, quantity, energy_wh_low, energy_wh_high, user_hash FROM events")
    assert [(r[0], r[1]) for r in rows] == [("log", 12.0)]
    assert 0 < rows[0][2] <= rows[0][3] and rows[0][4] == user_hash()


async def test_unclear_log_gets_an_example_and_nothing_is_recorded(harness: Harness) -> None:
    await harness.command("log beaucoup de trucs")
    (call,) = await harness.wait_calls(f"commands/{TEAM}/1/abc")
    assert (
        "rien n'a été enregistré" in call.body["text"]
        and "/ai-check log midjourney 12 images" in call.body["text"]
    )
    await harness.settle(0.5)
    assert harness.rows("SELECT id FROM events") == []


async def test_digest_preview_shows_this_weeks_digest_privately(harness: Harness) -> None:
    await harness.command("digest preview")
    (call,) = await harness.wait_calls(f"commands/{TEAM}/1/abc")
    assert call.body["response_type"] == "ephemeral"
    assert call.body["blocks"][0]["type"] == "header"
    assert "Digest IA de la semaine" in call.body["blocks"][0]["text"]["text"]
    assert harness.fake.called("chat.postMessage") == []


async def test_log_calls_the_services_hook_when_present(harness: Harness) -> None:
    seen: list[tuple[str, str]] = []

    async def log_usage(asker: Any, words: str) -> str:
        seen.append((asker.user_hash, words))
        return "logged ✓"

    harness.services.log_usage = log_usage
    await harness.command("log midjourney 12 images")
    (call,) = await harness.wait_calls(f"commands/{TEAM}/1/abc")
    assert call.body["text"] == "logged ✓"
    assert seen == [(user_hash(), "midjourney 12 images")]


class ExplodingCoach:
    def assess(self, text: str, lang: str | None = None) -> Assessment:
        raise RuntimeError("boom: the knowledge base caught fire")

    def topic(self, card_id: str, lang: str | None = None) -> Assessment | None:
        raise RuntimeError("boom: the knowledge base caught fire")


async def test_listener_exception_gives_an_apology_in_the_users_language_and_200(
    start: Start, caplog: Any
) -> None:
    async with start(assessor=ExplodingCoach()) as h:
        response = await h.command("We will generate 30 visuals with Midjourney for Instagram")
        await h.settle(0.3)
        assert response.status_code == 200
        assert response.json()["response_type"] == "ephemeral"
        assert "Sorry" in response.json()["text"]
        assert h.rows("SELECT id FROM events") == []
    assert any("boom: the knowledge base caught fire" in (r.exc_text or "") for r in caplog.records)


async def test_share_value_never_exceeds_the_limit_even_with_escapes(harness: Harness) -> None:
    text = (MIDJOURNEY_FR + ' "quoted" \\ back\nslash ') * 100
    blocks = (await harness.command(text)).json()["blocks"]
    value = buttons(blocks)["ai_check_share"]["value"]
    assert len(value) <= 2000
    assert json.loads(value)["l"] in ("fr", "en")


class FakeDigest:
    """Stands in for the digest service: records what it was asked, returns a fixed view."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str | None, str]] = []

    async def preview(self, platform: str, workspace: str | None, lang: str) -> DigestView:
        self.asked.append((platform, workspace, lang))
        return DigestView(
            lang=lang,
            title="Digest IA de la semaine",
            period="23–30 nov. 2026",
            intro="12 vérifications",
            sparkline="▁▃█",
            stats=(StatLine("Points", "biais (4)"),),
            footprint=(),
            api_usage=(),
            nudge=None,
            call_to_action="Essayez /ai-check",
            note="Groupes de moins de 3 personnes non affichés",
        )


async def test_digest_preview_shows_the_digest_to_the_asker_only(harness: Harness) -> None:
    digest = FakeDigest()
    harness.services.digest = digest
    await harness.command("digest preview")
    (call,) = await harness.wait_calls(f"commands/{TEAM}/1/abc")
    assert call.body["response_type"] == "ephemeral"
    assert call.body["blocks"][0]["text"]["text"] == "Digest IA de la semaine"
    assert digest.asked == [("slack", TEAM, "fr")]


async def test_digest_on_with_a_language_subscribes_in_that_language(harness: Harness) -> None:
    await harness.command("digest on en")
    (call,) = await harness.wait_calls(f"commands/{TEAM}/1/abc")
    assert "en anglais" in call.body["text"]
    assert harness.rows("SELECT language FROM subscriptions") == [("en",)]


async def test_a_failing_subcommand_apologises_through_the_response_url(start: Start) -> None:
    class BrokenDigest:
        async def preview(self, platform: str, workspace: str | None, lang: str) -> DigestView:
            raise RuntimeError("digest exploded")

    async with start() as h:
        h.services.digest = BrokenDigest()
        response = await h.command("digest preview")
        assert response.status_code == 200
        (call,) = await h.wait_calls(f"commands/{TEAM}/1/abc")
        assert "Désolé" in call.body["text"]


async def test_digest_on_says_when_the_first_digest_comes_and_previews_it_to_the_asker_only(
    harness: Harness,
) -> None:
    from datetime import UTC, datetime

    from bot.digest.service import DigestService

    digest = harness.services.digest
    assert isinstance(digest, DigestService)
    digest.clock = lambda: datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # Monday 10:00 in Paris, after 9:00
    await harness.command("digest on en")
    (call,) = await harness.wait_calls(f"commands/{TEAM}/1/abc")
    assert call.body["response_type"] == "ephemeral" and call.body["replace_original"] is False
    assert "Le premier sera publié le lundi 7 décembre 2026 à 09:00." in call.body["text"]
    content = texts(call.body["blocks"])
    assert "Aperçu" in content and "Weekly AI digest" in content  # the channel's language: English
    report = await digest.tick("fr")  # the scheduler's next tick, minutes later
    assert report.posted == [] and harness.fake.called("chat.postMessage") == []
