"""Block Kit renderers: plain dict assertions, Slack's limits, escaping of anything a user typed."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from bot.render.blocks import (
    ACTION_DETAILS,
    ACTION_HELPFUL,
    ACTION_NOT_HELPFUL,
    ACTION_SHARE,
    ACTION_SHARE_TEXT,
    AnswerButtons,
    HomeData,
    RecentItem,
    answer_blocks,
    answer_text,
    clip,
    context,
    details_modal,
    escape_mrkdwn,
    header,
    help_blocks,
    home_view,
    link,
    section,
)
from bot.render.view import AnswerView, FootprintView, PillarView, PointView, SourceLink

SOURCE = SourceLink("ACM FAccT (2024)", "Power Hungry Processing", "https://arxiv.org/abs/2311.16863")


def point(
    title: str = "Label realistic AI people", advice: str = "Add a clear mention.", n_sources: int = 1
) -> PointView:
    sources = tuple(SourceLink(f"P{i} (2024)", f"T{i}", f"https://example.org/{i}") for i in range(n_sources))
    return PointView(
        "warning", "To check", "⚠️", title, advice, sources or (), "transparency", "Transparency", "🏷️", advice
    )


def view(
    pillars: tuple[PillarView, ...] = (), footprint: FootprintView | None = None, **kw: Any
) -> AnswerView:
    values: dict[str, Any] = {"lang": "en", "header": "⚠️ Label them", "answer": "2 points to fix."}
    points = tuple(x for pv in pillars for x in pv.points)
    return AnswerView(
        **(values | kw), pillars=pillars, footprint=footprint, point_count=len(points), points=points
    )


FOOTPRINT = FootprintView(
    "Estimated footprint",
    "40–345 Wh",
    "16–158 g CO2e",
    "0.04–1.5 L",
    "30 × image, Midjourney",
    ("≈ 2–29 smartphone charges", "≈ 0.06–0.7 km by petrol car"),
)


def test_escape_mrkdwn_escapes_the_three_control_characters() -> None:
    assert escape_mrkdwn("<!channel> & <@U123> <https://x|y>") == (
        "&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://x|y&gt;"
    )
    assert escape_mrkdwn("plain *bold* text") == "plain *bold* text"


def test_clip_keeps_short_text_and_ends_cut_text_with_an_ellipsis() -> None:
    assert clip("short", 10) == "short"
    assert clip("a" * 20, 10) == "a" * 9 + "…"
    assert len(clip("word " * 1000, 3000)) <= 3000


def test_link_only_links_http_urls_and_escapes_label_and_url() -> None:
    assert link("https://a.org/x?a=1&b=2", "A & B") == "<https://a.org/x?a=1&amp;b=2|A &amp; B>"
    assert link("https://a.org/x|y", "L") == "<https://a.org/x%7Cy|L>"
    assert link("javascript:alert(1)", "<b>") == "&lt;b&gt;"


def test_header_section_context_respect_limits() -> None:
    assert header("h" * 200) == {
        "type": "header",
        "text": {"type": "plain_text", "text": "h" * 149 + "…", "emoji": True},
    }
    assert len(section("s" * 5000)["text"]["text"]) == 3000
    ctx = context([f"e{i}" for i in range(14)])
    assert len(ctx["elements"]) == 10 and ctx["elements"][-1] == {"type": "mrkdwn", "text": "…"}


def test_answer_blocks_structure() -> None:
    pillar = PillarView("transparency", "Transparency", "🏷️", (point(n_sources=3),))
    value = '{"l":"en","t":"x"}'
    buttons = AnswerButtons(share=value, share_with_text=value, feedback='{"l":"en"}', details=value)
    blocks = answer_blocks(view((pillar,), FOOTPRINT), buttons=buttons)

    assert [b["type"] for b in blocks] == ["header", "section", "divider", "section", "section", "actions"]
    assert blocks[0]["text"]["text"] == "⚠️ Label them"
    assert blocks[3]["text"]["text"] == (  # one source in the main message
        "⚠️ *To check* · 🏷️ *Label realistic AI people*\nAdd a clear mention.\n"
        "📚 <https://example.org/0|P0 (2024)>"
    )
    # the footprint once, with one equivalent (no point carries it here)
    assert blocks[4]["text"]["text"] == "🌱 *Estimated footprint*: ⚡ 40–345 Wh (≈ 2–29 smartphone charges)"
    actions = blocks[5]["elements"]
    assert [a["action_id"] for a in actions] == [
        ACTION_DETAILS,
        ACTION_SHARE,
        ACTION_SHARE_TEXT,
        ACTION_HELPFUL,
        ACTION_NOT_HELPFUL,
    ]
    assert actions[1]["style"] == "primary" and actions[1]["value"] == value
    assert [a["text"]["text"] for a in actions] == [
        "Details and sources",
        "Share in channel",
        "Share with my text",
        "👍 Helpful",
        "👎 Not helpful",
    ]


def test_details_modal_has_the_full_advice_every_source_and_the_footprint() -> None:
    pillar = PillarView("transparency", "Transparency", "🏷️", (point(advice="Long. Advice.", n_sources=3),))
    modal = details_modal(view((pillar,), FOOTPRINT))
    assert modal["type"] == "modal" and modal["title"]["text"] == "Details and sources"
    assert len(modal["title"]["text"]) <= 24 and len(modal["blocks"]) <= 100
    text = json.dumps(modal, ensure_ascii=False)
    assert "🏷️ Transparency · *Label realistic AI people*\\nLong. Advice." in text
    assert all(f"https://example.org/{i}|P{i} (2024): T{i}" in text for i in range(3))
    assert "_Basis: 30 × image, Midjourney_" in text and "≈ 0.06–0.7 km by petrol car" in text


def test_french_answer_uses_french_furniture() -> None:
    blocks = answer_blocks(view((), FOOTPRINT, lang="fr"), buttons=AnswerButtons(share="v", feedback="f"))
    assert blocks[-2]["text"]["text"].startswith("🌱 *Estimated footprint* : ⚡")
    assert [a["text"]["text"] for a in blocks[-1]["elements"]] == [
        "Partager dans le canal",
        "👍 Utile",
        "👎 Pas utile",
    ]
    assert details_modal(view((), FOOTPRINT, lang="fr"))["title"]["text"] == "Détails et sources"


def test_no_buttons_no_actions_block_and_no_divider_without_pillars() -> None:
    blocks = answer_blocks(view())
    assert [b["type"] for b in blocks] == ["header", "section"]


def test_a_button_value_over_2000_characters_is_left_out_rather_than_cut() -> None:
    blocks = answer_blocks(view(), buttons=AnswerButtons(share="x" * 2001, feedback="f"))
    assert [e["action_id"] for e in blocks[-1]["elements"]] == [ACTION_HELPFUL, ACTION_NOT_HELPFUL]


def test_quoted_text_and_shared_by_are_escaped_and_validated() -> None:
    blocks = answer_blocks(view(), quoted_text="<!channel> hello\nsecond <@U1>", shared_by="U0ASKER")
    assert blocks[1] == {"type": "context", "elements": [{"type": "mrkdwn", "text": "Shared by <@U0ASKER>"}]}
    assert blocks[3]["text"]["text"] == "*Text checked*\n> &lt;!channel&gt; hello\n> second &lt;@U1&gt;"
    forged = answer_blocks(view(), shared_by="U1> <!channel")
    assert "<!channel" not in json.dumps(forged)


def test_every_coach_text_is_escaped_too() -> None:
    p = PillarView("bias", "Bias", "🧑", (point(title="<!here> title", advice="a < b & c > d"),))
    text = answer_blocks(view((p,), answer="<!everyone>"))[3]["text"]["text"]
    assert "&lt;!here&gt; title" in text and "a &lt; b &amp; c &gt; d" in text
    details = json.dumps(details_modal(view((p,), answer="<!everyone>")))
    assert "<!here>" not in details and "<!everyone>" not in details
    assert answer_blocks(view(answer="<!everyone>"))[1]["text"]["text"] == "&lt;!everyone&gt;"


def test_many_points_are_trimmed_to_50_blocks_with_a_note() -> None:
    pillars = tuple(PillarView(f"p{i}", f"Pillar {i}", "•", (point(), point())) for i in range(40))
    blocks = answer_blocks(view(pillars, FOOTPRINT), buttons=AnswerButtons(feedback="f"))
    assert len(blocks) <= 50
    assert blocks[-1]["type"] == "actions" and blocks[-2]["type"] == "section"  # footprint and buttons kept
    note = [b for b in blocks if b["type"] == "context" and "more point" in json.dumps(b)]
    assert len(note) == 1


def test_long_advice_and_many_sources_stay_within_limits() -> None:
    p = PillarView("bias", "Bias", "🧑", tuple(point(advice="word " * 900, n_sources=8) for _ in range(3)))
    blocks = answer_blocks(view((p,)))
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section")
    assert all(len(b["elements"]) <= 10 for b in blocks if b["type"] == "context")


@given(st.text(max_size=5000))
def test_any_user_text_quoted_never_keeps_a_raw_angle_bracket(text: str) -> None:
    blocks = answer_blocks(view(), quoted_text=text)
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section")
    if not text.strip():
        assert len(blocks) == 2
        return
    title, *lines = blocks[2]["text"]["text"].split("\n")
    assert title == "*Text checked*"
    assert all(line.startswith("> ") for line in lines)
    assert not any("<" in line[2:] or ">" in line[2:] for line in lines)


def test_answer_text_is_escaped_and_short() -> None:
    assert answer_text(view(answer="<!channel> hi")) == "⚠️ Label them: &lt;!channel&gt; hi"
    assert len(answer_text(view(answer="x" * 5000))) == 3000


def test_help_has_examples_in_both_languages_and_the_subcommands() -> None:
    for lang in ("fr", "en"):
        blocks = help_blocks(lang)
        text = json.dumps(blocks, ensure_ascii=False)
        assert blocks[0]["type"] == "header"
        assert "/ai-check On va générer 30 visuels" in text and "/ai-check How much water" in text
        assert "digest on | off | preview" in text and "forget me" in text and "log midjourney" in text
    assert help_blocks("fr")[0]["text"]["text"] == "Coach IA — mode d'emploi"


def test_home_view_shows_the_week_count_and_recent_checks_without_text() -> None:
    recent = (
        RecentItem(
            datetime(2026, 11, 27, 9, 5),
            "check",
            (("bias", "warning"), ("footprint", "info")),
            ("midjourney",),
        ),
        RecentItem(datetime(2026, 11, 26, 17, 30), "mention", (), ()),
    )
    home = home_view(HomeData("en", 2, recent, sources_url="https://example.org/knowledge"))
    assert home["type"] == "home" and len(home["blocks"]) <= 100
    texts = [b.get("text", {}).get("text", "") for b in home["blocks"]]
    assert "Your checks this week: *2*" in texts
    recent_text = next(t for t in texts if t.startswith("*Your latest checks*"))
    assert "• 2026-11-27 09:05 · /ai-check · ⚠️🧑‍🤝‍🧑 bias, ℹ️🌱 footprint · midjourney" in recent_text
    assert "• 2026-11-26 17:30 · mention · nothing flagged" in recent_text
    assert any("<https://example.org/knowledge|Sources policy>" in t for t in texts)


def test_home_view_in_french_without_checks_invites_a_first_one() -> None:
    home = home_view(HomeData("fr", 0, ()))
    text = json.dumps(home, ensure_ascii=False)
    assert "Vos vérifications cette semaine\u202f: *0*" in text and "Aucune vérification" in text
    assert "D'où viennent les conseils" in text
