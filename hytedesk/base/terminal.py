"""Text for a terminal: catalogue text and file names are data, never terminal commands.

A service name holding ``ESC [2J`` would clear the screen of whoever searches for it, a
file name holding ``BEL`` would ring; C1 controls (``\\x9b`` is a one-byte CSI to some
terminals) are as bad. Everything the command-line tools print that came from a catalogue,
a bundle or a file name passes through ``printable`` (or ``printable_json``), which shows
such characters as Python-style escapes (``\\x1b``). Lone surrogates (from file names
that are not UTF-8) are escaped too, so printing never fails on them.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any, TextIO

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_OR_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_C1 = re.compile("[\x7f-\x9f\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, *, lines: bool = False) -> str:
    """``text`` with control characters escaped; with ``lines``, newlines and tabs are kept
    (for messages of several lines), otherwise escaped too (for one-line output)."""
    return (_CONTROL if lines else _CONTROL_OR_LINE).sub(_escape, str(text))


def printable_json(value: Any, **kw: Any) -> str:
    """JSON for a terminal: ``json`` escapes C0 controls itself; DEL and C1 get ``\\u``
    escapes too (still the same JSON value)."""
    text = json.dumps(value, ensure_ascii=False, **kw)
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class _SafeWriter(io.TextIOBase):
    """A text stream that escapes control characters (keeping newlines and tabs) on the way
    to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, s: str) -> int:
        self._stream.write(printable(s, lines=True))
        return len(s)

    def flush(self) -> None:
        self._stream.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self._stream, "encoding", "utf-8"))

    @property
    def buffer(self) -> Any:
        """The byte stream, for data formats written as bytes (CSV): passed through."""
        return self._stream.buffer  # type: ignore[attr-defined]


@contextmanager
def safe_output() -> Iterator[None]:
    """Within the block, whatever is printed to stdout and stderr has its control
    characters escaped: a command-line tool's whole output is safe for a terminal."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _SafeWriter(out), _SafeWriter(err)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            with suppress(OSError, ValueError):  # a closed pipe (``| head``) is not an error
                stream.flush()
        sys.stdout, sys.stderr = out, err
