"""The AI charter's cost: check p99 and cold start, with and without it (issue 13: within 10 %).

    .venv/bin/python bench/bench_charter.py [--runs 15] [--texts 2000] [--seed 7] [--charter PATH]

Measured as DESIGN.md ("Performance: how it is measured") defines the answer path, side by side:

1. Cold start of `ai-coach check --json TEXT` as a whole process, without and with `--charter`
   (default: tests/data/charter.yaml, the realistic example), alternated A B A B over `--runs`
   runs each after one untimed run of each: medians and the ratio.
2. Per-assessment latency in one process: one coach without a charter and one with it, over the same
   `--texts` varied texts from `bench_core` (tools, data, questions, off-topic; many name a tool or data
   the charter rules on), alternated text by text after a warm-up pass over other texts: p50, p99, max,
   and the ratio of the p99s.

Prints PASS/FAIL for "the charter moves each by at most 10 %" and for DESIGN's absolute targets;
exits 0 whatever the figures are: it is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_core import TARGET_COLD_S, TARGET_P99_MS, _cli, _percentile, varied_texts  # noqa: E402

MAX_SHIFT = 0.10
DEFAULT_CHARTER = ROOT / "tests" / "data" / "charter.yaml"
COLD_TEXT = "On va générer 30 visuels avec Midjourney pour Instagram et les publier telles quelles."


def _spawn(extra: list[str]) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_")}
    start = time.perf_counter()
    done = subprocess.run(
        [*_cli(), "check", "--json", COLD_TEXT, *extra], capture_output=True, cwd=ROOT, env=env, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or not done.stdout.startswith(b"{"):
        print(f"  ! exit {done.returncode}: {done.stderr.decode(errors='replace')[-300:]}", file=sys.stderr)
    return elapsed


def cold_start(runs: int, charter: Path) -> tuple[float, float]:
    print(f"\n[1] cold start of `check --json`, without / with --charter, {runs} runs each, A B A B")
    with_charter = ["--charter", str(charter)]
    _spawn([])
    _spawn(with_charter)  # untimed: the page cache, not the code, is warm
    plain, charted = [], []
    for _ in range(runs):
        plain.append(_spawn([]))
        charted.append(_spawn(with_charter))
    a, b = statistics.median(plain), statistics.median(charted)
    print(f"    without: median {a:.3f} s  min {min(plain):.3f} s  max {max(plain):.3f} s")
    shift = f"({b / a - 1:+.1%})"
    print(f"    with   : median {b:.3f} s  min {min(charted):.3f} s  max {max(charted):.3f} s   {shift}")
    return a, b


def latency(n: int, seed: int, charter: Path) -> tuple[list[float], list[float]]:
    from bot.bootstrap import build_coach

    plain = build_coach()
    t0 = time.perf_counter()
    charted = build_coach(charter=charter)
    built = time.perf_counter() - t0
    print(f"\n[2] per-assessment latency, one process (coach with charter built in {built:.2f} s)")
    measured = varied_texts(n, seed)
    seen = set(measured)
    for text in (t for t in varied_texts(n // 2 + 50, seed + 1000) if t not in seen):
        plain.assess(text)
        charted.assess(text)
    gc.collect()
    times: dict[str, list[float]] = {"without": [], "with": []}
    flagged = 0
    for i, text in enumerate(measured):
        order = (
            (("without", plain), ("with", charted)) if i % 2 == 0 else (("with", charted), ("without", plain))
        )
        for name, coach in order:
            s = time.perf_counter_ns()
            result = coach.assess(text)
            times[name].append((time.perf_counter_ns() - s) / 1e6)
            if name == "with" and any(f.origin for f in result.findings):
                flagged += 1
    print(f"    {len(measured)} texts; {flagged} of them get a point from the charter")
    for name in ("without", "with"):
        values = sorted(times[name])
        print(
            f"    {name:<7}: p50 {_percentile(values, 50):.3f} ms   p99 {_percentile(values, 99):.3f} ms   "
            f"max {values[-1]:.3f} ms"
        )
    return sorted(times["without"]), sorted(times["with"])


def verdict(name: str, ok: bool, detail: str) -> str:
    return f"  {'PASS' if ok else 'FAIL'}  {name:<46} {detail}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--texts", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--charter", type=Path, default=DEFAULT_CHARTER)
    args = ap.parse_args()
    cold_a, cold_b = cold_start(args.runs, args.charter)
    lat_a, lat_b = latency(args.texts, args.seed, args.charter)
    p99_a, p99_b = _percentile(lat_a, 99), _percentile(lat_b, 99)
    print("\nverdicts")
    print(
        verdict(
            "cold start: charter adds ≤ 10 %",
            cold_b <= cold_a * (1 + MAX_SHIFT),
            f"{cold_b / cold_a - 1:+.1%}",
        )
    )
    print(
        verdict(
            "check p99: charter adds ≤ 10 %", p99_b <= p99_a * (1 + MAX_SHIFT), f"{p99_b / p99_a - 1:+.1%}"
        )
    )
    print(verdict(f"cold start with charter ≤ {TARGET_COLD_S} s", cold_b <= TARGET_COLD_S, f"{cold_b:.3f} s"))
    print(verdict(f"check p99 with charter ≤ {TARGET_P99_MS} ms", p99_b <= TARGET_P99_MS, f"{p99_b:.3f} ms"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
