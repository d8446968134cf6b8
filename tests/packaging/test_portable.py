"""Portable mode: a ``portable`` file beside the frozen executable keeps all data beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from hytedesk.base import i18n
from hytedesk.base.i18n import UserError
from hytedesk.base.paths import Paths, default_paths, portable_root


def stick(tmp_path: Path, marker: bool = True) -> Path:
    app = tmp_path / "usb" / "hytedesk"
    app.mkdir(parents=True)
    exe = app / "hytedesk"
    exe.write_text("")
    if marker:
        (app / "portable").write_text("")
    return exe


def test_marker_beside_a_frozen_executable(tmp_path: Path) -> None:
    exe = stick(tmp_path)
    assert portable_root(exe, frozen=True) == exe.parent / "HyteDesk-data"


def test_no_marker_no_portable(tmp_path: Path) -> None:
    assert portable_root(stick(tmp_path, marker=False), frozen=True) is None


def test_from_source_never_portable(tmp_path: Path) -> None:
    assert portable_root(stick(tmp_path), frozen=False) is None
    assert portable_root() is None  # this test run is not frozen


def test_a_folder_named_portable_is_not_the_marker(tmp_path: Path) -> None:
    exe = stick(tmp_path, marker=False)
    (exe.parent / "portable").mkdir()
    assert portable_root(exe, frozen=True) is None


def test_a_link_to_the_stick_finds_the_sticks_marker(tmp_path: Path) -> None:
    exe = stick(tmp_path)
    link = tmp_path / "desktop" / "hytedesk"
    link.parent.mkdir()
    link.symlink_to(exe)
    assert portable_root(link, frozen=True) == exe.parent / "HyteDesk-data"


def test_macos_marker_sits_beside_the_app_bundle(tmp_path: Path) -> None:
    macos = tmp_path / "usb" / "HyteDesk.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    (macos / "hytedesk").write_text("")
    (tmp_path / "usb" / "portable").write_text("")
    assert portable_root(macos / "hytedesk", frozen=True) == tmp_path / "usb" / "HyteDesk-data"


def test_portable_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exe = stick(tmp_path)
    monkeypatch.delenv("HYTEDESK_HOME", raising=False)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(exe))
    p = default_paths()
    data = exe.parent / "HyteDesk-data"
    assert (p.data, p.cache, p.logs, p.config) == (
        data / "data", data / "cache", data / "logs", data / "config")


def test_hytedesk_home_wins_over_the_marker(tmp_path: Path, tmp_home: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    exe = stick(tmp_path)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(exe))
    assert default_paths().data == tmp_home.resolve() / "data"


def test_unwritable_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "read-only-stick"
    blocker.write_text("a file where the folder should be")  # fails even for root
    paths = Paths(data=blocker / "data", cache=blocker / "cache", logs=blocker / "logs",
                  config=blocker / "config")
    with pytest.raises(UserError) as info:
        paths.ensure()
    assert info.value.key == "paths.not_writable"
    text = info.value.text("en")
    assert str(blocker / "data") in text and "portable" in text
    assert info.value.text("fi") != text
    assert i18n.text("paths.not_writable", "sv", path="x", detail="y").startswith("Datamappen x")
