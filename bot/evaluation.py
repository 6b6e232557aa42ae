"""`ai-coach kb train` and `ai-coach kb eval` (`make model`, `make eval`).

The evaluation holds out whole voices: each corpus file (a community manager, a brand lead, an
intern on a phone…) is predicted by a coach trained on the other files only, so the figures say
how the coach reads a stranger's way of writing, not the sentences it was trained on.
Pillar metrics count a raised pillar as a false positive when the example excludes it
(`not_pillars`); pillars an example leaves open are neither right nor wrong.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot import corpus, knowledge, training
from bot.coach.engine import Coach
from bot.coach.kb import KnowledgeBase
from bot.coach.model import Assessment, Pillar
from bot.coach.understanding import Policy

PILLARS = [p.value for p in Pillar]
# Voices are held out in this many groups: each fit trains on 7/8 of the corpus (one fit per voice
# took 40 min on 43 voices; the figures differ by less than a point).
FOLDS = 8


@dataclass
class Tally:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    passed: int = 0
    total: int = 0
    top1: int = 0
    with_cards: int = 0
    abstained: int = 0
    confusions: Counter[str] = field(default_factory=Counter)
    failures: list[dict[str, Any]] = field(default_factory=list)
    voices: Counter[str] = field(default_factory=Counter)  # examples per voice
    voices_passed: Counter[str] = field(default_factory=Counter)

    def add(self, ex: corpus.Example, a: Assessment) -> None:
        found = {f.pillar.value for f in a.findings}
        need = {p.value for p in ex.pillars}
        banned = {p.value for p in ex.not_pillars}
        for p in PILLARS:
            self.tp[p] += p in found and p in need
            self.fn[p] += p in need and p not in found
            self.fp[p] += p in found and p in banned
        problems = [f"missing {p}" for p in sorted(need - found)]
        problems += [f"unexpected {p}" for p in sorted(found & banned)]
        if ex.footprint and (a.footprint is None or a.footprint.energy_wh.high <= 0):
            problems.append("no footprint estimate")
        self.total += 1
        self.passed += not problems
        self.voices[ex.source] += 1
        self.voices_passed[ex.source] += not problems
        self.abstained += not a.findings and bool(a.suggestions)
        shown = [c for f in a.findings for c in f.cards]
        if ex.cards:
            self.with_cards += 1
            self.top1 += bool(shown) and shown[0] in ex.cards
            if not set(shown) & set(ex.cards):
                self.confusions[f"{ex.cards[0]} → {shown[0] if shown else '(none)'}"] += 1
        if problems:
            self.failures.append({"id": ex.id, "text": ex.text[:160], "problems": problems})

    def merge(self, other: Tally) -> None:
        """Add `other`'s counts (a fold's) to these."""
        for counter in ("tp", "fp", "fn", "confusions", "voices", "voices_passed"):
            getattr(self, counter).update(getattr(other, counter))
        self.passed += other.passed
        self.total += other.total
        self.top1 += other.top1
        self.with_cards += other.with_cards
        self.abstained += other.abstained
        self.failures += other.failures

    def report(self) -> dict[str, Any]:
        per = {}
        for p in PILLARS:
            tp, fp, fn = self.tp[p], self.fp[p], self.fn[p]
            precision = tp / (tp + fp) if tp + fp else 1.0
            recall = tp / (tp + fn) if tp + fn else 1.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            per[p] = {
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(f1, 3),
                "support": tp + fn,
            }
        return {
            "examples": self.total,
            "pass_rate": round(self.passed / max(1, self.total), 3),
            "pillar_macro_f1": round(sum(v["f1"] for v in per.values()) / len(per), 3),
            "pillars": per,
            "card_top1": round(self.top1 / max(1, self.with_cards), 3),
            "abstention_rate": round(self.abstained / max(1, self.total), 3),
            "worst_confusions": self.confusions.most_common(20),
            "voices": {v: round(self.voices_passed[v] / n, 3) for v, n in sorted(self.voices.items())},
        }


def folds(examples: Sequence[corpus.Example], groups: int = FOLDS) -> list[tuple[str, list[int], list[int]]]:
    """Hold out whole voices (corpus files), dealt round-robin into `groups` folds: every voice is
    predicted by a model trained without it. A single-file corpus falls back to 5 interleaved folds."""
    sources = sorted({ex.source for ex in examples})
    if len(sources) > 1:
        dealt = [sources[k :: min(groups, len(sources))] for k in range(min(groups, len(sources)))]
        return [
            (
                ", ".join(held),
                [i for i, e in enumerate(examples) if e.source not in held],
                [i for i, e in enumerate(examples) if e.source in held],
            )
            for held in dealt
        ]
    return [
        (
            f"fold{k}",
            [i for i in range(len(examples)) if i % 5 != k],
            [i for i in range(len(examples)) if i % 5 == k],
        )
        for k in range(5)
    ]


def held_out(
    kb: KnowledgeBase,
    examples: Sequence[corpus.Example],
    policy: Policy | None = None,
    workers: int | None = None,
) -> Tally:
    """Every example predicted by a coach that never saw its voice.

    The folds are independent fits: they run in `workers` processes (default: one per core), and
    their tallies are merged in fold order, so the result is the same as one fold after the other.
    """
    jobs = [
        (kb, [examples[i] for i in train], [examples[i] for i in test], policy)
        for _, train, test in folds(examples)
    ]
    workers = min(len(jobs), workers or os.cpu_count() or 1)
    if workers <= 1:
        parts = [_fold(*job) for job in jobs]
    else:
        # spawn, not fork: the caller may hold threads (a test server, a scheduler)
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            parts = list(pool.map(_fold, *zip(*jobs, strict=True)))
    tally = Tally()
    for part in parts:
        tally.merge(part)
    return tally


def _fold(
    kb: KnowledgeBase, train: list[corpus.Example], test: list[corpus.Example], policy: Policy | None
) -> Tally:
    """One fold: fit on `train`, tally `test`."""
    coach = Coach(replace(kb, classifier=training.fit(kb, train)), None, policy=policy)
    tally = Tally()
    for ex in test:
        tally.add(ex, coach.assess(ex.text, ex.lang))
    return tally


def cmd_train(_: argparse.Namespace) -> int:
    from bot.settings import Settings

    folder = Settings().coach_knowledge_dir or knowledge.default_dir()
    kb = knowledge.load(folder, with_classifier=False)
    path, count = training.train(kb, folder)
    print(f"trained on {count} examples → {path}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.settings import Settings

    folder = Settings().coach_knowledge_dir or knowledge.default_dir()
    kb = knowledge.load(folder, with_classifier=False)
    examples = corpus.read(folder)
    tally = held_out(kb, examples)
    result = tally.report()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "eval.json").write_text(
        json.dumps({**result, "failures": tally.failures}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    (out / "eval.md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    return 0


def markdown(r: dict[str, Any]) -> str:
    lines = [
        f"# Held-out evaluation ({r['examples']} examples, whole voices held out in {FOLDS} folds)",
        "",
        f"- pass rate (required pillars, no excluded one, footprint when expected): **{r['pass_rate']:.1%}**",
        f"- pillar macro-F1: **{r['pillar_macro_f1']:.3f}**",
        f"- card top-1 accuracy: {r['card_top1']:.1%}; abstention rate: {r['abstention_rate']:.1%}",
        "",
        "| pillar | precision | recall | F1 | support |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {p} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['support']} |"
        for p, v in r["pillars"].items()
    ]
    voices = sorted(r.get("voices", {}).items(), key=lambda item: item[1])
    if voices:
        lines += ["", "Pass rate per voice (held out), weakest first:", ""]
        lines += ["; ".join(f"{v} {rate:.0%}" for v, rate in voices)]
    lines += ["", "Worst confusions (expected card → first card shown):", ""]
    lines += [f"- {pair}: {n}" for pair, n in r["worst_confusions"]]
    return "\n".join(lines) + "\n"
