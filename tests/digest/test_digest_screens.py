"""The Slack digest as people see it: Block Kit drawn as HTML in headless Chromium, in French and
English; screenshots go to $DIGEST_SHOTS (default /tmp/wt-digest2-shots/). What is visible carries
no literal asterisk, and English no French punctuation spacing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.async_api import Browser

from bot.bootstrap import build_coach
from bot.coach.typography import french_spacing_in
from bot.digest.compose import compose
from bot.render.digest_blocks import digest_blocks
from tests.digest.test_digest_text import api_usage, full_stats
from tests.support.blockkit_html import page

pytestmark = pytest.mark.browser
SHOTS = Path(os.environ.get("DIGEST_SHOTS", "/tmp/wt-digest2-shots"))


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_slack_digest_reads_cleanly_in_a_browser(browser: Browser, lang: str) -> None:
    view = compose(build_coach(), full_stats(), lang, api=api_usage())
    tab = await browser.new_page(viewport={"width": 720, "height": 900}, device_scale_factor=1)
    await tab.set_content(page(digest_blocks(view), lang))
    SHOTS.mkdir(parents=True, exist_ok=True)
    await tab.screenshot(path=str(SHOTS / f"slack-digest-{lang}.png"), full_page=True)
    visible = await tab.inner_text("body")
    assert "*" not in visible
    assert await tab.locator("b").count() >= 6  # the labels are bold, not literal
    if lang == "en":
        assert french_spacing_in(visible) == []
