"""The coordinator's side at national scale: ``hytedesk-admin collect`` of 1,000 laptops ×
24 months of upload packages (generated, encrypted for real), its memory at a quarter of
that (flat memory: the peak must not grow with the number of packages), the regional
report on the result, and the size of one laptop-month's package.

    python -m benchmarks.region_collect [--laptops 1000] [--months 24]

The same-run baseline is reading and decrypting every package without storing it.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MUNICIPALITIES = ["Kajaani", "Sotkamo", "Kuhmo", "Suomussalmi", "Puolanka", "Hyrynsalmi",
                  "Paltamo", "Ristijärvi"]
SITUATIONS = ["loneliness", "illness", "caregiving", "bereavement", "debt", "low-income",
              "mental-health", "substance-use", "retirement", "peer-support"]
AGES = ["18-29", "30-64", "65-74", "75+"]
OUTCOMES = [None, "reached", "tried-not-in", "did-not-try"]


def laptop_month(rng: random.Random, laptop: str, period: str) -> dict:
    """A busy home-care laptop's month: about 25 referrals in two or three municipalities."""
    from hytedesk.bundle import upload

    munis = rng.sample(MUNICIPALITIES, 3)
    refs: dict[tuple, int] = {}
    sits: dict[tuple, int] = {}
    themes: dict[tuple, int] = {}
    unmet: dict[tuple, int] = {}
    for _ in range(rng.randint(15, 35)):
        m, a, o = rng.choice(munis), rng.choice(AGES), rng.choice(OUTCOMES)
        why = "too-far" if o == "tried-not-in" else None
        refs[(m, a, o, why)] = refs.get((m, a, o, why), 0) + 1
        for s in rng.sample(SITUATIONS, rng.randint(1, 3)):
            sits[(m, a, s, o, why)] = sits.get((m, a, s, o, why), 0) + 1
            t = str(1 + SITUATIONS.index(s) % 6)
            themes[(m, a, t, o, why)] = themes.get((m, a, t, o, why), 0) + 1
            if rng.random() < 0.08:
                unmet[(m, s, t)] = unmet.get((m, s, t), 0) + 1
    return {
        "format": upload.FORMAT, "format_version": upload.FORMAT_VERSION,
        "package_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "installation_id": laptop, "created": f"{period}-28T12:00:00Z", "period": period,
        "revision": 1, "catalogue": {"id": "kainuu", "version": 7},
        "referrals": [dict(municipality=k[0], age_band=k[1], outcome=k[2], outcome_reason=k[3],
                           count=n) for k, n in refs.items()],
        "situations": [dict(municipality=k[0], age_band=k[1], situation=k[2], outcome=k[3],
                            outcome_reason=k[4], count=n) for k, n in sits.items()],
        "themes": [dict(municipality=k[0], age_band=k[1], theme=k[2], outcome=k[3],
                        outcome_reason=k[4], count=n) for k, n in themes.items()],
        "unmet": [dict(municipality=k[0], situation=k[1], theme=k[2], count=n)
                  for k, n in unmet.items()],
        "local_services": [], "wrong_reports": [],
    }


def generate(folder: Path, key_file: Path, laptops: int, months: int) -> tuple[int, float]:
    """Writes the packages (once; reused when present). Returns (files, mean bytes)."""
    from hytedesk.admin.region import new_key
    from hytedesk.bundle import upload

    marker = folder / f"done-{laptops}x{months}"
    if not key_file.exists():
        new_key(key_file)
    recipient = next(line.split(": ", 1)[1] for line in key_file.read_text().splitlines()
                     if line.startswith("# public key: "))
    if not marker.exists():
        folder.mkdir(parents=True, exist_ok=True)
        rng = random.Random(20261203)
        for i in range(laptops):
            laptop = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            sub = folder / f"laptop-{i:04d}"
            sub.mkdir(exist_ok=True)
            for m in range(months):
                period = f"{2025 + m // 12}-{m % 12 + 1:02d}"
                package = laptop_month(rng, laptop, period)
                (sub / f"{package['package_id']}.age").write_bytes(
                    upload.encrypt(package, [recipient]))
        marker.write_text("ok")
    files = list(folder.rglob("*.age"))
    return len(files), sum(f.stat().st_size for f in files[:500]) / min(500, len(files))


CHILD = """
import json, resource, sys, time
sys.path.insert(0, {repo!r})
from pathlib import Path
mode, key, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
sources = [Path(p) for p in sys.argv[4:]]
t0 = time.perf_counter()
if mode == "collect":
    import io
    from hytedesk.admin.region import collect, load_keys
    r = collect(sources, load_keys([key]), out, err=io.StringIO())
    n = r.new
elif mode == "decrypt":
    from hytedesk.admin.region import _files, load_keys
    from hytedesk.bundle import upload
    keys = load_keys([key]); n = 0
    for f in _files(sources):
        upload.decrypt(f.read_bytes(), keys, str(f)); n += 1
else:
    from hytedesk.admin.region_report import report
    report(key, "2026-01", "2026-12", out, lang="fi"); n = 0
seconds = time.perf_counter() - t0
# VmHWM: this program's own peak. ru_maxrss would also count the bench process the child
# was forked from (it survives exec on Linux).
try:
    rss = next(int(line.split()[1]) for line in open("/proc/self/status")
               if line.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"n": n, "seconds": seconds, "rss_mb": rss}}))
"""


def _child(*args: str) -> dict:
    r = subprocess.run([sys.executable, "-c", CHILD.format(repo=str(REPO)), *args],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout.strip().splitlines()[-1])


def bench(out: Path, work: Path, laptops: int = 1000, months: int = 24) -> list[tuple]:
    folder = out / f"region-packages-{laptops}x{months}"
    key = out / "region-bench-key.txt"
    count, mean = generate(folder, key, laptops, months)
    quarter = [p for p in sorted(folder.iterdir()) if p.is_dir()][: laptops // 4]
    db_q, db = work / "region-quarter.db", work / "region.db"
    for d in (db_q, db):
        for suffix in ("", "-wal", "-shm"):
            Path(str(d) + suffix).unlink(missing_ok=True)
    small = _child("collect", str(key), str(db_q), *map(str, quarter))
    full = _child("collect", str(key), str(db), str(folder))
    base = _child("decrypt", str(key), str(db), str(folder))
    rep = _child("report", str(db), str(work / "region-report"))
    return [
        (f"collect {laptops:,} laptops × {months} months ({full['n']:,} packages)",
         f"{full['seconds']:.1f} s, peak {full['rss_mb']:.0f} MB",
         f"decrypt only {base['seconds']:.1f} s; a quarter of the laptops: peak "
         f"{small['rss_mb']:.0f} MB",
         "target ≤ 60 s and flat memory: " + (
             "met" if full["seconds"] <= 60 and full["rss_mb"] <= small["rss_mb"] * 1.25
             else "NOT met")),
        ("regional report (HTML, PDF, 14 CSV) from that database",
         f"{rep['seconds']:.1f} s", "—",
         "target ≤ 10 s: " + ("met" if rep["seconds"] <= 10 else "NOT met")),
        ("upload package, one laptop-month (encrypted, ~25 referrals)",
         f"{mean / 1024:.1f} KB", "—", f"{count:,} files generated"),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--laptops", type=int, default=1000)
    parser.add_argument("--months", type=int, default=24)
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for row in bench(REPO / "bench-out", Path(tmp), args.laptops, args.months):
            print(" | ".join(row))
