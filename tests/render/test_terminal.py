"""Terminal rendering of an assessment: pure text, grouped by pillar, severity visible, sources listed."""

from __future__ import annotations

from bot.coach.model import Assessment, Finding, Footprint, Mentions, Pillar, Range, Severity, Source
from bot.render.terminal import render

SRC_A = Source("EU AI Act", "EUR-Lex", 2024, "https://eur-lex.europa.eu/eli/reg/2024/1689/oj")
SRC_B = Source("Power Hungry Processing", "ACM FAccT", 2024, "https://arxiv.org/abs/2311.16863")
SRC_C = Source("Stable Bias", "Hugging Face", 2023, "https://huggingface.co/spaces/society-ethics/StableBias")

LONG_ADVICE = (
    "Image models default to narrow profiles. Say in the prompt who you want to see (age, gender, skin "
    "tone, body type, disability), generate several batches, and count who appears before you pick."
)


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


def _assessment(lang: str = "en", footprint: Footprint | None = FOOTPRINT) -> Assessment:
    findings = (
        _finding(Pillar.TRANSPARENCY, Severity.CRITICAL, "Label it", "Add a label.", SRC_A),
        _finding(
            Pillar.BIAS, Severity.WARNING, "Generated people repeat stereotypes", LONG_ADVICE, SRC_C, SRC_A
        ),
        _finding(Pillar.FOOTPRINT, Severity.INFO, "Footprint of these images", "Generate fewer.", SRC_B),
        _finding(Pillar.BIAS, Severity.INFO, "Check who appears", "Review the batch.", SRC_C),
    )
    return Assessment(lang, findings, footprint, "4 points to review before you go.", Mentions())


def test_answer_comes_first_and_output_ends_with_one_newline() -> None:
    out = render(_assessment())
    lines = out.split("\n")
    assert lines[0] == "4 points to review before you go."
    assert lines[1] == ""
    assert out.endswith("\n") and not out.endswith("\n\n")


def test_grouped_by_pillar_in_order_of_first_appearance() -> None:
    lines = render(_assessment()).splitlines()
    headings = [line for line in lines if line in {"TRANSPARENCY", "BIAS", "FOOTPRINT"}]
    assert headings == ["TRANSPARENCY", "BIAS", "FOOTPRINT"]
    bias = lines.index("BIAS")
    nxt = lines.index("FOOTPRINT")
    block = "\n".join(lines[bias:nxt])
    # Both bias findings sit under the one BIAS heading (they were not adjacent), in their order.
    assert block.index("Generated people repeat stereotypes") < block.index("Check who appears")
    assert "Label it" not in block


def test_severity_is_visible() -> None:
    out = render(_assessment())
    assert "  ⛔ [Must fix] Label it" in out
    assert "  ⚠ [To check] Generated people repeat stereotypes" in out
    assert "  ℹ [Good to know] Footprint of these images" in out


def test_sources_are_listed_under_their_finding() -> None:
    lines = render(_assessment()).splitlines()
    i = lines.index("  ⚠ [To check] Generated people repeat stereotypes")
    sources = [line for line in lines[i:] if line.startswith("    ↳ ")][:2]
    assert sources == [
        f"    ↳ Hugging Face (2023) — Stable Bias — {SRC_C.url}",
        f"    ↳ EUR-Lex (2024) — EU AI Act — {SRC_A.url}",
    ]


def test_advice_is_wrapped_and_indented() -> None:
    lines = render(_assessment()).splitlines()
    i = lines.index("  ⚠ [To check] Generated people repeat stereotypes")
    advice = []
    for line in lines[i + 1 :]:
        if line.startswith("    ↳"):
            break
        advice.append(line)
    assert len(advice) >= 2
    assert all(line.startswith("    ") and len(line) <= 4 + 92 for line in advice)
    assert " ".join(line.strip() for line in advice) == LONG_ADVICE


def test_footprint_block() -> None:
    lines = render(_assessment()).splitlines()
    i = lines.index(f"FOOTPRINT — {FOOTPRINT.basis}")
    assert lines[i + 1] == "  40.5–345 Wh · 15.6–158 g CO2e · 0.044–1.49 L"
    assert lines[i + 2 :] == ["  ≈ 1.84–28.8 smartphone charges", "  ≈ 0.062–0.687 km by petrol car"]


def test_french_labels_and_numbers() -> None:
    out = render(_assessment("fr"))
    assert (
        "TRANSPARENCE" in out.splitlines() and "BIAIS" in out.splitlines() and "EMPREINTE" in out.splitlines()
    )
    assert "  ⛔ [À corriger] Label it" in out
    assert "  ⚠ [À vérifier] Generated" in out
    assert "  ℹ [Bon à savoir] Footprint" in out
    assert "  40,5–345\u202fWh · 15,6–158\u202fg CO2e · 0,044–1,49\u202fL" in out


def test_no_footprint_no_footprint_block() -> None:
    out = render(_assessment(footprint=None))
    assert " — 30 × image" not in out
    assert "Wh" not in out


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
