"""`ai-coach kb lint` over `knowledge/disclosure.yaml`: one clear line per mistake; the real file is clean."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import knowledge

REAL = knowledge.default_dir()
TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dst = tmp_path_factory.mktemp("kb") / "knowledge"
    shutil.copytree(REAL, dst, ignore=shutil.ignore_patterns("examples", "model"))  # lint without corpus
    return dst


def lint_with(base: Path, tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> list[str]:
    folder = tmp_path / "knowledge"
    shutil.copytree(base, folder)
    path = folder / "disclosure.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return [p for p in knowledge.lint(folder, TODAY) if p.startswith("disclosure.yaml")]


def test_the_real_file_is_clean(base: Path, tmp_path: Path) -> None:
    assert lint_with(base, tmp_path, lambda d: None) == []


def test_an_unknown_medium_key_is_refused(base: Path, tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["places"]["tiktok"]["rules"]["gif"] = {"must": "required"}

    assert lint_with(base, tmp_path, change) == ["disclosure.yaml: places.tiktok.rules: unknown medium 'gif'"]


def test_an_unknown_situation_and_basis_are_refused(base: Path, tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["situations_rules"]["satire"] = {}
        d["places"]["youtube"]["rules"]["video"] = {"add": ["dsa_article_35"]}

    problems = lint_with(base, tmp_path, change)
    assert "disclosure.yaml: situations_rules: unknown situation 'satire'" in problems
    assert "disclosure.yaml: places.youtube.rules.video: unknown basis 'dsa_article_35'" in problems


def test_a_missing_translation_is_refused(base: Path, tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        del d["places"]["linkedin"]["where"]["en"]

    [problem] = lint_with(base, tmp_path, change)
    assert problem.startswith("disclosure.yaml: places.linkedin.where.en: Field required"), problem


def test_a_source_without_publisher_or_year_or_https_is_refused(base: Path, tmp_path: Path) -> None:
    def no_publisher(d: dict[str, Any]) -> None:
        del d["sources"]["tiktok_ads"]["publisher"]

    def no_year(d: dict[str, Any]) -> None:
        del d["sources"]["ai_act"]["year"]

    def http(d: dict[str, Any]) -> None:
        d["sources"]["c2pa"]["url"] = "http://spec.c2pa.org/"

    assert "publisher" in lint_with(base, tmp_path / "a", no_publisher)[0]
    assert "year" in lint_with(base, tmp_path / "b", no_year)[0]
    assert lint_with(base, tmp_path / "c", http) == [
        "disclosure.yaml: sources.c2pa: url is not https: http://spec.c2pa.org/"
    ]


def test_every_place_and_medium_must_be_answered(base: Path, tmp_path: Path) -> None:
    def no_default(d: dict[str, Any]) -> None:
        del d["defaults"]["audio"]

    def no_mention(d: dict[str, Any]) -> None:
        del d["defaults"]["audio"]["mention"]

    assert lint_with(base, tmp_path / "a", no_default) == [
        "disclosure.yaml: defaults: no answer for medium 'audio'"
    ]
    problems = lint_with(base, tmp_path / "b", no_mention)
    assert "disclosure.yaml: tiktok × audio: no mention to write" in problems
    assert not any(p.startswith("disclosure.yaml: chatbot × audio") for p in problems)  # it has its own


def test_an_alias_cannot_name_two_things(base: Path, tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["places"]["x"]["aliases"].append("insta")

    assert lint_with(base, tmp_path, change) == [
        "disclosure.yaml: places.x: alias 'insta' is also places.instagram"
    ]


def test_an_old_review_is_reported(base: Path, tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["reviewed"] = date(2024, 1, 1)

    problems = lint_with(base, tmp_path, change)
    assert "disclosure.yaml: reviewed 2024-01-01, older than 18 months" in problems
    assert "disclosure.yaml: sources.c2pa: year 2025 is not plausible" in problems  # newer than the review
