"""The `ai-coach` command (also `python -m bot`). Entry point: reads Settings, wires, runs."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from bot.errors import CoachError, KnowledgeError

if TYPE_CHECKING:
    from bot.coach.model import Assessment

READING_WIDTH = 100  # columns: wider terminals still get lines one can read

USAGE_CHECK = (
    'usage: ai-coach check TEXT [--lang fr|en] [--json] [--charter PATH]   (TEXT "-" reads standard input)\n'
    'example: ai-coach check "On va générer 30 visuels avec Midjourney pour Instagram"'
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ai-coach", description="Coaching on responsible generative AI.")
    sub = p.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="assess a text offline")
    check.add_argument("text", nargs="*", help='the text, or "-" to read standard input')
    check.add_argument("--lang", choices=["fr", "en"])
    check.add_argument("--json", action="store_true", help="print the assessment as JSON")
    check.add_argument(
        "--charter", metavar="PATH", type=Path, help="the AI charter (overrides COACH_CHARTER)"
    )
    charter = sub.add_parser("charter", help="the organisation's AI charter (COACH_CHARTER)")
    charter_sub = charter.add_subparsers(dest="action", required=True)
    charter_lint = charter_sub.add_parser("lint", help="validate a charter: one line per problem")
    charter_lint.add_argument("path", nargs="?", type=Path, help="default: COACH_CHARTER")
    charter_show = charter_sub.add_parser("show", help="the approved tools and the three key rules")
    charter_show.add_argument("path", nargs="?", type=Path, help="default: COACH_CHARTER")
    charter_show.add_argument("--lang", choices=["fr", "en"])
    topic = sub.add_parser("topic", help="show one of the closest topics a check offered")
    topic.add_argument("card", help="the topic's id, e.g. footprint/water")
    topic.add_argument("--lang", choices=["fr", "en"])
    topic.add_argument("--json", action="store_true", help="print the answer as JSON")
    label = sub.add_parser("label", help="must I label AI content here, and how (the disclosure helper)")
    label.add_argument(
        "words", nargs="+", help="PLACE [MEDIUM] [situation], e.g. tiktok video, instagram image"
    )
    label.add_argument("--lang", choices=["fr", "en"])
    label.add_argument("--json", action="store_true", help="print the answer as JSON")
    serve = sub.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=int)
    digest = sub.add_parser("digest", help="weekly digests")
    digest_sub = digest.add_subparsers(dest="action", required=True)
    run = digest_sub.add_parser("run", help="post every digest that is due")
    run.add_argument("--now", action="store_true", help="post for all subscriptions now (once per week)")
    run.add_argument(
        "--resend",
        metavar="CHANNEL",
        help="post this week's digest to CHANNEL again (a human's decision for a 'maybe posted' week)",
    )
    digest_sub.add_parser("status", help="each subscription's state this week")
    kb = sub.add_parser("kb", help="knowledge base")
    kb_sub = kb.add_subparsers(dest="action", required=True)
    kb_sub.add_parser("lint", help="validate the knowledge base")
    kb_sub.add_parser("train", help="train the classifier on knowledge/examples/")
    ev = kb_sub.add_parser("eval", help="held-out evaluation of the coach on knowledge/examples/")
    ev.add_argument("--out", default="bench/results", help="folder for eval.json and eval.md")
    usage = sub.add_parser("usage", help="provider usage")
    usage_sub = usage.add_subparsers(dest="action", required=True)
    imp = usage_sub.add_parser("import", help="import the organisation's API usage")
    imp.add_argument("provider", choices=["openai", "anthropic"])
    imp.add_argument("--since", type=_day, help="YYYY-MM-DD (default: 7 days ago)")
    teams = sub.add_parser("teams", help="Microsoft Teams app")
    teams_sub = teams.add_subparsers(dest="action", required=True)
    pkg = teams_sub.add_parser("package", help="write the Teams app package (ai-coach-teams.zip)")
    pkg.add_argument("--app-id", required=True, help="the bot's Microsoft App ID (TEAMS_APP_ID)")
    pkg.add_argument(
        "--host", required=True, help="public host serving /api/messages, e.g. coach.example.com"
    )
    pkg.add_argument("--out", help="the .zip to write (default: ./ai-coach-teams.zip)")
    pkg.add_argument("--version", default="1.0.0", help="the app's version in the manifest (semver)")
    return p


def cmd_teams(args: argparse.Namespace) -> int:
    """`ai-coach teams package`: offline, reads no setting."""
    from pathlib import Path

    from bot.teams.package import cmd_teams_package

    path = cmd_teams_package(args.app_id, args.host, Path(args.out) if args.out else None, args.version)
    print(f"{path} written: upload it in the Teams admin center (Manage apps › Upload) or sideload it")
    return 0


def _day(value: str) -> str:
    """Validate --since early: a clear argparse error rather than a traceback."""
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from exc
    return value


def _read_text(parts: Sequence[str]) -> str:
    if list(parts) == ["-"]:
        data = sys.stdin.buffer.read(2_000_000)
        return data.decode("utf-8", errors="replace")
    return " ".join(parts)


def terminal_style() -> tuple[int, bool]:
    """(columns, colour) for stdout: the terminal's width, capped for reading (80 when not a terminal);
    colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    import os
    import shutil

    tty = sys.stdout.isatty()
    width = min(shutil.get_terminal_size((80, 24)).columns, READING_WIDTH) if tty else 80
    return width, tty and not os.environ.get("NO_COLOR")


