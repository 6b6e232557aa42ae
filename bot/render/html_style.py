"""The playground's style sheet (inline, allowed by hash): light and dark, readable from 320 px up."""

from __future__ import annotations

STYLE = """
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fdfdfc;--muted:#555;--line:#c9c9c9;--accent:#0b5cad;
--info:#0b5cad;--warning:#8a5300;--critical:#a3122a;--info-bg:#eef4fb;--warning-bg:#fdf3e3;--critical-bg:#fdecee}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#161616;--muted:#b8b8b8;--line:#555;--accent:#8cc4ff;
--info:#8cc4ff;--warning:#ffc46b;--critical:#ff8a9a;--info-bg:#1c2633;--warning-bg:#2e2517;--critical-bg:#33191d}}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--fg);background:var(--bg);overflow-wrap:break-word}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.6rem;margin:.2rem 0 .5rem}
label{display:block;font-weight:600;margin:1rem 0 .3rem}
textarea,select,button{font:inherit;color:inherit;background:var(--bg);
border:1px solid var(--line);border-radius:.4rem}
textarea{width:100%;padding:.6rem;resize:vertical}
select{padding:.4rem;max-width:100%}
.submit{display:flex;align-items:center;flex-wrap:wrap;gap:.4rem .8rem;margin-top:1rem}
button{padding:.55rem 1.3rem;background:var(--accent);color:var(--bg);
border-color:var(--accent);font-weight:600;cursor:pointer}
button[disabled]{opacity:.6;cursor:progress}
.hint{color:var(--muted);font-size:.9rem}
@media (pointer:coarse){.hint{display:none}}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
#result{margin-top:1.5rem}
#result h2{font-size:1.3rem;margin:0 0 .3rem}
.answer{font-size:1.05rem;margin:.3rem 0 1rem;white-space:pre-line}
.finding{border-left:4px solid var(--info);background:var(--info-bg);border-radius:.3rem;
padding:.5rem .8rem .6rem;margin:.7rem 0}
.finding.sev-warning{border-color:var(--warning);background:var(--warning-bg)}
.finding.sev-critical{border-color:var(--critical);background:var(--critical-bg)}
.finding h3,.finding h4{margin:.1rem 0 .25rem;font-size:1.05rem;line-height:1.35}
.finding p{margin:.25rem 0}
.sev{display:inline-block;font-size:.78rem;font-weight:700;border:1px solid currentColor;border-radius:1rem;
padding:0 .5rem;margin-right:.4rem;vertical-align:.1em;white-space:nowrap}
.sev-info .sev{color:var(--info)}.sev-warning .sev{color:var(--warning)}
.sev-critical .sev{color:var(--critical)}
.pillar-tag{color:var(--muted);font-size:.85rem;font-weight:600;margin:0}
.source{font-size:.9rem;color:var(--muted)}
.sources{font-size:.9rem;color:var(--muted);padding-left:1.2rem;margin:.3rem 0}
details{margin-top:.3rem}
summary{cursor:pointer;color:var(--accent);font-size:.9rem;font-weight:600}
a{color:var(--accent)}
.footprint{border-top:1px solid var(--line);margin-top:1rem;padding-top:.3rem}
.footprint h3{margin:.3rem 0;font-size:1.1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.4rem 0}
dt{font-weight:600}dd{margin:0}
.error{color:var(--critical);font-weight:600}
.topics h3{font-size:1.05rem;margin:.5rem 0}
.topics ul{list-style:none;padding:0;margin:.3rem 0}
.topics li{margin:.4rem 0}
button.topic-button{margin:0;padding:.45rem .9rem;background:var(--bg);color:var(--accent);text-align:left}
button.topic-button[aria-pressed="true"]{background:var(--accent);color:var(--bg)}
footer{margin-top:2rem;color:var(--muted);font-size:.9rem}
"""
