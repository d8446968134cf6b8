"""Hostile bundles that once cost minutes of CPU or gigabytes of memory (issue 10, case 6).

Each function writes one bomb into a folder and returns its path; ``measure`` refuses it in
a fresh process (validation, then the command-line import into an empty home) and reports
that process's peak memory and CPU time. ``tests/test_bundle_bombs.py`` asserts the
bounds; ``make bench`` prints the figures.

The bombs start from the demo catalogue's members (a trusted file, read with ``tarfile``)
and change one thing each; their tar headers are written byte by byte, since ``tarfile``
will not write a sparse member or a lying PAX header.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import zstandard

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "hytedesk" / "resources" / "demo" / "kainuu-demo.hytebundle"
SERVICES = "services.jsonl.zst"


def _demo_members() -> dict[str, bytes]:
    with tarfile.open(DEMO) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def _octal(value: int, width: int) -> bytes:
    return f"{value:0{width - 1}o}".encode() + b"\0"


def header(name: str, size: int, typeflag: bytes = b"0", *, gnu: bool = False,
           sparse: list[tuple[int, int]] | None = None, realsize: int = 0) -> bytes:
    """One 512-byte tar header (USTAR, or old GNU with a sparse map)."""
    h = bytearray(512)
    h[0:len(name)] = name.encode()
    h[100:108] = _octal(0o644, 8)
    h[108:116] = _octal(0, 8)
    h[116:124] = _octal(0, 8)
    h[124:136] = _octal(size, 12)
    h[136:148] = _octal(0, 12)
    h[156:157] = typeflag
    h[257:265] = b"ustar  \0" if gnu else b"ustar\x0000"
    for i, (offset, numbytes) in enumerate(sparse or []):
        base = 386 + 24 * i
        h[base:base + 12] = _octal(offset, 12)
        h[base + 12:base + 24] = _octal(numbytes, 12)
    if sparse is not None:
        h[483:495] = _octal(realsize, 12)
    h[148:156] = b" " * 8
    h[148:156] = f"{sum(h):06o}".encode() + b"\0 "
    return bytes(h)


def _padded(data: bytes) -> bytes:
    return data + bytes(-len(data) % 512)


def _entry(name: str, data: bytes) -> bytes:
    return header(name, len(data)) + _padded(data)


def _manifest_with(members: dict[str, bytes], member: str, data: bytes,
                   uncompressed: int, lines: int) -> bytes:
    m = json.loads(members["manifest.json"])
    m["files"][member] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                          "uncompressed_size": uncompressed, "lines": lines}
    m["counts"]["services"] = lines
    return json.dumps(m).encode()


def _write(path: Path, *chunks: bytes) -> Path:
    with path.open("wb") as f:
        for chunk in chunks:
            f.write(chunk)
        f.write(bytes(1024))
    return path


def declared_2gib(folder: Path, total: int = 2 * 1024**3) -> Path:
    """A small bundle whose services member honestly holds ``total`` bytes of valid-looking
    lines (one block of 2,000 services repeated) and says so in its manifest."""
    members = _demo_members()
    block = io.BytesIO()
    for i in range(2000):
        rec = {"id": f"s{i}", "name": f"Palvelu {i}", "status": "active",
               "organization": {"id": "o", "name": "Yhdistys"}}
        block.write(json.dumps(rec, separators=(",", ":"), sort_keys=True).encode() + b"\n")
    chunk = block.getvalue()
    repeats = total // len(chunk)
    params = zstandard.ZstdCompressionParameters.from_level(3, window_log=22)
    out = io.BytesIO()
    with zstandard.ZstdCompressor(compression_params=params).stream_writer(
            out, closefd=False) as w:
        for _ in range(repeats):
            w.write(chunk)
    data = out.getvalue()
    manifest = _manifest_with(members, SERVICES, data, repeats * len(chunk), repeats * 2000)
    parts = [_entry("manifest.json", manifest)]
    parts += [_entry(n, d if n != SERVICES else data) for n, d in members.items()
              if n != "manifest.json"]
    return _write(folder / "declared-2gib.hytebundle", *parts)


def _skippable(size: int) -> bytes:
    return struct.pack("<II", 0x184D2A50, size)


def sparse_skippable(folder: Path, frames: int = 3) -> Path:
    """A GNU sparse services member: skippable-frame headers at 4 GiB intervals with holes
    between them, then the real frame; ``frames`` × 4 GiB of zeros once expanded."""
    members = _demo_members()
    real = members[SERVICES]
    hole = 2**32 - 1
    sparse: list[tuple[int, int]] = []
    stored = b""
    offset = 0
    for _ in range(frames):
        sparse.append((offset, 8))
        stored += _skippable(hole)
        offset += 8 + hole
    sparse.append((offset, len(real)))
    stored += real
    realsize = offset + len(real)
    parts = [_entry("manifest.json", members["manifest.json"])]
    for name, data in members.items():
        if name == SERVICES:
            parts.append(header(name, len(stored), b"S", gnu=True, sparse=sparse,
                                realsize=realsize) + _padded(stored))
        elif name != "manifest.json":
            parts.append(_entry(name, data))
    return _write(folder / "sparse-skippable.hytebundle", *parts)


def skippable_frames(folder: Path, frames: int = 200, size: int = 512 * 1024) -> Path:
    """A services member of ``frames`` skippable frames (``size`` bytes each) before the
    real frame, with a manifest that declares exactly those bytes."""
    members = _demo_members()
    data = b"".join(_skippable(size) + bytes(size) for _ in range(frames)) + members[SERVICES]
    m = json.loads(members["manifest.json"])
    info = m["files"][SERVICES]
    manifest = _manifest_with(members, SERVICES, data, info["uncompressed_size"], info["lines"])
    parts = [_entry("manifest.json", manifest)]
    parts += [_entry(n, data if n == SERVICES else d) for n, d in members.items()
              if n != "manifest.json"]
    return _write(folder / "skippable-frames.hytebundle", *parts)


def many_members(folder: Path, count: int = 300_000) -> Path:
    """The demo bundle followed by ``count`` empty members (150 MB of tar headers)."""
    members = _demo_members()
    path = folder / "many-members.hytebundle"
    with path.open("wb") as f:
        for name, data in members.items():
            f.write(_entry(name, data))
        f.write(header("e", 0) * count)
        f.write(bytes(1024))
    return path


def pax_header(folder: Path, size: int = 1_500_000_000) -> Path:
    """A PAX extended header of ``size`` bytes (a hole on disk) before the manifest."""
    members = _demo_members()
    path = folder / "pax-header.hytebundle"
    with path.open("wb") as f:
        f.write(header("././@PaxHeader", size, b"x"))
        f.write(f"{size - 20:d} comment=".encode())
        f.seek(512 + size + (-size % 512))
        for name, data in members.items():
            f.write(_entry(name, data))
        f.write(bytes(1024))
    return path


BOMBS = {
    "declared-2gib": declared_2gib,
    "sparse-skippable": sparse_skippable,
    "skippable-frames": skippable_frames,
    "300k-members": many_members,
    "pax-1.5gb": pax_header,
}

_CHILD = r"""
import json, resource, sys
from hytedesk.bundle import BundleError, validate_bundle
from hytedesk.commands.main import main
path = sys.argv[1]
try:
    validate_bundle(path)
    validated = "accepted"
