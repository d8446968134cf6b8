"""``hytedesk-admin build`` at national scale for make bench (issue 4: under 60 s, memory
flat in the number of services). The sources are exported from the benchmark bundle as
HSDS JSON and as PTV v11 JSON (benchmarks/bundle_bench.py); the same-run baseline is
reading and validating the national bundle itself."""

from __future__ import annotations

import os
import time
from pathlib import Path

from benchmarks.bundle_bench import measure
from hytedesk.bundle import validate_bundle


def bench(out: Path, work: Path) -> list[tuple[str, str, str, str]]:
    services = int(os.environ.get("BENCH_SERVICES", "100000"))
    bundle = out / f"national-{services}-v1.hytebundle"
    quarter = out / f"national-{services // 4}-v1.hytebundle"
    started = time.perf_counter()
    validate_bundle(bundle)
    baseline = f"validating the bundle {time.perf_counter() - started:.1f} s"
    rows = []
    for as_ptv in (False, True):
        label = "PTV v11 JSON" if as_ptv else "HSDS JSON"
        for sub in ("", "-q"):
            (work / f"admin-{label[:4].lower()}{sub}").mkdir(parents=True, exist_ok=True)
        full = measure(bundle, work / f"admin-{label[:4].lower()}", as_ptv=as_ptv)
        small = (measure(quarter, work / f"admin-{label[:4].lower()}-q", as_ptv=as_ptv)
                 if quarter.exists() else None)
        if full["exit_status"] != 0:
            # the first blocking problem, on one line (the row is a Markdown table row)
            lines = [ln.strip() for ln in full["stderr"].splitlines() if ln.strip()]
            first = next((lines[i + 1] for i, ln in enumerate(lines[:-1])
                          if ln.startswith("Blocking")), lines[-1] if lines else "?")
            rows.append((f"admin build from {label}",
                         f"failed (exit {full['exit_status']}): {first[:160]}".replace("|", "/"),
                         baseline, "—"))
            continue
        memory = f"peak {full['peak_rss_mib']:.0f} MiB"
        if small is not None and small["exit_status"] == 0:
            memory += f" (at {small['services']:,} services {small['peak_rss_mib']:.0f} MiB)"
        verdict = "met" if full["seconds"] < 60 else "NOT met"
        rows.append((f"admin build from {label}, {full['services']:,} services",
                     f"{full['seconds']:.1f} s, {memory}", baseline,
                     f"target < 60 s: {verdict}"))
    return rows
