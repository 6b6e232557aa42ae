"""The knowledge base loader and linter: the real base is clean; each kind of damage is reported."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import knowledge
from bot.coach.model import LANGS, Pillar
from bot.errors import KnowledgeError

REAL = knowledge.default_dir()


def _front(path: Path) -> tuple[dict[str, Any], str]:
    _, head, body = path.read_text(encoding="utf-8").split("---", 2)
    return yaml.safe_load(head), body


def _write_front(path: Path, data: dict[str, Any], body: str) -> None:
    head = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(f"---\n{head}---{body}", encoding="utf-8")


@pytest.fixture(scope="module")
def kb_today() -> date:
    """A 'today' at which the real base is valid: the most recent review date."""
    kb = knowledge.load(REAL)
    return max(c.reviewed for c in kb.cards.values())


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "knowledge"
    shutil.copytree(REAL, dst)
    return dst


@pytest.fixture
def card_path(kb_copy: Path) -> Path:
    """One English card of the copy (the first, in file order)."""
    return sorted((kb_copy / "cards").glob("*/*.en.md"))[0]


def _card_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name.split('.')[0]}"


def _edit_card(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data, body = _front(path)
    change(data)
    _write_front(path, data, body)


def _edit_yaml(path: Path, change: Callable[[Any], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


# ---------------------------------------------------------------- the real base


def test_real_base_lints_clean() -> None:
    assert knowledge.lint() == []
    assert knowledge.lint(REAL) == []


def test_real_base_loads_strict(kb_today: date) -> None:
    kb = knowledge.load(REAL, today=kb_today, strict=True)
    assert kb.rules and kb.lexicon.tools and kb.footprint.factors


def test_at_least_30_ideas_in_both_languages() -> None:
    kb = knowledge.load(REAL)
    ideas = {cid for cid, _ in kb.cards}
    assert len(ideas) >= 30
    for cid in ideas:
        for lang in LANGS:
            assert (cid, lang) in kb.cards, (cid, lang)
    assert len(kb.cards) == len(ideas) * len(LANGS)
    assert kb.ids == ideas


def test_all_six_pillars_have_cards() -> None:
    kb = knowledge.load(REAL)
    assert {c.pillar for c in kb.cards.values()} == set(Pillar)
    assert len(Pillar) == 6


def test_cards_are_what_the_readme_says() -> None:
    kb = knowledge.load(REAL)
    for (cid, lang), c in kb.cards.items():
        assert c.id == cid and c.lang == lang
        assert cid.startswith(f"{c.pillar.value}/")
        assert len(c.summary) <= knowledge.MAX_SUMMARY
        assert c.sources and all(s.url.startswith("https://") for s in c.sources)
        assert c.keywords, cid
        assert c.body.strip(), cid


# ---------------------------------------------------------------- each kind of damage, exactly one report


def test_card_without_source(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    _edit_card(card_path, lambda d: d.update(sources=[]))
    assert knowledge.lint(kb_copy, kb_today) == [f"{_card_id(card_path)} (en): no source"]


def test_card_source_over_http(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    def change(d: dict[str, Any]) -> None:
        d["sources"][0]["url"] = "http://example.org/report"

    _edit_card(card_path, change)
    assert knowledge.lint(kb_copy, kb_today) == [
        f"{_card_id(card_path)} (en): source without https url: http://example.org/report"
    ]


def test_missing_translation(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    card_path.with_name(card_path.name.replace(".en.md", ".fr.md")).unlink()
    assert knowledge.lint(kb_copy, kb_today) == [f"{_card_id(card_path)}: missing translation (fr)"]


def test_card_with_unknown_pillar(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    _edit_card(card_path, lambda d: d.update(pillar="ecology"))
    problems = knowledge.lint(kb_copy, kb_today)
    rel = card_path.relative_to(kb_copy).as_posix()
    pillar_lines = [p for p in problems if p.startswith(f"{rel}: pillar:")]
    assert len(pillar_lines) == 1, problems
    assert "bias" in pillar_lines[0] and "accuracy" in pillar_lines[0]
    # The invalid card is left out, so its English version is reported missing; nothing else.
    assert problems == [pillar_lines[0], f"{_card_id(card_path)}: missing translation (en)"]


def test_rule_with_unknown_pillar(kb_copy: Path, kb_today: date) -> None:
    _edit_yaml(kb_copy / "rules.yaml", lambda d: d["rules"][0].update(pillar="ecology"))
    problems = knowledge.lint(kb_copy, kb_today)
    assert len(problems) == 1 and problems[0].startswith("rules.yaml: pillar:"), problems


def test_rule_pointing_at_a_missing_card(kb_copy: Path, kb_today: date) -> None:
    rules = yaml.safe_load((kb_copy / "rules.yaml").read_text(encoding="utf-8"))["rules"]
    rule_id = rules[0]["id"]
    _edit_yaml(kb_copy / "rules.yaml", lambda d: d["rules"][0]["cards"].append("footprint/no-such-card"))
    assert knowledge.lint(kb_copy, kb_today) == [
        f"rules.yaml: {rule_id} points at missing card footprint/no-such-card"
    ]


def test_lexicon_star_inside_a_word(kb_copy: Path, kb_today: date) -> None:
    # The matcher reads `*` as "any ending": inside a word it would silently never match.
    _edit_yaml(kb_copy / "lexicon.yaml", lambda d: d["concepts"]["people:generic"].append("businesswom*n"))
    problems = knowledge.lint(kb_copy, kb_today)
    star = (
        "lexicon.yaml: people:generic: `businesswom*n` has a `*` inside a word"
        " (only a word's end may have one)"
    )
    # (the edit also makes the model older than its lexicon: that line is expected too)
    assert [p for p in problems if not p.startswith("model: stale")] == [star]


def test_duplicate_card_id(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    twin = card_path.with_name("zz-twin.en.md")
    shutil.copy(card_path, twin)
    problems = knowledge.lint(kb_copy, kb_today)
    assert f"{_card_id(card_path)} (en): duplicate id" in problems
    # The twin's file name does not match its id either; nothing else is wrong.
    assert set(problems) == {
        f"{_card_id(card_path)} (en): duplicate id",
        f"{twin.relative_to(kb_copy).as_posix()}: id/pillar/lang do not match the file name",
    }


def test_duplicate_rule_id(kb_copy: Path, kb_today: date) -> None:
    def change(d: dict[str, Any]) -> None:
        d["rules"].append(dict(d["rules"][0]))

    _edit_yaml(kb_copy / "rules.yaml", change)
    rule_id = yaml.safe_load((kb_copy / "rules.yaml").read_text(encoding="utf-8"))["rules"][0]["id"]
    assert knowledge.lint(kb_copy, kb_today) == [f"rules.yaml: duplicate rule id {rule_id}"]


def test_summary_too_long(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    _edit_card(card_path, lambda d: d.update(summary="x" * 281))
    assert knowledge.lint(kb_copy, kb_today) == [
        f"{_card_id(card_path)} (en): summary is 281 characters (max 280)"
    ]


def test_summary_of_exactly_280_is_fine(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    _edit_card(card_path, lambda d: d.update(summary="x" * 280))
    assert knowledge.lint(kb_copy, kb_today) == []


def test_review_older_than_18_months(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    old = kb_today - timedelta(days=549)
    _edit_card(card_path, lambda d: d.update(reviewed=old))
    assert knowledge.lint(kb_copy, kb_today) == [
        f"{_card_id(card_path)} (en): reviewed {old.isoformat()}, older than 18 months"
    ]


def test_review_exactly_18_months_old_is_fine(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    _edit_card(card_path, lambda d: d.update(reviewed=kb_today - timedelta(days=548)))
    assert knowledge.lint(kb_copy, kb_today) == []


def test_whole_base_goes_stale_with_time(kb_today: date) -> None:
    later = kb_today + timedelta(days=2 * 365)
    problems = knowledge.lint(REAL, later)
    assert problems and all("older than 18 months" in p for p in problems)
    # Stale review dates alone do not stop the bot; strict loading refuses them.
    assert knowledge.load(REAL, today=later).rules
    with pytest.raises(KnowledgeError) as exc:
        knowledge.load(REAL, today=later, strict=True)
    assert exc.value.problems == problems


def test_rule_leading_with_a_source_its_cards_do_not_have(kb_copy: Path, kb_today: date) -> None:
    rules = yaml.safe_load((kb_copy / "rules.yaml").read_text(encoding="utf-8"))["rules"]
    rule_id = rules[0]["id"]
    url = "https://example.org/not-a-source"
    _edit_yaml(kb_copy / "rules.yaml", lambda d: d["rules"][0].update(sources_first=[url]))
    assert knowledge.lint(kb_copy, kb_today) == [
        f"rules.yaml: {rule_id}: `sources_first` {url} is not a source of its cards ({lang})"
        for lang in LANGS
    ]


def test_footprint_factor_pointing_at_a_missing_card(kb_copy: Path, kb_today: date) -> None:
    _edit_yaml(kb_copy / "footprint.yaml", lambda d: d["factors"]["image"].update(card="footprint/nope"))
    assert knowledge.lint(kb_copy, kb_today) == [
        "footprint.yaml: factor image points at missing card footprint/nope"
    ]


def test_footprint_factor_over_http(kb_copy: Path, kb_today: date) -> None:
    def change(d: dict[str, Any]) -> None:
        d["factors"]["video"]["source"]["url"] = "http://example.org/video"

    _edit_yaml(kb_copy / "footprint.yaml", change)
    assert knowledge.lint(kb_copy, kb_today) == ["footprint.yaml: video has no https source"]


def test_rule_missing_a_language(kb_copy: Path, kb_today: date) -> None:
    rules = yaml.safe_load((kb_copy / "rules.yaml").read_text(encoding="utf-8"))["rules"]
    rule_id = rules[0]["id"]
    _edit_yaml(kb_copy / "rules.yaml", lambda d: d["rules"][0]["advice"].pop("fr"))
    assert knowledge.lint(kb_copy, kb_today) == [f"rules.yaml: {rule_id} has no fr text"]


def test_broken_yaml_is_one_line(kb_copy: Path, kb_today: date) -> None:
    (kb_copy / "lexicon.yaml").write_text("tools: [unclosed\n", encoding="utf-8")
    problems = knowledge.lint(kb_copy, kb_today)
    assert problems and problems[0].startswith("lexicon.yaml: ")
    assert all("\n" not in p for p in problems)


def test_load_refuses_a_broken_base(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    card_path.with_name(card_path.name.replace(".en.md", ".fr.md")).unlink()
    with pytest.raises(KnowledgeError) as exc:
        knowledge.load(kb_copy, today=kb_today)
    assert exc.value.problems == [f"{_card_id(card_path)}: missing translation (fr)"]


def test_the_copy_itself_is_clean(kb_copy: Path, kb_today: date) -> None:
    """Guards the tests above: the damage, not the copy, causes each report."""
    assert knowledge.lint(kb_copy, kb_today) == []
    card = sorted((kb_copy / "cards").glob("*/*.en.md"))[0]
    _edit_card(card, lambda d: None)  # a round trip through our YAML writer changes nothing
    assert knowledge.lint(kb_copy, kb_today) == []


# ---------------------------------------------------------------- source rules: denylist, publisher and year


def _first_source(change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    return lambda d: change(d["sources"][0])


def test_source_from_a_denylisted_domain(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    url = "https://www.sideurl.com/article/some-copied-story"
    _edit_card(card_path, _first_source(lambda s: s.update(url=url)))
    denylist = yaml.safe_load((kb_copy / "source-denylist.yaml").read_text(encoding="utf-8"))
    reason = denylist["domains"]["sideurl.com"]
    assert knowledge.lint(kb_copy, kb_today) == [
        f"{_card_id(card_path)} (en): source on the denylist (sideurl.com: {reason}): {url}"
    ]


def test_a_domain_that_only_ends_like_a_denylisted_one_is_fine(
    kb_copy: Path, card_path: Path, kb_today: date
) -> None:
    _edit_card(card_path, _first_source(lambda s: s.update(url="https://notsideurl.com/report")))
    assert knowledge.lint(kb_copy, kb_today) == []


def test_footprint_source_from_a_denylisted_domain(kb_copy: Path, kb_today: date) -> None:
    url = "https://vuink.com/post/some-mirrored-article"

    def change(d: dict[str, Any]) -> None:
        d["factors"]["image"]["source"]["url"] = url

    _edit_yaml(kb_copy / "footprint.yaml", change)
    problems = knowledge.lint(kb_copy, kb_today)
    assert len(problems) == 1
    assert problems[0].startswith("footprint.yaml: image: source on the denylist (vuink.com")


def test_disclosure_source_from_a_denylisted_domain(kb_copy: Path, kb_today: date) -> None:
    url = "https://winbuzzer.com/2024/07/03/some-label-story"

    def change(d: dict[str, Any]) -> None:
        first = next(iter(d["sources"]))
        d["sources"][first]["url"] = url

    _edit_yaml(kb_copy / "disclosure.yaml", change)
    problems = knowledge.lint(kb_copy, kb_today)
    assert len(problems) == 1
    assert problems[0].startswith("disclosure.yaml: sources.") and "denylist (winbuzzer.com" in problems[0]


def test_denylist_entry_without_a_reason(kb_copy: Path, kb_today: date) -> None:
    _edit_yaml(kb_copy / "source-denylist.yaml", lambda d: d["domains"].update({"example-mirror.com": ""}))
    assert knowledge.lint(kb_copy, kb_today) == ["source-denylist.yaml: example-mirror.com has no reason"]


def test_source_without_publisher(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    url = _front(card_path)[0]["sources"][0]["url"]
    _edit_card(card_path, _first_source(lambda s: s.pop("publisher")))
    assert knowledge.lint(kb_copy, kb_today) == [
        f"{_card_id(card_path)} (en): source without publisher and year: {url}"
    ]


def test_source_without_year(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    url = _front(card_path)[0]["sources"][0]["url"]
    _edit_card(card_path, _first_source(lambda s: s.pop("year")))
    assert knowledge.lint(kb_copy, kb_today) == [
        f"{_card_id(card_path)} (en): source without publisher and year: {url}"
    ]


def test_source_with_a_blank_publisher(kb_copy: Path, card_path: Path, kb_today: date) -> None:
    url = _front(card_path)[0]["sources"][0]["url"]
    _edit_card(card_path, _first_source(lambda s: s.update(publisher="  ")))
    assert knowledge.lint(kb_copy, kb_today) == [
        f"{_card_id(card_path)} (en): source without publisher and year: {url}"
    ]


def test_every_real_source_is_off_the_denylist() -> None:
    from bot import source_lint

    denylist = source_lint.load_denylist(REAL, problems := [])
    assert denylist and not problems
    kb = knowledge.load(REAL)
    urls = [s.url for c in kb.cards.values() for s in c.sources]
    assert [u for u in urls if source_lint.denied_domain(u, denylist)] == []
