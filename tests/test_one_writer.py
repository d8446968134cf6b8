"""One writer per data folder: concurrent real ``hytedesk import-bundle`` processes.

Good and bad bundles of the same and of different versions are imported by 2 and by 10
processes at once, started a few tens of milliseconds apart, 30 rounds. After every round
each process has ended with 0 or with one readable line (exit 2) — never a traceback —
and the catalogue is whole: the pointer names a file that passes SQLite's integrity
check and holds exactly the records of one of the good bundles, ``info`` and ``search``
work, and no part file is left behind.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from hytedesk.base.i18n import UserError
from hytedesk.base.paths import default_paths
from hytedesk.bundle import content_digest
from hytedesk.catalogue.importer import import_bundle
from tests.fixtures import mini

ROUNDS = int(os.environ.get("HYTEDESK_WRITER_ROUNDS", "30"))


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "HYTEDESK_HOME": str(home), "HYTEDESK_LANG": "en"}
    for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(k, None)
    return env


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hytedesk.commands.main", *args],
                          env=_env(home), capture_output=True, text=True, timeout=300)


def _bundles(tmp: Path) -> tuple[dict[str, Path], dict[str, str]]:
    """Good v2, another good v2 (same version, other content), good v3; a v2 and a v3
    that fail late (an unknown term found after every record is written) and a v2 cut
    short. Returns the files and the digests of the good ones."""
    good: dict[str, str] = {}
    files: dict[str, Path] = {}

    def make(name: str, version: int, services: list[dict[str, object]], ok: bool) -> None:
        path = tmp / f"{name}.hytebundle"
        m = mini.build(path, version=version, services=services)
        files[name] = path
        if ok:
            good[name] = m["content_digest"]

    renamed = [dict(s) for s in mini.SERVICES]
    renamed[0] = {**renamed[0], "name": renamed[0]["name"] + " (uusi nimi)"}
    broken = [dict(s) for s in mini.SERVICES]
    broken[-1] = {**broken[-1], "attributes": [{"id": "x", "taxonomy_term_id": "nope:1"}]}
    m1 = mini.build(tmp / "v1.hytebundle")
    files["v1"] = tmp / "v1.hytebundle"
    good["v1"] = m1["content_digest"]
    make("v2", 2, mini.SERVICES[:-1], True)
    make("v2-other", 2, renamed, True)
    make("v3", 3, renamed[:-2], True)
    make("v2-bad", 2, broken, False)
    make("v3-bad", 3, broken, False)
    cut = tmp / "v2-cut.hytebundle"
    data = files["v2"].read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    files["v2-cut"] = cut
    return files, good


def _check_catalogue(home: Path, good: dict[str, str]) -> int:
    data = home / "data"
    conn = sqlite3.connect(data / "local.db")
    try:
        version, file, digest = conn.execute(
            "SELECT version, file, content_digest FROM catalogue_pointer WHERE slot = 1"
        ).fetchone()
    finally:
        conn.close()
    assert digest in good.values(), f"pointer names content {digest} of no good bundle"
    cat = sqlite3.connect(f"file:{data / file}?mode=ro", uri=True)
    try:
        assert cat.execute("PRAGMA integrity_check").fetchone()[0] == "ok", file
        assert content_digest(cat.execute("SELECT kind, id, hash FROM records")) == digest
        assert cat.execute("SELECT count(*) FROM services").fetchone()[0] > 0
    finally:
        cat.close()
    assert not list(data.glob("*.part*")), "a part file was left behind"
    return int(version)


@pytest.mark.slow
def test_concurrent_imports_never_break_the_catalogue(tmp_path: Path) -> None:
    files, good = _bundles(tmp_path)
    base = tmp_path / "base"
    r = _cli(base, "import-bundle", "--allow-unsigned", str(files["v1"]))
    assert r.returncode == 0, r.stderr
    choices = ["v2", "v2-other", "v3", "v2-bad", "v3-bad", "v2-cut", "v1"]
    rng = random.Random(20261203)
    outcomes: dict[str, int] = {"imported": 0, "refused": 0, "busy": 0}
    for n in range(ROUNDS):
        home = tmp_path / f"round-{n}"
        shutil.copytree(base, home)
        width = 2 if n % 2 == 0 else 10
        picks = [rng.choice(choices) for _ in range(width)]
        if width == 2:  # the probe's case: a good and a bad one of the same version
            picks = rng.sample([["v2", "v2-bad"], ["v2-bad", "v2"], ["v2", "v2-other"],
                                ["v2-cut", "v2"]], 1)[0]
        procs = []
        for pick in picks:
            procs.append((pick, subprocess.Popen(
                [sys.executable, "-m", "hytedesk.commands.main", "import-bundle",
                 "--allow-unsigned", str(files[pick])],
                env=_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
            time.sleep(rng.uniform(0.0, 0.15))
        for pick, p in procs:
            out, err = p.communicate(timeout=300)
            assert p.returncode in (0, 2), (pick, p.returncode, err)
            assert "Traceback" not in err, (pick, err)
            if p.returncode == 0:
                outcomes["imported"] += 1
                assert "Imported catalogue mini" in out
            else:
                assert len(err.strip().splitlines()) == 1, (pick, err)
                outcomes["busy" if "already running" in err else "refused"] += 1
        version = _check_catalogue(home, good)
        info = _cli(home, "info", "--json")
        assert info.returncode == 0, info.stderr
        assert json.loads(info.stdout)["version"] == version
        found = _cli(home, "search", "velkaneuvonta", "--json")
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout), "search finds the debt counselling service"
        shutil.rmtree(home)
    print(f"{ROUNDS} rounds, 0 broken catalogues: {outcomes}")
    assert outcomes["imported"] > 0 and outcomes["refused"] > 0


def test_part_files_are_unique_and_only_abandoned_ones_are_cleaned(
        tmp_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A part file of a live writer is never touched; one left by a dead process is."""
    from hytedesk.base import lock
    from hytedesk.catalogue import importer

    paths = default_paths().ensure()
    mini.build(tmp_path / "v1")
    mini.build(tmp_path / "v2", version=2, services=mini.SERVICES[:-1])
    abandoned = paths.data / "catalogue-mini-2.db.part"  # an older release's name
    abandoned.write_bytes(b"left by a killed import")
    seen: list[str] = []
    entered, release = threading.Event(), threading.Event()
    real_build = importer._build

    def slow_build(reader, part, *args, **kw):  # type: ignore[no-untyped-def]
        seen.append(part.name)
        entered.set()
        release.wait(30)
        return real_build(reader, part, *args, **kw)

    monkeypatch.setattr(importer, "_build", slow_build)
    monkeypatch.setattr(lock, "DEFAULT_WAIT", 0.3)
    errors: list[BaseException] = []

    def first() -> None:
        try:
            import_bundle(paths, tmp_path / "v1")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    t = threading.Thread(target=first)
    t.start()
    try:
        assert entered.wait(30)
        assert not abandoned.exists(), "the lock holder removed the abandoned part file"
        (own,) = seen
        assert own.startswith("catalogue-mini-1.db.part-") and str(os.getpid()) in own
        # A second writer is refused while the first holds the lock, and leaves its
        # part file alone.
        with pytest.raises(UserError) as e:
            import_bundle(paths, tmp_path / "v2")
        assert e.value.key == "lock.busy"
    finally:
        release.set()
        t.join()
    assert not errors
    import_bundle(paths, tmp_path / "v2")
    assert len(set(seen)) == 2, "every import builds into a part file of its own"
    assert not list(paths.data.glob("*.part*"))
