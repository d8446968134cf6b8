"""``hytedesk --self-test``: does this installation have everything it needs?

It checks what a broken build would lose — the translations (the app's and Qt's own),
the icons, the trusted root, the initial catalogue (imported into a temporary home, never
the user's), a search, a handout PDF, the main window — and prints one line per check.
Exit status 0 only if every check passes. It always runs offscreen; whether the desktop's
platform plugins (X11, Wayland) can load on this machine is printed as a note.

It always ends, whatever it finds: a watchdog thread gives each check ``CHECK_SECONDS`` and
the whole run ``TOTAL_SECONDS``. A check that overruns (a dialog waiting for a click that
never comes, a lock, a hung library) is reported as failed, with the summary, and the
process exits at once with status 1, since the stuck thread cannot be interrupted.

This module is core (no Qt): the checks that need Qt live in ``hytedesk.ui.selftest_checks``,
and the entry point (``hytedesk.commands.main``) hands them in as ``gui_checks``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from hytedesk.base.paths import Paths, default_paths, resources_dir

PROBES_NAME = "selftest-probes.json"

Check = Callable[[], str]
# Given the temporary home and the shared state: more checks, and notes to print first.
GuiChecks = Callable[[Paths, dict[str, object]], tuple[list[tuple[str, Check]], list[str]]]


@dataclass
class Outcome:
    name: str
    ok: bool
    detail: str
    seconds: float


def translation_probe(ts_file: Path) -> tuple[str, str, str] | None:
    """One finished (context, source, translation) of a Qt Linguist ``.ts`` file.

    The self-test asks the compiled ``.qm`` for this string: a translator that loads
    but translates nothing (a stale or empty ``.qm``) fails.
    """
    try:
        root = ET.parse(ts_file).getroot()
    except (OSError, ET.ParseError):
        return None
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                continue
            source = message.findtext("source")
            tr = message.find("translation")
            if source is None or tr is None or tr.get("type") in (
                "unfinished", "vanished", "obsolete"
            ):
                continue
            text = tr.text or ""
            if text and text != source:
                return name, source, text
    return None


def app_translations() -> dict[str, Path]:
    """The app's compiled translations by language: ``resources/i18n/*_<lang>.qm``."""
    folder = resources_dir() / "i18n"
    found: dict[str, Path] = {}
    for lang in ("fi", "sv"):
        for qm in sorted(folder.glob(f"*_{lang}.qm")):
            found.setdefault(lang, qm)
    return found


def probes() -> dict[str, tuple[str, str, str]]:
    """Probe strings by ``.qm`` file name: from the ``.ts`` sources, or (frozen) a JSON."""
    import json

    folder = resources_dir() / "i18n"
    out: dict[str, tuple[str, str, str]] = {}
    stored = folder / PROBES_NAME
    if stored.is_file():
        for name, triple in json.loads(stored.read_text("utf-8")).items():
            out[name] = (str(triple[0]), str(triple[1]), str(triple[2]))
    for ts in folder.glob("*.ts"):
        probe = translation_probe(ts)
        if probe is not None:
            out[ts.with_suffix(".qm").name] = probe
    return out


def initial_catalogue_source() -> str:
    from hytedesk.app.preset import baked_preset_path
    from hytedesk.app.session import demo_bundle_path

    baked = baked_preset_path()
    return f"preset {baked}" if baked.is_file() else f"demo {demo_bundle_path()}"


@contextmanager
def temporary_home() -> Iterator[Paths]:
    """A fresh HYTEDESK_HOME for the duration, so no user data is read or written."""
    before = os.environ.get("HYTEDESK_HOME")
    tmp = Path(tempfile.mkdtemp(prefix="hytedesk-selftest-"))
    os.environ["HYTEDESK_HOME"] = str(tmp)
    try:
        yield default_paths().ensure()
    finally:
        if before is None:
            os.environ.pop("HYTEDESK_HOME", None)
        else:
            os.environ["HYTEDESK_HOME"] = before
        shutil.rmtree(tmp, ignore_errors=True)


