"""Run every `bench/bench_*.py` in sequence (`make bench`).

    .venv/bin/python bench/run_all.py [--full] [--only NAME ...]

By default each benchmark runs with small sizes, so `make bench` takes a minute or two; `--full`
runs each with its own defaults, which are DESIGN.md's reference sizes (e.g. 1,000,000 digest
events). A benchmark not listed in QUICK runs with its defaults. Benchmarks print their own
figures and PASS/FAIL lines; this script only adds a summary and exits 1 if one of them crashed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

QUICK: dict[str, list[str]] = {
    "bench_core": ["--runs", "5", "--texts", "1000"],
    "bench_digest": ["--events", "100000"],
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--full", action="store_true", help="each benchmark's own (reference) sizes")
    ap.add_argument("--only", nargs="*", default=None, help="names such as bench_core")
    args = ap.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem in args.only]
    summary: list[tuple[str, int, float]] = []
    for script in scripts:
        extra = [] if args.full else QUICK.get(script.stem, [])
        cmd = [sys.executable, str(script), *extra]
        print(f"\n=== {script.name} {' '.join(extra)}".rstrip(), flush=True)
        start = time.perf_counter()
        code = subprocess.call(cmd, cwd=HERE.parent)
        summary.append((script.name, code, time.perf_counter() - start))
    print("\n=== summary")
    for name, code, seconds in summary:
        print(f"  {'ok ' if code == 0 else 'ERR'}  {name:<24} exit {code}  {seconds:6.1f} s")
    return 0 if all(code == 0 for _, code, _ in summary) else 1


if __name__ == "__main__":
    sys.exit(main())
