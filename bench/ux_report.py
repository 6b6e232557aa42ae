"""How long the answers are, on every surface: visible characters, links and blocks per answer.

    .venv/bin/python bench/ux_report.py [--json]

Renders the answers to varied inputs (plans, questions, a draft, off-topic, a long text; French and
English) as the Slack main message (Block Kit), the Teams card (Adaptive Card), the playground (what
its script shows from `/api/check`'s JSON) and the CLI text, then checks issue 11's targets:

- a typical plan's Slack answer ≤ 1,500 visible characters, ≤ 1 source link per point;
- the footprint figures said once in the Slack main message;
- the most serious point first on every surface (rendered order vs the findings' severities).

Prints PASS/FAIL per target and exits 0 regardless: it is a measurement, not a test. It runs on an
older checkout too (`PYTHONPATH=/path/to/checkout`), to give a "before".
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if "PYTHONPATH" not in os.environ:  # PYTHONPATH=/other/checkout measures that one ("before")
    sys.path.insert(0, str(ROOT))

from bot import knowledge  # noqa: E402
from bot.coach import numbers  # noqa: E402
from bot.coach.engine import Coach  # noqa: E402
from bot.coach.i18n import t  # noqa: E402
from bot.coach.model import Assessment  # noqa: E402
from bot.render import adaptive, blocks, terminal  # noqa: E402
from bot.render.short import lead  # noqa: E402
from bot.render.view import answer_view  # noqa: E402

LONG = " ".join(
    [
        "Pour le lancement de la gamme été, on va générer 45 images avec Midjourney pour Instagram,",
        "avec des mannequins de tous âges. Ensuite ChatGPT rédigera les descriptions produits et les",
        "posts LinkedIn à partir du dossier client confidentiel et de notre fichier clients (noms, e-mails).",
    ]
    * 6
)
INPUTS: tuple[tuple[str, str], ...] = (  # (kind, text)
    ("plan", "On va générer 30 visuels avec Midjourney pour Instagram"),
    ("plan", "On colle la liste de nos clients (noms, e-mails, achats) dans ChatGPT pour écrire 200 e-mails"),
    ("plan", "We'll generate 40 images of our sales team with DALL-E and publish them on LinkedIn"),
    ("plan", "Make 10 product videos with Runway for TikTok, with a cloned voice of our CEO"),
    ("plan", "Un influenceur virtuel créé avec Midjourney pour nos cosmétiques, 50 visuels par mois"),
    ("question", "Est-ce qu'on doit signaler une image générée par IA sur Instagram ?"),
    ("question", "How much water does a prompt use?"),
    ("question", "Can we publish AI-generated customer reviews on our website?"),
    ("question", "Can ChatGPT summarise this confidential deck?"),
    ("draft", "Draft for LinkedIn, written with ChatGPT: 'Our new serum reduces wrinkles by 47% in 7 days!'"),
    ("off-topic", "Qui vient déjeuner à la cantine demain ?"),
    ("long", LONG),
)
SLACK_TARGET = 1500
_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]*)>")


def slack_blocks(a: Assessment, text: str) -> list[dict[str, Any]]:
    """The Slack main message with the buttons `/ai-check` gives (as an older checkout gave them)."""
    try:
        from bot.slack.routing import answer_buttons  # type: ignore[attr-defined]

        buttons = answer_buttons(a, text)
    except ImportError:
        value = json.dumps({"l": a.language, "t": text[:1500]}, ensure_ascii=False)
        buttons = blocks.AnswerButtons(share=value, share_with_text=value, feedback="{}", topics=True)
    return blocks.answer_blocks(answer_view(a), buttons=buttons)


def _mrkdwn_visible(text: str) -> str:
    text = _LINK.sub(lambda m: m.group(2), text)
    text = re.sub(r"[*_]", "", text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text


def slack_texts(block_list: list[dict[str, Any]]) -> Iterator[tuple[str, str]]:
    """(block type, raw text) for every piece of text the message shows, in order."""
    for b in block_list:
        if "text" in b and isinstance(b["text"], dict):
            yield b["type"], b["text"]["text"]
        for e in b.get("elements", []):
            text = e.get("text")
            yield b["type"], text["text"] if isinstance(text, dict) else str(text or "")


def slack_measure(block_list: list[dict[str, Any]]) -> dict[str, Any]:
    raw = [x for _, x in slack_texts(block_list)]
    return {
        "chars": sum(len(_mrkdwn_visible(x).strip()) for x in raw),
        "links": sum(len(_LINK.findall(x)) for x in raw),
        "blocks": len(block_list),
        "text": "\n".join(_mrkdwn_visible(x) for x in raw),
    }


def teams_texts(node: Any) -> Iterator[str]:
    """The card's text a reader sees before clicking (toggled-off parts and ShowCard cards skipped)."""
    if isinstance(node, dict):
        if node.get("isVisible") is False or node.get("type") == "Action.ShowCard":
            return
        for key in ("text", "title"):
            if isinstance(node.get(key), str) and node.get("type") not in ("AdaptiveCard",):
                yield node[key]
        for key, value in node.items():
            if key not in ("text", "title", "url", "fallbackText", "speak"):
                yield from teams_texts(value)
    elif isinstance(node, list):
        for item in node:
            yield from teams_texts(item)