def core_checks(paths: Paths, state: dict[str, object]) -> list[tuple[str, Check]]:
    """The checks with no Qt: the trusted root, the first-start import, a search."""

    def root() -> str:
        from hytedesk.app.preset import baked_preset
        from hytedesk.sync.trust import parse_root, shipped_root_path

        preset = baked_preset()
        path = preset.trusted_root if preset and preset.trusted_root else shipped_root_path()
        if path is None or not path.is_file():
            raise FileNotFoundError(f"no trusted root at {path}")
        md = parse_root(path.read_bytes(), str(path))
        signed = md.signed
        return f"{path.name}: root version {signed.version}, expires {signed.expires:%Y-%m-%d}"

    def catalogue() -> str:
        from hytedesk.app.session import open_session

        session = open_session(paths)
        state["session"] = session
        p = session.pointer
        n = session.conn.execute("SELECT count(*) FROM services").fetchone()[0]
        if n == 0:
            raise ValueError("the catalogue has no services")
        signed = "signed" if p.signed else "unsigned"
        return (f"{initial_catalogue_source()} -> {p.catalogue_id} v{p.version}, {n} services,"
                f" {signed}")

    def search_check() -> str:
        from hytedesk.app.session import Session
        from hytedesk.catalogue.search import SearchQuery, search

        session = state.get("session")
        if not isinstance(session, Session):
            raise RuntimeError("no catalogue (the import check failed)")
        row = session.conn.execute(
            "SELECT name FROM services ORDER BY sort_name LIMIT 1").fetchone()
        word = max(str(row[0]).split(), key=len)
        hits = search(session.conn, SearchQuery(text=word))
        if not hits:
            raise ValueError(f"no results for {word!r}")
        return f"{word!r}: {len(hits)} results"

    def phone_check() -> str:
        from hytedesk.base.phones import parse_numbers

        # The phone metadata loads by region at run time: a frozen build must carry it.
        got = [p.tel for p in parse_numbers("+358 (0)8 123 456 / 116 117")]
        if got != ["tel:+3588123456", "tel:116117"]:
            raise ValueError(f"parsed as {got}")
        return "+358 (0)8 123 456 / 116 117 -> " + ", ".join(str(g) for g in got)

    return [
        ("trusted root parses", root),
        ("initial catalogue imports", catalogue),
        ("search returns results", search_check),
        ("phone numbers parse", phone_check),
    ]


CHECK_SECONDS = 90.0  # one check: the first-start import on a slow, busy laptop fits
TOTAL_SECONDS = 300.0  # the whole self-test
EXIT_SECONDS = 30.0  # from the summary to the end of the process


class Watchdog:
    """Ends the process with status 1 when a check or the whole run takes too long.

    A daemon thread; ``arm(name, seconds)`` starts a check's clock, ``disarm()`` stops it.
    On expiry it prints the check as failed and the summary, then ``os._exit(1)``.
    """

    def __init__(self, out: TextIO, total_seconds: float = TOTAL_SECONDS,
                 exit_status: int = 1) -> None:
        self.out = out
        self.exit_status = exit_status
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._current: tuple[str, float, float] | None = None  # name, limit, deadline
        self._total_deadline = time.monotonic() + total_seconds
        self._total = total_seconds
        self.done: list[str] = []
        self.failed: list[str] = []
        threading.Thread(target=self._watch, name="selftest-watchdog", daemon=True).start()

    def arm(self, name: str, seconds: float) -> None:
        with self._lock:
            self._current = (name, seconds, time.monotonic() + seconds)
        self._wake.set()

    def disarm(self, name: str, ok: bool) -> None:
        with self._lock:
            self._current = None
            self.done.append(name)
            if not ok:
                self.failed.append(name)

    def _watch(self) -> None:
        while True:
            with self._lock:
                current = self._current
            now = time.monotonic()
            deadline = self._total_deadline if current is None else min(current[2],
                                                                         self._total_deadline)
            if now >= deadline:
                self._expire(current, now >= self._total_deadline)
                return
            self._wake.wait(min(1.0, deadline - now))
            self._wake.clear()

    def _expire(self, current: tuple[str, float, float] | None, total: bool) -> None:
        name = current[0] if current else "self-test"
        why = (f"the self-test did not finish within {self._total:.0f} s" if total or not current
               else f"did not finish within {current[1]:.0f} s")
        failed = [*self.failed, name]
        try:
            print(f"FAIL  {name}: {why}; stopped", file=self.out, flush=True)
            print(f"self-test FAILED: {len(failed)} of {len(self.done) + 1} checks ("
                  + ", ".join(failed) + "); the rest did not run", file=self.out, flush=True)
        finally:
            os._exit(self.exit_status)


