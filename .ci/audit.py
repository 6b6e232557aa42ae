"""`make audit`: known vulnerabilities in requirements.lock (pip-audit), when a vulnerability database answers.

Fails for a vulnerability that has a fixed version, unless its id is listed in .pip-audit-ignore
with a reason ("ID  # why"). A vulnerability without any fix is printed, not fatal. When neither
PyPI's nor OSV's vulnerability data is reachable, prints one skip line and exits 0: a network
outage never fails CI.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
IGNORE = ROOT / ".pip-audit-ignore"
PROBES = {  # service → a request whose answer proves its vulnerability data is reachable
    "pypi": ("https://pypi.org/pypi/pip/24.0/json", None),
    "osv": ("https://api.osv.dev/v1/query", b'{"package": {"name": "pip", "ecosystem": "PyPI"}, "version": "24.0"}'),
}


def reachable(service: str) -> bool:
    url, data = PROBES[service]
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10) as r:
            body = json.load(r)
    except (OSError, ValueError):
        return False
    return "vulnerabilities" in body or "vulns" in body or body == {}


def ignored() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in IGNORE.read_text().splitlines() if IGNORE.exists() else []:
        vuln_id, _, reason = line.partition("#")
        if vuln_id.strip():
            if not reason.strip():
                sys.exit(f"audit: {IGNORE.name}: {vuln_id.strip()} needs a reason after '#'")
            out[vuln_id.strip()] = reason.strip()
    return out


def main() -> int:
    service = next((s for s in PROBES if reachable(s)), None)
    if service is None:
        print("audit: SKIPPED - no vulnerability database reachable (PyPI, OSV); not a failure")
        return 0
    cmd = [sys.executable, "-m", "pip_audit", "-r", str(LOCK), "--require-hashes", "--disable-pip",
           "--vulnerability-service", service, "--format", "json", "--progress-spinner", "off"]
    run = subprocess.run(cmd, capture_output=True, text=True, check=False)
    try:
        report = json.loads(run.stdout)
    except ValueError:
        print(f"audit: pip-audit failed:\n{run.stderr.strip()}")
        return 1
    skip, fatal = ignored(), 0
    for dep in report.get("dependencies", []):
        for v in dep.get("vulns", []):
            ids = {v["id"], *v.get("aliases", [])}
            where = f"{dep['name']} {dep['version']}: {v['id']}"
            if ids & skip.keys():
                print(f"audit: ignored {where} ({skip[next(iter(ids & skip.keys()))]})")
            elif v.get("fix_versions"):
                fatal += 1
                print(f"audit: VULNERABLE {where}, fixed in {', '.join(v['fix_versions'])}")
            else:
                print(f"audit: warning {where} has no fixed version yet")
    print(f"audit: {service}: {len(report.get('dependencies', []))} locked packages, {fatal} to fix")
    return 1 if fatal else 0


if __name__ == "__main__":
    sys.exit(main())
