"""The playground's script (inline, allowed by hash). It shows the assessment JSON of `api/check`:

the answer line, then each finding in the order the coach gives (most serious first) as a short point:
severity, title, the first one or two sentences of its advice and one source, the rest and every source in
a `<details>`. The footprint is said once (figures, one equivalent; the basis behind a `<details>`).
Ctrl/⌘+Enter submits. Errors are the page's own words in its language, never the server's message.
Everything is set with `textContent`, never `innerHTML`; only http(s) URLs become links.
"""

from __future__ import annotations

SCRIPT = r"""
(function () {
  "use strict";
  var labels = JSON.parse(document.getElementById("labels").textContent);
  var pageLang = document.documentElement.lang;
  var form = document.getElementById("check-form");
  var text = document.getElementById("text");
  var out = document.getElementById("result");
  var button = document.getElementById("submit");
  var MAX_TEXT = Number(text.dataset.max);
  var LEAD_MAX = 240;
  var ABBR = /(?:^|[\s(])(?:art|e\.g|i\.e|ex|cf|p|n°|m|mr|ms|dr|vs|v|st)\.$/i;
  var FIGURES = /\d[\d\s.,\u202f\u00a0]*[\u2013-]\s*\d[\d\s.,\u202f\u00a0]*\s*k?Wh\b/;
  function L(lang, key) { return (labels[lang] || labels[pageLang])[key] || key; }
  function el(tag, content, cls) {
    var e = document.createElement(tag);
    if (content !== undefined && content !== null) { e.textContent = String(content); }
    if (cls) { e.className = cls; }
    return e;
  }
  function cap(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
  function num(x, lang) { return Number(x).toLocaleString(lang, {maximumSignificantDigits: 3}); }
  function range(r, unit, lang) { return num(r.low, lang) + "\u2013" + num(r.high, lang) + " " + unit; }
  function sentences(s) {
    var found = [];
    String(s).trim().split(/(?<=[.!?\u2026])\s+(?=[\u00ab"\u201c(\[]?[A-Z\u00c0-\u00d6\u00d8-\u00de0-9])/)
      .forEach(function (part) {
        if (found.length && ABBR.test(found[found.length - 1])) { found[found.length - 1] += " " + part; }
        else if (part) { found.push(part); }
      });
    return found;
  }
  function clip(s, limit) {
    if (s.length <= limit) { return s; }
    var cut = s.slice(0, limit - 1), space = cut.lastIndexOf(" ");
    if (!/\s/.test(s.charAt(limit - 1)) && space >= limit * 0.6) { cut = cut.slice(0, space); }
    return cut.replace(/[\s,;:.\u2013\u2014-]+$/, "") + "\u2026";
  }
  // The first one or two sentences; those giving energy figures are left out when the footprint says them.
  function lead(advice, skipFigures) {
    var all = sentences(advice);
    var parts = skipFigures ? all.filter(function (s) { return !FIGURES.test(s); }) : all;
    if (!parts.length) { parts = all; }
    var first = parts[0] || "";
    if (parts.length > 1 && first.length + 1 + parts[1].length <= LEAD_MAX) { first += " " + parts[1]; }
    return clip(first, LEAD_MAX);
  }
  function rest(advice, short) {
    if (short === advice) { return ""; }
    var whole = advice.indexOf(short) === 0 && short.slice(-1) !== "\u2026";
    return whole ? advice.slice(short.length).trim() : advice;
  }
  function link(label, url) {
    if (!/^https?:\/\//i.test(String(url))) { return document.createTextNode(label); }
    var a = el("a", label); a.href = url; a.rel = "noopener noreferrer"; return a;
  }
  function sourceList(sources) {
    var ul = el("ul", null, "sources");
    sources.forEach(function (s) {
      var li = el("li");
      li.appendChild(link(s.publisher + " (" + s.year + ") \u2014 " + s.title, s.url));
      ul.appendChild(li);
    });
    return ul;
  }
  function heading(tag, f, lang) {
    var h = el(tag);
    h.appendChild(el("span", L(lang, "severity." + f.severity), "sev"));
    h.appendChild(document.createTextNode(f.title));
    return h;
  }
  function finding(f, lang, ctx) {
    var art = el("article", null, "finding sev-" + f.severity + " pillar-" + f.pillar);
    if (!ctx.inFootprint || f.pillar !== "footprint") {  // under the footprint heading it goes without saying
      var pillar = L(lang, "icon." + f.pillar) + " " + cap(L(lang, "pillar." + f.pillar));
      art.appendChild(el("p", pillar, "pillar-tag"));
    }
    art.appendChild(heading(ctx.tag, f, lang));
    var said = f.advice === ctx.answer;  // a question's direct answer, already shown above
    var short = said ? f.advice : lead(f.advice, ctx.figures);
    if (!said) { art.appendChild(el("p", short)); }
    var sources = f.sources || [];
    if (sources.length) {
      var p = el("p", "\ud83d\udcda ", "source");
      p.appendChild(link(sources[0].publisher + " (" + sources[0].year + ")", sources[0].url));
      art.appendChild(p);
    }
    var more = said ? "" : rest(f.advice, short);
    if (more || sources.length > 1) {
      var det = el("details");
      var count = sources.length ? " (" + sources.length + ")" : "";
      det.appendChild(el("summary", L(lang, "ui.details") + count));
      if (more) { det.appendChild(el("p", more)); }
      if (sources.length) { det.appendChild(sourceList(sources)); }
      art.appendChild(det);
    }
    return art;
  }
  // A topic opened from the closest topics: everything shown (the click was the disclosure).
  function fullFinding(f, lang) {
    var art = el("article", null, "finding sev-" + f.severity);
    art.appendChild(heading("h4", f, lang));
    art.appendChild(el("p", f.advice));
    if (f.sources && f.sources.length) { art.appendChild(sourceList(f.sources)); }
    return art;
  }
  function figures(fp, lang) {
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
    return dl;
  }
  // The footprint, said once: the figures (unless the answer line gives them) and one equivalent;
  // the basis and the other equivalents in a <details>.
  function footprint(fp, lang, saidInAnswer) {
    var sec = el("section", null, "footprint");
    sec.appendChild(el("h3", L(lang, "icon.footprint") + " " + L(lang, "ui.footprint")));
    var equivalents = fp.equivalents || [];
    if (!saidInAnswer) { sec.appendChild(figures(fp, lang)); }
    if (equivalents.length) { sec.appendChild(el("p", equivalents[0])); }
    var det = el("details");
    det.appendChild(el("summary", L(lang, "ui.details.footprint")));
    if (saidInAnswer) { det.appendChild(figures(fp, lang)); }
    det.appendChild(el("p", L(lang, "ui.basis").replace("{basis}", fp.basis)));
    if (equivalents.length > 1) {
      var ul = el("ul");
      equivalents.slice(1).forEach(function (e) { ul.appendChild(el("li", e)); });
      det.appendChild(ul);
    }
    sec.appendChild(det);
    return sec;
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
        if (r.status === 404) { return topicError(shown, L(lang, "ui.topic_unknown")); }
        if (!r.ok) { return topicError(shown, L(pageLang, "ui.page.topic_error")); }
        return r.json().then(function (data) {
          shown.replaceChildren();
          data.findings.forEach(function (f) { shown.appendChild(fullFinding(f, data.language)); });
          var h = shown.querySelector("h4");
          if (h) { h.tabIndex = -1; h.focus(); }
        });
      })
      .catch(function () { topicError(shown, L(pageLang, "ui.page.topic_error")); });
  }
  function topicError(shown, message) { shown.replaceChildren(el("p", message, "error")); }
  function render(data) {
    var lang = data.language;
    var fp = data.footprint;
    var said = !!fp && FIGURES.test(data.answer);
    var ctx = {tag: "h3", answer: data.answer, figures: !!fp};
    var fpSection = null;
    out.replaceChildren();
    out.lang = lang;
    out.appendChild(el("h2", L(lang, "ui.page.result")));
    out.appendChild(el("p", data.answer, "answer"));
    if (data.suggestions && data.suggestions.length) { out.appendChild(topics(data)); }
    // The coach's order (most serious first); footprint points go under the footprint's figures.
    data.findings.forEach(function (f) {
      if (f.pillar === "footprint" && fp) {
        fpSection = fpSection || out.appendChild(footprint(fp, lang, said));
        var inside = {tag: "h4", answer: ctx.answer, figures: true, inFootprint: true};
        fpSection.appendChild(finding(f, lang, inside));
      } else {
        out.appendChild(finding(f, lang, ctx));
      }
    });
    if (fp && !fpSection) { out.appendChild(footprint(fp, lang, said)); }
  }
  function fail(key) {
    out.replaceChildren(el("p", L(pageLang, key).replace("{n}", num(MAX_TEXT, pageLang)), "error"));
    out.removeAttribute("aria-busy");
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var body = {text: text.value};
    if (!body.text.trim()) { fail("ui.page.error.empty"); text.focus(); return; }
    if (body.text.length > MAX_TEXT) { fail("ui.page.error.too_long"); text.focus(); return; }
    var lang = document.getElementById("lang").value;
    if (lang) { body.lang = lang; }
    button.disabled = true;
    out.setAttribute("aria-busy", "true");
    var asked = /^\s*label(\s+|$)/i.exec(body.text);
    if (asked && window.aiCoachLabel) {  // "label tiktok video": the disclosure helper (html_label)
      var ui = {L: L, el: el, out: out, pageLang: pageLang, sourceList: sourceList, fail: fail};
      window.aiCoachLabel(body.text.slice(asked[0].length), lang, ui)
        .then(function () { button.disabled = false; out.removeAttribute("aria-busy"); });
      return;
    }
    out.replaceChildren(el("p", L(pageLang, "ui.page.busy")));
    var request = {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)};
    fetch("api/check", request)
      .then(function (r) {
        if (r.status === 413) { return fail("ui.page.error.too_long"); }
        if (!r.ok) { return fail(body.text.trim() ? "ui.page.error.server" : "ui.page.error.empty"); }
        return r.json().then(render, function () { fail("ui.page.error.server"); });
      }, function () { fail("ui.page.error.network"); })
      .then(function () { button.disabled = false; out.removeAttribute("aria-busy"); });
  });
  // Ctrl+Enter (⌘+Enter on a Mac) submits from the text box.
  var mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
  if (mac) { document.getElementById("shortcut").textContent = L(pageLang, "ui.page.shortcut_mac"); }
  text.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey) && !button.disabled) {
      ev.preventDefault();
      form.requestSubmit();
    }
  });
})();
"""
