"""The Qt half of ``hytedesk --self-test`` (see ``hytedesk.app.selftest``).

Each check returns a one-line detail or raises; ``hytedesk.app.selftest`` prints them.
The entry point (``hytedesk.commands.main``) hands these checks to the self-test.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCollator, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from hytedesk.app.selftest import app_translations, probes
from hytedesk.base.paths import Paths, resources_dir

# Strings Qt's own catalogue translates (the standard dialog buttons).
QT_PROBES = {"fi": ("QPlatformTheme", "Cancel", "Peru"),
             "sv": ("QPlatformTheme", "Cancel", "Avbryt")}
ICON_SUFFIXES = (".svg", ".png", ".ico", ".icns")


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "hytedesk"])
    assert isinstance(app, QApplication)
    return app


def check_app_translation(lang: str) -> str:
    qm = app_translations().get(lang)
    if qm is None:
        raise FileNotFoundError(f"no resources/i18n/*_{lang}.qm")
    translator = QTranslator()
    if not translator.load(str(qm)):
        raise ValueError(f"QTranslator.load({qm.name}) returned False")
    probe = probes().get(qm.name)
    if probe is None:
        raise ValueError(f"{qm.name} loads but no probe string is known (no .ts, no probes)")
    context, source, expected = probe
    got = translator.translate(context, source)
    if got != expected:
        raise ValueError(f"{context}/{source!r} translates to {got!r}, expected {expected!r}")
    return f"{qm.name}: {source!r} -> {got!r}"


def check_qt_translation(lang: str) -> str:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if not translator.load(f"qtbase_{lang}", folder):
        raise FileNotFoundError(f"qtbase_{lang}.qm does not load from {folder}")
    context, source, expected = QT_PROBES[lang]
    got = translator.translate(context, source)
    if got != expected:
        raise ValueError(f"{source!r} translates to {got!r}, expected {expected!r}")
    return f"qtbase_{lang}.qm: {source!r} -> {got!r}"


def check_collation() -> str:
    """Finnish and Swedish sort order through ICU (the frozen build trims ICU's data)."""
    fi = QCollator(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    sv = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Finland))
    words = ["öljy", "äiti", "zeta", "åbo", "aamu", "Ähtäri", "vesi", "Waltari"]
    fi_sorted = sorted(words, key=fi.sortKey)
    sv_sorted = sorted(words, key=sv.sortKey)
    if fi_sorted.index("zeta") > fi_sorted.index("åbo") or \
            fi_sorted.index("åbo") > fi_sorted.index("äiti") or \
            fi_sorted.index("äiti") > fi_sorted.index("öljy"):
        raise ValueError("Finnish order is not z < å < ä < ö: " + " ".join(fi_sorted))
    if sv_sorted.index("åbo") > sv_sorted.index("äiti"):
        raise ValueError("Swedish order is not å < ä: " + " ".join(sv_sorted))
    return "fi: " + " ".join(fi_sorted)


PLATFORM_PLUGINS = {"linux": ("xcb", "wayland", "offscreen"), "win32": ("windows", "offscreen"),
                    "darwin": ("cocoa", "offscreen")}


def _plugin_file(name: str) -> Path | None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = [p for p in folder.glob(f"*q{name}.*") if p.suffix in (".so", ".dll", ".dylib")]
    return found[0] if found else None


def check_platform_plugins() -> str:
    """The window needs its platform plugin: a build that lost it opens nothing."""
    key = "linux" if sys.platform.startswith("linux") else sys.platform
    wanted = PLATFORM_PLUGINS.get(key, ("offscreen",))
    missing = [name for name in wanted if _plugin_file(name) is None]
    if missing:
        raise FileNotFoundError("platform plugins missing: " + ", ".join(missing))
    return ", ".join(wanted) + " present"


def desktop_notes() -> list[str]:
    """Whether this machine could show the window on X11/Wayland (information, not a check).

    The self-test itself runs offscreen; a headless build machine without the xcb helper
    libraries is fine, a laptop without them is told so here.
    """
    if not sys.platform.startswith("linux"):
        return []
    import _ctypes

    notes = []
    for name in ("xcb", "wayland"):
        plugin = _plugin_file(name)
        if plugin is None:
            continue
        try:
            _ctypes.dlopen(str(plugin), os.RTLD_NOW | os.RTLD_LOCAL)
            notes.append(f"{name}: loads on this machine")
        except OSError as exc:
            notes.append(f"{name}: cannot load on this machine ({str(exc).split(':')[0]} "
                         "missing); the window needs it on a desktop")
    return notes


