"""The playground's disclosure helper: a text starting with "label " asks `api/label` instead of `api/check`.

Runs before the main script (same `<script>`, same CSP hash) and defines `window.aiCoachLabel(query,
lang, ui)`, which the main script calls with its own helpers. It shows the answer in the page's look
(a `finding` box, severity colour by verdict): verdict first, the mention to copy in a `<code>`, where to
set it, the reasons, the metadata, every source as a link; an unknown place or medium lists the known
ones. Everything is set with `textContent`, never `innerHTML`.
"""

from __future__ import annotations

LABEL_KEYS = (
    "label.title", "label.must.required", "label.must.depends", "label.must.recommended",
    "label.must.not_applicable", "label.mention", "label.house", "label.where", "label.why", "label.kind.law",
    "label.kind.platform", "label.kind.practice", "label.metadata", "label.reviewed", "label.unknown.place",
    "label.unknown.medium", "label.case", "label.case_default", "label.assumed",
)  # fmt: skip

LABEL_SCRIPT = r"""
window.aiCoachLabel = function (query, lang, ui) {
  "use strict";
  var SEV = {required: "critical", depends: "warning", recommended: "info", not_applicable: "info"};
  var L = ui.L, el = ui.el, out = ui.out;
  function known(data) {
    var lg = data.language;
    out.appendChild(el("p", L(lg, "label.unknown." + data.unknown), "answer"));
    var ul = el("ul");
    data.known.forEach(function (k) { ul.appendChild(el("li", "label " + k.key + " \u2014 " + k.name)); });
    out.appendChild(ul);
  }
  function block(head, text) {
    var div = el("div");
    div.appendChild(el("h4", head));
    div.appendChild(el("p", text));
    return div;
  }
  function show(a) {
    var lg = a.language;
    var art = el("article", null, "finding label sev-" + SEV[a.must]);
    var heading = L(lg, "label.title").replace("{place}", a.place_name).replace("{medium}", a.medium_name);
    art.appendChild(el("h3", heading));
    art.appendChild(el("p", L(lg, "label.must." + a.must), "answer"));
    var mention = el("p");
    mention.appendChild(el("strong", L(lg, "label.mention") + (lg === "fr" ? "\u202f: " : ": ")));
    mention.appendChild(el("code", a.mention, "mention"));
    art.appendChild(mention);
    if (a.house_mention) {
      var house = el("p");
      house.appendChild(el("strong", L(lg, "label.house") + (lg === "fr" ? "\u202f: " : ": ")));
      house.appendChild(el("code", a.house_mention, "mention"));
      art.appendChild(house);
    }
    art.appendChild(block(L(lg, "label.where"), a.where));
    var why = el("div");
    why.appendChild(el("h4", L(lg, "label.why")));
    var ul = el("ul");
    a.reasons.forEach(function (r) {
      var li = el("li");
      li.appendChild(el("strong", L(lg, "label.kind." + r.kind) + " \u00b7 " + r.name));
      li.appendChild(el("p", r.when));
      ul.appendChild(li);
    });
    why.appendChild(ul);
    if (a.note) { why.appendChild(el("p", a.note)); }
    art.appendChild(why);
    var names = a.situations.length ? L(lg, "label.case").replace("{names}", a.situation_names.join(", "))
      : L(lg, "label.case_default");
    art.appendChild(el("p", names, "hint"));
    art.appendChild(block(L(lg, "label.metadata"), a.metadata));
    art.appendChild(ui.sourceList(a.sources));
    art.appendChild(el("p", L(lg, "label.reviewed").replace("{date}", a.reviewed), "hint"));
    out.appendChild(art);
  }
  var params = {q: query};
  if (lang) { params.lang = lang; }
  out.replaceChildren(el("p", L(ui.pageLang, "ui.page.busy")));
  return fetch("api/label?" + new URLSearchParams(params).toString())
    .then(function (r) {
      return r.json().then(function (data) {
        out.replaceChildren();
        out.lang = data.language || ui.pageLang;
        out.appendChild(el("h2", L(out.lang, "ui.page.result")));
        if (r.ok) { show(data); }
        else if (data.known) { known(data); }
        else { ui.fail("ui.page.error.server"); }
      });
    })
    .catch(function () { ui.fail("ui.page.error.network"); });
};
"""
