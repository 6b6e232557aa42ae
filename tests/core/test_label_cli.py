"""`ai-coach label PLACE [MEDIUM] [--lang fr|en] [--json]` as a process, and through `main()`."""

from __future__ import annotations

import json

import pytest

from bot.cli import main
from tests.core.test_cli import _env, run


def test_label_prints_the_verdict_the_mention_and_where() -> None:
    result = run("label", "tiktok", "video", "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Labelling AI content: TikTok, video"
    assert "Yes: you must label it." in lines[2]  # the verdict first
    assert lines[3] == "Mention to copy: AI-generated video"
    assert "AI-generated content" in result.stdout and "https://newsroom.tiktok.com/" in result.stdout
    assert "Not legal advice" in result.stdout


def test_label_json_is_one_object() -> None:
    result = run("label", "instagram", "image", "retouchée", "partenariat", "--json", "--lang", "fr")
    assert result.returncode == 0 and result.stdout.count("\n") == 1
    data = json.loads(result.stdout)
    assert (data["place"], data["medium"], data["must"]) == ("instagram", "image", "required")
    assert data["mention"] == "Publicité · Images retouchées"
    assert data["situations"] == ["edited", "partnership"]
    assert all(s["url"].startswith("https://") and s["publisher"] and s["year"] for s in data["sources"])


def test_an_unknown_place_lists_the_known_ones_and_exits_2() -> None:
    result = run("label", "myspace", "image", "--lang", "en")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("I don't know this place")
    for key in ("instagram", "tiktok", "youtube", "linkedin", "x", "newsletter", "press_release", "print_ad"):
        assert f"  {key} " in result.stderr


def test_an_unknown_medium_in_json_exits_2_with_the_media() -> None:
    result = run("label", "tiktok", "gif", "--json", env=_env(COACH_DEFAULT_LANG="en"))
    assert result.returncode == 2
    data = json.loads(result.stdout)
    assert data["unknown"] == "medium" and [k["key"] for k in data["known"]] == [
        "image",
        "video",
        "audio",
        "text",
    ]


@pytest.mark.parametrize(("lang", "word"), [("fr", "Mention à copier"), ("en", "Mention to copy")])
def test_main_answers_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], lang: str, word: str
) -> None:
    assert main(["label", "newsletter", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert word in out and ("texte" if lang == "fr" else "text") in out


def test_check_shows_the_label_command_under_transparency() -> None:
    result = run("check", "On va générer 30 visuels avec Midjourney pour Instagram")
    assert result.returncode == 0
    assert "ai-coach label instagram image" in result.stdout
