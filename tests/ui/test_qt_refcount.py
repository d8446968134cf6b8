"""PySide6 6.12 on Python < 3.12 drops a reference to True on every Signal.emit();
hytedesk.ui mends it on import. Without the mend this test aborts the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import hytedesk.ui  # noqa: F401  (installs the mend)


class Emitter(QObject):
    plain = Signal()
    value = Signal(int, object)


def test_emitting_many_signals_keeps_true_alive(qapp) -> None:
    e = Emitter()
    seen: list[int] = []
    e.value.connect(lambda i, _o: seen.append(i))
    before = sys.getrefcount(True)
    for i in range(5000):
        e.plain.emit()
        e.value.emit(i, None)
    assert len(seen) == 5000
    assert sys.getrefcount(True) >= before - 5
