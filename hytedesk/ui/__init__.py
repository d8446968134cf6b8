"""The Qt user interface: the only part of HyteDesk that imports PySide6.

Importing this package first guards against a reference-count bug of PySide6 6.12.0 on
Python before 3.12: wrappers hand back ``None``, ``True`` or ``False`` without taking a
reference (every call of a ``void`` method such as ``QLabel.setText`` or ``update``,
every ``Signal.emit()``), so each call drops one reference to the shared object, and after
a few thousand calls the interpreter aborts ("none_dealloc: deallocating None"). Python
3.12 made these objects immortal; on 3.11 this module gives them a reserve of references
large enough never to run out, but only where a probe shows the bug. PySide6 6.11.3 does
not have it (tests/ui/test_qt_refcount.py checks the reserve on whatever is installed).
"""

from __future__ import annotations

import ctypes
import sys
from types import ModuleType

import PySide6  # noqa: F401 (the package alone: loads shiboken6, not yet a Qt module)


def _quicker_pyside_check() -> bool:
    """PySide6 reads the source of every module imported after it (``inspect.getsource``,
    through ``linecache`` and ``tokenize``) to learn whether the text "PySide6" is in it,
    for its optional ``__feature__`` switching, which HyteDesk does not use. Reading the
    file's bytes gives the same answer at a fraction of the cost (about 0.1 ms less for each
    of the hundred or so modules the window brings in; docs/decisions.md, "Start-up").
    Left alone where PySide6's internals differ; modules without a source file (the frozen
    build's) are still asked the original way, which gives up at once there."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        file = getattr(module, "__file__", None)
        if isinstance(file, str) and file.endswith(".py"):
            try:
                with open(file, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


QUICKER_PYSIDE_CHECK = _quicker_pyside_check()

from PySide6.QtCore import QObject, Signal  # noqa: E402 (after the check is quicker)

RESERVE = 1 << 40  # a million lost references a second would need 12 days to use it up


class _Probe(QObject):
    fired = Signal()


def _drops_references() -> bool:
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(16):
        probe.setObjectName("probe")  # a void method: returns None
        probe.fired.emit()  # returns True
    return sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before


def _add_reserve() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # immortal objects: nothing to guard
    if not _drops_references():
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object
        ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
    return True


REFCOUNT_RESERVE_ADDED = _add_reserve()