def run_checks(checks: list[tuple[str, Check]], out: TextIO, *,
               watchdog: Watchdog | None = None,
               check_seconds: float = CHECK_SECONDS) -> list[Outcome]:
    outcomes = []
    for name, check in checks:
        if watchdog is not None:
            watchdog.arm(name, check_seconds)
        start = time.perf_counter()
        try:
            detail, ok = check(), True
        except Exception as exc:  # a self-test reports every failure and goes on
            detail, ok = f"{type(exc).__name__}: {exc}".replace("\n", " "), False
        o = Outcome(name, ok, detail, time.perf_counter() - start)
        outcomes.append(o)
        if watchdog is not None:
            watchdog.disarm(name, ok)
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail} ({o.seconds * 1000:.0f} ms)",
              file=out, flush=True)
    return outcomes


def _ensure_platform() -> str:
    """Offscreen, always: the self-test must run on a build machine or over SSH, and must not
    abort when the desktop's platform plugin cannot load (that is reported as a note)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return "offscreen"


def run_self_test(out: TextIO | None = None, gui_checks: GuiChecks | None = None, *,
                  check_seconds: float = CHECK_SECONDS,
                  total_seconds: float = TOTAL_SECONDS) -> int:
    """Runs every check; prints one line each and a summary; 0 only if all pass.

    Bounded: see ``Watchdog`` (each check ``check_seconds``, all ``total_seconds``, and
    ``EXIT_SECONDS`` after the summary for the process to end)."""
    out = out or sys.stdout
    watchdog = Watchdog(out, total_seconds)
    platform = _ensure_platform()
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    print(f"HyteDesk self-test ({frozen}, Qt platform {platform}, resources "
          f"{resources_dir()})", file=out, flush=True)
    state: dict[str, object] = {}
    with temporary_home() as paths:
        checks = core_checks(paths, state)
        try:
            more, notes = gui_checks(paths, state) if gui_checks else ([], [])
        except Exception as exc:  # Qt missing or broken: every Qt check fails, named
            reason = f"{type(exc).__name__}: {exc}"

            def qt_missing() -> str:
                raise RuntimeError(reason)

            checks.append(("Qt loads", qt_missing))
        else:
            checks += more
            for note in notes:
                print(f"NOTE  {note}", file=out, flush=True)
        try:
            outcomes = run_checks(checks, out, watchdog=watchdog, check_seconds=check_seconds)
        finally:
            session = state.get("session")
            close = getattr(session, "close", None)
            if close is not None:
                close()
    failed = [o.name for o in outcomes if not o.ok]
    status = 1 if failed else 0
    # Ending the process must not hang either (a thread that does not stop): the watchdog
    # stays armed, now for the exit, and ends the process with the status found.
    watchdog.exit_status = status
    watchdog.arm("exit", EXIT_SECONDS)
    if failed:
        print(f"self-test FAILED: {len(failed)} of {len(outcomes)} checks ("
              + ", ".join(failed) + ")", file=out, flush=True)
        return status
    print(f"self-test passed: {len(outcomes)} checks", file=out, flush=True)
    return status
