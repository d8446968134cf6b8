"""Window fixtures: a fresh catalogue per test and the real MainWindow, offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from hytedesk.app.session import open_session
from hytedesk.base import i18n
from hytedesk.base.paths import Paths, default_paths
from hytedesk.ui.mainwindow import MainWindow
from hytedesk.ui.translation import Translations
from tests.ui import catalogue


@pytest.fixture(autouse=True)
def _core_language_back() -> Iterator[None]:
    """A window switches the core's message language too; later tests (the command line
    ones among them) get the language they started with back."""
    before = i18n.language()
    yield
    i18n.set_language(before)


@pytest.fixture
def paths(tmp_home: Path) -> Paths:
    return default_paths().ensure()


@pytest.fixture
def ui_catalogue(paths: Paths, tmp_path: Path) -> Paths:
    catalogue.install(paths, tmp_path)
    return paths


@pytest.fixture
def make_window(qtbot, qapp: QApplication) -> Iterator[Callable[..., MainWindow]]:
    made: list[tuple[MainWindow, Translations]] = []

    def make(lang: str | None = "en") -> MainWindow:
        translations = Translations(qapp)
        if lang is not None:
            translations.install(lang)
        else:
            from hytedesk.ui.main import startup_language

            translations.install(startup_language())
        window = MainWindow(open_session(default_paths()), translations)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.last_result is not None)
        made.append((window, translations))
        return window

    yield make
    for window, translations in made:
        window.close()
        translations.uninstall()


@pytest.fixture
def window(ui_catalogue: Paths, make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window("en")
