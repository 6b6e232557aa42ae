"""The pure Slack helpers the listeners rely on: routing, Slack markup, button values, cron wording."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.language import lang_of_locale
from bot.slack.routing import (
    Route,
    decode_value,
    describe_cron,
    encode_lang,
    encode_share,
    route,
    slack_to_plain,
    strip_mention,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Route("help")),
        ("  help ", Route("help", lang="en")),
        ("AIDE", Route("help", lang="fr")),
        ("?", Route("help")),
        ("forget me", Route("forget")),
        ("Forget   Me", Route("forget")),
        ("digest", Route("digest", "")),
        ("digest on", Route("digest", "on")),
        ("digest ON en", Route("digest", "on", "en")),
        ("digest off", Route("digest", "off")),
        ("digest preview", Route("digest", "preview")),
        ("digest weekly", Route("digest", "")),
        ("digest of our Midjourney campaign", Route("check", "digest of our Midjourney campaign")),
        ("digest off fr", Route("check", "digest off fr")),
        ("log midjourney 12 images", Route("log", "midjourney 12 images")),
        ("log", Route("log", "")),
        ("help me write 30 posts with ChatGPT", Route("check", "help me write 30 posts with ChatGPT")),
        (
            "forget me not, 12 images with Midjourney",
            Route("check", "forget me not, 12 images with Midjourney"),
        ),
        ("30 visuels avec Midjourney", Route("check", "30 visuels avec Midjourney")),
    ],
)
def test_route(text: str, expected: Route) -> None:
    assert route(text) == expected


def test_slack_to_plain_decodes_links_and_entities_but_keeps_mentions() -> None:
    assert (
        slack_to_plain("see <https://a.org|the deck> &amp; <https://b.org>") == "see the deck & https://b.org"
    )
    assert slack_to_plain("<!channel> <@U1|bob> a &lt; b") == "<!channel> <@U1> a < b"


def test_strip_mention_removes_only_the_bots_mentions() -> None:
    assert strip_mention("<@UBOT> hello <@U2> <@UBOT|coach>", "UBOT") == "hello <@U2>"
    assert strip_mention("  <@UBOT> hello", None) == "hello"


@given(st.text(max_size=6000), st.sampled_from(["fr", "en"]))
def test_share_value_round_trips_within_the_limit(text: str, lang: str) -> None:
    value = encode_share(lang, text)
    assert len(value) <= 2000
    decoded_lang, decoded = decode_value(value, "fr")
    assert decoded_lang == lang and text.startswith(decoded)
    if len(json.dumps({"l": lang, "t": text}, ensure_ascii=False, separators=(",", ":"))) <= 2000:
        assert decoded == text


def test_decode_value_tolerates_garbage() -> None:
    assert decode_value(None, "fr") == ("fr", "")
    assert decode_value("not json", "en") == ("en", "")
    assert decode_value('{"l": "de", "t": 3}', "fr") == ("fr", "")
    assert decode_value(encode_lang("en"), "fr") == ("en", "")


def test_describe_cron() -> None:
    assert describe_cron("0 9 * * mon", "en") == "every Monday at 09:00"
    assert describe_cron("30 8 * * 5", "fr") == "chaque vendredi à 08:30"
    assert describe_cron("0 9 1 * *", "en") == "on the schedule `0 9 1 * *`"


def test_lang_of_locale() -> None:
    assert lang_of_locale("fr-CA", "en") == "fr"
    assert lang_of_locale("en-GB", "fr") == "en"
    assert lang_of_locale("de-DE", "fr") == "fr"
    assert lang_of_locale(None, "en") == "en"
