"""Score labelled messages that are not in the corpus with the committed model (unseen writers).

    .venv/bin/python bench/score_holdout.py [FILE.jsonl ...]     # default: bench/holdout/**/*.jsonl

Same scoring as `make eval` (required pillars, no excluded one, a footprint when one is expected),
but no training: the model in knowledge/model/ answers. Run it before a new voice joins
knowledge/examples/, so its figure is the one of a writer the model never saw. Exits 0.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import corpus, knowledge  # noqa: E402
from bot.coach.engine import Coach  # noqa: E402
from bot.evaluation import Tally  # noqa: E402


def main(paths: list[Path]) -> None:
    coach = Coach(knowledge.load(knowledge.default_dir()), None)
    tally = Tally()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ex = corpus.Example.model_validate({**json.loads(line), "source": path.stem})
                tally.add(ex, coach.assess(ex.text, ex.lang))
    report = tally.report()
    head = f"{report['examples']} messages: pass {report['pass_rate']:.1%}"
    print(f"{head}, macro-F1 {report['pillar_macro_f1']}")
    for voice, rate in sorted(report["voices"].items(), key=lambda kv: kv[1]):
        print(f"  {voice}: {rate:.1%}")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or sorted((ROOT / "bench" / "holdout").rglob("*.jsonl")))
