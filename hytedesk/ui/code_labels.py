"""Translated names of the fixed codes the UI shows: attendance modes, languages."""

from __future__ import annotations

from datetime import date

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


def day_text(day: date | str | None) -> str:
    """A date as Finnish and Swedish write it (2.12.2026), the one format every page uses;
    an ISO string (2026-12-02) is read first. "–" when there is none."""
    if day is None or day == "":
        return "–"
    if isinstance(day, str):
        try:
            parsed = date.fromisoformat(day[:10])
        except ValueError:
            return day
    else:
        parsed = day
    return f"{parsed.day}.{parsed.month}.{parsed.year}"
