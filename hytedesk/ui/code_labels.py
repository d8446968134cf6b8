"""Translated names of the fixed codes the UI shows: attendance modes, languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MODES = ("in-person", "phone", "video", "home-visit")


def mode_label(code: str) -> str:
    labels = {
        "in-person": QCoreApplication.translate("Labels", "in person"),
        "phone": QCoreApplication.translate("Labels", "by phone"),
        "video": QCoreApplication.translate("Labels", "by video"),
        "home-visit": QCoreApplication.translate("Labels", "home visit"),
    }
    return labels.get(code, code)


def language_label(code: str) -> str:
    labels = {
        "fi": QCoreApplication.translate("Labels", "Finnish"),
        "sv": QCoreApplication.translate("Labels", "Swedish"),
        "en": QCoreApplication.translate("Labels", "English"),
        "se": QCoreApplication.translate("Labels", "Northern Sami"),
        "ru": QCoreApplication.translate("Labels", "Russian"),
        "ar": QCoreApplication.translate("Labels", "Arabic"),
        "so": QCoreApplication.translate("Labels", "Somali"),
        "uk": QCoreApplication.translate("Labels", "Ukrainian"),
    }
    return labels.get(code, code)


def fill(template: str, *values: object) -> str:
    """Qt-style ``%1 %2`` placeholders, filled from the highest number down."""
    for i in range(len(values), 0, -1):
        template = template.replace(f"%{i}", str(values[i - 1]))
    return template
