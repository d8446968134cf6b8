"""Measure ``hytedesk-admin build`` at national scale: time and peak memory.

    python -m hytedesk.admin.benchmark BENCH.hytebundle [--workdir DIR]

Takes a bundle made by ``benchmarks/generate.py`` (e.g. 100,000 services), writes its
services as an HSDS JSON source (a paged response, streamed) and its places and checklists
as JSON Lines, then runs ``hytedesk-admin build`` on them in a child process and prints one
JSON line: services, seconds, peak resident memory of the build (MiB). Run it at two sizes
to see that memory does not grow with the catalogue.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from hytedesk.bundle.reader import BundleReader


def export_sources(bundle: Path, workdir: Path) -> tuple[Path, Path, Path, int]:
    """(services.json, places.jsonl, checklists.jsonl, service count) from a bundle."""
    services = workdir / "services.json"
    places = workdir / "places.jsonl"
    checklists = workdir / "checklists.jsonl"
    count = 0
    with BundleReader(bundle) as reader:
        with places.open("w", encoding="utf-8") as f:
            for _n, rec, _r in reader.records("place"):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        with checklists.open("w", encoding="utf-8") as f:
            for _n, rec, _r in reader.records("checklist"):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        with services.open("w", encoding="utf-8") as f:
            f.write('{"page_number": 1, "contents": [\n')
            for _n, rec, _r in reader.records("service"):
                if count:
                    f.write(",\n")
                f.write(json.dumps(rec, ensure_ascii=False))
                count += 1
            f.write("\n]}\n")
    return services, places, checklists, count


def measure(bundle: Path, workdir: Path) -> dict[str, Any]:
    services, places, checklists, count = export_sources(bundle, workdir)
    out = workdir / "built.hytebundle"
    cmd = [sys.executable, "-m", "hytedesk.admin.cli", "build", str(services),
           "--places", str(places), "--checklists", str(checklists), "--catalogue-id", "bench",
           "--lang", "en", "-o", str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "services": count,
        "seconds": round(seconds, 2),
        "peak_rss_mib": round(max(peak_kib, before) / 1024, 1),
        "exit_status": proc.returncode,
        "bundle_bytes": out.stat().st_size if out.exists() else 0,
        "stderr": proc.stderr[-2000:],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("bundle", type=Path)
    p.add_argument("--workdir", type=Path)
    args = p.parse_args(argv)
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        result = measure(args.bundle, args.workdir)
    else:
        with tempfile.TemporaryDirectory(prefix="hytedesk-admin-bench-") as tmp:
            result = measure(args.bundle, Path(tmp))
    print(json.dumps(result))
    return 0 if result["exit_status"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
