"""Safe replacement of files (hytedesk.base.files) and every place that uses it: a write
that fails leaves the previous file as it was and no temporary file behind."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from hytedesk.base import files
from hytedesk.base.i18n import UserError
from hytedesk.base.paths import Paths, resources_dir

OLD = b"the previous content\n"


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_write_atomic_replaces_and_keeps_the_old_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    files.write_atomic(target, "uusi;rivi\r\n")
    assert target.read_bytes() == b"uusi;rivi\r\n"  # newlines exactly as given
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    target.chmod(0o600)
    files.write_atomic(target, b"toinen")
    assert target.read_bytes() == b"toinen"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _names(tmp_path) == ["out.csv"]


def test_an_exception_mid_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_bytes(OLD)
    with pytest.raises(RuntimeError), files.replacing(target) as f:
        f.write(b"half of the new")
        raise RuntimeError("the writer failed half-way")
    assert target.read_bytes() == OLD
    assert _names(tmp_path) == ["report.json"]


@pytest.mark.parametrize("failing", ["fsync", "replace", "chmod"])
def test_a_failing_disk_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            failing: str) -> None:
    target = tmp_path / "trusted-root.json"
    target.write_bytes(OLD)

    def fail(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, failing, fail)
    with pytest.raises(OSError):
        files.write_atomic(target, b"new content")
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert _names(tmp_path) == ["trusted-root.json"]


def test_a_missing_folder_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        files.write_atomic(tmp_path / "no-such-folder" / "x.pdf", b"%PDF")
    assert _names(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes into read-only folders")
def test_a_read_only_folder_leaves_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "stats.csv"
    target.write_bytes(OLD)
    folder.chmod(0o555)
    try:
        with pytest.raises(PermissionError):
            files.write_atomic(target, b"new")
        assert target.read_bytes() == OLD and _names(folder) == ["stats.csv"]
    finally:
        folder.chmod(0o755)


def test_copy_atomic_copies_whole(tmp_path: Path) -> None:
    src = tmp_path / "src.bin"
    src.write_bytes(os.urandom(300_000))
    dst = tmp_path / "dst.bin"
    dst.write_bytes(OLD)
    files.copy_atomic(src, dst)
    assert dst.read_bytes() == src.read_bytes()
    assert _names(tmp_path) == ["dst.bin", "src.bin"]


# -- the callers: each one, with the disk failing at the moment of fsync ---------------------


def _trusted_root(tmp_path: Path) -> tuple[Path, Callable[[], object]]:
    from hytedesk.sync.trust import anchor_path, set_trusted_root

    paths = Paths(data=tmp_path / "data", cache=tmp_path / "cache", logs=tmp_path / "logs",
                  config=tmp_path / "config").ensure()
    data = (resources_dir() / "tuf" / "demo-root.json").read_bytes()
    set_trusted_root(paths, data, "demo-root.json")
    return anchor_path(paths), lambda: set_trusted_root(paths, data, "demo-root.json")


def _stats_csv(tmp_path: Path) -> tuple[Path, Callable[[], object]]:
    from hytedesk.referrals.stats import StatRow, write_csv

    target = tmp_path / "out" / "stats.csv"
    target.parent.mkdir()
    rows = [StatRow("2026-11", "situation", "loneliness", 7)]
    write_csv(target, rows)
    return target, lambda: write_csv(target, rows + rows)


def _local_export(tmp_path: Path) -> tuple[Path, Callable[[], object]]:
    from hytedesk.local.localdb import LocalDB
    from hytedesk.referrals.local_services import export_hsds

    paths = Paths(data=tmp_path / "data", cache=tmp_path / "cache", logs=tmp_path / "logs",
                  config=tmp_path / "config")
    target = tmp_path / "out" / "local.json"
    target.parent.mkdir()
    local = LocalDB(paths)
    export_hsds(local.conn, target)
    return target, lambda: export_hsds(local.conn, target)


def _bundle(tmp_path: Path) -> tuple[Path, Callable[[], object]]:
    from tests.fixtures import mini

    target = tmp_path / "out" / "mini.hytebundle"
    target.parent.mkdir()
    mini.build(target)
    return target, lambda: mini.build(target, version=2)


def _preset_copy(tmp_path: Path) -> tuple[Path, Callable[[], object]]:
    from hytedesk.base.files import copy_atomic

    src = tmp_path / "catalogue.hyteoffline"
    src.write_bytes(b"x" * 10_000)
    target = tmp_path / "out" / "initial-catalogue.hyteoffline"
    target.parent.mkdir()
    copy_atomic(src, target)
    src.write_bytes(b"y" * 10_000)
    return target, lambda: copy_atomic(src, target)


@pytest.mark.parametrize("make", [_trusted_root, _stats_csv, _local_export, _bundle,
                                  _preset_copy])
def test_callers_keep_the_previous_file_when_the_disk_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        make: Callable[[Path], tuple[Path, Callable[[], object]]]) -> None:
    target, write_again = make(tmp_path)
    before = target.read_bytes()

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises((OSError, UserError)) as caught:
        write_again()
    monkeypatch.undo()
    if isinstance(caught.value, UserError):
        assert "No space left on device" in caught.value.text("en")
    assert target.read_bytes() == before
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]


def test_the_handout_pdf_keeps_the_previous_file_when_the_disk_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    from hytedesk.ui.referral.pdf import render_pdf

    target = tmp_path / "handout.pdf"
    render_pdf("<p>Ensimmäinen</p>", target)
    before = target.read_bytes()
    assert before.startswith(b"%PDF")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(UserError) as caught:
        render_pdf("<p>Toinen</p>", target)
    monkeypatch.undo()
    # said in the user's words, not the system's English (issue 13: no English in Swedish)
    assert caught.value.key == "handout.pdf_disk_full"
    assert "the disk is full" in caught.value.text("en")
    assert "disken är full" in caught.value.text("sv")
    assert target.read_bytes() == before
    assert _names(tmp_path) == ["handout.pdf"]
