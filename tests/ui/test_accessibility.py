"""Keyboard and screen reader, as tests (issue 13, items 5 and 14).

Every page of the window (each referral step too) and every dialog a menu opens is walked
in Finnish, Swedish and English, and the walk fails on

- an Alt mnemonic used twice among what is on screen at once, the menu bar included (Qt
  then cycles between the two, or the menu wins and the field is never reached), or twice
  within one menu;
- a focusable widget a screen reader would announce without a name (what
  ``QAccessible`` reports, so a buddy label counts, a placeholder does not);
- a text whose contrast against its background is below 4.5:1 (WCAG 2.1 AA).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAction, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QScrollBar,
    QSplitterHandle,
    QTabBar,
    QWidget,
)

from hytedesk.app.session import demo_bundle_path, open_session
from hytedesk.base.paths import Paths, default_paths
from hytedesk.local.localdb import LocalDB
from hytedesk.ui.mainwindow import MainWindow
from hytedesk.ui.referral import ReferralPages, install_referral_pages
from hytedesk.ui.region import install_region
from hytedesk.ui.translation import Translations

pytestmark = pytest.mark.skipif(not demo_bundle_path().exists(),
                                reason="the demo catalogue has not been built")

VILLAGE = "place:suomussalmi:ammansaari"
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
AA = 4.5


# -- the three checks ----------------------------------------------------------------------

def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Mnemonics on screen together in ``root`` (its menu bar's titles included)."""
    owners: dict[str, list[str]] = {}

    def add(text: str, who: str) -> None:
        key = mnemonic(text)
        if key:
            owners.setdefault(key, []).append(f"{who} {text!r}")

    for bar in root.findChildren(QMenuBar):
        for action in bar.actions():
            if action.isVisible():
                add(action.text(), "menu")
    for w in root.findChildren(QWidget):
        if not _shown(w) or w.window() is not root:
            continue
        if isinstance(w, QAbstractButton):
            add(w.text(), type(w).__name__)
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text(), "label")
        elif isinstance(w, QGroupBox):
            add(w.title(), "group")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w.tabText(i), "tab")
    clashes = [f"Alt+{k.upper()}: " + " / ".join(v) for k, v in owners.items() if len(v) > 1]
    for menu in root.findChildren(QMenu):
        inside: dict[str, list[str]] = {}
        for action in menu.actions():
            key = mnemonic(action.text()) if action.isVisible() else None
            if key:
                inside.setdefault(key, []).append(action.text())
        clashes += [f"in menu {menu.title()!r} Alt+{k.upper()}: {v}"
                    for k, v in inside.items() if len(v) > 1]
    return clashes


def _inner_part(w: QWidget) -> bool:
    """Parts that speak through their owner: a spin box's or combo box's line edit, a
    scroll area's bars, splitter handles, the menu bar (its menus have names)."""
    parent = w.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return True
    return isinstance(w, (QScrollBar, QSplitterHandle, QMenuBar, QMenu))