def _print_answer(assessment: Assessment) -> None:
    from bot.render.terminal import render

    width, color = terminal_style()
    sys.stdout.write(render(assessment, width=width, color=color))


def cmd_check(args: argparse.Namespace) -> int:
    from bot.bootstrap import build_coach
    from bot.settings import Settings

    text = _read_text(args.text)
    if not text.strip():
        print(USAGE_CHECK, file=sys.stderr)
        return 2
    settings = Settings()
    charter = args.charter or settings.coach_charter
    coach = build_coach(settings.coach_knowledge_dir, settings.coach_default_lang, charter)
    assessment = coach.assess(text, args.lang)
    asked, said_in = _charter_request(text)
    if asked:  # `ai-coach check charter`: the charter's summary, as on the other surfaces
        from bot.render.charter import charter_assessment, charter_text

        lang = args.lang or said_in or coach.default_lang
        assessment = charter_assessment(coach.charter_summary(lang), lang)
        if not args.json:  # its own lines: the answer renderer would wrap them into one paragraph
            sys.stdout.write(charter_text(coach.charter_summary(lang), lang) + "\n")
            return 0
    if args.json:
        sys.stdout.write(json.dumps(assessment.as_dict(), ensure_ascii=False) + "\n")
    else:
        _print_answer(assessment)
    return 0


def _charter_request(text: str) -> tuple[bool, str | None]:
    from bot.render.charter import charter_request

    return charter_request(text)


def cmd_charter(args: argparse.Namespace) -> int:
    """`ai-coach charter lint [PATH]` (exit 1 on any problem) and `ai-coach charter show [PATH]`."""
    from bot import charter, knowledge
    from bot.settings import Settings

    settings = Settings()
    path = args.path or settings.coach_charter
    if path is None:
        print("ai-coach: no charter given: pass PATH or set COACH_CHARTER", file=sys.stderr)
        return 2
    lexicon = knowledge.load(settings.coach_knowledge_dir, with_classifier=False).lexicon
    if args.action == "lint":
        problems = charter.lint(path, lexicon)
        print("\n".join(problems) if problems else f"{path}: charter OK")
        return 1 if problems else 0
    from bot.bootstrap import build_coach
    from bot.render.charter import charter_text

    coach = build_coach(settings.coach_knowledge_dir, settings.coach_default_lang, path)
    lang = args.lang or coach.default_lang
    print(charter_text(coach.charter_summary(lang), lang))
    return 0


