"""One order everywhere (issue 11): the most serious point first on every surface, then by pillar.

Each surface is rendered for varied plans and questions, and the order in which the points' titles
appear is compared with the findings' severities.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.coach.model import Assessment, Severity
from bot.render import adaptive, blocks, html, terminal
from bot.render.view import answer_view

TEXTS = (
    "On colle la liste de nos clients (noms, e-mails) dans ChatGPT et on génère 30 visuels Midjourney",
    "We'll generate 40 images of our sales team with DALL-E and publish them on LinkedIn",
    "Un influenceur virtuel créé avec Midjourney pour nos cosmétiques, 50 visuels par mois",
    "Make 10 product videos with Runway for TikTok, with a cloned voice of our CEO",
    "Can we paste our customer list into ChatGPT for the newsletter, with 20 Midjourney images of customers?",
    "On publie tel quel un communiqué écrit par ChatGPT avec des chiffres de marché et des avis clients",
)


@pytest.fixture(scope="module")
def coach() -> Coach:
    return build_coach()


def ranks_in(text: str, a: Assessment) -> list[int]:
    """The severities of the points, in the order their titles appear in `text`."""
    flat = " ".join(text.split())  # the CLI wraps lines: a title may span two
    found = sorted((flat.find(" ".join(f.title.split())[:30]), f.severity.rank) for f in a.findings)
    assert all(pos >= 0 for pos, _ in found), "every point is shown"
    return [rank for _, rank in found]


def is_most_serious_first(ranks: list[int]) -> bool:
    return ranks == sorted(ranks, reverse=True)


def slack_text(a: Assessment) -> str:
    return json.dumps(blocks.answer_blocks(answer_view(a)), ensure_ascii=False)


def teams_text(a: Assessment) -> str:
    card: dict[str, Any] = adaptive.answer_card(answer_view(a))
    return json.dumps(card, ensure_ascii=False)


@pytest.mark.parametrize("text", TEXTS)
def test_findings_come_most_serious_first_then_by_pillar(coach: Coach, text: str) -> None:
    a = coach.assess(text)
    assert len(a.findings) >= 2
    ranks = [f.severity.rank for f in a.findings]
    assert is_most_serious_first(ranks)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("render", [slack_text, teams_text, terminal.render], ids=["slack", "teams", "cli"])
def test_every_surface_shows_the_most_serious_point_first(coach: Coach, text: str, render: Any) -> None:
    a = coach.assess(text)
    assert is_most_serious_first(ranks_in(render(a), a))


def test_the_playground_follows_the_findings_order() -> None:
    """The page's script renders `findings` as they come (runs of one pillar share a heading)."""
    script = html.playground("en").html
    assert "data.findings.forEach" in script


def test_the_view_keeps_the_order_and_counts_only_points_to_act_on(coach: Coach) -> None:
    a = coach.assess(TEXTS[0])
    view = answer_view(a)
    assert [p.severity for p in view.points] == [f.severity.value for f in a.findings]
    assert [p for pv in view.pillars for p in pv.points] == list(view.points)
    assert view.to_act == sum(1 for f in a.findings if f.severity is not Severity.INFO)
    assert view.header.startswith(view.points[0].icon) and a.headline in view.header
    assert a.headline not in view.answer  # said once
