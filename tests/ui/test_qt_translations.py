"""Qt's own dialogs speak the window's language (issue 13 item 10): Qt's base translations
are loaded, and the strings they leave out in Swedish come from HyteDesk's own files."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from hytedesk.ui.translation import Translations


@pytest.fixture
def translations(qapp: QApplication):  # type: ignore[no-untyped-def]
    t = Translations(qapp)
    yield t
    t.uninstall()


@pytest.mark.parametrize(("lang", "look", "types", "yes"), [
    ("fi", "&Lähde:", "Tiedostot&yyppi:", "&Kyllä"),
    ("sv", "&Titta i:", "Filer av &typ:", "&Ja"),
])
def test_qt_dialogs_are_translated(qtbot, translations: Translations, lang: str, look: str,
                                   types: str, yes: str) -> None:
    translations.install(lang)
    assert f"qtbase_{lang}" in translations.loaded
    dialog = QFileDialog(None, "PDF")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == look
    assert labels["fileTypeLabel"] == types
    assert "Look in" not in " ".join(labels.values())
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == yes
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() != "Cancel"
