"""The knowledge base's parsed-YAML file: the same data as parsing, never stale, never in the way."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from bot import knowledge
from bot.parsed_yaml import CACHE_FILE, ParsedYaml, parse

REAL = knowledge.default_dir()


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "knowledge"
    shutil.copytree(REAL, dst, ignore=shutil.ignore_patterns(CACHE_FILE))
    return dst


def test_a_load_from_the_file_equals_parsing(kb_copy: Path) -> None:
    first = knowledge.load(kb_copy, with_classifier=False)
    assert (kb_copy / CACHE_FILE).is_file()
    again = knowledge.load(kb_copy, with_classifier=False)
    parsed, problems = knowledge._parse(kb_copy, date.today())
    assert again == first == parsed
    assert not [p for p in problems if "older than 18 months" not in p]


def test_an_edited_card_is_read_again(kb_copy: Path) -> None:
    knowledge.load(kb_copy, with_classifier=False)
    card = sorted((kb_copy / "cards").glob("*/*.en.md"))[0]
    text = card.read_text(encoding="utf-8")
    head, _, rest = text.partition("\ntitle: ")
    card.write_text(f"{head}\ntitle: Edited title\n{rest.split(chr(10), 1)[1]}", encoding="utf-8")
    kb = knowledge.load(kb_copy, with_classifier=False)
    assert "Edited title" in {c.title for c in kb.cards.values()}


def test_a_broken_or_foreign_file_is_ignored(kb_copy: Path) -> None:
    expected = knowledge.load(kb_copy, with_classifier=False)
    for junk in ("{not json", json.dumps({"version": 99, "texts": {}}), json.dumps([1, 2])):
        (kb_copy / CACHE_FILE).write_text(junk, encoding="utf-8")
        assert knowledge.load(kb_copy, with_classifier=False) == expected
    body = json.loads((kb_copy / CACHE_FILE).read_text(encoding="utf-8"))
    assert body["version"] == 1 and len(body["texts"]) > 100


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through read-only modes")
def test_a_read_only_knowledge_base_still_loads(kb_copy: Path) -> None:
    kb_copy.chmod(0o555)
    try:
        assert knowledge.load(kb_copy, with_classifier=False).cards
        assert not (kb_copy / CACHE_FILE).exists()
    finally:
        kb_copy.chmod(0o755)


def test_a_missing_directory_only_means_parsing(tmp_path: Path) -> None:
    cache = ParsedYaml(tmp_path / "gone" / CACHE_FILE)
    assert cache.load("a: 1\n") == {"a": 1}
    cache.save()  # the folder does not exist: nothing written, nothing raised
    assert not (tmp_path / "gone").exists()


@pytest.mark.parametrize(
    "text",
    [
        "reviewed: 2026-03-01\nsources: [{url: 'https://x.org', year: 2024}]\n",
        "1: one\n2: two\n",  # keys JSON would turn into strings: parsed each time, not kept
        "when: 2026-03-01 10:00:00\n",  # a timestamp: not kept
        "ratio: .nan\n",  # NaN is not equal to itself: not kept
        "- [a, b]\n- {x: 1.0, y: 2}\n- null\n- ''\n",
    ],
)
def test_what_comes_back_is_what_parsing_gives(tmp_path: Path, text: str) -> None:
    path = tmp_path / CACHE_FILE
    first = ParsedYaml(path)
    data = first.load(text)
    first.save()
    again = ParsedYaml(path).load(text)
    expected = parse(text)
    assert repr(again) == repr(data) == repr(expected)


def test_callers_changing_their_data_do_not_change_the_file(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    cache = ParsedYaml(path)
    cache.load("a: [1]\n")["a"].append(2)
    cache.save()
    second = ParsedYaml(path)
    second.load("a: [1]\n")["a"].append(3)
    assert ParsedYaml(path).load("a: [1]\n") == {"a": [1]}


def test_stale_entries_drop_out(tmp_path: Path) -> None:
    path = tmp_path / CACHE_FILE
    old = ParsedYaml(path)
    old.load("a: 1\n")
    old.save()
    new = ParsedYaml(path)
    new.load("b: 2\n")
    new.save()
    assert len(json.loads(path.read_text(encoding="utf-8"))["texts"]) == 1
