"""Strings of Qt's own dialogs that Qt's shipped translations leave out.

Qt's ``qtbase_fi.qm`` and ``qtbase_sv.qm`` (loaded by ``translation.Translations``) miss a
few strings of the file dialog: Finnish lacks "&Look in:" and "Files of &type:", whose
sources gained mnemonics in Qt 6.11, so a Finnish window showed them in English. They are
listed here under Qt's own contexts, so that ``scripts/build_ui.py --lupdate`` puts them
in HyteDesk's .ts files; Qt asks HyteDesk's translator when its own has no translation.
Nothing reads ``QT_GAPS`` at run time; tests/ui/test_qt_translations.py checks the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    # Qt 6.11 gave these labels mnemonics; qtbase_fi.qm still has only "Look in:" etc.
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # the column menu of the detail view: untranslated in both fi and sv
    QT_TRANSLATE_NOOP("QFileDialog", "Show Size"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show Type"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show Date Modified"),
)
