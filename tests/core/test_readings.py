"""`knowledge/readings.yaml`: what an absent, real or made-up subject silences, and what names a pillar.

The data is read by `coach.understanding.ReadingRules` (pure, tested here on small tables) and linted by
`kb lint` against the cards and the facts extraction can produce (`coach.facts`).
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import knowledge
from bot.coach import facts
from bot.coach.kb import Readings
from bot.coach.understanding import ReadingRules
from bot.errors import KnowledgeError

REAL = knowledge.default_dir()
KB = knowledge.load(REAL, with_classifier=False)


def _readings(**tables: Any) -> ReadingRules:
    return ReadingRules(Readings.model_validate(tables))


def test_a_silence_needs_one_when_fact_and_no_unless_fact() -> None:
    r = _readings(
        silences=[
            {
                "why": "-",
                "when": ["negated:people", "style:abstract"],
                "unless": ["people"],
                "cards": ["bias/a", "bias/b"],
            }
        ]
    )
    assert r.absent(frozenset({"negated:people"})) == {"bias/a", "bias/b"}
    assert r.absent(frozenset({"style:abstract", "tool"})) == {"bias/a", "bias/b"}
    assert r.absent(frozenset({"negated:people", "people"})) == frozenset()
    assert r.absent(frozenset({"tool"})) == frozenset()


def test_silences_add_up() -> None:
    r = _readings(
        silences=[
            {"why": "-", "when": ["real:only"], "cards": ["privacy/a"]},
            {"why": "-", "when": ["fictional:only"], "cards": ["privacy/b"]},
        ]
    )
    assert r.absent(frozenset({"real:only", "fictional:only"})) == {"privacy/a", "privacy/b"}


def test_evidence_and_named_subjects_are_fact_prefixes() -> None:
    r = _readings(
        evidence={"privacy": ["data"]},
        counter_evidence={"bias": ["subject:objects"]},
        named_subject={"copyright": ["topic:copyright"], "privacy": ["data:"]},
    )
    assert r.evidenced("privacy", frozenset({"data:health"}))
    assert not r.evidenced("privacy", frozenset({"people"}))
    assert r.evidenced("accuracy", frozenset())  # no evidence asked of a pillar with no entry
    assert r.countered("bias", frozenset({"subject:objects"}))
    assert not r.countered("privacy", frozenset({"subject:objects"}))
    assert r.names_subject("privacy", frozenset({"data:personal"}))
    assert not r.names_subject("privacy", frozenset({"data"}))
    assert not r.names_subject("bias", frozenset({"topic:copyright"}))


def test_the_real_readings_name_existing_cards_and_known_facts() -> None:
    known = facts.known_facts(KB.lexicon)
    assert KB.readings.silences, "readings.yaml was not loaded"
    assert facts.readings_problems(KB.readings, KB.ids, known) == []
    assert facts.rule_problems(KB.rules, known) == []


@pytest.mark.parametrize(
    ("fact", "known"),
    [
        ("negated:people", True),
        ("negated:data", True),
        ("negated:bias", False),
        ("real:only", True),
        ("tool:midjourney", True),
        ("quantity:image", True),
        ("people:aliens", False),
    ],
)
def test_known_facts(fact: str, known: bool) -> None:
    assert (fact in facts.known_facts(KB.lexicon)) is known


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "knowledge"
    shutil.copytree(REAL, dst)
    return dst


def _edit(folder: Path, change: Any) -> None:
    path = folder / "readings.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _lint(folder: Path) -> list[str]:
    return knowledge.lint(folder, date(2026, 12, 31))  # after every card's review, within its 18 months


def test_lint_refuses_a_silence_with_a_missing_card_or_an_unknown_fact(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder, lambda d: d["silences"][0].update(cards=["bias/no-such-card"], unless=["peopel"]))
    assert _lint(folder) == [
        "readings.yaml: silence 1: missing card 'bias/no-such-card'",
        "readings.yaml: silence 1: unknown fact 'peopel'",
    ]


def test_lint_refuses_an_unknown_prefix_or_pillar(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(
        folder,
        lambda d: (d["evidence"].update(ecology=["data"]), d["named_subject"]["privacy"].append("gdpr:")),
    )
    assert _lint(folder) == [
        "readings.yaml: evidence: unknown pillar 'ecology'",
        "readings.yaml: named_subject.privacy: no fact starts with 'gdpr:'",
    ]


def test_lint_refuses_a_rule_condition_no_extraction_produces(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    path = folder / "rules.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rules"][0]["when"]["all"] = ["people|peopel"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert _lint(folder) == [f"rules.yaml: {data['rules'][0]['id']}: unknown fact 'peopel'"]


def test_a_base_without_readings_does_not_load(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "readings.yaml").unlink()
    problems = _lint(folder)
    assert len(problems) == 1 and problems[0].startswith("readings.yaml: "), problems
    with pytest.raises(KnowledgeError):
        knowledge.load(folder, with_classifier=False)


def test_an_asked_card_is_named_by_its_fact() -> None:
    r = _readings(asked={"topic:carbon": "footprint/carbon-by-grid", "topic:water": "footprint/water"})
    assert r.asked(frozenset({"topic:carbon", "tool"})) == ("footprint/carbon-by-grid",)
    assert r.asked(frozenset({"tool"})) == ()
