"""A large catalogue imported through the window's own code path (File › Import offline
bundle… → the sync controller's worker thread → the importer) uses worker processes that
are spawned, never forked from the window's multi-threaded process."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from benchmarks.generate import generate_bundle
from hytedesk.catalogue import importer
from hytedesk.local.localdb import LocalDB
from hytedesk.ui.mainwindow import MainWindow
from hytedesk.ui.sync_controller import install_sync

SERVICES = 3000  # above the (lowered) threshold below, small enough to stay quick


def test_large_import_from_the_window_spawns_its_workers(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "bench-1.hytebundle"
    generate_bundle(bundle, services=SERVICES, seed=3)
    with LocalDB(window.paths) as local:
        local.set("import.allow_unsigned", True)
    monkeypatch.setattr(importer, "PARALLEL_MIN_SERVICES", 1000)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)  # parallel even on a one-core runner
    methods: list[str] = []
    real_context = importer._pool_context

    def spy() -> multiprocessing.context.BaseContext:
        ctx = real_context()
        methods.append(ctx.get_start_method())
        return ctx

    monkeypatch.setattr(importer, "_pool_context", spy)

    def no_fork() -> int:
        raise AssertionError("os.fork() called in the window's process")

    monkeypatch.setattr(os, "fork", no_fork)
    ctl = install_sync(window, auto=False, network=False)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bundle), "")))
    with qtbot.waitSignal(ctl.jobFinished, timeout=120_000) as finished:
        ctl.import_action.trigger()
    outcome = finished.args[0]
    assert outcome.status == "updated", outcome
    assert methods == ["spawn"]  # the parallel route ran, with fresh worker processes
    qtbot.waitUntil(lambda: "bench" in window.session.pointer.catalogue_id, timeout=20_000)
    db = window.paths.data / window.session.pointer.file
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM services").fetchone()[0] == SERVICES
    # The window searches the new catalogue.
    qtbot.waitUntil(lambda: window.last_result is not None
                    and len(window.last_result) > 0, timeout=20_000)
