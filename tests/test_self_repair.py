"""Self-repair: a damaged current catalogue or an emptied ``local.db`` is not a dead end.

The commands run as real subprocesses on a real data folder whose files are damaged the
way a disk, a crash or a person damages them: the catalogue file truncated, overwritten
with garbage (all of it, or only pages in the middle), ``local.db`` emptied to 0 bytes.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures import mini


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HYTEDESK_HOME": str(home), "HYTEDESK_LANG": "en"}
    for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(k, None)
    return subprocess.run([sys.executable, "-m", "hytedesk.commands.main", *args], env=env,
                          capture_output=True, text=True, timeout=180)


def _pointer(home: Path) -> tuple[str, int, str]:
    conn = sqlite3.connect(home / "data" / "local.db")
    try:
        row = conn.execute("SELECT catalogue_id, version, file FROM catalogue_pointer").fetchone()
    finally:
        conn.close()
    return str(row[0]), int(row[1]), str(row[2])


@pytest.fixture
def two_versions(tmp_path: Path) -> Path:
    """A home whose current catalogue is mini v2 and whose previous one is mini v1."""
    home = tmp_path / "home"
    mini.build(tmp_path / "v1")
    mini.build(tmp_path / "v2", version=2, services=mini.SERVICES[:-1])
    for name in ("v1", "v2"):
        r = run(home, "import-bundle", "--allow-unsigned", str(tmp_path / name))
        assert r.returncode == 0, r.stderr
    assert _pointer(home)[1] == 2
    return home


def _truncate(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 2)


def _garbage(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(path.stat().st_size))


def _garbage_inside(path: Path) -> None:
    """Pages in the middle overwritten; the header and the meta table still read."""
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(size // 3)
        f.write(random.Random(2).randbytes(size // 3))


@pytest.mark.parametrize("damage", [_truncate, _garbage, _garbage_inside],
                         ids=["truncated", "garbage", "garbage-inside"])
def test_damaged_catalogue_falls_back_to_the_previous_one(two_versions: Path, damage) -> None:
    home = two_versions
    _cid, _v, file = _pointer(home)
    damage(home / "data" / file)
    first = run(home, "search", "velkaneuvonta", "--json")
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    assert json.loads(first.stdout)[0]["id"] == "velka"
    lines = first.stderr.strip().splitlines()
    assert len(lines) == 1 and "was damaged" in lines[0] and "version 1" in lines[0], lines
    assert _pointer(home)[1] == 1
    again = run(home, "info", "--json")
    assert again.returncode == 0, again.stderr
    assert again.stderr == "", "the user is told once"
    assert json.loads(again.stdout)["version"] == 1
    assert "was damaged" in (home / "logs" / "repairs.log").read_text("utf-8")


_CUT_UNDER_A_READER = """
import sqlite3, sys
from pathlib import Path
from hytedesk.catalogue import catdb as cat
path = Path(sys.argv[1])
conn = cat.connect(path)
conn.execute("BEGIN")  # one read transaction: SQLite does not look at the file size again
conn.execute("SELECT id FROM services LIMIT 1").fetchall()
with path.open("r+b") as f:
    f.truncate(16384)  # only the first page is left
try:
    conn.execute("SELECT count(*), sum(length(json)) FROM records").fetchall()
    conn.execute("SELECT count(*) FROM services_fts WHERE services_fts MATCH 'velka'").fetchall()
except sqlite3.DatabaseError as e:
    print("error", e)
