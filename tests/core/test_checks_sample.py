"""The sample checks (DESIGN.md `examples/checks.jsonl`) and our own, run in-process.

Scoring is exactly the one of `/work/shared/tools/score_checks.py`: language, pillars present,
not_pillars absent, a footprint with energy high > 0 overlapping `energy_wh_window`, one of the
`mention` words in the accent-folded JSON, and https sources. A case of `checks_more.jsonl` that the
engine does not get right yet carries `"xfail": "reason"`: it is reported as xfail, and as a failure
as soon as it passes (so the mark is removed and the case guards the fix).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from bot.coach.engine import Coach

DATA = Path(__file__).resolve().parent.parent / "data"


def _load(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


SAMPLE = _load("checks.jsonl")
MORE = _load("checks_more.jsonl")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def score(case: dict[str, Any], out: dict[str, Any]) -> list[str]:
    """The problems `score_checks.py` would report for this case (same rules, same order)."""
    problems = []
    if case.get("lang") and out.get("language") != case["lang"]:
        problems.append(f"language {out.get('language')!r} != {case['lang']!r}")
    findings = out.get("findings") or []
    pillars = {f.get("pillar") for f in findings}
    missing = [p for p in case["pillars"] if p not in pillars]
    if missing:
        problems.append(f"missing pillars {missing} (got {sorted(p for p in pillars if p)})")
    extra = [p for p in case["not_pillars"] if p in pillars]
    if extra:
        problems.append(f"unexpected pillars {extra}")
    if case.get("footprint"):
        fp = out.get("footprint") or {}
        energy = fp.get("energy_wh") or {}
        try:
            ok = float(energy.get("high", 0)) > 0
        except (TypeError, ValueError):
            ok = False
        if not ok:
            problems.append("no footprint estimate with energy_wh")
        elif case.get("energy_wh_window"):
            lo, hi = case["energy_wh_window"]
            got_lo, got_hi = float(energy.get("low", 0)), float(energy.get("high", 0))
            if got_lo > got_hi or got_hi < lo or got_lo > hi:
                problems.append(
                    f"energy estimate {got_lo:g}-{got_hi:g} Wh is outside the plausible {lo}-{hi} Wh"
                )
    if case.get("mention"):
        blob = fold(json.dumps(out, ensure_ascii=False))
        if not any(fold(m) in blob for m in case["mention"]):
            problems.append(f"mentions none of {case['mention']}")
    for f in findings:
        for s in f.get("sources") or []:
            url = s.get("url", "")
            if not url.startswith("https://"):
                problems.append(f"source without https url: {s}")
                break
    return problems


def _summary(out: dict[str, Any]) -> str:
    fp = out["footprint"]
    lines = [f"language={out['language']} answer={out['answer'][:120]!r}"]
    lines += [f"  {f['pillar']}/{f['severity']}: {f['title']} {f['cards']}" for f in out["findings"]]
    if fp:
        lines.append(f"  footprint {fp['energy_wh']} Wh — {fp['basis']}")
    return "\n".join(lines)


def _run(coach: Coach, case: dict[str, Any]) -> None:
    # Through JSON and back, as `check --json` would print it.
    out = json.loads(json.dumps(coach.assess(case["text"]).as_dict(), ensure_ascii=False))
    problems = score(case, out)
    reason = case.get("xfail")
    if reason:
        if problems:
            pytest.xfail(f"{reason}: {'; '.join(problems)}")
        pytest.fail(f"{case['id']} now passes: remove its xfail mark ({reason})\n{_summary(out)}")
    assert not problems, f"{case['id']}: {'; '.join(problems)}\n{_summary(out)}"


def test_the_sample_is_the_shared_one() -> None:
    shared = Path("/work/shared/examples/checks.jsonl")
    if shared.exists():  # outside the team workspace the copy stands alone
        assert [json.loads(x) for x in shared.read_text(encoding="utf-8").splitlines() if x.strip()] == SAMPLE
    assert len(SAMPLE) >= 16
    assert len({c["id"] for c in SAMPLE}) == len(SAMPLE)


def test_our_cases_are_well_formed() -> None:
    pillars = {"bias", "transparency", "footprint", "privacy", "copyright", "accuracy"}
    assert len(MORE) >= 30
    assert len({c["id"] for c in MORE + SAMPLE}) == len(MORE) + len(SAMPLE)
    assert {c["lang"] for c in MORE} >= {"fr", "en"}
    for c in MORE:
        assert set(c["pillars"]) <= pillars and set(c["not_pillars"]) <= pillars, c["id"]
        assert not set(c["pillars"]) & set(c["not_pillars"]), c["id"]
        assert c["text"].strip(), c["id"]
        if "energy_wh_window" in c:
            lo, hi = c["energy_wh_window"]
            assert c["footprint"] and 0 < lo < hi, c["id"]


@pytest.mark.parametrize("case", SAMPLE, ids=[c["id"] for c in SAMPLE])
def test_sample_check(coach: Coach, case: dict[str, Any]) -> None:
    assert "xfail" not in case
    _run(coach, case)


@pytest.mark.parametrize("case", MORE, ids=[c["id"] for c in MORE])
def test_more_check(coach: Coach, case: dict[str, Any]) -> None:
    _run(coach, case)


def test_scoring_catches_a_wrong_answer() -> None:
    """The scorer itself: every rule reports its problem (so a passing case means something)."""
    case = {
        "lang": "en",
        "pillars": ["privacy"],
        "not_pillars": ["bias"],
        "footprint": True,
        "energy_wh_window": [10, 20],
        "mention": ["GDPR"],
    }
    out = {
        "language": "fr",
        "findings": [{"pillar": "bias", "sources": [{"url": "http://example.com"}]}],
        "footprint": {"energy_wh": {"low": 30, "high": 40}},
        "answer": "",
    }
    problems = score(case, out)
    assert len(problems) == 6, problems
    assert score(case, {**out, "footprint": None})[3] == "no footprint estimate with energy_wh"
    ok = {
        "language": "en",
        "findings": [{"pillar": "privacy", "sources": [{"url": "https://x"}]}],
        "footprint": {"energy_wh": {"low": 15, "high": 40}},
        "answer": "Personal data under the GDPR",
    }
    assert score(case, ok) == []
