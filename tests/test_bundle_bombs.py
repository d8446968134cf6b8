"""Bounded work for any input (issue 10, case 6): resource bombs are refused early.

Each bomb is built here (``benchmarks/bombs.py``) and refused in a fresh process — the
reader's validation, then ``hytedesk import-bundle`` into an empty home — whose peak memory
(VmHWM) and CPU time are measured. The bounds, 200 MB and 10 s, are the issue's target for
any bundle up to 200 MB; an early refusal costs about a fifth of the memory and a
twentieth of the time (``make bench`` prints the figures), so they hold on a loaded
machine too. Before, these bombs cost 4.3 GB of memory, 20 s or a minute of CPU.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
import zstandard

from benchmarks import bombs
from hytedesk.bundle import BundleError, BundleReader, validate_bundle
from tests.fixtures.rawbundle import manifest_for, mini_lines, tar

MAX_RSS_MB = 200
MAX_CPU_S = 10

EXPECTED = {
    "declared-2gib": "manifest.json: counts.services:",
    "sparse-skippable": "services.jsonl.zst: a tar member of type GNU sparse",
    "skippable-frames": "services.jsonl.zst: the zstd data holds a skippable frame",
    "300k-members": "e: unexpected file in the bundle",
    "pax-1.5gb": "a tar member of type PAX header",
}


@pytest.mark.parametrize("name", sorted(bombs.BOMBS))
def test_bomb_is_refused_within_memory_and_cpu_bounds(name: str, tmp_path: Path) -> None:
    bomb = bombs.BOMBS[name](tmp_path)
    result = bombs.measure(bomb, tmp_path / "home")
    assert result["validate"].startswith(EXPECTED[name]) or EXPECTED[name] in result["validate"], \
        result["validate"]
    assert result["import_status"] == 2
    assert EXPECTED[name] in result["stderr"] and "Traceback" not in result["stderr"]
    assert result["max_rss_mb"] < MAX_RSS_MB, result
    assert result["cpu_s"] < MAX_CPU_S, result
    data = tmp_path / "home" / "data"
    assert not data.exists() or not list(data.glob("catalogue-*")), list(data.iterdir())


def test_the_2gib_bomb_is_refused_for_what_it_declares(tmp_path: Path) -> None:
    """Refused from the manifest, before a byte is decompressed: the whole catalogue, the
    member's ratio to its compressed size and the line count are all over their caps."""
    with pytest.raises(BundleError) as err:
        validate_bundle(bombs.declared_2gib(tmp_path))
    texts = [p.text("en") for p in err.value.problems]
    assert any("over 100 times the compressed size" in t for t in texts), texts
    assert any("the largest allowed is 1073741824 bytes" in t for t in texts), texts


def _with_services(tmp_path: Path, data: bytes, uncompressed: int, lines: int) -> Path:
    manifest, members = manifest_for(mini_lines())
    members["services.jsonl.zst"] = data
    manifest["files"]["services.jsonl.zst"] = {
        "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
        "uncompressed_size": uncompressed, "lines": lines}
    return tar(tmp_path / "b.hytebundle", {"manifest.json": json.dumps(manifest).encode(),
                                           **members})


def test_a_stream_longer_than_declared_stops_at_the_declared_size(tmp_path: Path) -> None:
    """1 GiB of lines behind a 16 MiB declaration: decompression stops one byte past it."""
    comp = io.BytesIO()
    with zstandard.ZstdCompressor(level=1).stream_writer(comp, closefd=False) as w:
        for _ in range(1024):
            w.write(b'{"id":"a"}\n' * (1024**2 // 11))
    path = _with_services(tmp_path, comp.getvalue(), 16 * 1024**2, 1000)
    seen = 0
    with pytest.raises(BundleError) as err, BundleReader(path) as reader:
        for _n, _line in reader.raw_lines("service"):
            seen += 1
    assert "larger when decompressed than the 16777216 bytes" in err.value.problems[0].text("en")
    assert seen == 16 * 1024**2 // 11


@pytest.mark.parametrize(("data", "expected"), [
    (b"\x50\x2a\x4d\x18\x04\x00\x00\x00abcd", "skippable frame"),
    (b"not zstd at all", "something other than zstd frames at offset 0"),
    (zstandard.ZstdCompressor().compress(b'{"id":"a"}\n') + b"trailing", "at offset 20"),
    (zstandard.ZstdCompressor().compress(b'{"id":"a"}\n' * 100)[:-6], "ends in the middle"),
    (zstandard.ZstdCompressor().compress(b"") * 5, "more than 4 frames"),
], ids=["skippable", "not-zstd", "trailing", "truncated", "frames"])
def test_zstd_members_hold_frames_and_nothing_else(data: bytes, expected: str,
                                                   tmp_path: Path) -> None:
    with pytest.raises(BundleError) as err:
        validate_bundle(_with_services(tmp_path, data, 2000, 1))
    assert any(expected in p.text("en") for p in err.value.problems), \
        [p.text("en") for p in err.value.problems]
