"""Load and validate the `knowledge/` folder into the core's typed models.

`load()` is called once at start by the composition root; `lint()` returns one line per problem
(`ai-coach kb lint` prints them and exits 1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot import model_file, source_lint
from bot.coach import disclosure_data, facts
from bot.coach.disclosure_data import DisclosureData
from bot.coach.kb import Card, FootprintData, KnowledgeBase, Lexicon, Readings, Rule
from bot.coach.model import LANGS, Pillar
from bot.errors import KnowledgeError
from bot.parsed_yaml import CACHE_FILE, ParsedYaml

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "knowledge"
MAX_SUMMARY = 280
MAX_ACTION = 110  # a headline: one line on a phone
MAX_VERDICT = 160
MAX_AGE = timedelta(days=548)  # 18 months
DISCLOSURE = "disclosure.yaml"
READINGS = "readings.yaml"


def default_dir() -> Path:
    """The packaged knowledge base: next to the code in a checkout, or installed beside it."""
    installed = Path(__file__).resolve().parent / "knowledge"
    return installed if installed.is_dir() else DEFAULT_DIR


def _front_matter(path: Path, parsed: ParsedYaml) -> tuple[dict[str, Any], str]:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---"):
        raise ValueError("no YAML front matter")
    _, head, body = text.split("---", 2)
    data = parsed.load(head)
    if not isinstance(data, dict):
        raise ValueError("front matter is not a mapping")
    return data, body.strip()


def _read_cards(folder: Path, problems: list[str], parsed: ParsedYaml) -> list[Card]:
    cards = []
    for path in sorted((folder / "cards").glob("*/*.md")):
        rel = path.relative_to(folder)
        try:
            data, body = _front_matter(path, parsed)
            data["sources"] = source_lint.with_placeholders(data.get("sources"))
            card = Card.model_validate({**data, "body": body})
        except (ValueError, yaml.YAMLError, ValidationError) as exc:
            problems.append(f"{rel}: {_short(exc)}")
            continue
        slug, _, lang = path.stem.rpartition(".")
        if (
            card.id != f"{path.parent.name}/{slug}"
            or card.lang != lang
            or card.pillar.value != path.parent.name
        ):
            problems.append(f"{rel}: id/pillar/lang do not match the file name")
        cards.append(card)
    return cards


def _short(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3])
    return str(exc).splitlines()[0]


def _yaml(folder: Path, name: str, problems: list[str], parsed: ParsedYaml) -> Any:
    try:
        return parsed.load((folder / name).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        problems.append(f"{name}: {_short(exc)}")
        return None


def _card_problems(cards: list[Card], today: date, denylist: dict[str, str]) -> list[str]:
    problems = []
    seen: dict[tuple[str, str], int] = {}
    for c in cards:
        seen[(c.id, c.lang)] = seen.get((c.id, c.lang), 0) + 1
        where = f"{c.id} ({c.lang})"
        if c.lang not in LANGS:
            problems.append(f"{where}: unknown language {c.lang!r}")
        if not c.sources:
            problems.append(f"{where}: no source")
        problems += [
            f"{where}: source without https url: {s.url}"
            for s in c.sources
            if not s.url.startswith("https://")
        ]
        problems += source_lint.problems(where, c.sources, denylist)
        problems += _wording_problems(where, {"action": c.action, "verdict": c.verdict})
        if len(c.summary) > MAX_SUMMARY:
            problems.append(f"{where}: summary is {len(c.summary)} characters (max {MAX_SUMMARY})")
        if today - c.reviewed > MAX_AGE:
            problems.append(f"{where}: reviewed {c.reviewed}, older than 18 months")
        if c.reviewed > today:
            problems.append(f"{where}: reviewed date {c.reviewed} is in the future")
    problems += [f"{cid} ({lang}): duplicate id" for (cid, lang), n in seen.items() if n > 1]
    ids = {cid for cid, _ in seen}
    problems += [
        f"{cid}: missing translation ({lang})"
        for cid in sorted(ids)
        for lang in LANGS
        if (cid, lang) not in seen
    ]
    return problems


def _wording_problems(where: str, texts: dict[str, str]) -> list[str]:
    """A card's or a rule's short lines: present, one line, short enough for a headline."""
    limits = {"action": MAX_ACTION, "verdict": MAX_VERDICT}
    out = []
    for name, text in texts.items():
        if not text.strip():
            out.append(f"{where}: no `{name}` (one short line in plain words)")
        elif len(text) > limits[name] or "\n" in text.strip():
            out.append(f"{where}: `{name}` must be one line of at most {limits[name]} characters")
    return out


def _lead_problems(rule: Rule, cards: Mapping[tuple[str, str], Card]) -> list[str]:
    """A rule's `sources_first` must be sources of its cards, in every language."""
    return [
        f"rules.yaml: {rule.id}: `sources_first` {url} is not a source of its cards ({lang})"
        for lang in LANGS
        for url in rule.sources_first
        if not any(s.url == url for c in rule.cards if (card := cards.get((c, lang))) for s in card.sources)
    ]


