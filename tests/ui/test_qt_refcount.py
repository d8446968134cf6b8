"""PySide6 6.12.0 on Python < 3.12 drops a reference to None on every void call and to
True on every Signal.emit(); hytedesk.ui guards against it on import. Without the guard
this test aborts the interpreter ("none_dealloc" / "bool_dealloc")."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

import hytedesk.ui


class Emitter(QObject):
    plain = Signal()
    value = Signal(int, object)


def test_many_void_calls_and_emits_do_not_exhaust_none_or_true(qapp) -> None:
    e = Emitter()
    label = QLabel()
    seen: list[int] = []
    e.value.connect(lambda i, _o: seen.append(i))
    for i in range(20_000):  # more than None and True have references on Python 3.11
        e.plain.emit()
        e.value.emit(i, None)
        label.setText("x")
        label.update()
    assert len(seen) == 20_000
    assert isinstance(hytedesk.ui.REFCOUNT_RESERVE_ADDED, bool)
