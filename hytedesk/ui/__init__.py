"""The Qt user interface: the only part of HyteDesk that imports PySide6."""
