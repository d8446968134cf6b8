"""The log file: written by the command line (and the admin tool) in the log folder,
never with what was typed, and never a reason to stop when it cannot be written."""

from __future__ import annotations

import errno
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hytedesk.base import i18n, logs
from hytedesk.base.paths import Paths
from tests.fixtures import mini

SECRET_WORDS = ("velkaneuvontaan", "Kissankellonpolku")


def run(home: Path, *args: str, module: str = "hytedesk.commands.main"
        ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HYTEDESK_HOME": str(home), "HYTEDESK_LANG": "en"}
    return subprocess.run([sys.executable, "-m", module, *args], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(autouse=True)
def _no_log_left_open() -> Iterator[None]:
    yield
    logs.close_logging()


def test_cli_import_and_search_are_logged_without_the_search_text(tmp_path: Path) -> None:
    home = tmp_path / "home"
    bundle = tmp_path / "mini.hytebundle"
    mini.build(bundle)
    r = run(home, "import-bundle", "--allow-unsigned", str(bundle))
    assert r.returncode == 0, r.stderr
    for words in (SECRET_WORDS[:1], SECRET_WORDS, ("--municipality", "Kajaani",
                                                   SECRET_WORDS[1])):
        r = run(home, "search", *words)
        assert r.returncode == 0, r.stderr
    r = run(home, "search", "--max-km", "5", SECRET_WORDS[1])  # a usage error, exit 2
    assert r.returncode == 2
    log = (home / "logs" / "hytedesk.log").read_text("utf-8")
    assert "import of mini.hytebundle: started" in log
    assert "import of mini.hytebundle: done in" in log
    assert "catalogue mini version 1 (full), 8 services" in log
    assert log.count("command: search") == 4
    assert "command ended: cli.need_near" in log
    for word in SECRET_WORDS:
        assert word.lower() not in log.lower()
    assert r.stderr.count("\n") == 1  # the user still sees one line, and no log noise


def test_a_failed_import_is_logged_with_its_reason(tmp_path: Path) -> None:
    home = tmp_path / "home"
    bad = tmp_path / "broken.hytebundle"
    bad.write_bytes(b"not a tar at all")
    r = run(home, "import-bundle", "--allow-unsigned", str(bad))
    assert r.returncode == 2
    log = (home / "logs" / "hytedesk.log").read_text("utf-8")
    assert "import of broken.hytebundle: failed after" in log


def test_admin_tool_logs_to_its_own_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    r = run(home, "validate", str(tmp_path / "missing.json"), module="hytedesk.admin.main")
    assert r.returncode == 2
    log = (home / "logs" / "hytedesk-admin.log").read_text("utf-8")
    assert "command: validate" in log and "command validate finished: exit status 2" in log


def test_an_unusable_log_folder_is_said_once_and_the_command_goes_on(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "logs").write_text("a file where the folder should be")  # root can't write it either
    bundle = tmp_path / "mini.hytebundle"
    mini.build(bundle)
    r = run(home, "import-bundle", "--allow-unsigned", str(bundle))
    assert r.returncode == 0, r.stderr
    assert "Imported catalogue mini version 1" in r.stdout
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert "the log file cannot be written in" in lines[0]
    assert str(home / "logs") in lines[0] and "going on without a log" in lines[0]
    r = run(home, "search", "velkaneuvontaan")
    assert r.returncode == 0 and "velkaneuvonta" in r.stdout
    assert "(Not a directory)" in r.stderr


def test_a_log_write_that_fails_later_is_reported_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = Paths(data=tmp_path / "d", cache=tmp_path / "c", logs=tmp_path / "l",
                  config=tmp_path / "cfg")
    monkeypatch.setattr(sys, "__stderr__", sys.stderr)  # the failure notice goes to capsys
    i18n.set_language("en")
    target = logs.setup_logging("hytedesk", paths, console=False)
    assert target == tmp_path / "l" / "hytedesk.log" and target.is_file()
    handler = logging.getLogger().handlers[-1]
    assert isinstance(handler, logging.handlers.RotatingFileHandler)

    class FullDisk:
        def __getattr__(self, name: str) -> object:
            def fail(*_: object) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")
            return fail

    real = handler.stream
    handler.stream = FullDisk()
    log = logging.getLogger("hytedesk.test")
    for n in range(3):
        log.warning("record %d", n)
    err = capsys.readouterr().err
    assert err.count("the log file cannot be written") == 1, err
    assert "No space left on device" in err and "Traceback" not in err
    assert logs.log_file() is None and handler not in logging.getLogger().handlers
    real.close()


def test_logging_set_up_twice_keeps_one_file_and_moves_with_the_home(tmp_path: Path) -> None:
    a = Paths(data=tmp_path / "a", cache=tmp_path / "a", logs=tmp_path / "a" / "logs",
              config=tmp_path / "a")
    b = Paths(data=tmp_path / "b", cache=tmp_path / "b", logs=tmp_path / "b" / "logs",
              config=tmp_path / "b")
    root = logging.getLogger()
    before = len(root.handlers)
    logs.setup_logging("hytedesk", a, console=False)
    logs.setup_logging("hytedesk", a, console=False)
    assert len(root.handlers) == before + 1
    logs.setup_logging("hytedesk", b, console=False)
    assert len(root.handlers) == before + 1
    logging.getLogger("hytedesk.x").info("after the move")
    assert "after the move" in (tmp_path / "b" / "logs" / "hytedesk.log").read_text()
    assert "after the move" not in (tmp_path / "a" / "logs" / "hytedesk.log").read_text()


def test_private_traceback_leaves_the_message_out() -> None:
    typed = "".join(reversed("naatnovuenaklev"))  # not in the source line either
    try:
        raise ValueError(f"fts5: syntax error near {typed}")
    except ValueError as exc:
        text = logs.private_traceback(exc)
    assert "ValueError" in text and "test_private_traceback" in text
    assert "velkaneuvontaan" not in text
