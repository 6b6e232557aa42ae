"""Read, lint and watch the organisation's AI charter (`COACH_CHARTER`, a YAML file).

`parse` turns the file's text into a `bot.coach.charter.Charter` and one problem per line, each with
the file and the line it is about (PyYAML's nodes keep their marks). `load` raises `CharterError` on
any problem; `CharterFile.refresh` (a timer in the server) reloads a changed file and keeps the last
valid version when the new one is refused, logging why (file, line, problem: never user data).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.coach.charter import MEDIA, Charter
from bot.coach.kb import Lexicon
from bot.coach.model import LANGS, Pillar
from bot.coach.text import tokens
from bot.errors import CharterError

log = logging.getLogger(__name__)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_AGE = timedelta(days=548)  # a charter card's `reviewed` date, as the knowledge base's cards
MAX_SUMMARY = 280
Path_ = tuple[str | int, ...]


def _lines(node: yaml.Node, path: Path_, out: dict[Path_, int]) -> None:
    """Line (1-based) of every mapping key and sequence item, by its path in the document."""
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            child = (*path, str(k.value))
            out[child] = k.start_mark.line + 1
            _lines(v, child, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _lines(item, (*path, i), out)


class _Report:
    """Problems, each placed at the line of the nearest part of the document it is about."""

    def __init__(self, name: str, lines: dict[Path_, int]) -> None:
        self.name, self.lines = name, lines
        self.problems: list[str] = []

    def add(self, path: Path_, message: str) -> None:
        while path and path not in self.lines:
            path = path[:-1]
        self.problems.append(f"{self.name}:{self.lines.get(path, 1)}: {message}")


def _tool_names(lexicon: Lexicon) -> dict[str, str]:
    """Every way to name a lexicon tool (id, label, alias), folded → the tool's id."""
    names: dict[str, str] = {}
    for tid, tool in lexicon.tools.items():  # ids and labels first: an alias never shadows them
        for name in (tid, tool.label):
            names.setdefault(" ".join(tokens(name)), tid)
    for tid, tool in lexicon.tools.items():
        for name in tool.patterns:
            names.setdefault(" ".join(tokens(name)), tid)
    return names


def _resolve_tools(data: dict[str, Any], lexicon: Lexicon, report: _Report) -> None:
    """Tool and alternative names → lexicon ids, in place; an unknown name is a problem."""
    names = _tool_names(lexicon)
    tools = data.get("tools")
    for i, rule in enumerate(tools if isinstance(tools, list) else []):
        if not isinstance(rule, dict):
            continue
        for field in ("tool", "alternative"):
            value = rule.get(field)
            if value is None:
                continue
            tid = names.get(" ".join(tokens(str(value))))
            if tid is None:
                report.add(
                    ("tools", i, field), f"unknown tool {value!r} (not a tool of knowledge/lexicon.yaml)"
                )
            else:
                rule[field] = tid


def _message(error: Any) -> str:
    loc, msg = error["loc"], str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "enum" and loc and loc[-1] == "pillar":
        return f"unknown pillar {error['input']!r} ({', '.join(p.value for p in Pillar)})"
    if error["type"] == "missing":
        return f"`{loc[-1]}` is required" if loc else msg
    where = ".".join(str(p) for p in loc if not isinstance(p, int)) or "charter"
    return f"{where}: {msg}"


def _duplicates(items: list[Any], key: Callable[[Any], object]) -> list[int]:
    counts = Counter(key(x) for x in items)
    return [i for i, x in enumerate(items) if counts[key(x)] > 1]


def _semantic(charter: Charter, lexicon: Lexicon, report: _Report, today: date) -> None:
    """What the schema cannot say: duplicates, unknown concepts and media, card translations."""
    for i in _duplicates(list(charter.tools), lambda r: r.tool):
        report.add(("tools", i, "tool"), f"duplicate tool {charter.tools[i].tool!r}")
    for i, rule in enumerate(charter.tools):
        for j in _duplicates(list(rule.plans), lambda p: p.plan):
            report.add(("tools", i, "plans", j), f"duplicate plan {rule.plans[j].plan!r} of {rule.tool}")
    for i in _duplicates(list(charter.data), lambda d: d.id):
        report.add(("data", i, "id"), f"duplicate id {charter.data[i].id!r}")
    for i, data in enumerate(charter.data):
        for concept in data.concepts:
            if concept not in lexicon.concepts:
                report.add(("data", i, "concepts"), f"unknown lexicon concept {concept!r}")
        if not data.patterns and not data.concepts:
            report.add(("data", i), f"data class {data.id!r} has neither patterns nor concepts")
    for i, d in enumerate(charter.disclosure):
        if d.medium not in MEDIA:
            report.add(("disclosure", i, "medium"), f"unknown medium {d.medium!r} ({', '.join(MEDIA)})")
    for i in _duplicates(list(charter.disclosure), lambda d: d.medium):
        report.add(("disclosure", i, "medium"), f"duplicate medium {charter.disclosure[i].medium!r}")
    for i, c in enumerate(charter.contacts):
        if not (c.slack or c.teams or c.email):
            report.add(("contacts", i), "a contact needs a slack channel, a teams channel or an email")
    _card_problems(charter, report, today)


