"""Python forms compiled from ``ui/*.ui`` by ``pyside6-uic`` (see hytedesk.ui.build)."""
