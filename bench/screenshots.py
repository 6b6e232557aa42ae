"""Screenshots of the answers as people see them: Teams cards and the playground, as PNGs.

    python bench/screenshots.py --adaptivecards DIR [--out /tmp/shots]

DIR holds `adaptivecards.js` (npm package `adaptivecards`, dist/) and Teams' host configs
`microsoft-teams-light.json` / `microsoft-teams-dark.json` (npm package `adaptivecards-designer`,
lib/hostConfigs/). Cards are rendered by the official renderer in headless Chromium (/usr/bin/chromium)
at Teams' chat width; the playground is served by the real app. Nothing here is part of the service.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, Route, async_playwright

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.bootstrap import build_coach  # noqa: E402
from bot.render.adaptive import answer_card  # noqa: E402
from bot.render.adaptive_app import app_answer_card  # noqa: E402
from bot.render.charter import charter_card  # noqa: E402
from bot.render.label import label_card  # noqa: E402
from bot.render.view import answer_view  # noqa: E402
from tests.support.unsure import UnsureCoach  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
PLAN_FR = (
    "On va générer 30 visuels avec Midjourney pour Instagram avec des visages réalistes, et coller la "
    "liste clients dans ChatGPT pour personnaliser les posts"
)
PLAN_EN = (
    "We will generate 30 Instagram visuals with Midjourney with realistic faces and paste our customer "
    "list into ChatGPT to personalise the posts"
)
QUESTION_EN = "How much water does a prompt use?"
QUESTION_FR = "Faut-il dire qu'une image de campagne a été générée par IA ?"
UNSURE_EN = "Is Gemini any good for our AI stuff? Just wondering in general."
CASES = {
    "plan-fr": PLAN_FR,
    "plan-en": PLAN_EN,
    "question-en": QUESTION_EN,
    "question-fr": QUESTION_FR,
}

CARD_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<style>body{margin:0;padding:16px;background:BG;font-family:'Segoe UI',system-ui,sans-serif}
#card{width:WIDTHpx;border-radius:6px;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.25)}</style>
<script>SCRIPT</script></head><body><div id="card"></div><script>
var card = new AdaptiveCards.AdaptiveCard();
card.hostConfig = new AdaptiveCards.HostConfig(HOST);
card.parse(CARD);
document.getElementById("card").appendChild(card.render());
</script></body></html>"""


def teams_cards() -> dict[str, dict[str, Any]]:
    coach = build_coach()
    cards = {name: answer_card(answer_view(coach.assess(text))) for name, text in CASES.items()}
    unsure = UnsureCoach(coach)
    view = answer_view(unsure.assess(UNSURE_EN))
    topics = {s.card: answer_view(a) for s in view.suggestions if (a := coach.topic(s.card, view.lang))}
    cards["topics-en"] = answer_card(view, topics=topics)
    cards["app-plan-en"] = app_answer_card(answer_view(coach.assess(PLAN_EN)))  # the Teams SDK app
    for lang, query in (("fr", "instagram image"), ("en", "tiktok video partnership")):
        found = coach.label(query, lang)
        if found is not None:
            cards[f"label-{lang}"] = label_card(found)
    charted = build_coach(charter=REPO / "knowledge" / "charter.example.yaml")
    cards["charter-fr"] = charter_card(charted.charter_summary("fr"), "fr")
    cards["plan-charter-fr"] = answer_card(answer_view(charted.assess(PLAN_FR)))
    return cards


async def shoot_card(browser: Browser, lib: Path, card: dict[str, Any], path: Path, theme: str) -> None:
    host = (lib / f"microsoft-teams-{theme}.json").read_text(encoding="utf-8")
    html = (
        CARD_PAGE.replace("SCRIPT", (lib / "adaptivecards.js").read_text(encoding="utf-8"))
        .replace("HOST", host)
        .replace("CARD", json.dumps(card, ensure_ascii=False))
        .replace("BG", "#f5f5f5" if theme == "light" else "#1f1f1f")
        .replace("WIDTH", "560")
    )
    page = await browser.new_page(viewport={"width": 600, "height": 600})
    await page.set_content(html)
    await page.locator("#card").screenshot(path=str(path))
    buttons = page.locator(".ac-pushButton")
    if await buttons.count():
        await buttons.first.click()
        await page.locator("#card").screenshot(path=str(path.with_name(path.stem + "-open.png")))
    await page.close()


def wait_until_up(url: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def fulfil_with(data: dict[str, Any]) -> Callable[[Route], Awaitable[None]]:
    async def handler(route: Route) -> None:
        await route.fulfill(json=data)

    return handler


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def shoot_playground(browser: Browser, base: str, out: Path) -> None:
    coach = build_coach()
    unsure = UnsureCoach(coach)
    for width, height in ((1280, 900), (390, 844)):
        for scheme in ("light", "dark"):
            for lang, name, text in (
                ("fr", "plan-fr", PLAN_FR),
                ("en", "plan-en", PLAN_EN),
                ("en", "question-en", QUESTION_EN),
                ("en", "topics-en", UNSURE_EN),
                ("fr", "empty-fr", ""),
                ("en", "label-en", "label instagram image"),  # the disclosure helper (GET api/label)
            ):
                if scheme == "dark" and name not in ("plan-fr", "topics-en", "label-en"):
                    continue
                page = await browser.new_page(
                    viewport={"width": width, "height": height},
                    locale=lang,
                    color_scheme=scheme,  # type: ignore[arg-type]
                    extra_http_headers={"Accept-Language": lang},
                )
                if name.startswith("topics"):
                    await page.route("**/api/check", fulfil_with(unsure.assess(text).as_dict()))
                await page.goto(base + "/")
                await page.fill("#text", text)
                await page.eval_on_selector("#text", "el => el.removeAttribute('required')")
                await page.locator("#text").press("Control+Enter")
                await page.wait_for_selector("#result > *:not([aria-busy])")
                await page.wait_for_timeout(300)
                if name.startswith("topics"):
                    await page.locator(".topics button").first.click()
                    await page.wait_for_timeout(300)
                await page.screenshot(
                    path=str(out / f"playground-{name}-{width}-{scheme}.png"), full_page=True
                )
                await page.close()


async def main(lib: Path, out: Path, playground: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        for name, card in teams_cards().items():
            (out / f"teams-{name}.json").write_text(json.dumps(card, ensure_ascii=False, indent=1))
            await shoot_card(browser, lib, card, out / f"teams-{name}-light.png", "light")
        await shoot_card(browser, lib, teams_cards()["plan-fr"], out / "teams-plan-fr-dark.png", "dark")
        port = free_port()
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp}/shots.db"}
            server = subprocess.Popen(
                [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
                env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                wait_until_up(f"http://127.0.0.1:{port}/healthz")
                if playground:
                    await shoot_playground(browser, f"http://127.0.0.1:{port}", out)
            finally:
                server.terminate()
                server.wait(10)
        await browser.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--adaptivecards", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    parser.add_argument("--no-playground", action="store_true", help="only the Teams cards")
    args = parser.parse_args()
    asyncio.run(main(args.adaptivecards, args.out, not args.no_playground))