except BundleError as exc:
    validated = exc.problems[0].text("en")
status = main(["import-bundle", "--allow-unsigned", path])
own = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
# This process's own peak (VmHWM): ru_maxrss would also count the parent's pages it was
# forked with before exec.
peak_kb = own.ru_maxrss
try:
    with open("/proc/self/status") as f:
        peak_kb = next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
print(json.dumps({
    "validate": validated, "import_status": status,
    "max_rss_mb": max(peak_kb, kids.ru_maxrss) / 1024,
    "cpu_s": own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
}))
"""


def measure(bundle: Path, home: Path, timeout: float = 300) -> dict[str, Any]:
    """Refuses ``bundle`` in a fresh process; its outcome, peak memory (MB) and CPU (s)."""
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HYTEDESK_HOME": str(home), "HYTEDESK_LANG": "en",
           "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(bundle)], capture_output=True,
                          text=True, env=env, timeout=timeout, cwd=REPO)
    if proc.returncode != 0:
        raise RuntimeError(f"measuring {bundle.name} failed: {proc.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["stderr"] = proc.stderr
    return result


def bench(out: Path, work: Path) -> list[tuple[str, str, str, str]]:
    """``make bench`` rows: each bomb refused, its peak memory and CPU next to those of
    importing the (valid) demo catalogue in the same way."""
    import tempfile

    rows = []
    with tempfile.TemporaryDirectory(prefix="bombs-", dir=work) as tmp:
        folder = Path(tmp)
        base = measure(DEMO, folder / "home-demo")
        baseline = f"demo import {base['max_rss_mb']:.0f} MB, {base['cpu_s']:.1f} s"
        for name, build in BOMBS.items():
            bomb = build(folder)
            r = measure(bomb, folder / f"home-{name}")
            refused = r["import_status"] == 2 and r["validate"] != "accepted"
            ok = refused and r["max_rss_mb"] < 200 and r["cpu_s"] < 10
            rows.append((f"bundle bomb {name} ({bomb.stat().st_size / 1e6:,.1f} MB file) refused",
                         f"{r['max_rss_mb']:.0f} MB peak, {r['cpu_s']:.1f} s CPU", baseline,
                         "target ≤ 200 MB, ≤ 10 s: " + ("met" if ok else "NOT met")))
            bomb.unlink()
    return rows
