"""Shared test set-up: offscreen Qt, a fresh HyteDesk home per test, the shared references."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HYTEDESK_LANG", "en")

REPO = Path(__file__).resolve().parent.parent
SHARED = (REPO.parent / "shared").resolve()


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the checkout: reference files used as test inputs."""
    if not SHARED.is_dir():
        pytest.fail(f"../shared is missing next to the checkout ({SHARED})")
    return SHARED


@pytest.fixture
def tmp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh HYTEDESK_HOME, so every test has its own local.db and catalogues."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HYTEDESK_HOME", str(home))
    yield home
