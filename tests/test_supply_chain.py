"""Supply chain: every dependency (runtime and test extras) is pinned with hashes in requirements.lock,
and the Makefile and the Dockerfile install from it with --require-hashes."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_the_lock_pins_every_dependency_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {_name(r) for r in [*project["dependencies"], *project["optional-dependencies"]["test"]]}
    lock = (ROOT / "requirements.lock").read_text()
    pins = dict(re.findall(r"^([A-Za-z0-9_.\-]+)==(\S+) \\$", lock, flags=re.M))
    pinned = {n.lower().replace("_", "-") for n in pins}
    assert wanted <= pinned, f"not in requirements.lock (run `make lock`): {sorted(wanted - pinned)}"
    blocks = re.split(r"\n(?=[A-Za-z0-9])", lock)
    unhashed = [b.split("==")[0] for b in blocks if "==" in b and "--hash=sha256:" not in b]
    assert not unhashed


def test_make_and_docker_install_from_the_lock_with_hashes() -> None:
    makefile, dockerfile = (ROOT / "Makefile").read_text(), (ROOT / "Dockerfile").read_text()
    for text in (makefile, dockerfile):
        assert "--require-hashes -r requirements.lock" in text
        assert "--no-deps" in text
    assert "COPY requirements.lock" in dockerfile
    assert "make audit" in (ROOT / ".ci" / "run").read_text()
