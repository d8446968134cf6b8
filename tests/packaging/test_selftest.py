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
                     "handout PDF renders", "main window opens and closes",
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
