"""Test set-up: offscreen Qt, a fresh HyteDesk home per test, the public reference files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HYTEDESK_LANG", "en")

# Hypothesis profiles (tests/test_properties.py): "ci" is the default — a bounded,
# repeatable number of examples; "fuzz" (make fuzz) is the long campaign with new random
# examples each run and a saved database of failures (.hypothesis/).
_QUIET = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
          HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True,
                          database=None, suppress_health_check=_QUIET)
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "3000")),
                          deadline=None, suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

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
