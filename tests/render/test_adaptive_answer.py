"""The Teams answer card fits one screen: severity as container styles (never coloured text), Large
headings, one link per point, details and the footprint basis behind toggles, the view's order."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from bot.bootstrap import build_coach
from bot.coach.engine import Coach
from bot.digest.compose import compose
from bot.render.adaptive import answer_card, digest_card, help_card
from bot.render.view import AnswerView, answer_view
from tests.render.test_adaptive import sample_texts, stats
from tests.teams.support import assert_valid_card, links, texts

PLAN = (
    "We will generate 30 Instagram visuals with Midjourney with realistic faces and paste our customer "
    "list into ChatGPT to personalise the posts"
)
STYLES = {"info": "accent", "warning": "warning", "critical": "attention"}


@pytest.fixture(scope="module")
def coach() -> Coach:
    return build_coach()


def walk(node: object) -> list[dict[str, Any]]:
    """Every element (dict with a "type") of a card, depth first."""
    out: list[dict[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            out += walk(item)
    elif isinstance(node, dict):
        if "type" in node:
            out.append(node)
        for value in node.values():
            out += walk(value)
    return out


def visible(node: Any) -> Any:
    """A copy of `node` without hidden containers and `Action.ShowCard` cards."""
    if isinstance(node, list):
        return [visible(x) for x in node if not hidden(x)]
    if isinstance(node, dict):
        return {k: visible(v) for k, v in node.items() if not hidden(v)}
    return node


def hidden(node: Any) -> bool:
    return isinstance(node, dict) and (
        node.get("isVisible") is False or node.get("type") == "Action.ShowCard"
    )


def visible_texts(card: dict[str, Any]) -> list[str]:
    return texts(visible(card["body"]))


def plan_view(coach: Coach) -> AnswerView:
    view = answer_view(coach.assess(PLAN))
    assert len(view.pillars) >= 3 and view.footprint is not None
    return view


def all_cards(coach: Coach) -> list[dict[str, Any]]:
    cards = [answer_card(answer_view(coach.assess(text))) for _, text in sample_texts()]
    return [*cards, help_card("fr"), help_card("en"), digest_card(compose(coach, stats(), "en"))]


def test_no_text_anywhere_carries_a_colour(coach: Coach) -> None:
    """Teams' "Warning" text is yellow on white (1.47:1): severity is a container style, never a colour."""
    for card in all_cards(coach):
        assert '"color"' not in json.dumps(card)


def test_each_point_sits_in_a_container_styled_by_its_severity(coach: Coach) -> None:
    view = plan_view(coach)
    card = answer_card(view)
    assert_valid_card(card)
    styled = [e for e in walk(card["body"]) if e["type"] == "Container" and "style" in e]
    expected = [STYLES[p.severity] for pillar in view.pillars for p in pillar.points]
    assert [e["style"] for e in styled] == expected
    for container, point in zip(styled, [p for pv in view.pillars for p in pv.points], strict=True):
        assert point.title in texts(container)


def test_pillar_headings_are_large_and_bolder(coach: Coach) -> None:
    view = plan_view(coach)
    runs = [e for e in walk(answer_card(view)["body"]) if e["type"] == "TextRun"]
    for pillar in view.pillars:
        heading = next(r for r in runs if r["text"] == f"{pillar.icon} {pillar.label}")
        assert heading["size"] == "Large" and heading["weight"] == "Bolder"


def test_main_card_has_at_most_one_link_per_point_and_details_have_every_source(coach: Coach) -> None:
    view = plan_view(coach)
    card = answer_card(view)
    for container in (e for e in walk(card["body"]) if e["type"] == "Container" and "style" in e):
        assert len(links(visible(container["items"]))) <= 1
    points = [p for pv in view.pillars for p in pv.points]
    shown_links = links(visible(card["body"]))
    assert shown_links == [p.sources[0].url for p in points if p.sources]
    assert {s.url for p in points for s in p.sources} <= set(links(card))


def test_main_card_shows_a_short_lead_and_the_rest_is_behind_a_toggle(coach: Coach) -> None:
    view = plan_view(coach)
    card = answer_card(view)
    hidden = [e for e in walk(card["body"]) if e.get("isVisible") is False]
    targets = [
        t for e in walk(card["body"]) if e["type"] == "Action.ToggleVisibility" for t in e["targetElements"]
    ]
    assert sorted(targets) == sorted(e["id"] for e in hidden) and len(set(targets)) == len(targets)
    shown = visible_texts(card)
    for point in (p for pv in view.pillars for p in pv.points):
        assert point.title in shown
        assert point.advice not in shown or len(point.advice) <= 240  # long advice: only its lead shows
    visible = sum(len(x) for x in shown)
    assert visible < sum(len(x) for x in texts(card)) * 0.6


def test_footprint_figures_are_shown_once_and_the_basis_is_behind_a_toggle(coach: Coach) -> None:
    view = plan_view(coach)
    fp = view.footprint
    assert fp is not None
    for answer in (view.answer, "Something else entirely."):  # figures in the answer line, or not
        shown = " ".join(visible_texts(answer_card(replace(view, answer=answer))))
        assert shown.count(fp.energy) == 1
        assert fp.basis not in shown and fp.equivalents[0] in shown
        assert all(e not in shown for e in fp.equivalents[1:])
    assert any(fp.basis in x for x in texts(answer_card(view)))


def test_sections_follow_the_views_order(coach: Coach) -> None:
    """The view decides the order (severity first): the card never re-groups or re-sorts."""
    view = plan_view(coach)
    flipped = replace(view, pillars=view.pillars[::-1])
    runs = [r["text"] for r in walk(answer_card(flipped)["body"]) if r.get("size") == "Large"]
    assert runs[1:] == [f"{p.icon} {p.label}" for p in flipped.pillars]
