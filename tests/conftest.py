"""Test set-up: offscreen Qt, a fresh HyteDesk home per test, the public reference files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HYTEDESK_LANG", "en")

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO / "tests" / "fixtures" / "reference"


@pytest.fixture
def reference_dir() -> Path:
    """Public reference files (HSDS 3.0, PTV code lists) copied into the repo as test inputs."""
    return REFERENCE


@pytest.fixture
def tmp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh HYTEDESK_HOME, so every test has its own local.db and catalogues."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HYTEDESK_HOME", str(home))
    yield home
