"""HTTP benchmark: signed `/ai-check` requests against `ai-coach serve` and a bare Bolt app, side by side.

    .venv/bin/python bench/bench_http.py [--requests 2000] [--concurrency 50] [--rounds 2]
                                         [--rate 100] [--steady-seconds 10] [--wrk-seconds 10]

Two servers, each its own uvicorn process on 127.0.0.1, same interpreter and libraries:
  A. ours: `ai-coach serve` (Slack on, SQLite usage store in a temp dir, LOG_LEVEL=WARNING);
  B. bare: a Bolt AsyncApp (same signing secret, token and Web API URL, process_before_response=True as
     ours) under the stock Starlette adapter, whose /ai-check only acks.
A loopback stand-in for Slack's Web API answers the one auth.test each app makes. Every request is a
slash command with a fresh signature; texts vary (bench_core.varied_texts), users rotate (200).

Runs, A B A B (`--rounds`):
  1. closed loop, `--concurrency` workers, `--requests` each run: p50/p99 latency, requests/s;
  2. open loop at `--rate` requests/s for `--steady-seconds`, latency from each request's intended
     send time (DESIGN.md's steady load);
  3. `wrk` saturation (if installed) with 50 connections on one signed request (signature computed
     at script start, valid 5 minutes): requests/s, p50/p99, and each server's CPU time per request
     (user + system, from /proc: steadier than requests/s when other jobs share the machine).
  4. breakdown (bench/http_cpu.py): server time per request in one process, no sockets: bare, ours with
     a fixed assessment (what the adapter adds), ours, and the time inside Coach.assess.
Targets: p99 ≤ 100 ms at 50 concurrent; steady p99 ≤ 50 ms; our p50 ≤ 1.5× bare's (closed loop);
our wrk requests/s ≥ 0.5× bare's. Prints PASS/FAIL; writes bench/results/http.json; exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import aiohttp  # noqa: E402
import uvicorn  # noqa: E402
from slack_sdk.signature import SignatureVerifier  # noqa: E402
from starlette.applications import Starlette  # noqa: E402
from starlette.requests import Request  # noqa: E402
from starlette.responses import JSONResponse, Response  # noqa: E402
from starlette.routing import Route  # noqa: E402

SECRET = "bench-signing-secret-0123456789"
TOKEN = "xoxb-bench"
AUTH_TEST = {
    "ok": True,
    "team_id": "T0BENCH",
    "user_id": "U0BOT",
    "bot_id": "B0BOT",
    "team": "Bench",
    "user": "bot",
}
RESULTS = ROOT / "bench" / "results"


# ------------------------------------------------------------------------------------------ servers


def bare_app(api_url: str) -> Starlette:
    """The reference: a Bolt AsyncApp whose /ai-check only acks, under the stock Starlette adapter."""
    from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    bolt = AsyncApp(
        name="bare",
        signing_secret=SECRET,
        client=AsyncWebClient(token=TOKEN, base_url=api_url),
        process_before_response=True,
    )

    @bolt.command("/ai-check")
    async def ack_only(ack: Any) -> None:
        await ack()

    handler = AsyncSlackRequestHandler(bolt)

    async def events(request: Request) -> Response:
        return await handler.handle(request)

    return Starlette(routes=[Route("/slack/events", events, methods=["POST"])])


def fake_slack() -> Starlette:
    async def api(request: Request) -> Response:
        return JSONResponse(AUTH_TEST if request.path_params["method"] == "auth.test" else {"ok": True})

    return Starlette(routes=[Route("/api/{method}", api, methods=["POST", "GET"])])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_in_thread(app: Starlette) -> int:
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="off")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.01)
    return port


def spawn(kind: str, port: int, api_url: str, tmp: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "COACH_", "DATABASE_"))}
    env |= {
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": api_url,
        "DATABASE_URL": f"sqlite:///{tmp / 'bench.db'}",
        "COACH_USER_HASH_KEY": "bench",
        "LOG_LEVEL": "WARNING",
    }
    if kind == "ours":
        cmd = [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)]
    else:
        cmd = [sys.executable, __file__, "--serve-bare", str(port), "--api-url", api_url]
    return subprocess.Popen(cmd, env=env, cwd=tmp, stdout=subprocess.DEVNULL)


def wait_ready(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server on port {port} exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"server on port {port} did not start")


# --------------------------------------------------------------------------------------------- load


def command_body(text: str, i: int) -> str:
    return urlencode(
        {
            "token": "x",
            "team_id": "T0BENCH",
            "team_domain": "bench",
            "channel_id": "C0BENCH",
            "channel_name": "bench",
            "user_id": f"U{i % 200:04d}",
            "user_name": "u",
            "command": "/ai-check",
            "text": text,
            "api_app_id": "A0BENCH",
            "response_url": "http://127.0.0.1:9/r",
            "trigger_id": "1",
        }
    )


def signed_headers(body: str, timestamp: int | None = None) -> dict[str, str]:
    ts = str(timestamp or int(time.time()))
    return {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body),
    }


async def one(session: aiohttp.ClientSession, url: str, body: str) -> int:
    async with session.post(url, data=body.encode(), headers=signed_headers(body)) as response:
        await response.read()
        return response.status


async def closed_loop(url: str, bodies: list[str], concurrency: int, n: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    counter = iter(range(200))  # warm-up first (connections, caches), not measured

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal errors
        for i in counter:
            start = time.perf_counter()
            status = await one(session, url, bodies[i % len(bodies)])
            latencies.append(time.perf_counter() - start)
            errors += status != 200

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
        counter = iter(range(n))
        latencies.clear()
        errors = 0
        started = time.perf_counter()
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {**summary(latencies), "rps": n / elapsed, "errors": errors}


async def open_loop(url: str, bodies: list[str], rate: float, seconds: float) -> dict[str, float]:
    """Requests sent on a fixed schedule; latency counted from each one's intended send time."""
    latencies: list[float] = []
    errors = 0

    async def fire(session: aiohttp.ClientSession, intended: float, body: str) -> None:
        nonlocal errors
        errors += await one(session, url, body) != 200
        latencies.append(time.perf_counter() - intended)

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        await one(session, url, bodies[0])
        tasks = []
        t0 = time.perf_counter() + 0.05
        for i in range(int(rate * seconds)):
            intended = t0 + i / rate
            await asyncio.sleep(max(0.0, intended - time.perf_counter()))
            tasks.append(asyncio.create_task(fire(session, intended, bodies[i % len(bodies)])))
        await asyncio.gather(*tasks)
    return {**summary(latencies), "errors": errors}


