"""The Qt user interface: the only part of HyteDesk that imports PySide6.

Importing this package first mends a reference-count bug of PySide6 6.12 on Python
before 3.12: ``SignalInstance.emit()`` returns ``True`` without taking a reference to
it, so every signal emitted from Python code drops one reference to ``True``; after a
few hundred emits the interpreter aborts with "bool_dealloc: deallocating True or
False". The fix is installed only where a probe emit shows the bug, and gives the
reference back after each emit.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    fired = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    return sys.getrefcount(True) < before


def _install_emit_fix() -> bool:
    if getattr(SignalInstance.emit, "_hytedesk_fixed", False):
        return True
    if not _emit_drops_a_reference():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            incref(result)  # the reference emit() should have taken
        return result

    emit._hytedesk_fixed = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True


EMIT_FIX_INSTALLED = _install_emit_fix()
