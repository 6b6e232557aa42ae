"""`ai-coach teams package --app-id ID --host HOST`: the Teams app package (a .zip to upload in the
Teams admin center, or to sideload): `manifest.json` (schema 1.19: the bot in personal, team and
group-chat scopes with its commands, the message action "Check with AI coach"), `en.json` and
`fr.json` (localisation), `color.png` (192×192) and `outline.png` (32×32, white on transparent).

Pure apart from `write_package`; the icons are drawn here (no image library), so the package is
byte-for-byte reproducible.
"""

from __future__ import annotations

import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.errors import InputError

MANIFEST_VERSION = "1.19"
SCHEMA = f"https://developer.microsoft.com/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
LOCALIZATION_SCHEMA = f"https://developer.microsoft.com/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json"
ACCENT = (0x1F, 0x6F, 0x5C)  # the coach's green
COMMAND_ID = "checkMessage"
FILENAME = "ai-coach-teams.zip"
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_HOST = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*(?::\d{1,5})?$"
)
Pixel = tuple[int, int, int, int]

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "name.short": "AI coach",
        "name.full": "AI coach: responsible generative AI",
        "description.short": "Checks how your team plans to use generative AI, with sources.",
        "description.full": (
            "Tell the coach what you plan to do with generative AI (a campaign, visuals, a summary, a "
            "question): it answers with the points to review on bias, transparency and environmental "
            "footprint, plus privacy, copyright and accuracy when they apply, each backed by sources. "
            "Write to it in a personal chat, mention @ai-coach in a channel or a group chat, or run "
            '"Check with AI coach" on any message. Channels can receive a weekly digest of the team\'s '
            "AI use that never names anyone. Messages' text is not stored."
        ),
        "help": "Help",
        "help.description": "What the coach does, with examples",
        "digest_on": "digest on",
        "digest_on.description": "Weekly digest in this channel (digest on fr|en)",
        "digest_off": "digest off",
        "digest_off.description": "Stop this channel's weekly digest",
        "digest_preview": "digest preview",
        "digest_preview.description": "This week's digest, now",
        "log": "log",
        "log.description": "Report AI use, e.g. log midjourney 12 images",
        "forget": "forget me",
        "forget.description": "Erase what was recorded about you",
        "action": "Check with AI coach",
        "action.description": "Check this message's use of generative AI",
    },
    "fr": {
        "name.short": "Coach IA",
        "name.full": "Coach IA : IA générative responsable",
        "description.short": "Vérifie l'usage prévu de l'IA générative par votre équipe, sources à l'appui.",
        "description.full": (
            "Dites au coach ce que vous prévoyez de faire avec l'IA générative (une campagne, des "
            "visuels, un résumé, une question) : il répond avec les points à revoir sur les biais, la "
            "transparence et l'empreinte environnementale, et sur les données, les droits d'auteur et "
            "l'exactitude quand ils s'appliquent, chacun appuyé sur des sources. Écrivez-lui en "
            "conversation privée, mentionnez @ai-coach dans un canal ou une conversation de groupe, ou "
            "lancez « Vérifier avec le coach IA » sur n'importe quel message. Les canaux peuvent recevoir "
            "un digest hebdomadaire de l'usage de l'IA par l'équipe, qui ne nomme personne. Le texte des "
            "messages n'est pas conservé."
        ),
        "help": "Aide",
        "help.description": "Ce que fait le coach, avec des exemples",
        "digest_on": "digest on",
        "digest_on.description": "Digest hebdomadaire dans ce canal (digest on fr|en)",
        "digest_off": "digest off",
        "digest_off.description": "Arrêter le digest hebdomadaire de ce canal",
        "digest_preview": "digest preview",
        "digest_preview.description": "Le digest de cette semaine, maintenant",
        "log": "log",
        "log.description": "Déclarer un usage, ex. log midjourney 12 images",
        "forget": "oublie-moi",
        "forget.description": "Effacer ce qui a été enregistré à votre sujet",
        "action": "Vérifier avec le coach IA",
        "action.description": "Vérifier l'usage de l'IA générative de ce message",
    },
}
PERSONAL = ("help", "digest_preview", "log", "forget")
GROUP = ("help", "digest_on", "digest_off", "digest_preview")


def _commands(names: tuple[str, ...], lang: str) -> list[dict[str, str]]:
    texts = TEXTS[lang]
    return [{"title": texts[n], "description": texts[f"{n}.description"]} for n in names]


