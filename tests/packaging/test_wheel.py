"""HyteDesk as a plain package: the wheel, installed with its dependencies into a fresh
virtual environment outside the checkout, finds its resources and passes its self-test.

Needs a package index for the dependencies (pip's own configuration: PyPI, or a local
mirror). Slow: a couple of minutes, most of it pip."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import REPO

pytestmark = pytest.mark.slow

NOT_SOURCE = (".git", ".venv", "build", "dist", "bench-out", "__pycache__", "*.egg-info",
              ".pytest_cache", ".mypy_cache", ".ruff_cache")


def _run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: int = 900
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_wheel_installs_and_self_tests_outside_the_checkout(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY",
                        "HYTEDESK_HOME", "VIRTUAL_ENV")}
    # A copy of the source, so that the build leaves nothing in the checkout.
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    wheels = tmp_path / "wheels"
    r = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels),
              str(source)], tmp_path, env)
    assert r.returncode == 0, r.stdout + r.stderr
    [wheel] = wheels.glob("hytedesk-*.whl")

    venv = tmp_path / "venv"
    r = _run([sys.executable, "-m", "venv", str(venv)], tmp_path, env)
    assert r.returncode == 0, r.stderr
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    r = _run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)], tmp_path,
             env)
    assert r.returncode == 0, "pip could not install the wheel's dependencies:\n" + r.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env["HYTEDESK_HOME"] = str(elsewhere / "home")
    r = _run([str(bin_dir / "python"), "-c", "import hytedesk; print(hytedesk.__file__)"],
             elsewhere, env)
    assert Path(r.stdout.strip()).is_relative_to(venv), r.stdout + r.stderr

    r = _run([str(bin_dir / "hytedesk"), "--self-test"], elsewhere, env, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert str(venv) in lines[0]  # the resources inside the installed package
    assert lines[-1].startswith("self-test passed")

    r = _run([str(bin_dir / "hytedesk"), "--lang", "en", "info"], elsewhere, env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "catalogue_id: kainuu-demo" in r.stdout and "counts: services " in r.stdout
    r = _run([str(bin_dir / "hytedesk-admin"), "--version"], elsewhere, env)
    assert r.returncode == 0 and r.stdout.startswith("hytedesk-admin ")
