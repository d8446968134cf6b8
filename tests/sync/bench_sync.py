"""Sync figures for the benchmark suite (``benchmarks/run.py`` calls ``bench(out, work)``).

Publishes the suite's national-scale bundles (v1, and v2 with 1 % changed) with the real
publisher, serves them on 127.0.0.1 with Range support, and measures a laptop's syncs:
full download + import, the delta, an up-to-date check, and the bytes sent after a
connection cut at 50 %, each next to the full download as baseline.

Run alone: ``python -m tests.sync.bench_sync [OUT_DIR]`` (needs the suite's bundles in
OUT_DIR, default ``bench-out/``).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from hytedesk.base.paths import Paths
from hytedesk.publish.repo import Repository
from hytedesk.sync.client import SyncResult, sync_once
from hytedesk.sync.trust import set_trusted_root
from tests.sync.server import RepoServer

Row = tuple[str, str, str, str]


def _paths(root: Path) -> Paths:
    return Paths(
        data=root / "data", cache=root / "cache", logs=root / "logs", config=root / "config"
    ).ensure()


def _sync(paths: Paths, url: str) -> tuple[SyncResult, float]:
    start = time.perf_counter()
    result = sync_once(paths, url=url, deadline_seconds=600, socket_timeout=30)
    return result, time.perf_counter() - start


def _kib(n: int) -> str:
    return f"{n / 1024:,.0f} KiB"


def bench(out: Path, work: Path) -> Iterator[Row]:
    services = os.environ.get("BENCH_SERVICES", "100000")
    v1 = out / f"national-{services}-v1.hytebundle"  # the run's national bundle
    v2 = v1.with_name(v1.name.replace("-v1.", "-v2."))
    site, keys = work / "sync-site", work / "sync-keys"
    repo = Repository.init(site, keys)
    t = time.perf_counter()
    repo.publish(v1)
    t_pub1 = time.perf_counter() - t
    t = time.perf_counter()
    repo.publish(v2)
    t_pub2 = time.perf_counter() - t
    targets = repo.targets()
    full2 = next(t for n, t in targets.items() if t.custom["kind"] == "full")
    delta = next(t for n, t in targets.items() if t.custom["kind"] == "delta")
    yield (
        "publish (sign; v2 also computes the delta)",
        f"v2 {t_pub2:.1f} s",
        f"v1 (no delta) {t_pub1:.1f} s",
        "—",
    )
    server = RepoServer(site).start()
    try:
        root = (site / "metadata" / "root.json").read_bytes()
        # A laptop at v1 (the full route, through the same sync), then the day's delta.
        a = _paths(work / "laptop-a")
        set_trusted_root(a, root, "root.json")
        # The repository now offers v2: the laptop gets v1 straight from the bundle.
        from hytedesk.catalogue.importer import import_bundle

        t = time.perf_counter()
        import_bundle(a, v1, signed=True)
        t_import1 = time.perf_counter() - t
        server.reset()
        res, t_delta = _sync(a, server.url)
        assert res.route == "delta", res
        yield (
            "sync a day's update (1 % changed) over HTTP: delta",
            f"{_kib(delta.length)} = {100 * delta.length / full2.length:.2f} % of full, "
            f"{t_delta:.2f} s download + apply",
            f"full bundle {_kib(full2.length)}; v1 import {t_import1:.1f} s",
            "< 2 % of the bytes, apply < 2 s",
        )
        server.reset()
        res, t_same = _sync(a, server.url)
        yield (
            "sync when up to date",
            f"{res.bytes_downloaded:,} bytes, {t_same * 1000:.0f} ms",
            f"full bundle {_kib(full2.length)}",
            "metadata only",
        )
        # A fresh laptop takes the full v2; once clean, once cut at 50 %.
        b = _paths(work / "laptop-b")
        set_trusted_root(b, root, "root.json")
        server.reset()
        res, t_full = _sync(b, server.url)
        assert res.route == "full", res
        full_sent = sum(h.sent for h in server.target_hits())
        c = _paths(work / "laptop-c")
        set_trusted_root(c, root, "root.json")
        server.reset()
        half = full2.length // 2
        server.behaviour.cut_after = half
        res, t_cut = _sync(c, server.url)
        after = sum(h.sent for h in server.target_hits()) - half
        yield (
            "full download + import, cut at 50 % and resumed",
            f"{100 * after / full2.length:.1f} % of the target sent after the cut; "
            f"{t_cut:.1f} s in all",
            f"uninterrupted: {_kib(full_sent)}, {t_full:.1f} s (a restart would resend 100 %)",
            "< 55 % after the cut, full import < 15 s",
        )
    finally:
        server.stop()


def main() -> int:
    import tempfile

    out = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("BENCH_OUT", "bench-out"))
    with tempfile.TemporaryDirectory(prefix="hytedesk-sync-bench-") as tmp:
        for row in bench(out, Path(tmp)):
            print(" | ".join(row), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