def _rule_problems(
    rules: list[Rule], ids: set[str], lexicon: Lexicon | None, cards: Mapping[tuple[str, str], Card]
) -> list[str]:
    problems = []
    seen: set[str] = set()
    for r in rules:
        if r.id in seen:
            problems.append(f"rules.yaml: duplicate rule id {r.id}")
        seen.add(r.id)
        problems += [f"rules.yaml: {r.id} points at missing card {c}" for c in r.cards if c not in ids]
        problems += [
            f"rules.yaml: {r.id} has no {lang} text"
            for lang in LANGS
            if lang not in r.title or lang not in r.advice
        ]
        for lang in LANGS:
            problems += _wording_problems(f"rules.yaml: {r.id} ({lang})", {"action": r.action.get(lang, "")})
        problems += _lead_problems(r, cards)
        if r.scope not in ("any", "plan", "question"):
            problems.append(f"rules.yaml: {r.id} has unknown `scope: {r.scope}`")
    return problems


def _lexicon_problems(lexicon: Lexicon) -> list[str]:
    """Patterns the matcher cannot honour: `*` means "any ending", so only at a word's end
    ("businesswom*n" would never match anything)."""
    return [
        f"lexicon.yaml: {concept}: `{pattern}` has a `*` inside a word (only a word's end may have one)"
        for concept, patterns in lexicon.concepts.items()
        for pattern in patterns
        if any("*" in word.rstrip("*") for word in pattern.split())
    ]


def _parse(
    folder: Path, today: date, parsed: ParsedYaml | None = None
) -> tuple[KnowledgeBase | None, list[str]]:
    """The knowledge base (None when it cannot be built) and every problem found; YAML through
    `parsed` (plain parsing by default)."""
    parsed = parsed or ParsedYaml(None)
    problems: list[str] = []
    cards = _read_cards(folder, problems, parsed)
    denylist = source_lint.load_denylist(folder, problems)
    problems += _card_problems(cards, today, denylist)
    ids = {c.id for c in cards}
    lexicon = rules = footprint = None
    try:
        lexicon = Lexicon.model_validate(_yaml(folder, "lexicon.yaml", problems, parsed) or {})
    except ValidationError as exc:
        problems.append(f"lexicon.yaml: {_short(exc)}")
    if lexicon is not None:
        problems += _lexicon_problems(lexicon)
    try:
        raw = _yaml(folder, "rules.yaml", problems, parsed) or {}
        rules = [Rule.model_validate(r) for r in raw.get("rules", [])]
        problems += _rule_problems(rules, ids, lexicon, {(c.id, c.lang): c for c in cards})
    except (ValidationError, AttributeError) as exc:
        problems.append(f"rules.yaml: {_short(exc)}")
    try:
        footprint = FootprintData.model_validate(_yaml(folder, "footprint.yaml", problems, parsed) or {})
        problems += [
            f"footprint.yaml: factor {m} points at missing card {f.card}"
            for m, f in footprint.factors.items()
            if f.card not in ids
        ]
        problems += [
            f"footprint.yaml: {m} has no https source"
            for m, f in footprint.factors.items()
            if not f.source.url.startswith("https://")
        ]
        for where, source in source_lint.footprint_sources(footprint):
            problems += source_lint.problems(where, [source], denylist)
    except ValidationError as exc:
        problems.append(f"footprint.yaml: {_short(exc)}")
    problems += [
        f"cards: no card for pillar {p.value}" for p in Pillar if cards and p not in {c.pillar for c in cards}
    ]
    disclosure = _disclosure(folder, today, problems, denylist, parsed)
    readings = _readings(folder, problems, parsed)
    if lexicon is None or rules is None or footprint is None or readings is None:
        return None, problems
    known = facts.known_facts(lexicon)
    problems += facts.rule_problems(rules, known)
    problems += facts.readings_problems(readings, frozenset(ids), known)
    kb = KnowledgeBase(
        {(c.id, c.lang): c for c in cards},
        *(lexicon, tuple(rules), footprint, frozenset(ids), None, disclosure, readings),
    )
    return kb, problems


