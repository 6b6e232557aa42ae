"""The playground page (`GET /`): one self-contained HTML document, no external asset, works offline.

A textarea, a language select and a button (or Ctrl/⌘+Enter); the script (`html_script`) posts to
`api/check` and shows the answer most serious point first, each point short with its details folded,
and the footprint once. The closest topics of an unsure answer are buttons: a click gets that topic from
`api/topic` and shows it under them. The page comes with a Content-Security-Policy allowing exactly its
own inline style (`html_style`) and script (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from html import escape

from bot.coach.i18n import t
from bot.coach.model import LANGS, Pillar, Severity
from bot.render.html_label import LABEL_KEYS, LABEL_SCRIPT
from bot.render.html_script import SCRIPT
from bot.render.html_style import STYLE as _STYLE
from bot.render.view import PILLAR_ICON

_SCRIPT = LABEL_SCRIPT + SCRIPT  # one inline script, one CSP hash
MAX_TEXT = 20_000  # characters the page sends (the API's limit); longer → a plain-words message

# An inline icon: no /favicon.ico request, nothing external.
_FAVICON = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'%3E"
    "%3Ctext y='.9em' font-size='90'%3E%F0%9F%8C%B1%3C/text%3E%3C/svg%3E"
)

_LABEL_KEYS = (
    *(f"pillar.{p.value}" for p in Pillar),
    *(f"severity.{s.value}" for s in Severity),
    "ui.page.result", "ui.page.busy", "ui.page.error", "ui.page.energy", "ui.page.co2e", "ui.page.water",
    "ui.basis", "ui.topics", "ui.topic_unknown", "ui.page.topic_error", "ui.details", "ui.details.footprint",
    "ui.page.error.empty", "ui.page.error.too_long", "ui.page.error.server", "ui.page.error.network",
    "ui.page.shortcut_mac", *LABEL_KEYS,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Page:
    html: str
    csp: str  # the Content-Security-Policy header value that lets exactly this page run


def _sha256(source: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"
    )


def _labels() -> str:
    data = {
        lang: {key: t(key, lang) for key in _LABEL_KEYS}
        | {"ui.footprint": _fp_title(lang)}
        | {f"icon.{pillar}": icon for pillar, icon in PILLAR_ICON.items()}
        for lang in LANGS
    }
    # "<" escaped so no label can close the script element
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def _fp_title(lang: str) -> str:
    return t("pillar.footprint", lang)[:1].upper() + t("pillar.footprint", lang)[1:]


def playground(lang: str = "en") -> Page:
    """The page in `lang` (its labels; answers come in the language of the text or the one chosen)."""
    lang = lang if lang in LANGS else "en"

    def e(key: str) -> str:
        return escape(t(key, lang))

    options = "".join(
        f'<option value="{code}">{escape(t(f"ui.lang.{code}", code).capitalize())}</option>' for code in LANGS
    )
    html = f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e("ui.page.title")}</title>
<link rel="icon" href="{_FAVICON}">
<style>{_STYLE}</style>
</head>
<body>
<main>
<h1>{e("ui.page.title")}</h1>
<p>{e("ui.page.intro")}</p>
<form id="check-form">
<label for="text">{e("ui.page.label")}</label>
<textarea id="text" name="text" rows="6" data-max="{MAX_TEXT}" aria-describedby="shortcut"></textarea>
<label for="lang">{e("ui.page.lang")}</label>
<select id="lang" name="lang"><option value="">{e("ui.page.lang_auto")}</option>{options}</select>
<div class="submit"><button id="submit" type="submit">{e("ui.page.submit")}</button>
<span id="shortcut" class="hint">{e("ui.page.shortcut")}</span></div>
</form>
<noscript><p>JavaScript is needed to run a check here;
<code>ai-coach check "…"</code> works offline.</p></noscript>
<section id="result" aria-live="polite" aria-label="{e("ui.page.result")}"></section>
<footer><p>{e("ui.page.footer")}</p></footer>
</main>
<script type="application/json" id="labels">{_labels()}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""
    csp = (
        f"default-src 'none'; script-src {_sha256(_SCRIPT)}; style-src {_sha256(_STYLE)}; "
        "connect-src 'self'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )
    return Page(html, csp)
