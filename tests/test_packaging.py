"""The Docker image's steps without a Docker engine: build the wheel from exactly what the Dockerfile
copies, install it into a fresh venv, then run `ai-coach kb lint`, `ai-coach check --json` and
`ai-coach serve` from the installed package with the knowledge base where the image puts it, and
the image's own HEALTHCHECK command against that server.

Dependencies come from the project's venv through a path entry (.pth), so the test needs no index.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = (ROOT / "Dockerfile").read_text()


@dataclass
class Installed:
    venv: Path
    home: Path  # the image's /app: holds knowledge/
    env: dict[str, str]

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        exe = self.venv / "bin" / "ai-coach"
        return subprocess.run(
            [str(exe), *args], cwd=self.home, env=self.env, capture_output=True, text=True, timeout=60
        )


def _copy_like_the_dockerfile(src: Path) -> None:
    copied = re.findall(r"^COPY (\S+(?: \S+)*) \S+$", DOCKERFILE, flags=re.M)
    assert "pyproject.toml README.md" in copied and "bot" in copied and "knowledge" in copied
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "bot", src / "bot", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    tmp = tmp_path_factory.mktemp("package")
    src, dist, venv, home = tmp / "src", tmp / "dist", tmp / "venv", tmp / "app"
    src.mkdir()
    _copy_like_the_dockerfile(src)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(src)], check=True
    )
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(
        subprocess.check_output(
            [str(venv / "bin" / "python"), "-c", "import site; print(site.getsitepackages()[0])"], text=True
        ).strip()
    )
    (site / "project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    wheel = next(dist.glob("ai_coach-*.whl"))
    subprocess.run(
        [
            *pip,
            "--python",
            str(venv / "bin" / "python"),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
    )
    shutil.copytree(ROOT / "knowledge", home / "knowledge")
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "COACH_", "PYTHON", "DATABASE_"))
    }
    env |= {
        "COACH_KNOWLEDGE_DIR": str(home / "knowledge"),
        "DATABASE_URL": f"sqlite:///{tmp / 'data' / 'ai-coach.db'}",
    }
    (tmp / "data").mkdir()
    yield Installed(venv, home, env)


def test_the_installed_package_is_the_one_running(installed: Installed) -> None:
    where = subprocess.check_output(
        [str(installed.venv / "bin" / "python"), "-c", "import bot; print(bot.__file__)"],
        cwd=installed.home,
        env=installed.env,
        text=True,
    )
    assert where.startswith(str(installed.venv)), where


def test_kb_lint_passes_from_the_installed_package(installed: Installed) -> None:
    result = installed.run("kb", "lint")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "knowledge base OK" in result.stdout


def test_check_json_works_from_the_installed_package(installed: Installed) -> None:
    result = installed.run("check", "--json", "On va générer 30 visuels avec Midjourney pour Instagram")
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["language"] == "fr" and body["findings"] and body["footprint"]["energy_wh"]["high"] > 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_the_images_healthcheck_and_stops_cleanly(installed: Installed) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [str(installed.venv / "bin" / "ai-coach"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=installed.home,
        env=installed.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1)
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "ai-coach serve did not start"
                time.sleep(0.2)
        healthcheck = json.loads(re.search(r"HEALTHCHECK .*\n\s*CMD (\[.*\])", DOCKERFILE).group(1))  # type: ignore[union-attr]
        assert healthcheck[0] == "python"
        probe = subprocess.run(
            [str(installed.venv / "bin" / "python"), *healthcheck[1:]],
            env={**installed.env, "PORT": str(port)},
            timeout=10,
        )
        assert probe.returncode == 0
        broken = subprocess.run(
            [str(installed.venv / "bin" / "python"), *healthcheck[1:]],
            env={**installed.env, "PORT": str(_free_port())},
            capture_output=True,
            timeout=10,
        )
        assert broken.returncode != 0
    finally:
        server.send_signal(signal.SIGTERM)
        _, stderr = server.communicate(timeout=20)
    # uvicorn shuts down gracefully, then re-raises SIGTERM (exit -15) as the default handler would
    assert server.returncode in (0, -signal.SIGTERM), stderr
    assert "Application shutdown complete" in stderr
    assert stderr.count("Slack is off") == 1


def test_dockerfile_runs_as_a_non_root_user_with_the_sqlite_volume() -> None:
    assert re.search(r"^FROM python:3\.\d+-slim", DOCKERFILE, flags=re.M)
    assert re.search(r"^USER (?!root)\w+", DOCKERFILE, flags=re.M)
    assert 'VOLUME ["/data"]' in DOCKERFILE and "DATABASE_URL=sqlite:////data/ai-coach.db" in DOCKERFILE
    assert (
        "COACH_KNOWLEDGE_DIR=/app/knowledge" in DOCKERFILE and "COPY knowledge /app/knowledge" in DOCKERFILE
    )
    assert 'ENTRYPOINT ["ai-coach"]' in DOCKERFILE and 'CMD ["serve"]' in DOCKERFILE
    assert "curl" not in DOCKERFILE.replace("(no curl)", "")
