"""The playground in headless Chromium (Debian's, through Playwright's executable_path), served by the
real app: type a text, submit, read the findings; no console error (so the CSP hashes match)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, expect

from bot.coach.engine import Coach
from tests.integration.conftest import Harness, Start
from tests.support.unsure import UnsureCoach

pytestmark = pytest.mark.browser


async def open_page(browser: Browser, h: Harness, locale: str) -> tuple[Page, list[str]]:
    page = await browser.new_page(locale=locale, extra_http_headers={"Accept-Language": locale})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: problems.append(f"dialog: {d.message}"))
    await page.goto(h.base_url + "/")
    return page, problems


PLAN_EN = (
    "We will generate 30 Instagram visuals with Midjourney with realistic faces and paste our customer "
    "list into ChatGPT to personalise the posts"
)


async def test_a_plan_shows_short_points_in_the_coachs_order_with_details_folded(
    start: Start, browser: Browser
) -> None:
    async with start(slack=False) as h:
        expected = (await h.http.post("/api/check", json={"text": PLAN_EN, "lang": "en"})).json()
        page, problems = await open_page(browser, h, "en-US")
        assert await page.get_attribute("html", "lang") == "en"
        await page.get_by_label("Your plan, draft or question").fill(PLAN_EN)
        await page.get_by_label("Answer language").select_option("en")
        await page.get_by_role("button", name="Check").click()

        result = page.locator("#result")
        points = result.locator("article.finding")
        await expect(points).to_have_count(len(expected["findings"]))
        classes = [await points.nth(i).get_attribute("class") for i in range(await points.count())]
        assert [c.split()[1] for c in classes if c] == [f"sev-{f['severity']}" for f in expected["findings"]]
        titles = [
            await points.nth(i).locator("h3, h4").text_content() or "" for i in range(await points.count())
        ]
        assert all(f["title"] in x for f, x in zip(expected["findings"], titles, strict=True))
        for i in range(await points.count()):  # one source in view; every source once the details open
            point = points.nth(i)
            assert await point.locator(":scope > p a").count() <= 1
            assert await point.locator("details").evaluate("d => d.open") is False
        first = points.first
        await first.locator("summary").click()
        sources = expected["findings"][0]["sources"]
        await expect(first.locator("details .sources a")).to_have_count(len(sources))
        hrefs = await first.locator("details .sources a").evaluate_all("xs => xs.map(a => a.href)")
        assert hrefs == [s["url"] for s in sources]
        await expect(result.locator(".footprint")).to_have_count(1)
        assert await result.get_attribute("aria-live") == "polite"
        assert problems == []


async def test_ctrl_enter_submits_from_the_text_box(start: Start, browser: Browser) -> None:
    async with start(slack=False) as h:
        page, problems = await open_page(browser, h, "fr-FR")
        await expect(page.locator("#shortcut")).to_have_text("ou Ctrl+Entrée")
        await page.locator("#text").fill("30 visuels avec Midjourney pour Instagram")
        await page.locator("#text").press("Control+Enter")
        await expect(page.locator("#result h2")).to_have_text("Réponse")
        await expect(page.locator("#result .footprint > h3")).to_contain_text("Empreinte")
        assert await page.locator("#text").input_value() == "30 visuels avec Midjourney pour Instagram"
        assert problems == []


async def test_french_page_and_answer_and_a_hostile_text_is_harmless(start: Start, browser: Browser) -> None:
    async with start(slack=False) as h:
        page, problems = await open_page(browser, h, "fr-FR")
        assert await page.get_attribute("html", "lang") == "fr"
        await page.keyboard.press("Tab")  # keyboard first: the textarea is reachable
        assert await page.evaluate("document.activeElement.id") == "text"
        await page.keyboard.type('<img src=x onerror="alert(1)"> 30 visuels avec Midjourney pour Instagram')
        await page.get_by_role("button", name="Vérifier").press("Enter")
        result = page.locator("#result")
        await expect(result.locator("h2")).to_have_text("Réponse")
        await expect(result.locator(".footprint > h3")).to_have_text("🌱 Empreinte")
        assert await result.locator("img").count() == 0
        assert problems == []


@pytest.mark.parametrize(
    ("locale", "text", "status", "words"),
    [
        ("en-US", "   ", None, "Write a few words first"),
        ("fr-FR", "   ", None, "Écrivez d'abord quelques mots"),
        ("fr-FR", "x" * 20_001, None, "Votre texte est trop long. Restez sous 20\u202f000 caractères"),
        ("en-US", "30 images", 500, "Something went wrong on our side"),
        ("fr-FR", "30 images", 413, "Votre texte est trop long"),
        ("fr-FR", "30 images", 0, "Le coach est injoignable"),
    ],
)
async def test_errors_are_plain_words_in_the_pages_language(
    start: Start, browser: Browser, locale: str, text: str, status: int | None, words: str
) -> None:
    async with start(slack=False) as h:
        page, _ = await open_page(browser, h, locale)
        if status == 0:
            await page.route("**/api/check", lambda route: route.abort())
        elif status:
            body = {"error": "internal error"}
            await page.route("**/api/check", lambda route: route.fulfill(status=status, json=body))
        await page.locator("#text").fill(text)
        await page.locator("#submit").click()
        error = page.locator("#result .error")
        await expect(error).to_contain_text(words)
        shown = await error.text_content() or ""
        assert "error" not in shown and '"text"' not in shown and "internal" not in shown


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
async def test_the_answer_fits_the_width_in_light_and_dark(
    start: Start, browser: Browser, width: int, scheme: str
) -> None:
    async with start(slack=False) as h:
        page = await browser.new_page(
            viewport={"width": width, "height": 800},
            color_scheme=scheme,
            locale="fr-FR",  # type: ignore[arg-type]
        )
        await page.goto(h.base_url + "/")
        await page.locator("#text").fill(PLAN_EN)
        await page.locator("#text").press("Control+Enter")
        await expect(page.locator("#result article.finding").first).to_be_visible()
        overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0
        colours = await page.locator("article.finding").first.evaluate(
            "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]"
        )
        assert colours[0] != colours[1]
        if shots := os.environ.get("PLAYGROUND_SHOTS"):
            Path(shots).mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=f"{shots}/playground-plan-{width}-{scheme}.png", full_page=True)


async def test_an_unsure_question_offers_topics_and_a_click_shows_one(
    start: Start, browser: Browser, coach: Coach
) -> None:
    async with start(slack=False, assessor=UnsureCoach(coach)) as h:
        page, problems = await open_page(browser, h, "en-US")
        await page.get_by_label("Your plan, draft or question").fill(
            "Is Gemini any good for our AI stuff? Just wondering in general."
        )
        await page.get_by_role("button", name="Check").click()

        result = page.locator("#result")
        await expect(result.locator(".topics h3")).to_have_text("Closest topics")
        offered = result.locator(".topics button")
        assert 2 <= await offered.count() <= 3
        title = await offered.nth(1).text_content()
        await offered.nth(1).press("Enter")  # keyboard works as well as a click

        shown = result.locator(".topic .finding")
        await expect(shown.locator("h4")).to_contain_text(title or "?")
        await expect(shown.locator("h4")).to_be_focused()
        assert await offered.nth(1).get_attribute("aria-pressed") == "true"
        assert await shown.locator(".sources a").count() >= 1
        assert await offered.count() >= 2  # the other topics stay offered
        assert problems == []


async def test_a_topic_that_no_longer_exists_says_so_politely(start: Start, browser: Browser) -> None:
    async with start(slack=False) as h:
        page, problems = await open_page(browser, h, "fr-FR")
        await page.route(
            "**/api/check",
            lambda route: route.fulfill(
                json={
                    "language": "fr",
                    "findings": [],
                    "footprint": None,
                    "answer": "Je ne vois pas bien.",
                    "suggestions": [{"card": "privacy/gone", "title": '<img src=x onerror="alert(1)">'}],
                }
            ),
        )
        await page.get_by_label("Votre projet, brouillon ou question").fill("x ?")
        await page.get_by_role("button", name="Vérifier").click()
        topic = page.locator("#result .topics button")
        await expect(topic).to_have_text('<img src=x onerror="alert(1)">')  # text, never markup
        await topic.click()
        await expect(page.locator("#result .topic .error")).to_contain_text("n'est plus dans ma base")
        assert await page.locator("#result img").count() == 0
        assert [p for p in problems if "404" not in p] == []  # the browser logs the 404 itself
