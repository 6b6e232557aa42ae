"""Every English answer, on every surface, and every catalogue string: no French punctuation spacing
(" : ", " ?") and brand names in their own casing; French answers carry the narrow no-break spaces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.coach.i18n import CATALOGUE
from bot.coach.i18n_ui import HELP_EXAMPLES
from bot.coach.typography import NNBSP
from bot.render.adaptive import answer_card, help_card
from bot.render.blocks import answer_blocks, help_blocks
from bot.render.terminal import render
from bot.render.view import answer_view
from tests.support.text_checks import english_problems, texts_of

DATA = Path(__file__).resolve().parent.parent / "data"
EXTRA = [
    "We'll generate 30 visuals with Midjourney for Instagram, with realistic faces",
    "Can ChatGPT summarise this confidential deck for the board?",
    "How much water does a prompt use?",
    "Generate 2,600 product descriptions with GPT-4o and 40 videos of 20 seconds with Sora",
    "What's the weather tomorrow?",
]


def english_texts() -> list[str]:
    cases = []
    for name in ("checks.jsonl", "checks_more.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line)["lang"] == "en":
                cases.append(json.loads(line)["text"])
    return cases + EXTRA


@pytest.fixture(scope="module")
def coach() -> Coach:
    return build_coach()


def brands(coach: Coach) -> list[str]:
    return [tool.label for tool in coach.kb.lexicon.tools.values()]


def quoted(coach: Coach) -> tuple[str, ...]:
    """What is quoted as written, in its own language: French source titles, the French help example."""
    titles = {s.title for card in coach.kb.cards_in("en") for s in card.sources}
    return (*sorted(titles, key=len, reverse=True), *HELP_EXAMPLES)


def without(texts: list[str], quotes: tuple[str, ...]) -> list[str]:
    out = []
    for text in texts:
        for q in quotes:
            text = text.replace(q, "QUOTE").replace(q.removeprefix("/ai-check "), "QUOTE")
        out.append(text)
    return out


def test_every_english_answer_on_every_surface(coach: Coach) -> None:
    problems: list[str] = []
    for text in english_texts():
        a = coach.assess(text, "en")
        view = answer_view(a)
        rendered = [*texts_of(answer_blocks(view)), *texts_of(answer_card(view)), render(a)]
        problems += english_problems(without([*rendered, a.answer], quoted(coach)), brands(coach))
    assert problems == []


def test_help_and_catalogue_in_english(coach: Coach) -> None:
    english = [entry["en"] for entry in CATALOGUE.values() if "en" in entry]
    help_texts = [*texts_of(help_blocks("en")), *texts_of(help_card("en"))]
    assert english_problems(without(english + help_texts, quoted(coach)), brands(coach)) == []


def test_french_answers_use_narrow_no_break_spaces(coach: Coach) -> None:
    a = coach.assess("On va générer 30 visuels avec Midjourney pour Instagram", "fr")
    text = "\n".join(texts_of(answer_blocks(answer_view(a))))
    assert f"{NNBSP}Wh" in text and " :" not in a.answer
    assert "30 visuels" in a.answer or "Midjourney" in text  # brand kept as written in the lexicon
