"""hytedesk.ui makes PySide6's check of each imported module quicker, with the same answers."""

from __future__ import annotations

import inspect
import json
import sys
import types
from pathlib import Path

import pytest

import hytedesk.catalogue.search
import hytedesk.ui
import hytedesk.ui.mainwindow


def _slow_check(module: types.ModuleType) -> bool:
    """PySide6's own check, the one hytedesk.ui keeps for modules without a source file."""
    quick = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    cell = quick.__closure__[quick.__code__.co_freevars.index("original")]
    return bool(cell.cell_contents(module))


def test_the_quicker_check_is_in_place_and_pyside_uses_it(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert hytedesk.ui.QUICKER_PYSIDE_CHECK
    assert feature._mod_uses_pyside.__module__ == "hytedesk.ui"
    asked: list[str] = []
    quick = feature._mod_uses_pyside
    monkeypatch.setattr(feature, "_mod_uses_pyside",
                        lambda m: asked.append(m.__name__) or quick(m))
    (tmp_path / "hd_check_probe.py").write_text("from PySide6.QtCore import QObject\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        __import__("hd_check_probe")  # (import_module would bypass PySide6's hook)
        assert "hd_check_probe" in asked  # PySide6 asked about the new module
        assert feature.pyside_feature_dict["hd_check_probe"] == 0  # "uses PySide6"
    finally:
        sys.modules.pop("hd_check_probe", None)
        feature.pyside_feature_dict.pop("hd_check_probe", None)


@pytest.mark.parametrize("module", [hytedesk.ui.mainwindow, hytedesk.ui,
                                    hytedesk.catalogue.search, json, inspect, sys])
def test_the_quicker_check_gives_pysides_answer(module: types.ModuleType) -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside(module) is _slow_check(module)


def test_a_module_whose_file_is_gone_is_asked_the_original_way(tmp_path: Path) -> None:
    feature = sys.modules["shibokensupport.feature"]
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # never written
    assert feature._mod_uses_pyside(gone) is False
    there = types.ModuleType("there")
    (tmp_path / "there.py").write_text("from PySide6.QtCore import QObject\n")
    there.__file__ = str(tmp_path / "there.py")
    assert feature._mod_uses_pyside(there) is True