def unnamed(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not _shown(w) or w.window() is not root or _inner_part(w):
            continue
        if w.focusPolicy().value == 0 or not w.isEnabled():  # Qt.NoFocus
            continue
        if isinstance(w.parentWidget(), QAbstractScrollArea) and \
                w is w.parentWidget().viewport():
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            out.append(f"{type(w).__name__}#{w.objectName() or '?'}")
    return out


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + \
        0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def low_contrast(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not _shown(w) or w.window() is not root or not w.isEnabled():
            continue
        if not isinstance(w, (QLabel, QAbstractButton, QGroupBox)):
            continue
        text = w.title() if isinstance(w, QGroupBox) else w.text()
        if not text.strip():
            continue
        pal = w.palette()
        ratio = contrast(pal.color(w.foregroundRole()), pal.color(w.backgroundRole()))
        if ratio < AA:
            out.append(f"{type(w).__name__}#{w.objectName() or '?'} {text[:40]!r}: "
                       f"{ratio:.2f}:1")
    return out


def findings(root: QWidget, where: str) -> list[str]:
    return ([f"{where}: mnemonic {c}" for c in mnemonic_clashes(root)]
            + [f"{where}: no accessible name: {u}" for u in unnamed(root)]
            + [f"{where}: contrast {c}" for c in low_contrast(root)])


# -- the walk ------------------------------------------------------------------------------

@pytest.fixture
def home(tmp_home: Path) -> Paths:
    paths = default_paths().ensure()
    with LocalDB(paths) as local:
        local.set("referral.follow_up_days", 0)
    return paths


@pytest.fixture
def open_app(home: Paths, qtbot, qapp: QApplication) -> Iterator:
    made: list[tuple[MainWindow, ReferralPages, Translations]] = []

    def make(lang: str) -> tuple[MainWindow, ReferralPages]:
        translations = Translations(qapp)
        translations.install(lang)
        window = MainWindow(open_session(default_paths()), translations)
        pages = install_referral_pages(window)
        install_region(window)  # File › Export report package…, the detail pane's report
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        made.append((window, pages, translations))
        return window, pages

    yield make
    for window, pages, translations in made:
        window.region_actions.wait()
        pages.shutdown()
        window.close()
        translations.uninstall()


def idle(qtbot, pages: ReferralPages) -> None:
    qtbot.waitUntil(lambda: not pages.runner.busy, timeout=10000)


def page_states(qtbot, window: MainWindow, pages: ReferralPages) -> Iterator[str]:
    """Brings each page and referral step on screen; yields its name."""
    ui = window.ui
    ui.pages.setCurrentWidget(ui.searchPage)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    ui.resultsView.setCurrentIndex(window.model.index(0, 0))
    qtbot.waitUntil(lambda: window.current_service_id() is not None)
    yield "search"
    ref = pages.referral
    pages.actions[0].trigger()
    ref.reset()
    ref.set_client_place(VILLAGE)
    idle(qtbot, pages)
    yield "referral step 1"
    ref.show_step(1)
    for item in ("loneliness", "violence-crime", "caregiving"):
        ref.item_boxes[item].setChecked(True)
    yield "referral step 2"
    ref.inPersonCheck.setChecked(True)
    ref.kmSpin.setValue(1)
    with qtbot.waitSignal(ref.recommendationsShown, timeout=10000):
        ref.next_step()
    if ref.recommendationList.count():
        ref.choose(ref.recommendationList.item(0).data(256))
    yield "referral step 3"
    with qtbot.waitSignal(ref.previewShown, timeout=10000):
        ref.next_step()
    yield "referral step 4"
    with qtbot.waitSignal(ref.referralSaved, timeout=10000):
        ref.save_referral()
    pages.actions[1].trigger()
    pages.follow_ups.refresh()
    idle(qtbot, pages)
    yield "follow-ups"
    pages.actions[2].trigger()
    idle(qtbot, pages)
    yield "statistics"
    pages.actions[3].trigger()
    idle(qtbot, pages)
    yield "local services"


def menu_actions(window: MainWindow) -> list[QAction]:
    skip = {window.ui.actionQuit, *window._language_actions.values()}
    out = []
    for menu in window.menus.values():
        out += [a for a in menu.actions()
                if not a.isSeparator() and a.menu() is None and a not in skip]
    return out


def dialogs_of(qtbot, window: MainWindow, action: QAction) -> list[QWidget]:
    """Triggers ``action``; every modal dialog it opens is handed over, then closed."""
    seen: list[QWidget] = []
    done = []

    def look(tries: int = 20) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog in seen:
            if tries:
                QTimer.singleShot(20, lambda: look(tries - 1))
            else:
                done.append(True)
            return
        seen.append(dialog)
        found.extend([] if isinstance(dialog, QFileDialog) else
                     findings(dialog, f"dialog {dialog.windowTitle()!r} ({action.text()})"))
        dialog.close()
        QTimer.singleShot(20, lambda: look(tries))

    found: list[str] = []
    QTimer.singleShot(20, look)
    action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    dialogs_of.found = found  # type: ignore[attr-defined]
    return seen


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_window_and_dialog_is_usable_by_keyboard_and_screen_reader(
        qtbot, open_app, lang: str) -> None:
    window, pages = open_app(lang)
    found: list[str] = []
    for state in page_states(qtbot, window, pages):
        found += findings(window, state)
    opened = 0
    for action in menu_actions(window):
        opened += len(dialogs_of(qtbot, window, action))
        found += dialogs_of.found  # type: ignore[attr-defined]
    assert opened >= 2  # the settings and About at least
    # The one settings dialog, on each of its pages (the referral settings are one).
    dialog = window.open_settings()
    tabs = dialog.ui.settingsTabs
    assert tabs.count() >= 2
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        idle(qtbot, pages)
        found += findings(dialog, f"settings page {tabs.tabText(index)!r}")
    dialog.close()
    assert found == [], "\n".join(found)


def test_the_checks_find_what_they_look_for(qtbot) -> None:
    """The three checks are not blind: a clash, a nameless field, pale text."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bar = QMenuBar(root)
    bar.addMenu("&Tiedosto")
    layout.setMenuBar(bar)
    layout.addWidget(QPushButton("&Tallenna"))
    layout.addWidget(QLineEdit())
    pale = QLabel("ohje")
    pale.setStyleSheet("QLabel { color: palette(mid); }")
    layout.addWidget(pale)
    root.show()
    qtbot.waitExposed(root)
    assert any("Alt+T" in c for c in mnemonic_clashes(root))
    assert unnamed(root) == ["QLineEdit#?"]
    assert len(low_contrast(root)) == 1
    assert round(contrast(QColor("#000"), QColor("#fff")), 1) == 21.0
