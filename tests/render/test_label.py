"""The disclosure helper's renderers (Block Kit, Adaptive Card, terminal) and the link under transparency
points, asserted on plain dicts and strings."""

from __future__ import annotations

from typing import Any

import pytest

from bot import knowledge
from bot.bootstrap import build_coach
from bot.coach.disclosure import LabelAnswer, LabelUnknown, Vocabulary, answer
from bot.coach.disclosure_data import DisclosureData
from bot.coach.engine import Coach
from bot.render.adaptive_answer import answer_card
from bot.render.blocks import answer_blocks
from bot.render.label import label_blocks, label_card, label_text, unknown_blocks, verdict
from bot.render.terminal import render
from bot.render.view import answer_view
from tests.teams.support import assert_valid_card, links, texts


@pytest.fixture(scope="module")
def data() -> DisclosureData:
    d = knowledge.load(with_classifier=False).disclosure
    assert d is not None
    return d


def ask(data: DisclosureData, text: str, lang: str) -> Any:
    return answer(data, Vocabulary(data), text, lang, "fr")


def block_texts(blocks: list[dict[str, Any]]) -> list[str]:
    out = []
    for b in blocks:
        if isinstance(b.get("text"), dict):
            out.append(b["text"]["text"])
        out += [e["text"] for e in b.get("elements", []) if isinstance(e.get("text"), str)]
    return out


def test_slack_answer_is_short_verdict_first_mention_in_code_sources_as_links(data: DisclosureData) -> None:
    a = ask(data, "tiktok video", "en")
    blocks = label_blocks(a)
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Labelling AI content: TikTok, video", "emoji": True},
    }
    first = blocks[1]["text"]["text"]
    assert first.startswith("*⛔ Yes: you must label it.*\n") and first.endswith("`AI-generated video`")
    assert "AI-generated content" in blocks[2]["text"]["text"]  # where the toggle is
    assert "_Platform rule_ · TikTok rule" in blocks[3]["text"]["text"]
    sources = blocks[-1]["elements"][0]["text"]
    assert "<https://newsroom.tiktok.com/" in sources and "|TikTok Newsroom (2024)>" in sources
    assert len(blocks) <= 10 and all(len(t) <= 3000 for t in block_texts(blocks))


def test_slack_escapes_and_french_typography(data: DisclosureData) -> None:
    a = ask(data, "instagram image", "fr")
    shown = "\n".join(block_texts(label_blocks(a)))
    assert "Mention à copier\u202f: `Image générée par IA`" in shown
    assert "&lt;" not in shown and "<!channel>" not in shown


def test_slack_unknown_lists_what_is_known(data: DisclosureData) -> None:
    u = ask(data, "myspace", "en")
    assert isinstance(u, LabelUnknown)
    blocks = unknown_blocks(u)
    text = blocks[0]["text"]["text"]
    assert text.startswith("I don't know this place") and "• `tiktok` · TikTok" in text
    assert (
        blocks[1]["elements"][0]["text"]
        == "Ask: /ai-check label <where> [what], e.g. /ai-check label tiktok video"
    )


@pytest.mark.parametrize(
    "text",
    [
        "tiktok video",
        "affiche photo retouchée",
        "linkedin",
        "chatbot voix",
        "instagram image personne réelle",
    ],
)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_teams_card_is_valid_and_says_the_same(data: DisclosureData, text: str, lang: str) -> None:
    a = ask(data, text, lang)
    assert isinstance(a, LabelAnswer)
    card = label_card(a)
    assert_valid_card(card)
    shown = texts(card)
    assert shown[1] == verdict(a)  # the verdict right under the title
    assert a.mention in shown and a.where in shown
    assert set(links(card)) == {s.url for s in a.sources}
    assert card["lang"] == lang


def test_teams_unknown_card_is_valid(data: DisclosureData) -> None:
    card = label_card(ask(data, "tiktok gif", "fr"))
    assert_valid_card(card)
    assert "• video · vidéo" in texts(card)


def test_terminal_text_has_every_part(data: DisclosureData) -> None:
    out = label_text(ask(data, "press release text", "en"))
    parts = ["It depends", "Mention to copy: Prepared with AI assistance", "Where to set it:", "Why:"]
    parts += ["Metadata (C2PA):", "↳ EUR-Lex, 2024  https://eur-lex.europa.eu/eli/reg/2024/1689/oj"]
    assert all(part in out for part in parts), out


@pytest.fixture(scope="module")
def coach() -> Coach:
    return build_coach()


def test_transparency_points_show_the_label_command_on_every_surface(coach: Coach) -> None:
    a = coach.assess("We will post a Sora video on TikTok", "en")
    view = answer_view(a)
    point = next(p for p in view.points if p.pillar == "transparency")
    assert point.label_args == "tiktok video"
    assert all(p.label_args is None for p in view.points if p.pillar != "transparency")
    slack = "\n".join(block_texts(answer_blocks(view)))
    assert "→ Exact mention and where to set it: `/ai-check label tiktok video`" in slack
    card = answer_card(view)
    assert_valid_card(card)
    assert "label tiktok video" in texts(card)
    assert "ai-coach label tiktok video" in render(a, width=100)


def test_the_generic_form_when_no_place_is_named(coach: Coach) -> None:
    a = coach.assess("On va générer des visuels avec Midjourney pour la campagne", "fr")
    points = [p for p in answer_view(a).points if p.label_args is not None]
    assert points and all(p.label_args == "<où> [quoi]" for p in points)
