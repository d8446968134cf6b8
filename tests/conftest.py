"""Test set-up: offscreen Qt, a fresh HyteDesk home per test, the public reference files."""

from __future__ import annotations

import gc
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


@pytest.fixture(autouse=True)
def _qt_objects_die_here(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test that used Qt, its widgets are deleted now, in the GUI thread.

    A window held only through reference cycles (its connected lambdas) would otherwise
    be freed whenever the cyclic collector next runs: in the middle of a later test, in
    whatever thread allocated, while Qt may be delivering an event to it. The suite died
    of that once ("Segmentation fault" in a later test's ``changeEvent``)."""
    yield
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is None:
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
