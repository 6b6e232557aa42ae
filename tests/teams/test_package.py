"""`ai-coach teams package`: the manifest and its FR/EN localisation files validate against
Microsoft's official schemas (v1.19, from github.com/microsoft/json-schemas, copied in tests/data),
and the icons are what Teams asks for (192×192 colour; 32×32 white on transparent)."""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs in the test extras
import pytest

from bot.cli import main
from bot.teams.package import package_files
from tests.teams.app_support import APP_ID

DATA = Path(__file__).resolve().parents[1] / "data"


def validator(name: str) -> jsonschema.Draft4Validator:
    schema = json.loads((DATA / name).read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def assert_valid(v: jsonschema.Draft4Validator, data: Any) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message[:300]}" for e in v.iter_errors(data)]
    assert not errors, "\n".join(errors)


def pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, RGBA pixels) of the unfiltered 8-bit RGBA PNGs the package writes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert (depth, colour) == (8, 6)
    idat_len = struct.unpack(">I", data[33:37])[0]
    raw = zlib.decompress(data[41 : 41 + idat_len])
    stride = 1 + 4 * width
    rows = [raw[i * stride + 1 : (i + 1) * stride] for i in range(height)]
    return width, height, [row[j : j + 4] for row in rows for j in range(0, len(row), 4)]


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return package_files(APP_ID, "coach.example.com")


def test_manifest_validates_against_the_official_schema(files: dict[str, bytes]) -> None:
    manifest = json.loads(files["manifest.json"])
    assert_valid(validator("teams-manifest-1.19.schema.json"), manifest)
    assert manifest["manifestVersion"] == "1.19" and manifest["id"] == APP_ID
    [bot] = manifest["bots"]
    assert bot["botId"] == APP_ID and set(bot["scopes"]) == {"personal", "team", "groupChat"}
    [action] = manifest["composeExtensions"][0]["commands"]
    assert action["type"] == "action" and action["context"] == ["message"] and action["fetchTask"] is True
    assert manifest["validDomains"] == ["coach.example.com"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_localisation_files_validate_and_cover_every_string(files: dict[str, bytes], lang: str) -> None:
    strings = json.loads(files[f"{lang}.json"])
    assert_valid(validator("teams-localization-1.19.schema.json"), strings)
    manifest = json.loads(files["manifest.json"])
    commands = [c for lists in manifest["bots"][0]["commandLists"] for c in lists["commands"]]
    assert sum(1 for k in strings if k.startswith("bots[0]") and k.endswith(".title")) == len(commands)
    assert strings["composeExtensions[0].commands[0].title"] == (
        "Vérifier avec le coach IA" if lang == "fr" else "Check with AI coach"
    )


def test_icons_are_the_sizes_teams_asks_for(files: dict[str, bytes]) -> None:
    w, h, colour = pixels(files["color.png"])
    assert (w, h) == (192, 192) and all(p[3] == 255 for p in colour)
    w, h, outline = pixels(files["outline.png"])
    assert (w, h) == (32, 32)
    assert all(p[3] == 0 or p[:3] == b"\xff\xff\xff" for p in outline)  # white on transparent only
    assert any(p[3] == 0 for p in outline) and any(p[3] == 255 for p in outline)


def test_the_command_writes_the_zip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["teams", "package", "--app-id", APP_ID, "--host", "https://coach.example.com/"]) == 0
    with zipfile.ZipFile(tmp_path / "ai-coach-teams.zip") as archive:
        assert sorted(archive.namelist()) == [
            "color.png",
            "en.json",
            "fr.json",
            "manifest.json",
            "outline.png",
        ]
        assert json.loads(archive.read("manifest.json"))["validDomains"] == ["coach.example.com"]


@pytest.mark.parametrize("args", [["--app-id", "not-a-guid", "--host", "x.example"], ["--host", "a b"]])
def test_bad_arguments_are_refused_politely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    if "--app-id" not in args:
        args = ["--app-id", APP_ID, *args]
    assert main(["teams", "package", *args]) == 1
    assert "ai-coach: --" in capsys.readouterr().err
    assert not (tmp_path / "ai-coach-teams.zip").exists()
