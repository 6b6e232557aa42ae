"""Terminal rendering of an assessment: pure text in the coach's order, wrapped to the width asked for
without splitting words, short source lines, the footprint once, colour only when asked for."""

from __future__ import annotations

import re

import pytest

from bot.coach.model import Assessment, Finding, Footprint, Mentions, Pillar, Range, Severity, Source
from bot.render.terminal import render

SRC_A = Source("EU AI Act", "EUR-Lex", 2024, "https://eur-lex.europa.eu/eli/reg/2024/1689/oj")
SRC_B = Source("Power Hungry Processing", "ACM FAccT", 2024, "https://arxiv.org/abs/2311.16863")
SRC_C = Source("Stable Bias", "Hugging Face", 2023, "https://huggingface.co/spaces/society-ethics/StableBias")
SRC_LONG = Source(
    "Humans Are Biased. Generative AI Is Even Worse",
    "Bloomberg (Leonardo Nicoletti, Dina Bass)",
    2023,
    "https://www.bloomberg.com/news/videos/2023-06-09/calling-out-the-racial-and-gender-bias-in-generative-ai-video",
)

LONG_ADVICE = (
    "Image models default to narrow profiles. Say in the prompt who you want to see (age, gender, skin "
    "tone, body type, disability), generate several batches, and count who appears before you pick."
)
SGR = re.compile(r"\033\[[0-9;]*m")


def _finding(
    pillar: Pillar, severity: Severity, title: str, advice: str = "Do this.", *sources: Source
) -> Finding:
    return Finding(pillar, severity, title, advice, (f"{pillar.value}/card",), sources or (SRC_A,))


FOOTPRINT = Footprint(
    energy_wh=Range(40.5, 345.0),
    water_l=Range(0.0437, 1.49),
    co2e_g=Range(15.6, 158.0),
    basis="30 × image, Midjourney (1.35–11.5 Wh per image, ACM FAccT 2024)",
    equivalents=("≈ 1.84–28.8 smartphone charges", "≈ 0.062–0.687 km by petrol car"),
)
FP_ADVICE = "About 40.5–345 Wh (≈ 1.84–28.8 smartphone charges) for 30 images. Generate fewer variants."


def _assessment(lang: str = "en", footprint: Footprint | None = FOOTPRINT, answer: str = "") -> Assessment:
    findings = (
        _finding(Pillar.TRANSPARENCY, Severity.CRITICAL, "Label it", "Add a label.", SRC_A),
        _finding(
            Pillar.BIAS, Severity.WARNING, "Generated people repeat stereotypes", LONG_ADVICE, SRC_LONG, SRC_A
        ),
        _finding(Pillar.FOOTPRINT, Severity.INFO, "Footprint of these images", FP_ADVICE, SRC_B),
        _finding(Pillar.BIAS, Severity.INFO, "Check who appears", "Review the batch.", SRC_C),
    )
    return Assessment(lang, findings, footprint, answer or "4 points to review before you go.", Mentions())


def test_answer_comes_first_and_output_ends_with_one_newline() -> None:
    out = render(_assessment())
    lines = out.split("\n")
    assert lines[0] == "4 points to review before you go."
    assert lines[1] == ""
    assert out.endswith("\n") and not out.endswith("\n\n")


def test_findings_keep_the_assessments_order_never_regrouped_by_pillar() -> None:
    lines = render(_assessment()).splitlines()
    heads = [line for line in lines if line and line[0] in "⛔⚠ℹ"]
    assert heads == [
        "⛔ Must fix · transparency",
        "⚠ To check · bias",
        "ℹ Good to know · footprint",
        "ℹ Good to know · bias",
    ]
    assert lines[lines.index("⛔ Must fix · transparency") + 1] == "  Label it"


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_lines_fit_the_width_and_no_word_is_split(width: int) -> None:
    out = render(_assessment(), width=width)
    for line in out.splitlines():
        assert len(line) <= width or " " not in line.strip()  # only a lone link may be longer
    words = " ".join(line.strip() for line in out.splitlines())
    assert "Say in the prompt who you want to see (age, gender, skin tone, body type, disability)," in words
    advice = LONG_ADVICE.split()
    assert all(word in words.split() for word in advice)