def _readings(folder: Path, problems: list[str], parsed: ParsedYaml) -> Readings | None:
    """`readings.yaml`, validated (cross-checked against cards and facts by the caller)."""
    try:
        return Readings.model_validate(_yaml(folder, READINGS, problems, parsed) or {})
    except ValidationError as exc:
        problems.append(f"{READINGS}: {_short(exc)}")
        return None


def _disclosure(
    folder: Path, today: date, problems: list[str], denylist: dict[str, str], parsed: ParsedYaml
) -> DisclosureData | None:
    """`disclosure.yaml` (the `label` helper), validated and cross-checked; absent → no helper."""
    if not (folder / DISCLOSURE).is_file():
        return None
    try:
        data = DisclosureData.model_validate(_yaml(folder, DISCLOSURE, problems, parsed) or {})
    except ValidationError as exc:
        problems.append(f"{DISCLOSURE}: {_short(exc)}")
        return None
    problems += disclosure_data.problems(data)
    for key, source in data.sources.items():
        problems += source_lint.problems(f"{DISCLOSURE}: sources.{key}", [source], denylist)
    if today - data.reviewed > MAX_AGE:
        problems.append(f"{DISCLOSURE}: reviewed {data.reviewed}, older than 18 months")
    return data


def lint(folder: Path | None = None, today: date | None = None) -> list[str]:
    """Every problem in the knowledge base, one line each; empty when it is valid."""
    from bot import corpus  # lint only: starting the coach reads no corpus

    folder = folder or default_dir()
    kb, problems = _parse(folder, today or date.today())
    if kb is not None and corpus.files(folder):  # examples are checked against a base that loads
        problems += corpus.problems(folder, kb.ids)
        problems += _model_problems(folder)
    return problems


def _model_problems(folder: Path) -> list[str]:
    from bot import corpus

    try:
        classifier = model_file.load(folder)
    except (OSError, ValueError, KeyError) as exc:
        return [f"model: cannot be read ({exc}); run `ai-coach kb train`"]
    if classifier is None:
        return ["model: no trained classifier; run `ai-coach kb train`"]
    if classifier.fingerprint != corpus.fingerprint(folder):
        return ["model: stale (the examples or the lexicon changed since training); run `ai-coach kb train`"]
    return []


def load(
    folder: Path | None = None, today: date | None = None, strict: bool = False, with_classifier: bool = True
) -> KnowledgeBase:
    """The validated knowledge base. Raises KnowledgeError when it cannot be used at all
    (or on any problem when `strict`); stale review dates alone do not stop the bot."""
    folder = folder or default_dir()
    # Unchanged YAML texts come back from a JSON file beside them (a faster start, the same data).
    parsed = ParsedYaml(folder / CACHE_FILE)
    kb, problems = _parse(folder, today or date.today(), parsed)
    parsed.save()
    blocking = [p for p in problems if strict or "older than 18 months" not in p]
    if kb is None or blocking:
        raise KnowledgeError(blocking or problems)
    return replace(kb, classifier=model_file.load(folder)) if with_classifier else kb
