"""The playground page: self-contained, accessible markup, a CSP that allows exactly its inline code."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest

from bot.render.html import playground


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in self.raw else None

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw[self._in].append(data)


def sha(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_is_accessible_and_self_contained(lang: str) -> None:
    page = playground(lang)
    parsed = Collect()
    parsed.feed(page.html)
    tags = dict(parsed.tags)  # last of each tag is enough for attribute checks below
    assert tags["html"]["lang"] == lang
    labels = {a["for"] for t, a in parsed.tags if t == "label"}
    assert labels == {"text", "lang"}
    assert {a.get("id") for t, a in parsed.tags if t in ("textarea", "select")} == labels
    result = next(a for t, a in parsed.tags if a.get("id") == "result")
    assert result["aria-live"] == "polite"
    assert ":focus-visible" in "".join(parsed.raw["style"])
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.html)
    assert "innerHTML" not in page.html


def test_csp_allows_exactly_the_inline_script_and_style() -> None:
    page = playground("en")
    parsed = Collect()
    parsed.feed(page.html)
    code = [s for s in parsed.raw["script"] if "use strict" in s]
    assert len(code) == 1
    assert f"script-src {sha(code[0])};" in page.csp
    assert f"style-src {sha(parsed.raw['style'][0])};" in page.csp
    assert "default-src 'none'" in page.csp and "'unsafe-inline'" not in page.csp


def test_labels_cover_both_languages_and_cannot_close_the_script_element() -> None:
    page = playground("fr")
    raw = page.html.split('<script type="application/json" id="labels">', 1)[1].split("</script>", 1)[0]
    labels = json.loads(raw)
    assert labels["fr"]["pillar.bias"] == "biais" and labels["en"]["severity.critical"] == "Must fix"
    assert "<" not in raw


def test_unknown_language_falls_back_to_english() -> None:
    assert '<html lang="en">' in playground("de").html
