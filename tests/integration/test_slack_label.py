"""`/ai-check label …` end to end: signed requests through the real Bolt app, the answer read from the ack."""

from __future__ import annotations

from tests.integration.conftest import Harness
from tests.integration.test_slack_command import MIDJOURNEY_FR, texts


async def test_label_is_answered_in_the_ack_ephemeral_verdict_first(harness: Harness) -> None:
    response = await harness.command("label tiktok video")
    assert response.status_code == 200
    body = response.json()
    assert body["response_type"] == "ephemeral"
    blocks = body["blocks"]
    assert blocks[0]["type"] == "header" and "TikTok" in blocks[0]["text"]["text"]
    first = blocks[1]["text"]["text"]
    assert first.startswith("*⛔ Oui") and first.endswith("`Vidéo générée par IA`")  # default language: fr
    content = texts(blocks)
    assert "Contenu généré par l'IA" in content  # where the toggle is
    assert "<https://newsroom.tiktok.com/" in content and "<https://eur-lex.europa.eu/" in content
    assert "Oui" in body["text"]  # the notification text
    await harness.settle()
    assert harness.fake.called("chat.postMessage") == []
    assert harness.rows("SELECT id FROM events") == []  # a label question records nothing


async def test_label_reads_aliases_and_situations(harness: Harness) -> None:
    body = (await harness.command("label ig photo retouched influencer")).json()
    content = texts(body["blocks"])
    assert "`Publicité · Images retouchées`" in content and "2023-451" in content
    title = body["blocks"][0]["text"]["text"]
    assert title == "Signaler l'IA\u202f: Instagram, Facebook et Threads (Meta), image"


async def test_label_unknown_place_lists_the_known_ones(harness: Harness) -> None:
    body = (await harness.command("label myspace image")).json()
    content = texts(body["blocks"])
    assert body["response_type"] == "ephemeral"
    assert "`instagram`" in content and "`print_ad`" in content and "/ai-check label" in content


async def test_bare_label_says_how_to_ask(harness: Harness) -> None:
    body = (await harness.command("label")).json()
    assert "/ai-check label tiktok" in texts(body["blocks"])


async def test_help_lists_label(harness: Harness) -> None:
    body = (await harness.command("help")).json()
    assert "/ai-check label tiktok video" in texts(body["blocks"])


async def test_a_check_links_its_transparency_point_to_label(harness: Harness) -> None:
    body = (await harness.command(MIDJOURNEY_FR)).json()
    assert "`/ai-check label instagram image`" in texts(body["blocks"])