def teams_links(node: Any) -> int:
    """Links a reader sees before clicking: markdown links and OpenUrl actions outside hidden parts."""
    if isinstance(node, dict):
        if node.get("isVisible") is False or node.get("type") == "Action.ShowCard":
            return 0
        own = node.get("type") == "Action.OpenUrl"
        text = node.get("text") if isinstance(node.get("text"), str) else ""
        return own + len(re.findall(r"\]\(https?://", text)) + sum(teams_links(v) for v in node.values())
    if isinstance(node, list):
        return sum(teams_links(item) for item in node)
    return 0


def teams_measure(card: dict[str, Any]) -> dict[str, Any]:
    raw = list(teams_texts(card))
    texts = [re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", x) for x in raw]
    return {
        "chars": sum(len(x.strip()) for x in texts),
        "links": teams_links(card),
        "blocks": len(card.get("body", [])),
        "text": "\n".join(texts),
    }


def playground_lines(data: dict[str, Any]) -> list[str]:
    """What the page's script shows from the JSON (`render` in bot/render/html.py), line by line."""
    lang = data["language"]
    lines = [data["answer"]]
    last = None
    for f in data["findings"]:
        if f["pillar"] != last:  # the script's headings (grouped, or per run of a pillar)
            lines.append(t(f"pillar.{f['pillar']}", lang))
            last = f["pillar"]
        # Shown before opening <details>: the lead of the advice and one source.
        lines += [t(f"severity.{f['severity']}", lang), f["title"], lead(f["advice"])]
        lines += [f"{s['publisher']} ({s['year']})" for s in f["sources"][:1]]
    if fp := data.get("footprint"):  # one equivalent; the basis is behind "How it is estimated"
        lines += [*fp["equivalents"][:1]]
    return lines


def playground_measure(a: Assessment) -> dict[str, Any]:
    data = a.as_dict()
    lines = playground_lines(data)
    return {
        "chars": sum(len(x) for x in lines),
        "links": sum(min(1, len(f["sources"])) for f in data["findings"]),
        "blocks": len(lines),
        "text": "\n".join(lines),
    }


def cli_measure(a: Assessment) -> dict[str, Any]:
    out = terminal.render(a)
    lines = [x for x in out.splitlines() if x.strip()]
    return {
        "chars": sum(len(x.strip()) for x in lines),
        "links": out.count("http"),
        "blocks": len(lines),
        "text": out,
    }


def first_positions(text: str, titles: list[str]) -> list[int]:
    return [text.find(x) for x in titles]


def order_ok(a: Assessment, text: str) -> bool:
    """The shown points' severities never increase down the page (titles found in the rendered text)."""
    shown = sorted(
        (pos, f.severity.rank) for f in a.findings if (pos := text.find(_mrkdwn_visible(f.title)[:40])) >= 0
    )
    ranks = [r for _, r in shown]
    return all(x >= y for x, y in itertools.pairwise(ranks))


def measure(coach: Coach, kind: str, text: str) -> dict[str, Any]:
    a = coach.assess(text)
    surfaces = {
        "slack": slack_measure(slack_blocks(a, text)),
        "teams": teams_measure(adaptive.answer_card(answer_view(a))),
        "playground": playground_measure(a),
        "cli": cli_measure(a),
    }
    fp_energy = numbers.energy(a.footprint.energy_wh, a.language) if a.footprint else None
    return {
        "kind": kind,
        "lang": a.language,
        "input": text[:60],
        "points": len(a.findings),
        "surfaces": surfaces,
        "footprint_mentions_slack": surfaces["slack"]["text"].count(fp_energy) if fp_energy else None,
        "order_ok": {name: order_ok(a, s["text"]) for name, s in surfaces.items()},
    }


def checks(rows: list[dict[str, Any]]) -> list[tuple[str, bool, str]]:
    plans = [r for r in rows if r["kind"] == "plan"]
    worst = max(r["surfaces"]["slack"]["chars"] for r in plans)
    links = max(r["surfaces"]["slack"]["links"] / max(1, r["points"]) for r in rows)
    fp = [r["footprint_mentions_slack"] for r in rows if r["footprint_mentions_slack"] is not None]
    bad_order = [f"{r['input'][:25]}…/{s}" for r in rows for s, ok in r["order_ok"].items() if not ok]
    return [
        (f"plan Slack answers ≤ {SLACK_TARGET} visible chars", worst <= SLACK_TARGET, f"max {worst}"),
        ("≤ 1 source link per point (Slack main message)", links <= 1, f"max {links:.1f} links per point"),
        ("footprint figures said once (Slack main message)", all(n == 1 for n in fp), f"counts {fp}"),
        ("most serious point first, every surface", not bad_order, ", ".join(bad_order) or "all in order"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON object instead of the table")
    args = parser.parse_args()
    coach = Coach(knowledge.load())
    rows = [measure(coach, kind, text) for kind, text in INPUTS]
    results = checks(rows)
    if args.json:
        for r in rows:
            for s in r["surfaces"].values():
                s.pop("text")
        print(json.dumps({"rows": rows, "checks": results}, ensure_ascii=False))
        return
    names = ("slack", "teams", "playground", "cli")
    print(f"{'kind':9} {'lang':4} {'pts':>3}  " + "  ".join(f"{s:>18}" for s in names))
    print(" " * 20 + "  ".join(f"{'chars/links/blocks':>18}" for _ in range(4)))
    for r in rows:
        cells = "  ".join(f"{'{chars}/{links}/{blocks}'.format(**s):>18}" for s in r["surfaces"].values())
        print(f"{r['kind']:9} {r['lang']:4} {r['points']:>3}  {cells}   {r['input'][:38]}")
    print()
    for name, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")


if __name__ == "__main__":
    main()