def check_icons() -> str:
    application()
    folder = resources_dir() / "icons"
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in ICON_SUFFIXES)
    if not files:
        raise FileNotFoundError(f"no icons in {folder}")
    bad = []
    for f in files:
        icon = QIcon(str(f))
        if icon.isNull() or icon.pixmap(32, 32).isNull():
            bad.append(f.name)
    if bad:
        raise ValueError(f"{len(bad)} of {len(files)} icons do not load: " + ", ".join(bad[:5]))
    return f"{len(files)} icons load"


def _handout_html(paths: Paths, state: dict[str, object]) -> tuple[str, str]:
    """The referral module's handout for three services, with the unit from the settings."""
    from hytedesk.local.localdb import LocalDB
    from hytedesk.referrals.handout import Handout, build_html
    from hytedesk.referrals.services import catalogue_details

    with LocalDB(paths) as local:
        unit, phone = str(local.get("unit.name")), str(local.get("unit.phone"))
        organisation = str(local.get("unit.organisation"))
    conn = getattr(state.get("session"), "conn", None)
    if conn is None:
        raise RuntimeError("no catalogue (the import check failed)")
    ids = [r[0] for r in conn.execute("SELECT id FROM services ORDER BY sort_name LIMIT 3")]
    details = list(catalogue_details(conn, ids).values())
    html = build_html(Handout(services=details, unit_name=unit, unit_phone=phone,
                              organisation=organisation, large=True))
    return html, f"{len(details)} services, unit {unit!r}"


def check_handout(paths: Paths, state: dict[str, object]) -> str:
    """The handout as the app makes it: referrals.handout HTML, ui.referral.pdf renderer."""
    application()
    html, what = _handout_html(paths, state)
    with tempfile.TemporaryDirectory(prefix="hytedesk-selftest-pdf-") as tmp:
        target = Path(tmp) / "handout.pdf"
        try:
            from hytedesk.ui.referral.pdf import render_pdf
        except ImportError:  # no renderer yet: Qt's own route, said in the line
            how = "QTextDocument via QPdfWriter (hytedesk.ui.referral.pdf missing)"
            doc = QTextDocument()
            doc.setHtml(html)
            writer = QPdfWriter(str(target))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            doc.print_(writer)
            del writer  # the file is complete when the writer is gone
        else:
            how = "ui.referral.pdf.render_pdf"
            render_pdf(html, target, title="HyteDesk")
        data = target.read_bytes() if target.is_file() else b""
        if not data.startswith(b"%PDF") or len(data) < 500:
            raise ValueError(f"{how}: no PDF written ({len(data)} bytes)")
        return f"{how}, {what}: {len(data)} bytes"


def check_main_window(paths: Paths) -> str:
    """Opens the main window as ``run_gui`` does (``create_window``, show, event loop), then
    closes it and quits the loop, so ``aboutToQuit`` stops the window's worker threads."""
    from hytedesk.ui.main import create_window

    problems: list[str] = []  # start failures, said here instead of a dialog nobody clicks
    app, window = create_window([sys.argv[0] if sys.argv else "hytedesk"],
                                report=problems.append)
    if window is None:
        raise RuntimeError("the window did not start: " + (" ".join(problems) or "no reason"))
    seen: dict[str, object] = {}

    def look() -> None:
        seen["visible"] = window.isVisible()
        seen["title"] = window.windowTitle()
        window.close()
        app.quit()

    window.show()
    QTimer.singleShot(0, look)
    QTimer.singleShot(15_000, app.quit)  # never hang a self-test
    app.exec()
    session = getattr(window, "session", None)
    window.deleteLater()
    if session is not None:
        session.close()
    if not seen.get("visible"):
        raise RuntimeError("the main window did not show")
    return f"{type(window).__name__} opened and closed ({seen['title']!r})"


def checks(paths: Paths, state: dict[str, object]) -> list[tuple[str, Callable[[], str]]]:
    return [
        ("Finnish translation", lambda: check_app_translation("fi")),
        ("Swedish translation", lambda: check_app_translation("sv")),
        ("Qt's Finnish translation", lambda: check_qt_translation("fi")),
        ("Qt's Swedish translation", lambda: check_qt_translation("sv")),
        ("Finnish and Swedish sort order", check_collation),
        ("platform plugins present", check_platform_plugins),
        ("icons load", check_icons),
        ("handout PDF renders", lambda: check_handout(paths, state)),
        ("main window opens and closes", lambda: check_main_window(paths)),
    ]
