"""The application icon (resources/icons: an SVG drawn for HyteDesk, and a PNG of it)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from hytedesk.base.paths import resources_dir


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources_dir() / "icons"
    for name in ("hytedesk.svg", "hytedesk-256.png", "hytedesk-64.png"):
        path = folder / name
        if path.exists():
            icon.addFile(str(path))
    return icon
