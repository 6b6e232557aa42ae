"""The knowledge base's YAML, parsed once per content: a start-up cost cut, not a second source of truth.

Parsing ~140 YAML texts (cards' front matter, the lexicon, the rules…) is most of the knowledge base's
load time. `ParsedYaml` keeps each text's data in a JSON file beside the knowledge base, keyed by a
hash of the text itself, so an edited file is parsed again and an unchanged one is read back from
JSON (≈ 30× faster). Data that JSON cannot give back identically (a date, a non-string key…) is
tagged or simply not kept; a missing, unreadable or unwritable file only means parsing as before.
JSON holds data only: reading it back never runs code.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 10× faster than pure Python
CACHE_FILE = ".parsed-yaml.json"
_VERSION = 1
_DATE = "__date__"


def parse(text: str) -> Any:
    """Plain YAML parsing (safe loader): what every cached entry must equal."""
    return yaml.load(text, Loader=_LOADER)


class ParsedYaml:
    """`load(text)` returns what `parse(text)` would, from the file's memory when it has the text.

    One instance per knowledge-base load: each entry is kept as JSON text and decoded on every
    `load`, so what a caller changes in the data it got never reaches the file.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._known = _read(path) if path is not None else {}
        self._used: set[str] = set()
        self._changed = False

    def load(self, text: str) -> Any:
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        entry = self._known.get(key)
        if entry is not None:
            with contextlib.suppress(ValueError):
                data = json.loads(entry, object_hook=_untag)
                self._used.add(key)
                return data
        data = parse(text)  # a YAMLError propagates, as without the cache
        entry = _encode(data)
        if entry is not None:
            self._known[key] = entry
            self._used.add(key)
            self._changed = True
        return data

    def save(self) -> None:
        """Write the entries this load used (stale ones drop out); best effort, atomic."""
        if self.path is None or not (self._changed or self._used != self._known.keys()):
            return
        body = {"version": _VERSION, "texts": {k: self._known[k] for k in sorted(self._used)}}
        with contextlib.suppress(OSError):  # a read-only install parses at each start: slower, same data
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".parsed-", suffix=".tmp")
            try:
                os.fchmod(fd, 0o644)  # the knowledge base is public: readable by the service's user
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump(body, out, ensure_ascii=False, separators=(",", ":"))
                os.replace(tmp, self.path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


def _read(path: Path) -> dict[str, str]:
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    texts = body.get("texts") if isinstance(body, dict) and body.get("version") == _VERSION else None
    if not isinstance(texts, dict):
        return {}
    return {k: v for k, v in texts.items() if isinstance(v, str)}


def _tagged(value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return {_DATE: value.isoformat()}
    raise TypeError(type(value).__name__)  # a timestamp, a set…: not kept, parsed each time


def _untag(obj: dict[str, Any]) -> Any:
    return date.fromisoformat(obj[_DATE]) if len(obj) == 1 and _DATE in obj else obj


def _encode(data: Any) -> str | None:
    """`data` as JSON text, or None when JSON would not give it back identically (e.g. int keys)."""
    try:
        entry = json.dumps(data, default=_tagged, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):
        return None
    same = json.loads(entry, object_hook=_untag) == data
    return entry if same else None
