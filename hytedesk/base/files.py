"""Replacing a file safely: the one way HyteDesk writes a file that may already exist.

A reader (another program, HyteDesk after a power cut) sees either the old file whole or
the new file whole, never a half-written one:

1. the new content goes to a temporary file in the same folder (so the rename below stays
   on one file system), named ``.<name>.<random>.tmp``;
2. it is flushed and ``fsync``-ed, so its bytes are on the disk;
3. ``os.replace`` puts it in place of the old file in one step;
4. the folder is ``fsync``-ed, so the rename itself survives a power cut (POSIX; Windows
   has no folder handles to sync and its rename is journaled by NTFS).

If anything fails on the way (an exception while writing, a full disk, a read-only
folder), the temporary file is removed and the old file is left as it was.

``replacing`` gives a file object to write to; ``write_atomic`` writes bytes or text;
``temp_beside`` gives a path for writers that open the file themselves (Qt's PDF writer,
``tarfile``, ``shutil.copyfile``); ``copy_atomic`` copies a file in.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

NEW_FILE_MODE = 0o644  # a new file: readable by others, as a file saved by any program


def fsync_file(path: Path | str) -> None:
    """Flushes a closed file's bytes to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path | str) -> None:
    """Makes a rename in ``folder`` durable (nothing to do on Windows)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_in(folder: Path, name: str) -> Path:
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    os.close(fd)
    return Path(tmp)


def _mode_for(path: Path, mode: int | None) -> int:
    if mode is not None:
        return mode
    try:
        return path.stat().st_mode & 0o7777  # replacing keeps the old file's permissions
    except OSError:
        return NEW_FILE_MODE


def commit(tmp: Path | str, path: Path | str, *, mode: int | None = None) -> None:
    """Puts the finished file ``tmp`` in place of ``path``: fsync, rename, fsync the folder.

    ``tmp`` must be in the same folder as ``path``. On failure ``tmp`` is removed and
    ``path`` is unchanged.
    """
    tmp, path = Path(tmp), Path(path)
    try:
        fsync_file(tmp)
        os.chmod(tmp, _mode_for(path, mode))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


@contextlib.contextmanager
def temp_beside(path: Path | str, *, mode: int | None = None) -> Iterator[Path]:
    """A temporary file beside ``path`` for a writer that opens it itself.

    When the block ends normally the file replaces ``path`` (``commit``); when it raises,
    the temporary file is removed and ``path`` is left alone.
    """
    path = Path(path)
    tmp = _temp_in(path.parent, path.name)
    try:
        yield tmp
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    commit(tmp, path, mode=mode)


@contextlib.contextmanager
def replacing(path: Path | str, *, text: bool = False, encoding: str = "utf-8",
              newline: str | None = None, mode: int | None = None) -> Iterator[IO[Any]]:
    """A file object whose content replaces ``path`` when the block ends normally."""
    with temp_beside(path, mode=mode) as tmp:
        if text:
            with open(tmp, "w", encoding=encoding, newline=newline) as f:
                yield f
        else:
            with open(tmp, "wb") as f:
                yield f


def write_atomic(path: Path | str, data: bytes | str, *, encoding: str = "utf-8",
                 mode: int | None = None) -> None:
    """Writes ``data`` (text is encoded, newlines kept as given) in place of ``path``."""
    raw = data.encode(encoding) if isinstance(data, str) else data
    with replacing(path, mode=mode) as f:
        f.write(raw)


def copy_atomic(src: Path | str, dst: Path | str, *, mode: int | None = None) -> None:
    """Copies ``src`` in place of ``dst`` (a copy cut short leaves ``dst`` as it was)."""
    with temp_beside(dst, mode=mode) as tmp:
        shutil.copyfile(src, tmp)