def manifest(app_id: str, host: str, version: str) -> dict[str, Any]:
    """The manifest, in English (the default language); French comes from `fr.json`."""
    en, url = TEXTS["en"], f"https://{host}"
    bot = {
        "botId": app_id,
        "scopes": ["personal", "team", "groupChat"],
        "supportsFiles": False,
        "isNotificationOnly": False,
        "commandLists": [
            {"scopes": ["personal"], "commands": _commands(PERSONAL, "en")},
            {"scopes": ["team", "groupChat"], "commands": _commands(GROUP, "en")},
        ],
    }
    action = {
        "id": COMMAND_ID,
        "type": "action",
        "title": en["action"],
        "description": en["action.description"],
        "context": ["message"],
        "fetchTask": True,
    }
    return {
        "$schema": SCHEMA,
        "manifestVersion": MANIFEST_VERSION,
        "version": version,
        "id": app_id,
        "localizationInfo": {
            "defaultLanguageTag": "en",
            "defaultLanguageFile": "en.json",
            "additionalLanguages": [{"languageTag": "fr", "file": "fr.json"}],
        },
        "developer": {
            "name": "ai-coach",
            "websiteUrl": f"{url}/",
            "privacyUrl": f"{url}/",
            "termsOfUseUrl": f"{url}/",
        },
        "name": {"short": en["name.short"], "full": en["name.full"]},
        "description": {"short": en["description.short"], "full": en["description.full"]},
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": "#{:02X}{:02X}{:02X}".format(*ACCENT),
        "bots": [bot],
        "composeExtensions": [{"botId": app_id, "commands": [action]}],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [host.split(":")[0]],
    }


def localization(lang: str) -> dict[str, str]:
    """`en.json` / `fr.json`: the manifest's user-visible strings in one language."""
    texts = TEXTS[lang]
    out = {"$schema": LOCALIZATION_SCHEMA}
    out |= {k: texts[k] for k in ("name.short", "name.full", "description.short", "description.full")}
    for i, names in enumerate((PERSONAL, GROUP)):
        for j, name in enumerate(names):
            out[f"bots[0].commandLists[{i}].commands[{j}].title"] = texts[name]
            out[f"bots[0].commandLists[{i}].commands[{j}].description"] = texts[f"{name}.description"]
    out["composeExtensions[0].commands[0].title"] = texts["action"]
    out["composeExtensions[0].commands[0].description"] = texts["action.description"]
    return out


# --- icons -----------------------------------------------------------------------------------------


def png(size: int, pixel: Callable[[float, float], Pixel]) -> bytes:
    """An RGBA PNG of `size`×`size`; `pixel(x, y)` gets the pixel centre in 0…1 coordinates."""
    rows = []
    for y in range(size):
        row = bytearray(b"\x00")  # filter: none
        for x in range(size):
            row += bytes(pixel((x + 0.5) / size, (y + 0.5) / size))
        rows.append(bytes(row))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    body = zlib.compress(b"".join(rows), 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def _near_check(x: float, y: float, width: float) -> bool:
    """Whether (x, y) lies on the check mark ✓ drawn with strokes `width` wide."""
    segments = (((0.28, 0.52), (0.44, 0.68)), ((0.44, 0.68), (0.74, 0.34)))
    for (ax, ay), (bx, by) in segments:
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        if (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (width / 2) ** 2:
            return True
    return False


def color_icon() -> bytes:
    """192×192: a white check mark on the accent colour, full bleed (Teams rounds the corners)."""
    white, accent = (255, 255, 255, 255), (*ACCENT, 255)
    return png(192, lambda x, y: white if _near_check(x, y, 0.11) else accent)


def outline_icon() -> bytes:
    """32×32: white only on a transparent background (a rounded frame and the check mark)."""
    white, clear = (255, 255, 255, 255), (255, 255, 255, 0)

    def pixel(x: float, y: float) -> Pixel:
        edge = min(x, y, 1 - x, 1 - y)
        return white if edge < 0.07 or _near_check(x, y, 0.12) else clear

    return png(32, pixel)


# --- the package -----------------------------------------------------------------------------------


def package_files(app_id: str, host: str, version: str = "1.0.0") -> dict[str, bytes]:
    """Every file of the package by name; InputError for an app id or host Teams would refuse."""
    if not _GUID.match(app_id):
        raise InputError("--app-id must be the bot's Microsoft App ID (a GUID, as in TEAMS_APP_ID)")
    host = host.strip().removeprefix("https://").rstrip("/")
    if not _HOST.match(host):
        raise InputError("--host must be the public host name serving /api/messages, e.g. coach.example.com")

    def dump(data: object) -> bytes:
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    return {
        "manifest.json": dump(manifest(app_id, host, version)),
        "en.json": dump(localization("en")),
        "fr.json": dump(localization("fr")),
        "color.png": color_icon(),
        "outline.png": outline_icon(),
    }


def write_package(path: Path, files: dict[str, bytes]) -> Path:
    """The zip Teams expects: the files at its root, fixed timestamps (reproducible)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return path


def cmd_teams_package(app_id: str, host: str, out: Path | None = None, version: str = "1.0.0") -> Path:
    target = out or Path.cwd() / FILENAME
    return write_package(target, package_files(app_id, host, version))
