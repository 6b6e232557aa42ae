"""The playground page (`GET /`): one self-contained HTML document, no external asset, works offline.

A textarea, a language select and a button; the script posts to `api/check` and renders the answer
grouped by pillar (severity, advice, source links) and the footprint. The closest topics of an unsure
answer are buttons: a click gets that topic from `api/topic` and shows it under them. Everything it
shows is set with `textContent`, never `innerHTML`, and only http(s) URLs become links. The page comes with a
Content-Security-Policy allowing exactly its own inline style and script (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from html import escape

from bot.coach.i18n import t
from bot.coach.model import LANGS, Pillar, Severity

_STYLE = """
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fdfdfc;--muted:#555;--line:#c9c9c9;--accent:#0b5cad;
--info:#0b5cad;--warning:#8a5300;--critical:#a3122a}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#161616;--muted:#b8b8b8;--line:#555;--accent:#8cc4ff;
--info:#8cc4ff;--warning:#ffc46b;--critical:#ff8a9a}}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--fg);background:var(--bg)}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.6rem;margin:.2rem 0 .5rem}
label{display:block;font-weight:600;margin:1rem 0 .3rem}
textarea,select,button{font:inherit;color:inherit;background:var(--bg);
border:1px solid var(--line);border-radius:.4rem}
textarea{width:100%;padding:.6rem;resize:vertical}
select{padding:.4rem}
button{margin-top:1rem;padding:.55rem 1.3rem;background:var(--accent);color:var(--bg);
border-color:var(--accent);font-weight:600;cursor:pointer}
button[disabled]{opacity:.6;cursor:progress}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
#result{margin-top:1.5rem}
.answer{font-size:1.05rem}
.pillar{border-top:1px solid var(--line);padding-top:.5rem;margin-top:1rem}
.pillar h3{margin:.3rem 0}
.finding h4{margin:.6rem 0 .2rem;font-size:1rem}
.sev{display:inline-block;font-size:.8rem;font-weight:700;border:1px solid currentColor;border-radius:1rem;
padding:0 .5rem;margin-right:.4rem}
.sev-info{color:var(--info)}.sev-warning{color:var(--warning)}.sev-critical{color:var(--critical)}
.sources{font-size:.9rem;color:var(--muted);padding-left:1.2rem}
a{color:var(--accent)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dt{font-weight:600}dd{margin:0}
.error{color:var(--critical);font-weight:600}
.topics ul{list-style:none;padding:0;margin:.3rem 0}
.topics li{margin:.4rem 0}
button.topic-button{margin:0;padding:.45rem .9rem;background:var(--bg);color:var(--accent);text-align:left}
button.topic-button[aria-pressed="true"]{background:var(--accent);color:var(--bg)}
.topic .pillar{margin-top:.5rem}
footer{margin-top:2rem;color:var(--muted);font-size:.9rem}
"""

_SCRIPT = """
(function () {
  "use strict";
  var labels = JSON.parse(document.getElementById("labels").textContent);
  var pageLang = document.documentElement.lang;
  var form = document.getElementById("check-form");
  var out = document.getElementById("result");
  var button = document.getElementById("submit");
  var order = ["bias", "transparency", "footprint", "privacy", "copyright", "accuracy"];
  function L(lang, key) { return (labels[lang] || labels[pageLang])[key] || key; }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function cap(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
  function num(x, lang) { return Number(x).toLocaleString(lang, {maximumSignificantDigits: 3}); }
  function range(r, unit, lang) { return num(r.low, lang) + "\\u2013" + num(r.high, lang) + " " + unit; }
  function source(s) {
    var li = el("li");
    var label = s.publisher + " (" + s.year + ") \\u2014 " + s.title;
    if (/^https?:\\/\\//i.test(String(s.url))) {
      var a = el("a", label); a.href = s.url; a.rel = "noopener noreferrer"; li.appendChild(a);
    } else { li.textContent = label; }
    return li;
  }
  function finding(f, lang) {
    var art = el("article", null, "finding");
    var h = el("h4");
    h.appendChild(el("span", L(lang, "severity." + f.severity), "sev sev-" + f.severity));
    h.appendChild(document.createTextNode(f.title));
    art.appendChild(h);
    art.appendChild(el("p", f.advice));
    if (f.sources && f.sources.length) {
      var ul = el("ul", null, "sources");
      f.sources.forEach(function (s) { ul.appendChild(source(s)); });
      art.appendChild(ul);
    }
    return art;
  }
  function footprint(fp, lang) {
    var sec = el("section", null, "pillar footprint");
    sec.appendChild(el("h3", L(lang, "ui.footprint")));
    var dl = el("dl");
    // Same units as Slack and Teams: kWh and kg past 1,000, mL under 1 L.
    function scaled(r, big, unit, bigUnit) {
      if (r.low < big) { return range(r, unit, lang); }
      return range({low: r.low / big, high: r.high / big}, bigUnit, lang);
    }
    var water = fp.water_l.high < 1
      ? range({low: fp.water_l.low * 1000, high: fp.water_l.high * 1000}, "mL", lang)
      : range(fp.water_l, "L", lang);
    [["ui.page.energy", scaled(fp.energy_wh, 1000, "Wh", "kWh")],
     ["ui.page.co2e", scaled(fp.co2e_g, 1000, "g CO2e", "kg CO2e")],
     ["ui.page.water", water]].forEach(function (row) {
      dl.appendChild(el("dt", L(lang, row[0]))); dl.appendChild(el("dd", row[1]));
    });
    sec.appendChild(dl);
    sec.appendChild(el("p", L(lang, "ui.basis").replace("{basis}", fp.basis)));
    if (fp.equivalents && fp.equivalents.length) {
      var ul = el("ul");
      fp.equivalents.forEach(function (e) { ul.appendChild(el("li", e)); });
      sec.appendChild(ul);
    }
    return sec;
  }
  // Most serious first, as the findings come: consecutive points of one pillar share a heading.
  function pillars(data, parent) {
    var sec = null, last = null;
    data.findings.forEach(function (f) {
      if (f.pillar !== last) {
        last = f.pillar;
        sec = el("section", null, "pillar pillar-" + f.pillar);
        sec.appendChild(el("h3", cap(L(data.language, "pillar." + f.pillar))));
        parent.appendChild(sec);
      }
      sec.appendChild(finding(f, data.language));
    });
  }
  // The closest topics: one button each; a click shows that topic (GET api/topic) under the list.
  function topics(data) {
    var lang = data.language;
    var sec = el("section", null, "topics");
    sec.appendChild(el("h3", L(lang, "ui.topics")));
    var list = el("ul");
    var shown = el("div", null, "topic");
    data.suggestions.forEach(function (s) {
      var b = el("button", s.title, "topic-button");
      b.type = "button";
      b.setAttribute("aria-pressed", "false");
      b.addEventListener("click", function () { showTopic(s.card, lang, b, list, shown); });
      var li = el("li"); li.appendChild(b); list.appendChild(li);
    });
    sec.appendChild(list);
    sec.appendChild(shown);
    return sec;
  }
  function showTopic(card, lang, b, list, shown) {
    list.querySelectorAll("button").forEach(function (x) { x.setAttribute("aria-pressed", "false"); });
    b.setAttribute("aria-pressed", "true");
    shown.replaceChildren(el("p", L(pageLang, "ui.page.busy")));
    fetch("api/topic?" + new URLSearchParams({card: card, lang: lang}).toString())
      .then(function (r) {
        return r.json().then(function (data) {
          if (r.status === 404) { throw new Error(L(lang, "ui.topic_unknown")); }
          if (!r.ok) { throw new Error(L(lang, "ui.page.topic_error") + ": " + (data.error || r.status)); }
          shown.replaceChildren();
          pillars(data, shown);
          var heading = shown.querySelector("h4");
          if (heading) { heading.tabIndex = -1; heading.focus(); }
        });
      })
      .catch(function (e) { shown.replaceChildren(el("p", e.message, "error")); });
  }
  function render(data) {
    var lang = data.language;
    out.replaceChildren();
    out.lang = lang;
    out.appendChild(el("h2", L(lang, "ui.page.result")));
    out.appendChild(el("p", data.answer, "answer"));
    if (data.suggestions && data.suggestions.length) { out.appendChild(topics(data)); }
    pillars(data, out);
    if (data.footprint) { out.appendChild(footprint(data.footprint, lang)); }
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var body = {text: document.getElementById("text").value};
    var lang = document.getElementById("lang").value;
    if (lang) { body.lang = lang; }
    button.disabled = true;
    out.setAttribute("aria-busy", "true");
    out.replaceChildren(el("p", L(pageLang, "ui.page.busy")));
    var request = {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)};
    fetch("api/check", request)
      .then(function (r) {
        return r.json().then(function (data) {
          if (!r.ok) { throw new Error(data.error || String(r.status)); }
          render(data);
        });
      })
      .catch(function (e) {
        out.replaceChildren(el("p", L(pageLang, "ui.page.error") + ": " + e.message, "error"));
      })
      .then(function () { button.disabled = false; out.removeAttribute("aria-busy"); });
  });
})();
"""

# An inline icon: no /favicon.ico request, nothing external.
_FAVICON = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'%3E"
    "%3Ctext y='.9em' font-size='90'%3E%F0%9F%8C%B1%3C/text%3E%3C/svg%3E"
)

_LABEL_KEYS = (
    *(f"pillar.{p.value}" for p in Pillar),
    *(f"severity.{s.value}" for s in Severity),
    "ui.page.result", "ui.page.busy", "ui.page.error", "ui.page.energy", "ui.page.co2e", "ui.page.water",
    "ui.basis", "ui.topics", "ui.topic_unknown", "ui.page.topic_error",
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
        lang: {key: t(key, lang) for key in _LABEL_KEYS} | {"ui.footprint": _fp_title(lang)} for lang in LANGS
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
<textarea id="text" name="text" rows="6" required maxlength="20000"></textarea>
<label for="lang">{e("ui.page.lang")}</label>
<select id="lang" name="lang"><option value="">{e("ui.page.lang_auto")}</option>{options}</select>
<div><button id="submit" type="submit">{e("ui.page.submit")}</button></div>
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