def _card_problems(charter: Charter, report: _Report, today: date) -> None:
    cards = list(charter.cards)
    for i in _duplicates(cards, lambda c: (c.id, c.lang)):
        report.add(("cards", i, "id"), f"duplicate id {cards[i].id!r} ({cards[i].lang})")
    langs: dict[str, set[str]] = {}
    for i, card in enumerate(cards):
        langs.setdefault(card.id, set()).add(card.lang)
        if card.lang not in LANGS:
            report.add(("cards", i, "lang"), f"unknown language {card.lang!r} (fr, en)")
        if not card.sources:
            report.add(("cards", i, "sources"), f"card {card.id!r} ({card.lang}) has no source")
        for s in card.sources:
            if not s.url.startswith("https://"):
                report.add(("cards", i, "sources"), f"source without https url: {s.url}")
        if len(card.summary) > MAX_SUMMARY:
            report.add(
                ("cards", i, "summary"), f"summary is {len(card.summary)} characters (max {MAX_SUMMARY})"
            )
        if today - card.reviewed > MAX_AGE or card.reviewed > today:
            report.add(("cards", i, "reviewed"), f"reviewed {card.reviewed}: older than 18 months or future")
    first = {c.id: i for i, c in reversed(list(enumerate(cards)))}
    for cid, have in langs.items():
        for lang in LANGS:
            if lang not in have:
                report.add(("cards", first[cid], "id"), f"card {cid!r}: missing translation ({lang})")


def parse(
    text: str, name: str, lexicon: Lexicon, today: date | None = None
) -> tuple[Charter | None, list[str]]:
    """The charter in `text` (`name` prefixes each problem) and every problem found, one line each."""
    try:
        loader = _LOADER(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return None, [f"{name}:{line}: not valid YAML: {getattr(exc, 'problem', None) or exc}"]
    lines: dict[Path_, int] = {}
    if node is not None:
        _lines(node, (), lines)
    report = _Report(name, lines)
    if not isinstance(data, dict):
        report.add((), "the charter must be a mapping (organisation, reference, tools, data…)")
        return None, report.problems
    _resolve_tools(data, lexicon, report)
    try:
        charter = Charter.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            report.add(tuple(error["loc"]), _message(error))
        return None, report.problems
    _semantic(charter, lexicon, report, today or date.today())
    return (None if report.problems else charter), report.problems


def read(path: Path, lexicon: Lexicon, today: date | None = None) -> tuple[Charter | None, list[str]]:
    """`parse` of the file at `path`; a file that cannot be read is one problem, at its line 1."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [f"{path}:1: not UTF-8 text"]
    except OSError as exc:
        return None, [f"{path}:1: cannot be read ({type(exc).__name__}: {exc.strerror or exc})"]
    return parse(text, str(path), lexicon, today)


def lint(path: Path, lexicon: Lexicon, today: date | None = None) -> list[str]:
    """Every problem of the charter at `path`, one line each (`file:line: problem`); [] when valid."""
    return read(path, lexicon, today)[1]


def load(path: Path, lexicon: Lexicon, today: date | None = None) -> Charter:
    """The validated charter; `CharterError` (one line per problem) when it cannot be used."""
    charter, problems = read(path, lexicon, today)
    if charter is None:
        raise CharterError(problems)
    return charter


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class CharterFile:
    """The charter file, re-read when it changes; a refused version never replaces the valid one."""

    def __init__(self, path: Path, lexicon: Lexicon, apply: Callable[[Charter], None]) -> None:
        self.path, self.lexicon, self.apply = path, lexicon, apply
        self.seen = _signature(path)  # the version the coach started with (loaded by the caller)

    def refresh(self) -> bool:
        """Reload the file if it changed since last seen; True when a new charter is now applied."""
        signature = _signature(self.path)
        if signature == self.seen:
            return False
        self.seen = signature  # a refused version is reported once, not on every tick
        if signature is None:
            log.warning("charter: %s cannot be read; keeping the last valid version", self.path)
            return False
        charter, problems = read(self.path, self.lexicon)
        if charter is None:
            log.warning(
                "charter: new version of %s refused (%d problem(s)); keeping the last valid version: %s",
                self.path,
                len(problems),
                " | ".join(problems[:5]),
            )
            return False
        self.apply(charter)
        log.info(
            "charter: %s reloaded (%d tool rule(s), %d data class(es))",
            self.path,
            len(charter.tools),
            len(charter.data),
        )
        return True

    async def tick(self) -> None:
        """The scheduler's job: read and validate off the event loop (the swap itself is one assignment)."""
        await asyncio.to_thread(self.refresh)
