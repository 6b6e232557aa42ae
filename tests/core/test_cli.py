"""The `ai-coach` command as a process (`python -m bot`): check, its JSON contract, and kb lint."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PILLARS = {"bias", "transparency", "footprint", "privacy", "copyright", "accuracy"}


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COACH_", "SLACK_", "TEAMS_"))}
    env.update(PYTHONIOENCODING="utf-8", **extra)
    return env


def run(
    *args: str, stdin: str | bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=data,
        capture_output=True,
        cwd=ROOT,
        env=env or _env(),
        timeout=60,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def one_json(stdout: str) -> dict[str, Any]:
    """stdout is exactly one JSON object (one line) and nothing else."""
    assert stdout.endswith("\n") and stdout.count("\n") == 1, stdout[:300]
    out = json.loads(stdout)
    assert isinstance(out, dict)
    required = {"language", "findings", "footprint", "answer"}
    assert required <= set(out) <= required | {"suggestions", "headline"}  # suggestions: only when unsure
    return out


def test_check_json_plan() -> None:
    p = run("check", "--json", "On va générer 30 visuels de nos salariés avec Midjourney pour Instagram")
    assert p.returncode == 0, p.stderr
    assert p.stderr == ""
    out = one_json(p.stdout)
    assert out["language"] == "fr"
    findings = out["findings"]
    assert isinstance(findings, list) and findings
    assert {f["pillar"] for f in findings} >= {"bias", "transparency", "footprint"}
    assert all(f["pillar"] in PILLARS for f in findings)
    fp = out["footprint"]
    assert isinstance(fp, dict) and fp["energy_wh"]["high"] > 0
    assert "Midjourney" in fp["basis"]


def test_check_json_text_in_several_arguments() -> None:
    p = run("check", "--json", "Generate", "20", "images", "with", "DALL-E")
    assert p.returncode == 0
    out = one_json(p.stdout)
    assert out["language"] == "en"
    assert "20 × image" in out["footprint"]["basis"]


@pytest.mark.parametrize(
    "text", ["Can someone book the meeting room for Tuesday?", "Quelqu'un a vu mon chargeur ?"]
)
def test_check_json_off_topic_exits_0(text: str) -> None:
    p = run("check", "--json", text)
    assert p.returncode == 0
    out = one_json(p.stdout)
    assert out["findings"] == [] and out["footprint"] is None
    assert isinstance(out["answer"], str) and out["answer"]


def test_check_reads_stdin() -> None:
    p = run("check", "--json", "-", stdin="Upload our customer list with emails to ChatGPT\n")
    assert p.returncode == 0
    out = one_json(p.stdout)
    assert out["language"] == "en"
    assert "privacy" in {f["pillar"] for f in out["findings"]}


def test_check_stdin_invalid_utf8_is_replaced() -> None:
    p = run("check", "--json", "-", stdin=b"Generate 10 images with Midjourney \xff\xfe\x80")
    assert p.returncode == 0, p.stderr
    assert "Traceback" not in p.stderr
    one_json(p.stdout)


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["check", ""], None),
        (["check", "   "], None),
        (["check", "--json", "\t\n "], None),
        (["check"], None),
        (["check", "--json", "-"], ""),
        (["check", "-"], "  \n\n  "),
    ],
)
def test_check_empty_is_a_usage_error(args: list[str], stdin: str | None) -> None:
    p = run(*args, stdin=stdin)
    assert p.returncode == 2
    assert p.stdout == ""
    assert "usage: ai-coach check" in p.stderr
    assert "Traceback" not in p.stderr


def test_check_one_megabyte_from_stdin() -> None:
    text = ("Générer 30 visuels avec Midjourney pour Instagram. " * 25_000)[:1_000_000]
    assert len(text.encode("utf-8")) >= 1_000_000
    p = run("check", "--json", "-", stdin=text)
    assert p.returncode == 0, p.stderr[-500:]
    out = one_json(p.stdout)
    assert out["language"] == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x01\x1b[31mGenerate 10 images\x07 with Midjourney\x7f",
        "🎉🎉🎉",
        "👩🏽‍💻 on veut 5 vidéos avec Sora 🚀",
        "مرحبا \u202e Midjourney 30 images",
    ],
)
def test_check_control_characters_and_emoji(text: str) -> None:
    p = run("check", "--json", "-", stdin=text)
    assert p.returncode == 0
    assert "Traceback" not in p.stderr
    one_json(p.stdout)
    # The terminal output too.
    t = run("check", "-", stdin=text)
    assert t.returncode == 0 and "Traceback" not in t.stderr and t.stdout.strip()


def test_lang_override() -> None:
    text = "On va générer 30 visuels de clients souriants avec Midjourney pour Instagram"
    detected = one_json(run("check", "--json", text).stdout)
    forced = one_json(run("check", "--json", "--lang", "en", text).stdout)
    assert detected["language"] == "fr" and forced["language"] == "en"
    assert "points to fix" in str(forced["answer"])
    p = run("check", "--json", "--lang", "de", text)
    assert p.returncode == 2 and "invalid choice" in p.stderr


def test_default_language_from_the_environment() -> None:
    p = run("check", "--json", "Midjourney", env=_env(COACH_DEFAULT_LANG="en"))
    assert one_json(p.stdout)["language"] == "en"
    p = run("check", "--json", "Midjourney")
    assert one_json(p.stdout)["language"] == "fr"


def test_terminal_output_follows_the_coachs_order_and_lists_sources() -> None:
    text = "Let's create 20 hero images of smiling employees with Midjourney for the careers page."
    p = run("check", text)
    assert p.returncode == 0
    out = p.stdout
    findings = one_json(run("check", "--json", text).stdout)["findings"]
    assert isinstance(findings, list) and findings
    lines = out.splitlines()[1:]  # the first line is the headline: what to do
    heads = [line.split(" · ")[-1] for line in lines if line[:1] in ("⛔", "⚠", "ℹ")]
    assert heads == [f["pillar"] for f in findings]  # English pillar names are the pillar ids
    for f in findings:
        assert f["title"] in out
        for s in f["sources"]:
            assert s["url"] in out
    assert "↳" in out and "https://" in out and "\033[" not in out  # not a terminal: no colour
    assert "Basis: 20 × image, Midjourney" in out
    assert "smartphone charges" in out
    assert all(len(line) <= 80 or " " not in line.strip() for line in out.splitlines())


def test_terminal_width_and_colour_follow_the_terminal_and_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import cli

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(cli.sys, "stdout", Tty())
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((64, 24)))
    assert cli.terminal_style() == (64, True)
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli.terminal_style() == (64, False)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((240, 24)))
    assert cli.terminal_style() == (cli.READING_WIDTH, False)  # very wide terminals: readable lines
    monkeypatch.setattr(cli.sys, "stdout", io.StringIO())
    monkeypatch.delenv("NO_COLOR")
    assert cli.terminal_style() == (80, False)  # a pipe or a file: no colour, 80 columns


def test_check_prints_colour_on_a_terminal_unless_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import cli

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    for no_color, expected in (("", True), ("1", False)):
        out = Tty()
        monkeypatch.setattr(cli.sys, "stdout", out)
        monkeypatch.setenv("NO_COLOR", no_color)
        monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((50, 24)))
        assert cli.main(["check", "--lang", "en", "30 Instagram visuals with Midjourney"]) == 0
        text = out.getvalue()
        assert ("\033[" in text) is expected
        plain = re.sub(r"\033\[[0-9;]*m", "", text)
        assert all(len(line) <= 50 or " " not in line.strip() for line in plain.splitlines())


def test_kb_lint_real_base() -> None:
    p = run("kb", "lint")
    assert p.returncode == 0, p.stdout
    assert p.stdout.strip() == "knowledge base OK"


def test_kb_lint_broken_copy(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    shutil.copytree(ROOT / "knowledge", kb)
    victim = sorted((kb / "cards").glob("*/*.fr.md"))[0]
    card_id = f"{victim.parent.name}/{victim.name.split('.')[0]}"
    victim.unlink()
    p = run("kb", "lint", env=_env(COACH_KNOWLEDGE_DIR=str(kb)))
    assert p.returncode == 1
    assert p.stdout.splitlines() == [f"{card_id}: missing translation (fr)"]


def test_check_with_a_broken_base_fails_cleanly(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    shutil.copytree(ROOT / "knowledge", kb)
    (kb / "rules.yaml").write_text("rules: [ {id: x, pillar: nope} ]\n", encoding="utf-8")
    p = run("check", "--json", "Generate 10 images", env=_env(COACH_KNOWLEDGE_DIR=str(kb)))
    assert p.returncode == 1
    assert p.stdout == ""
    assert "problem(s) in the knowledge base" in p.stderr and "rules.yaml" in p.stderr
    assert "Traceback" not in p.stderr


def test_topic_shows_one_of_the_closest_topics() -> None:
    card = "footprint/water"
    shown = run("topic", card, "--lang", "fr")
    assert shown.returncode == 0 and "↳ " in shown.stdout and "https://" in shown.stdout
    answer = one_json(run("topic", card, "--json").stdout)  # the default language: French
    assert answer["language"] == "fr" and answer["findings"][0]["cards"] == [card]


def test_an_unknown_topic_lists_the_known_ones_and_exits_2() -> None:
    proc = run("topic", "privacy/nope")
    assert proc.returncode == 2 and proc.stdout == ""
    assert "unknown topic 'privacy/nope'" in proc.stderr and "  footprint/water" in proc.stderr


def test_a_plans_first_line_says_what_to_do() -> None:
    text = "On va générer 30 visuels avec Midjourney pour Instagram"
    headline = one_json(run("check", "--json", text).stdout)["headline"]
    first = run("check", text).stdout.splitlines()[0]
    assert headline and first.endswith(headline) and first[0] in "⛔⚠"