def summary(latencies: list[float]) -> dict[str, float]:
    ordered = sorted(latencies)

    def rank(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000

    return {
        "n": len(ordered),
        "p50_ms": rank(0.50),
        "p99_ms": rank(0.99),
        "max_ms": ordered[-1] * 1000,
        "mean_ms": statistics.fmean(ordered) * 1000,
    }


def wrk(port: int, body: str, seconds: int, tmp: Path) -> dict[str, float] | None:
    if shutil.which("wrk") is None:
        return None
    headers = signed_headers(body)  # valid for 5 minutes: far longer than the run
    lines = ['wrk.method = "POST"', f"wrk.body = [==[{body}]==]"]
    lines += [f'wrk.headers["{k}"] = "{v}"' for k, v in headers.items()]
    script = tmp / "signed.lua"
    script.write_text("\n".join(lines) + "\n")
    cmd = [
        "wrk",
        "-t1",
        "-c50",
        f"-d{seconds}s",
        "--latency",
        "-s",
        str(script),
        f"http://127.0.0.1:{port}/slack/events",
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return {
        "rps": rps,
        "p50_ms": _wrk_ms(out, "50%"),
        "p99_ms": _wrk_ms(out, "99%"),
        "errors": float(bad.group(1)) if bad else 0.0,
    }


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of process `pid`, all its threads (Linux /proc; None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wrk_ms(out: str, label: str) -> float:
    value, unit = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, flags=re.M).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


# ------------------------------------------------------------------------------------------- report


def merge(runs: list[dict[str, float]]) -> dict[str, float]:
    """Round results combined: medians of each figure (A B A B rounds are separate runs)."""
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def verdict(name: str, ok: bool, detail: str) -> str:
    return f"  {'PASS' if ok else 'FAIL'}  {name:<52} {detail}"


def print_table(title: str, results: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    for kind, r in results.items():
        figures = "  ".join(f"{k}={v:,.1f}" for k, v in r.items())
        print(f"  {kind:<5} {figures}")


def run(args: argparse.Namespace) -> dict[str, Any]:
    from bench_core import varied_texts

    bodies = [command_body(text, i) for i, text in enumerate(varied_texts(500, seed=11))]
    api_url = f"http://127.0.0.1:{serve_in_thread(fake_slack())}/api/"
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        ports = {"ours": free_port(), "bare": free_port()}
        procs = {kind: spawn(kind, port, api_url, tmp) for kind, port in ports.items()}
        try:
            for kind, port in ports.items():
                wait_ready(port, procs[kind])
            return measure(args, bodies, ports, tmp, {kind: proc.pid for kind, proc in procs.items()})
        finally:
            for proc in procs.values():
                proc.terminate()
                proc.wait(timeout=20)


def measure(
    args: argparse.Namespace, bodies: list[str], ports: dict[str, int], tmp: Path, pids: dict[str, int]
) -> dict[str, Any]:
    closed: dict[str, list[dict[str, float]]] = {"ours": [], "bare": []}
    steady: dict[str, list[dict[str, float]]] = {"ours": [], "bare": []}
    sat: dict[str, list[dict[str, float]]] = {"ours": [], "bare": []}
    for round_ in range(args.rounds):
        for kind in ("ours", "bare"):  # A B, A B...
            url = f"http://127.0.0.1:{ports[kind]}/slack/events"
            closed[kind].append(asyncio.run(closed_loop(url, bodies, args.concurrency, args.requests)))
            steady[kind].append(asyncio.run(open_loop(url, bodies, args.rate, args.steady_seconds)))
            before = cpu_seconds(pids[kind])
            result = wrk(ports[kind], bodies[round_], args.wrk_seconds, tmp) if args.wrk_seconds else None
            after = cpu_seconds(pids[kind])
            if result is not None:
                if before is not None and after is not None and result["rps"]:
                    # the server's own CPU per answered request: steadier than requests/s on a busy machine
                    result["cpu_ms"] = (after - before) * 1000 / (result["rps"] * args.wrk_seconds)
                sat[kind].append(result)
            print(f"  round {round_ + 1} {kind}: done", flush=True)
    out: dict[str, Any] = {
        "closed": {k: merge(v) for k, v in closed.items()},
        "steady": {k: merge(v) for k, v in steady.items()},
    }
    if sat["ours"]:
        out["wrk"] = {k: merge(v) for k, v in sat.items()}
    return out


def report(args: argparse.Namespace, results: dict[str, Any]) -> None:
    closed, steady = results["closed"], results["steady"]
    print_table(f"Closed loop: {args.concurrency} concurrent, {args.requests} requests per run", closed)
    print_table(
        f"Open loop: {args.rate:g} req/s for {args.steady_seconds:g} s (latency from intended time)", steady
    )
    if "wrk" in results:
        print_table(f"wrk: 50 connections, {args.wrk_seconds} s", results["wrk"])
    print("\nTargets (DESIGN.md, issue 3)")
    ours, bare = closed["ours"], closed["bare"]
    print(
        verdict(
            f"p99 at {args.concurrency} concurrent ≤ 100 ms",
            ours["p99_ms"] <= 100,
            f"{ours['p99_ms']:.1f} ms",
        )
    )
    ratio = ours["p50_ms"] / bare["p50_ms"]
    print(verdict("closed-loop p50 ≤ 1.5× bare Bolt", ratio <= 1.5, f"{ratio:.2f}×"))
    print(
        verdict(
            f"steady {args.rate:g} req/s p99 ≤ 50 ms",
            steady["ours"]["p99_ms"] <= 50,
            f"{steady['ours']['p99_ms']:.1f} ms",
        )
    )
    if "wrk" in results:
        share = results["wrk"]["ours"]["rps"] / results["wrk"]["bare"]["rps"]
        print(verdict("wrk requests/s ≥ 0.5× bare Bolt", share >= 0.5, f"{share:.2f}×"))
        if "cpu_ms" in results["wrk"]["ours"]:
            cpu = results["wrk"]["bare"]["cpu_ms"] / results["wrk"]["ours"]["cpu_ms"]
            print(
                f"  info  server CPU per request under wrk, bare/ours: {cpu:.2f}× (the ratio when CPU-bound)"
            )
    else:
        print("  SKIP  wrk saturation (apt-get install -y wrk)")
    errors = sum(r.get("errors", 0) for table in results.values() for r in table.values())
    print(verdict("no non-200 response", errors == 0, f"{errors:g} errors"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--requests", type=int, default=2000, help="requests per closed-loop run")
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=2, help="A B rounds")
    ap.add_argument("--rate", type=float, default=100.0, help="open-loop requests per second")
    ap.add_argument("--steady-seconds", type=float, default=10.0)
    ap.add_argument("--wrk-seconds", type=int, default=10, help="0 skips wrk")
    ap.add_argument("--no-breakdown", action="store_true", help="skip the in-process time breakdown")
    ap.add_argument("--serve-bare", type=int, metavar="PORT", help=argparse.SUPPRESS)
    ap.add_argument("--api-url", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve_bare:
        uvicorn.run(
            bare_app(args.api_url),
            host="127.0.0.1",
            port=args.serve_bare,
            log_config=None,
            access_log=False,
            log_level="warning",
        )
        return 0
    print(f"bench_http: {os.cpu_count()} CPU(s), Python {sys.version.split()[0]}", flush=True)
    results = run(args)
    report(args, results)
    if not args.no_breakdown:
        from bench_core import varied_texts
        from http_cpu import breakdown

        print("\nServer time per request, in one process without sockets (bench/http_cpu.py)")
        results["breakdown_ms"] = asyncio.run(breakdown(varied_texts(500, seed=11), 3000))
        for name, ms in results["breakdown_ms"].items():
            print(f"  {name:<24} {ms:7.3f} ms")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "http.json").write_text(json.dumps({"args": vars(args), **results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
