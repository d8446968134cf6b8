"""A full disk or a folder that cannot be written: one line in the user's language, exit 2,
the previous catalogue still current, no part file left.

The full disk is real where the tests may mount one (a 4 MiB tmpfs as the HyteDesk home;
root on Linux). Elsewhere it is simulated with SQLite's ``max_page_count`` on the part
file, which fails the same way (``database or disk is full``); each test says which it
used in its output. The read-only folder is real: the data folder's permissions are
taken away while a window still has ``local.db`` open, and the import runs as an
unprivileged user (``setpriv``, when the tests run as root) or as the user itself.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hytedesk.base.i18n import UserError
from tests.fixtures import mini
from tests.sync.catalogue import make_bundle

REPO = Path(__file__).resolve().parent.parent


def _env(home: Path, lang: str = "en") -> dict[str, str]:
    env = {**os.environ, "HYTEDESK_HOME": str(home), "HYTEDESK_LANG": lang,
           "PYTHONPATH": str(REPO)}
    for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(k, None)
    return env


def _cli(home: Path, *args: str, lang: str = "en", user: list[str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*(user or []), sys.executable, "-m", "hytedesk.commands.main",
                           *args], env=_env(home, lang), capture_output=True, text=True,
                          timeout=300, cwd=str(home.parent))


def _pointer(home: Path) -> tuple[int, str]:
    conn = sqlite3.connect(f"file:{home / 'data' / 'local.db'}?mode=ro", uri=True)
    try:
        version, file = conn.execute("SELECT version, file FROM catalogue_pointer").fetchone()
    finally:
        conn.close()
    return int(version), str(file)


@contextlib.contextmanager
def small_disk(path: Path, size: str = "4m") -> Iterator[bool]:
    """Mounts a tmpfs of ``size`` on ``path``; yields False where that is not permitted."""
    path.mkdir(parents=True, exist_ok=True)
    if (sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None
            or os.environ.get("HYTEDESK_TEST_SIMULATE_DISK_FULL")):
        yield False
        return
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                       capture_output=True)
    if r.returncode != 0:
        yield False
        return
    try:
        yield True
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def _limit_part_files(monkeypatch: pytest.MonkeyPatch, pages: int = 40) -> None:
    """The simulation: part files may not grow past ``pages`` pages."""
    from hytedesk.catalogue import importer

    real = importer.cat.connect

    def connect(path: Path, *, readonly: bool = True) -> sqlite3.Connection:
        conn = real(path, readonly=readonly)
        if not readonly:
            conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(importer.cat, "connect", connect)


def _big(tmp: Path, version: int, catalogue_id: str = "mini") -> Path:
    return make_bundle(tmp / f"big-{catalogue_id}-{version}.hytebundle", version, n=3000,
                       filler=40, catalogue_id=catalogue_id)


def _assert_one_line(r: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def test_disk_full_during_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    mini.build(tmp_path / "v1")
    big = _big(tmp_path, 2)
    with small_disk(home) as real:
        r = _cli(home, "import-bundle", "--allow-unsigned", str(tmp_path / "v1"))
        assert r.returncode == 0, r.stderr
        if real:
            r = _cli(home, "import-bundle", "--allow-unsigned", str(big))
            fi = _cli(home, "import-bundle", "--allow-unsigned", str(big), lang="fi")
            _assert_one_line(fi, "Luetteloa ei voitu tallentaa", "vapauta levytilaa")
        else:
            from hytedesk.commands.main import main

            monkeypatch.setenv("HYTEDESK_HOME", str(home))
            _limit_part_files(monkeypatch)
            capsys.readouterr()
            status = main(["import-bundle", "--allow-unsigned", str(big)])
            err = capsys.readouterr().err
            r = subprocess.CompletedProcess([], status, "", err)
        with capsys.disabled():
            how = "a real 4 MiB tmpfs" if real else "simulated with max_page_count"
            print(f"\n[disk full during import: {how}]")
        _assert_one_line(r, "could not be saved", "free some disk space", "still in use")
        assert _pointer(home) == (1, "catalogue-mini-1.db")
        assert not list((home / "data").glob("*.part*")), "no part file is left"
        assert not list((home / "data").glob("catalogue-mini-2*"))
        info = _cli(home, "info")
        assert info.returncode == 0 and "version: 1" in info.stdout, info.stderr


def test_disk_full_during_sync(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    from tests.sync.conftest import make_world

    home = tmp_path / "home"
    with small_disk(home, "6m") as real:
        monkeypatch.setenv("HYTEDESK_HOME", str(home))
        world = make_world(tmp_path)
        try:
            world.publish(1, n=50)
            assert world.sync().version == 1
            before = world.pointer()
            path = world.tmp / "bundles" / "v2.hytebundle"
            make_bundle(path, 2, n=3000, filler=40)
            from tests.sync.conftest import admin

            admin("publish", path, "--repo", world.repo_dir, "--keys", world.key_dir)
            if not real:
                _limit_part_files(monkeypatch)
            with capsys.disabled():
                how = "a real 6 MiB tmpfs" if real else "simulated with max_page_count"
                print(f"\n[disk full during sync: {how}]")
            with pytest.raises(UserError) as e:
                world.sync()
            assert e.value.key in ("import.disk", "sync.disk_full"), e.value.key
            assert "\n" not in str(e.value) and "still in use" in str(e.value)
            assert "levytilaa" in e.value.text("fi")
            assert world.pointer() == before
            assert not list(world.paths.data.glob("*.part*"))
        finally:
            world.server.stop()


def _as_nobody() -> list[str] | None:
    if os.geteuid() != 0:
        return []  # the permissions below apply to the user running the tests
    if shutil.which("setpriv") is None:
        return None
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_import_into_a_read_only_data_folder(tmp_path: Path) -> None:
    user = _as_nobody()
    if user is None:
        pytest.skip("runs as root without setpriv: permissions would not apply")
    root = Path(tempfile.mkdtemp(prefix="hytedesk-ro-"))
    try:
        root.chmod(0o755)
        home = root / "home"
        mini.build(root / "v1")
        mini.build(root / "v2", version=2, services=mini.SERVICES[:-1])
        for f in (root / "v1", root / "v2"):
            f.chmod(0o644)
        r = _cli(home, "import-bundle", "--allow-unsigned", str(root / "v1"))
        assert r.returncode == 0, r.stderr
        if user:
            subprocess.run(["chown", "-R", "65534:65534", str(home)], check=True)
        data = home / "data"
        # A window has local.db open (its WAL files exist), then the folder's
        # permissions are taken away.
        window = sqlite3.connect(data / "local.db")
        window.execute("SELECT count(*) FROM settings").fetchone()
        if user:
            for extra in data.glob("local.db-*"):
                os.chown(extra, 65534, 65534)
        try:
            data.chmod(0o555)
            r = _cli(home, "import-bundle", "--allow-unsigned", str(root / "v2"), user=user)
            _assert_one_line(r, "cannot be written", "still in use")
            fi = _cli(home, "import-bundle", "--allow-unsigned", str(root / "v2"), user=user,
                      lang="fi")
            _assert_one_line(fi, "ei voi kirjoittaa")
            assert _pointer(home) == (1, "catalogue-mini-1.db")
            assert not list(data.glob("*.part*"))
        finally:
            data.chmod(0o755)
            window.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_sync_into_a_read_only_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """python-tuf cannot write its metadata: said so, not "the server could not be
    reached"."""
    from tests.sync.conftest import make_world

    user = _as_nobody()
    if user is None:
        pytest.skip("runs as root without setpriv: permissions would not apply")
    root = Path(tempfile.mkdtemp(prefix="hytedesk-ro-"))
    root.chmod(0o755)
    home = root / "home"
    monkeypatch.setenv("HYTEDESK_HOME", str(home))
    world = make_world(root)
    window = None
    data = home / "data"
    try:
        world.publish(1, n=50)
        assert world.sync().version == 1
        world.publish(2, n=50, changed=range(0, 5))
        if user:
            subprocess.run(["chown", "-R", "65534:65534", str(home)], check=True)
        window = sqlite3.connect(data / "local.db")
        window.execute("SELECT count(*) FROM settings").fetchone()
        if user:
            for extra in data.glob("local.db-*"):
                os.chown(extra, 65534, 65534)
        for folder in (data, data / "tuf"):
            folder.chmod(0o555)
        r = _cli(home, "sync", "--quiet", "--url", world.server.url, user=user)
        _assert_one_line(r, "cannot be written", "still in use")
        assert "could not be reached" not in r.stderr
        assert _pointer(home)[0] == 1
        assert not list(data.glob("*.part*"))
    finally:
        for folder in (data, data / "tuf"):
            with contextlib.suppress(OSError):
                folder.chmod(0o755)
        if window is not None:
            window.close()
        world.server.stop()
        shutil.rmtree(root, ignore_errors=True)
