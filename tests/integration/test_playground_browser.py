"""The playground in headless Chromium (Debian's, through Playwright's executable_path), served by the
real app: type a text, submit, read the findings; no console error (so the CSP hashes match)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, async_playwright, expect

from bot.coach.engine import Coach
from tests.integration.conftest import Harness, Start
from tests.support.unsure import UnsureCoach

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-extensions",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is required in CI (apt-get install -y chromium)")
        pytest.skip(f"{CHROMIUM} is absent (apt-get install -y chromium)")
    async with async_playwright() as pw:
        launched = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        await launched.close()


async def open_page(browser: Browser, h: Harness, locale: str) -> tuple[Page, list[str]]:
    page = await browser.new_page(locale=locale, extra_http_headers={"Accept-Language": locale})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: problems.append(f"dialog: {d.message}"))
    await page.goto(h.base_url + "/")
    return page, problems


async def test_type_a_text_and_see_findings_by_pillar(start: Start, browser: Browser) -> None:
    async with start(slack=False) as h:
        page, problems = await open_page(browser, h, "en-US")
        assert await page.get_attribute("html", "lang") == "en"
        await page.get_by_label("Your plan, draft or question").fill(
            "We will generate 30 Instagram visuals with Midjourney, with realistic faces"
        )
        await page.get_by_label("Answer language").select_option("en")
        await page.get_by_role("button", name="Check").click()

        result = page.locator("#result")
        await expect(result.locator(".pillar-bias h3")).to_have_text("Bias")
        await expect(result.locator(".pillar-transparency .sev").first).to_have_text("To check")
        links = result.locator(".sources a")
        assert await links.count() >= 2
        hrefs = [await links.nth(i).get_attribute("href") for i in range(await links.count())]
        assert all((href or "").startswith("https://") for href in hrefs)
        await expect(result.locator(".footprint dd").first).to_contain_text("Wh")
        assert await result.get_attribute("aria-live") == "polite"
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
        await expect(result.locator(".pillar-footprint h3")).to_have_text("Empreinte")
        assert await result.locator("img").count() == 0
        assert problems == []


async def test_an_empty_text_shows_the_servers_error(start: Start, browser: Browser) -> None:
    async with start(slack=False) as h:
        page, _ = await open_page(browser, h, "en-US")
        await page.eval_on_selector("#text", "el => el.removeAttribute('required')")
        await page.get_by_label("Your plan, draft or question").fill("   ")
        await page.get_by_role("button", name="Check").click()
        await expect(page.locator("#result .error")).to_contain_text("empty")


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
