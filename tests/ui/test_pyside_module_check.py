"""hytedesk.ui makes PySide6's check of each imported module quicker, with the same answers."""

from __future__ import annotations

import inspect
import json
import sys
import types

import pytest

import hytedesk.catalogue.search
import hytedesk.ui
import hytedesk.ui.mainwindow


def _slow_check(module: types.ModuleType) -> bool:
    """PySide6's own test: the module's source, read through inspect, names PySide6."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_quicker_check_is_in_place() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert hytedesk.ui.QUICKER_PYSIDE_CHECK
    assert feature._mod_uses_pyside.__module__ == "hytedesk.ui"


@pytest.mark.parametrize("module", [hytedesk.ui.mainwindow, hytedesk.ui,
                                    hytedesk.catalogue.search, json, inspect, sys])
def test_the_quicker_check_gives_pysides_answer(module: types.ModuleType) -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside(module) is _slow_check(module)


def test_a_module_whose_file_is_gone_is_asked_the_original_way(tmp_path) -> None:
    feature = sys.modules["shibokensupport.feature"]
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # never written
    assert feature._mod_uses_pyside(gone) is False
    there = types.ModuleType("there")
    (tmp_path / "there.py").write_text("from PySide6.QtCore import QObject\n")
    there.__file__ = str(tmp_path / "there.py")
    assert feature._mod_uses_pyside(there) is True