"""


def test_a_catalogue_cut_short_under_an_open_connection_is_an_error_not_a_crash(
        two_versions: Path) -> None:
    """A file damaged while the app reads it (a failing disk, another program) must reach
    the self-repair above as an SQLite error; through a memory map the process died of
    SIGBUS, which nothing can catch."""
    file = two_versions / "data" / _pointer(two_versions)[2]
    assert file.stat().st_size > 4 * 16384, "too small to be cut"
    r = subprocess.run([sys.executable, "-c", _CUT_UNDER_A_READER, str(file)],
                       capture_output=True, text=True, timeout=60,
                       cwd=Path(__file__).resolve().parents[1])
    assert r.returncode == 0, (r.returncode, r.stderr[-2000:])
    assert r.stdout.startswith("error"), r.stdout


def test_damaged_catalogue_without_a_previous_one_takes_the_shipped_one(
        tmp_path: Path) -> None:
    home = tmp_path / "home"
    mini.build(tmp_path / "v1")
    assert run(home, "import-bundle", "--allow-unsigned", str(tmp_path / "v1")).returncode == 0
    _garbage(home / "data" / _pointer(home)[2])
    r = run(home, "info", "--json")
    assert r.returncode == 0, r.stderr
    assert "comes with the app is in use now" in r.stderr
    assert json.loads(r.stdout)["catalogue_id"] != "mini"
    assert run(home, "search", "--json").returncode == 0


def test_the_window_starts_on_a_damaged_catalogue(qapp, qtbot, two_versions: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from hytedesk.ui import main as ui_main

    monkeypatch.setenv("HYTEDESK_HOME", str(two_versions))
    _truncate(two_versions / "data" / _pointer(two_versions)[2])
    shown: list[str] = []
    monkeypatch.setattr(ui_main, "show_box", lambda box: shown.append(box.text()) or 0)
    _app, window = ui_main.create_window([], extensions_now=False)
    try:
        assert window is not None
        qtbot.addWidget(window)  # deleted at the end of the test, not whenever gc finds it
        assert len(shown) == 1 and "oli vahingoittunut" in shown[0]  # Finnish by default
        assert window.session.pointer.version == 1
    finally:
        if window is not None:
            window.close()
            window.session.close()
            window.translations.install("en")  # as the other tests expect
            window.translations.uninstall()


def test_empty_local_db_is_restored_from_the_newest_backup(two_versions: Path) -> None:
    home = two_versions
    data = home / "data"
    backups = data / "backups"
    backups.mkdir(exist_ok=True)
    src = sqlite3.connect(data / "local.db")
    src.execute("INSERT INTO settings (key, value, updated_at) VALUES "
                "('unit.name', '\"Kotihoito Kajaani\"', '2026-12-01')")
    src.commit()
    for stamp in ("20261101T000000000000", "20261201T000000000000"):
        dest = sqlite3.connect(backups / f"local-{stamp}-before-x.db")
        src.backup(dest)
        dest.close()
        src.execute("UPDATE settings SET value = '\"newest\"' WHERE key = 'unit.name'")
        src.commit()
    src.close()
    for extra in ("local.db-wal", "local.db-shm"):
        (data / extra).unlink(missing_ok=True)
    (data / "local.db").write_bytes(b"")
    r = run(home, "info", "--json")
    assert r.returncode == 0, r.stderr
    assert "restored from the backup local-20261201" in r.stderr
    assert json.loads(r.stdout)["catalogue_id"] == "mini", "the region's catalogue is kept"
    conn = sqlite3.connect(data / "local.db")
    try:
        assert conn.execute("SELECT value FROM settings WHERE key = 'unit.name'"
                            ).fetchone()[0] == '"newest"'
    finally:
        conn.close()
    assert sorted(f.name for f in data.glob("catalogue-*.db")) == [
        "catalogue-mini-1.db", "catalogue-mini-2.db"]


def test_empty_local_db_without_a_backup_keeps_the_catalogue(two_versions: Path) -> None:
    home = two_versions
    data = home / "data"
    shutil.rmtree(data / "backups", ignore_errors=True)
    for extra in ("local.db-wal", "local.db-shm"):
        (data / extra).unlink(missing_ok=True)
    (data / "local.db").write_bytes(b"")
    r = run(home, "info", "--json")
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert (info["catalogue_id"], info["version"]) == ("mini", 2), "not the demo catalogue"
    assert "no backup" in r.stderr
    assert (data / "catalogue-mini-2.db").exists()


def test_damaged_local_db_keeps_its_clear_message(two_versions: Path) -> None:
    data = two_versions / "data"
    for extra in ("local.db-wal", "local.db-shm"):
        (data / extra).unlink(missing_ok=True)
    _garbage(data / "local.db")
    r = run(two_versions, "info")
    assert r.returncode == 2
    assert r.stderr.startswith("hytedesk: The local database") and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_reimporting_the_same_version_over_a_damaged_file_rebuilds_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    mini.build(tmp_path / "v1")
    assert run(home, "import-bundle", "--allow-unsigned", str(tmp_path / "v1")).returncode == 0
    _truncate(home / "data" / _pointer(home)[2])
    r = run(home, "import-bundle", "--allow-unsigned", str(tmp_path / "v1"))
    assert r.returncode == 0, r.stderr
    assert f"version 1: {len(mini.SERVICES)} services" in r.stdout, "not '0 services'"
    info = run(home, "info", "--json")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["counts"]["services"] == len(mini.SERVICES)


def test_a_running_window_reloading_a_damaged_catalogue_says_so(
        qapp, qtbot, two_versions: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hytedesk.app.session import open_session
    from hytedesk.base.paths import default_paths
    from hytedesk.ui.mainwindow import MainWindow
    from hytedesk.ui.translation import Translations

    monkeypatch.setenv("HYTEDESK_HOME", str(two_versions))
    translations = Translations(qapp)
    translations.install("en")
    window = MainWindow(open_session(default_paths()), translations)
    qtbot.addWidget(window)
    try:
        assert window.session.pointer.version == 2
        _garbage(two_versions / "data" / _pointer(two_versions)[2])
        window.reload_catalogue()  # as after a sync
        assert window.session.pointer.version == 1
        assert "was damaged" in window.ui.statusbar.currentMessage()
    finally:
        window.close()
        window.session.close()
        translations.uninstall()
