"""Python forms compiled from ``ui/*.ui`` by ``pyside6-uic`` (see scripts.build_ui)."""
