"""Shrinks the ICU data library PySide6 ships (32 MB) to what HyteDesk uses (Linux build).

Qt Core links ICU; ``libicudata.so.NN`` is nothing but one symbol, ``icudtNN_dat``, holding
ICU's common data package (format "CmnD": a table of contents and the items). HyteDesk
needs ICU only for Finnish, Swedish and English (collation, case mapping, locale names);
the package also carries every other locale, 200 legacy code-page converters,
transliterators and Asian word-break dictionaries.

This module rewrites the package keeping every non-locale item (properties,
normalisation, pools, indexes, supplemental and time-zone data) and, in every tree, only
the locales ``root``, ``fi``, ``sv`` and ``en`` (with their regional variants); code-page
converters other than the aliases table, transliterators and break dictionaries go. A
locale that is missing falls back to ``root`` as ICU always does. The package is then
linked into a new ``libicudata.so.NN`` with the same soname and symbol (``gcc``; without
a compiler the original library is kept and the build says so). The self-test checks
Finnish and Swedish collation, so a bad trim fails the build's test.

    python packaging/icu_trim.py IN.so OUT.so     # prints sizes
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGS = ("root", "fi", "sv", "en")
_LOCALE = re.compile(r"^(?:[a-z]{2,3}|root)(?:_[A-Za-z0-9]+)*$")
_DROP_DIRS = ("translit/",)
ALIGN = 16


def _keep(name: str) -> bool:
    """Whether an item (``icudt73l/coll/fi.res``) stays."""
    rel = name.split("/", 1)[1] if "/" in name else name
    if rel.startswith(_DROP_DIRS):
        return False
    base = rel.rsplit("/", 1)[-1]
    if base.endswith(".cnv"):
        return False  # legacy code pages; UTF-8/16 and Latin-1 are built into Qt
    if base.endswith(".dict"):
        return False  # CJK, Thai, Khmer, Lao, Burmese word-break dictionaries
    stem = base.removesuffix(".res")
    if base.endswith(".res") and _LOCALE.match(stem) and stem not in ("pool",):
        lang = stem.split("_", 1)[0]
        return lang in KEEP_LANGS
    return True


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, item) list of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (CmnD)")
    if blob[8] != 0:  # UDataInfo.isBigEndian
        raise ValueError("big-endian ICU data is not supported")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(entries):
        end_name = blob.index(b"\0", toc + name_off)
        name = blob[toc + name_off:end_name].decode("ascii")
        data_end = entries[i + 1][1] if i + 1 < count else len(blob) - toc
        items.append((name, blob[toc + data_off:toc + data_end]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in items)
    toc_size = 4 + 8 * len(items)
    first_data = toc_size + len(names)
    first_data += -first_data % ALIGN
    out_toc = bytearray(struct.pack("<I", len(items)))
    name_off, data_off = toc_size, first_data
    datas = bytearray()
    for name, data in items:
        out_toc += struct.pack("<II", name_off, data_off)
        name_off += len(name) + 1
        padded = data + b"\0" * (-len(data) % ALIGN)
        datas += padded
        data_off += len(padded)
    body = bytes(out_toc) + names
    body += b"\0" * (first_data - len(body))
    return header + body + bytes(datas)


def _extract(lib: Path) -> tuple[str, bytes]:
    """The data symbol's name and bytes, read from the library's .rodata."""
    syms = subprocess.run(["nm", "-D", "--defined-only", "-S", str(lib)], check=True,
                          capture_output=True, text=True).stdout.split()
    # "<addr> <size> R icudtNN_dat"
    symbol = next(s for s in syms if re.fullmatch(r"icudt\d+_dat", s))
    with tempfile.TemporaryDirectory() as tmp:
        rodata = Path(tmp) / "rodata.bin"
        subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(lib),
                        str(rodata)], check=True)
        blob = rodata.read_bytes()
    i = syms.index(symbol)
    size = int(syms[i - 2], 16)
    return symbol, blob[:size]


def trim_library(src: Path, out: Path) -> tuple[int, int] | None:
    """Writes a trimmed copy of ``src`` to ``out``; (old, new) sizes, or None if impossible."""
    for tool in ("gcc", "nm", "objcopy"):
        if shutil.which(tool) is None:
            print(f"icu_trim: {tool} not found, keeping the full ICU data", file=sys.stderr)
            return None
    symbol, blob = _extract(src)
    header, items = read_package(blob)
    kept = [(n, d) for n, d in items if _keep(n)]
    package = write_package(header, kept)
    soname = src.name
    with tempfile.TemporaryDirectory() as tmp:
        dat = Path(tmp) / "icudata.dat"
        dat.write_bytes(package)
        asm = Path(tmp) / "icudata.S"
        asm.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n'
            f'\t.balign 16\n{symbol}:\n\t.incbin "{dat}"\n'
            f'\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n')
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["gcc", "-shared", "-nostdlib", "-s", f"-Wl,-soname,{soname}",
                        "-o", str(out), str(asm)], check=True)
    return src.stat().st_size, out.stat().st_size


def main(argv: list[str]) -> int:
    src, out = Path(argv[0]), Path(argv[1])
    sizes = trim_library(src, out)
    if sizes is None:
        return 1
    print(f"{src.name}: {sizes[0] / 1e6:.1f} MB -> {sizes[1] / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