def cmd_topic(args: argparse.Namespace) -> int:
    """`ai-coach topic CARD`: that topic's advice, as `check` prints it; an unknown id → the known ones, 2."""
    from bot.bootstrap import build_coach
    from bot.settings import Settings

    settings = Settings()
    coach = build_coach(settings.coach_knowledge_dir, settings.coach_default_lang)
    answer = coach.topic(args.card, args.lang)
    if answer is None:
        print(f"ai-coach: unknown topic {args.card!r}; known topics:", file=sys.stderr)
        print("\n".join(f"  {card}" for card in sorted(coach.kb.ids)), file=sys.stderr)
        return 2
    if args.json:
        sys.stdout.write(json.dumps(answer.as_dict(), ensure_ascii=False) + "\n")
    else:
        _print_answer(answer)
    return 0


def cmd_label(args: argparse.Namespace) -> int:
    """`ai-coach label PLACE [MEDIUM]`: the answer; an unknown place or medium → the known ones, exit 2."""
    from bot import knowledge
    from bot.coach.disclosure import LabelUnknown, Vocabulary, answer
    from bot.render.label import label_text
    from bot.settings import Settings

    settings = Settings()
    data = knowledge.load(settings.coach_knowledge_dir, with_classifier=False).disclosure
    if data is None:
        print("ai-coach: the knowledge base has no disclosure.yaml", file=sys.stderr)
        return 1
    result = answer(data, Vocabulary(data), " ".join(args.words), args.lang, settings.coach_default_lang)
    unknown = isinstance(result, LabelUnknown)
    if args.json:
        sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
    else:
        (sys.stderr if unknown else sys.stdout).write(label_text(result))
    return 2 if unknown else 0


def cmd_kb(args: argparse.Namespace) -> int:
    if args.action == "train":
        return _lazy("bot.evaluation", "cmd_train")(args)
    if args.action == "eval":
        return _lazy("bot.evaluation", "cmd_eval")(args)
    return cmd_kb_lint(args)


def cmd_kb_lint(_: argparse.Namespace) -> int:
    from bot import knowledge
    from bot.settings import Settings

    problems = knowledge.lint(Settings().coach_knowledge_dir)
    for line in problems:
        print(line)
    if not problems:
        print("knowledge base OK")
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = _parser().parse_args(argv)
    handlers: dict[str, Handler] = {
        "check": cmd_check,
        "topic": cmd_topic,
        "label": cmd_label,
        "kb": cmd_kb,
        "teams": cmd_teams,
        "charter": cmd_charter,
        "serve": _lazy("bot.commands", "cmd_serve"),
        "digest": _lazy("bot.jobs", "cmd_digest"),
        "usage": _lazy("bot.jobs", "cmd_usage_import"),
    }
    try:
        return handlers[args.command](args)
    except ValidationError as exc:  # a setting from the environment is invalid: say which, briefly
        for error in exc.errors():
            name = ".".join(str(p) for p in error["loc"]).upper()
            print(f"ai-coach: invalid setting {name}: {error['msg']}", file=sys.stderr)
        return 2
    except KnowledgeError as exc:
        print(f"ai-coach: {exc}", file=sys.stderr)
        for line in exc.problems:
            print(f"  {line}", file=sys.stderr)
        return 1
    except CoachError as exc:
        print(f"ai-coach: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


Handler = Callable[[argparse.Namespace], int]


def _lazy(module: str, name: str) -> Handler:
    """Import a command's module only when it runs (`check` stays fast to start); configure its logs."""

    def run(args: argparse.Namespace) -> int:
        import importlib

        from bot.logs import configure
        from bot.settings import Settings

        settings = Settings()
        configure(settings.log_level, settings.coach_log_format)  # before anything logs: privacy filter
        handler = getattr(importlib.import_module(module), name)
        result: int = handler(args)
        return result

    return run
