"""The Linux distribution, end to end: build with the example preset, unpack the tarball in
an empty folder, and run the frozen app there (``make installer-test`` does the same).

Slow (a PyInstaller build: about a minute on a 2-core machine): ``pytest -m slow``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.conftest import REPO

pytestmark = pytest.mark.slow
# A regression check with room to spare; the design's budget (100 MB unpacked) is measured and
# reported with the installer's figures in docs/performance.md, not asserted here.
SIZE_LIMIT = 120_000_000


def clean_env(home: Path | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "HYTEDESK_HOME",
                        "PYTHONPATH", "VIRTUAL_ENV")}
    if home is not None:
        env["HYTEDESK_HOME"] = str(home)
    env["HYTEDESK_LANG"] = "en"
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    build = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "build",
         "--preset", str(REPO / "packaging" / "preset.example.toml")],
        cwd=REPO, capture_output=True, text=True, timeout=1200)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    tarball = next((REPO / "dist").glob("hytedesk-*-linux-*.tar.gz"))
    where = tmp_path_factory.mktemp("empty")
    with tarfile.open(tarball) as tar:
        tar.extractall(where, filter="tar")
    (app,) = where.iterdir()
    yield app


def run(app: Path, *args: str, env: dict[str, str], cwd: Path,
        user: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*(user or []), str(app / "hytedesk"), *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_size_and_contents(unpacked: Path) -> None:
    size = sum(p.stat().st_size for p in unpacked.rglob("*") if p.is_file()
               and not p.is_symlink())
    assert size < SIZE_LIMIT, f"{size / 1e6:.1f} MB"
    internal = unpacked / "_internal"
    assert (unpacked / "hytedesk.desktop").is_file()
    # The licences travel with the build: the app's, and the third parties' (generated).
    assert "EUROPEAN UNION PUBLIC LICENCE" in (unpacked / "LICENSE").read_text("utf-8").upper()
    assert (unpacked / "NOTICE.md").is_file()
    notices = (unpacked / "THIRD-PARTY-NOTICES.txt").read_text("utf-8")
    assert "Qt for Python (PySide6, shiboken6)" in notices and "may replace them" in notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices
    for bundled in ("cryptography", "tuf", "zstandard", "platformdirs"):
        assert f"\n  {bundled} " in notices, bundled
    assert "\n  pyproj " not in notices and "\n  pytest " not in notices
    assert (internal / "resources" / "preset" / "preset.toml").is_file()
    assert not list(internal.rglob("*Qt6Qml*")) and not list(internal.rglob("*WebEngine*"))
    assert not [p for p in internal.rglob("*") if "pyproj" in p.name]
    qm = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert qm == {"qtbase_fi.qm", "qtbase_sv.qm"}
    assert not [p for p in unpacked.rglob("*") if p.is_symlink() and not p.exists()]


def test_self_test_passes_in_an_empty_folder(unpacked: Path, tmp_path: Path) -> None:
    result = run(unpacked, "--self-test", env=clean_env(tmp_path / "home"), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(frozen," in result.stdout
    assert "PASS" in next(line for line in result.stdout.splitlines()
                          if "phone numbers parse" in line)  # its data is in the build
    handout = next(line for line in result.stdout.splitlines() if "handout" in line)
    assert "Kotihoito, Kajaani" in handout  # the preset's first unit is on the handout
    assert "preset" in next(line for line in result.stdout.splitlines()
                            if "initial catalogue" in line)


def test_admin_tools_are_not_in_the_field_build(unpacked: Path, tmp_path: Path) -> None:
    code = run(unpacked, "info", env=clean_env(tmp_path / "home"), cwd=tmp_path)
    assert code.returncode == 0, code.stderr
    assert not (unpacked / "hytedesk-admin").exists()


def test_no_display_says_so(unpacked: Path, tmp_path: Path) -> None:
    result = run(unpacked, env=clean_env(tmp_path / "home"), cwd=tmp_path)
    assert result.returncode == 2
    assert "No display" in result.stderr and "Traceback" not in result.stderr


def test_unreachable_display_says_so(unpacked: Path, tmp_path: Path) -> None:
    result = run(unpacked, env=clean_env(tmp_path / "home", DISPLAY=":93"), cwd=tmp_path)
    assert result.returncode == 2
    assert "cannot connect to the display :93" in result.stderr
    assert "Traceback" not in result.stderr and "Aborted" not in result.stderr


def test_portable_mode_keeps_data_beside_the_executable(unpacked: Path,
                                                        tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    shutil.copytree(unpacked, stick, symlinks=True)
    (stick / "portable").write_text("")
    result = run(stick, "info", env=clean_env(None), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"file: {stick / 'HyteDesk-data' / 'data'}" in result.stdout
    assert (stick / "HyteDesk-data" / "data" / "local.db").is_file()


def _as_nobody() -> list[str] | None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return None
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def world_readable_tmp() -> Iterator[Path]:
    """A temporary folder another user can enter (pytest's own tmp_path is private)."""
    path = Path(tempfile.mkdtemp(prefix="hytedesk-ro-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def test_read_only_install_folder(unpacked: Path, world_readable_tmp: Path) -> None:
    nobody = _as_nobody()
    if nobody is None:
        pytest.skip("needs root and setpriv to run as an unprivileged user")
    tmp_path = world_readable_tmp
    install = tmp_path / "opt"
    shutil.copytree(unpacked, install, symlinks=True)
    subprocess.run(["chmod", "-R", "a+rX,go-w", str(install)], check=True)
    home = tmp_path / "nobody-home"
    home.mkdir()
    os.chown(home, 65534, 65534)
    # Installed read-only (as under /opt): works, writes only to the user's home.
    before = sorted(p.name for p in install.rglob("*"))
    result = run(install, "--self-test", env=clean_env(home), cwd=home, user=nobody)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.name for p in install.rglob("*")) == before
    # Portable on a read-only stick: says what is wrong, no traceback.
    (install / "portable").write_text("")
    result = run(install, "info", env=clean_env(None, HOME=str(home)), cwd=home, user=nobody)
    assert result.returncode == 2
    assert "cannot be created or written" in result.stderr and "portable" in result.stderr
    assert "Traceback" not in result.stderr


def test_window_opens_on_a_real_x_server(unpacked: Path, tmp_path: Path) -> None:
    """Through the xcb plugin and the system's X libraries (needs Xvfb)."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    display = f":{200 + os.getpid() % 500}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        socket_file = Path(f"/tmp/.X11-unix/X{display[1:]}")
        for _ in range(100):
            if socket_file.exists() or xvfb.poll() is not None:
                break
            time.sleep(0.1)
        env = clean_env(tmp_path / "home", DISPLAY=display, HYTEDESK_STARTUP_TIMING="1")
        result = run(unpacked, env=env, cwd=tmp_path)
        if result.returncode == 2 and "system library is missing" in result.stderr:
            pytest.skip("this machine lacks X11 helper libraries: " + result.stderr.strip())
        assert result.returncode == 0, result.stdout + result.stderr
        assert "HYTEDESK_STARTUP_SECONDS=" in result.stdout
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