def test_source_lines_are_short_publisher_year_link() -> None:
    lines = render(_assessment(), width=80).splitlines()
    assert "    ↳ EUR-Lex, 2024  https://eur-lex.europa.eu/eli/reg/2024/1689/oj" in lines
    i = lines.index("    ↳ Bloomberg, 2023")  # authors dropped when the name is long; link on its own line
    assert lines[i + 1] == f"      {SRC_LONG.url}"
    assert not any(SRC_LONG.title in line for line in lines)


def test_footprint_figures_are_printed_once() -> None:
    out = render(_assessment())
    assert out.count("40.5–345 Wh") == 1
    assert "  40.5–345 Wh · 15.6–158 g CO2e · 0.044–1.49 L water" in out.splitlines()
    assert out.count("≈ 1.84–28.8 smartphone charges") == 1 and "petrol car" not in out
    assert "Generate fewer variants." in out  # the footprint point keeps what to do
    said = render(_assessment(answer="Estimated footprint: 40.5–345 Wh, 15.6–158 g CO2e."))
    assert said.count("40.5–345 Wh") == 1  # the answer line says it: the block does not repeat it
    assert "Basis: 30 × image, Midjourney" in said


def test_colour_only_when_asked_and_the_text_is_the_same() -> None:
    plain = render(_assessment(), color=False)
    coloured = render(_assessment(), color=True)
    assert "\033[" not in plain
    assert "\033[1;31m⛔ Must fix\033[0m" in coloured
    assert SGR.sub("", coloured) == plain


def test_french_labels_and_numbers() -> None:
    out = render(_assessment("fr"))
    assert "⛔ À corriger · transparence" in out
    assert "⚠ À vérifier · biais" in out
    assert "ℹ Bon à savoir · empreinte" in out
    assert "  40,5–345\u202fWh · 15,6–158\u202fg CO2e · 0,044–1,49\u202fL" in out


def test_no_footprint_no_footprint_block() -> None:
    out = render(_assessment(footprint=None))
    assert "Basis:" not in out and "FOOTPRINT" not in out


def test_off_topic_is_just_the_answer() -> None:
    a = Assessment("en", (), None, "I coach teams on responsible use of generative AI.")
    assert render(a) == "I coach teams on responsible use of generative AI.\n"


def test_large_figures_switch_to_kwh_and_kg() -> None:
    fp = Footprint(
        Range(4606.0, 7831.0), Range(20.2, 34.3), Range(2370.0, 3850.0), "1 video of 30 s, Sora", ()
    )
    out = render(Assessment("en", (), fp, "x"))
    assert "  4.61–7.83 kWh · 2.37–3.85 kg CO2e · 20.2–34.3 L" in out


def test_small_water_is_in_millilitres_with_a_thin_space_in_french() -> None:
    fp = Footprint(Range(1.35, 11.5), Range(0.0146, 0.498), Range(0.5, 5.3), "1 × image", ())
    assert "  1.35–11.5 Wh · 0.5–5.3 g CO2e · 14.6–498 mL" in render(Assessment("en", (), fp, "x"))
    big = Footprint(Range(1234.0, 98765.0), Range(1.0, 2.0), Range(500.0, 999.0), "b", ())
    assert "  1,23–98,8\u202fkWh · 500–999\u202fg CO2e · 1–2\u202fL" in render(Assessment("fr", (), big, "x"))
    wide = Footprint(Range(120.0, 3760.0), Range(0.1, 0.9), Range(46.0, 1722.0), "w", ())
    assert "  120–3\u202f760\u202fWh" in render(Assessment("fr", (), wide, "x"))


def test_render_is_pure() -> None:
    a = _assessment()
    assert render(a) == render(a)
