"""``hytedesk --self-test`` from source: a fresh home, no display, every check passes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hytedesk.app.selftest import translation_probe


def test_self_test_from_source_passes(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "HYTEDESK_HOME")}
    env["HYTEDESK_HOME"] = str(tmp_path / "home")
    env["DISPLAY"] = ":0"  # even with a display set, the self-test runs offscreen
    result = subprocess.run([sys.executable, "-m", "hytedesk.commands.main", "--self-test"],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    lines = result.stdout.splitlines()
    checks = [line for line in lines if line.startswith(("PASS", "FAIL"))]
    assert result.returncode == 0, result.stdout + result.stderr
    names = " | ".join(checks)
    for expected in ("Finnish translation", "Swedish translation", "Qt's Finnish translation",
                     "Qt's Swedish translation", "icons load", "trusted root parses",
                     "initial catalogue imports", "search returns results",
                     "phone numbers parse", "handout PDF renders", "main window opens and closes",
                     "platform plugins present", "sort order"):
        assert expected in names
    assert all(line.startswith("PASS") for line in checks)
    assert lines[-1].startswith("self-test passed")
    # The self-test used a temporary home of its own, not the user's data.
    assert not list((tmp_path / "home").glob("data/catalogue-*"))


def test_failing_check_gives_exit_1_and_names_it(tmp_path: Path) -> None:
    from io import StringIO

    from hytedesk.app.selftest import run_checks

    def broken() -> str:
        raise FileNotFoundError("qtbase_fi.qm")

    out = StringIO()
    outcomes = run_checks([("fine", lambda: "ok"), ("broken", broken)], out)
    assert [o.ok for o in outcomes] == [True, False]
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("PASS  fine: ok")
    assert lines[1].startswith("FAIL  broken: FileNotFoundError: qtbase_fi.qm")


def test_translation_probe_takes_a_finished_translation(tmp_path: Path) -> None:
    ts = tmp_path / "x_fi.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="fi_FI">
<context><name>Main</name>
<message><source>Open</source><translation type="unfinished">Avaa</translation></message>
<message><source>Same</source><translation>Same</translation></message>
<message><source>Search</source><translation>Hae</translation></message>
</context></TS>""", "utf-8")
    assert translation_probe(ts) == ("Main", "Search", "Hae")
    assert translation_probe(tmp_path / "missing.ts") is None


def _env(home: Path, pythonpath: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "HYTEDESK_HOME",
                        "PYTHONPATH")}
    env["HYTEDESK_HOME"] = str(home)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    return env


def test_self_test_with_a_broken_resource_folder_fails_and_exits(tmp_path: Path) -> None:
    """The installation the issue found: resources missing. Every check that needs them
    fails, by name, and the process ends (it used to wait for a click on an error box)."""
    import shutil

    import hytedesk

    source = Path(hytedesk.__file__).resolve().parent
    copy = tmp_path / "site" / "hytedesk"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("resources", "__pycache__"))
    (copy / "resources").mkdir()  # there, but empty: no catalogue, translations, icons
    result = subprocess.run([sys.executable, "-m", "hytedesk", "--self-test"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=240,
                            env=_env(tmp_path / "home", str(tmp_path / "site")))
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert str(copy / "resources") in lines[0]
    failed = " | ".join(line for line in lines if line.startswith("FAIL"))
    for name in ("Finnish translation", "icons load", "initial catalogue imports",
                 "search returns results", "main window opens and closes"):
        assert name in failed
    assert "kainuu-demo.hytebundle" in failed  # the missing file is named
    assert lines[-1].startswith("self-test FAILED")


HANGING = """
import sys, threading
from hytedesk.app.selftest import run_self_test

def gui_checks(paths, state):
    return [("waits forever", lambda: threading.Event().wait() and "")], []

sys.exit(run_self_test(gui_checks=gui_checks, check_seconds=3))
"""


def test_a_check_that_hangs_is_stopped_by_the_watchdog(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", HANGING], capture_output=True, text=True,
                            cwd=tmp_path, timeout=240,
                            env=_env(tmp_path / "home", os.environ.get("PYTHONPATH")))
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "FAIL  waits forever: did not finish within 3 s; stopped" in lines
    assert lines[-1].startswith("self-test FAILED: 1 of 5 checks (waits forever)")
