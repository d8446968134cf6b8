"""Measure ``hytedesk-admin build`` at national scale: time and peak memory.

    python -m benchmarks.bundle_bench BENCH.hytebundle [--workdir DIR]

Takes a bundle made by ``benchmarks/generate.py`` (e.g. 100,000 services), writes its
services as an HSDS JSON source (a paged response, streamed) — or with ``--ptv`` as PTV v11
services, service-location channels (ETRS-TM35FIN coordinates) and organizations — and its
places and checklists as JSON Lines, then runs ``hytedesk-admin build`` on them in a child
process and prints one JSON line: services, wall and CPU seconds, peak resident memory of
the build (MiB). Run it at two sizes to see that memory does not grow with the catalogue.
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


DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _loc(value: str | None, lang: str = "fi", kind: str | None = None) -> list[dict[str, str]]:
    if not value:
        return []
    item = {"language": lang, "value": value}
    if kind:
        item["type"] = kind
    return [item]


def _localized(rec: dict[str, Any], fld: str, kind: str | None = None) -> list[dict[str, str]]:
    out = _loc(rec.get(fld), "fi", kind)
    for lang, tr in (rec.get("translations") or {}).items():
        if tr.get(fld) and lang != "fi":
            out += _loc(tr[fld], lang, kind)
    return out


def _ptv_area(names: list[str]) -> dict[str, Any]:
    """A service area in PTV v11's shape: the whole country, or regions (``Province``) and
    municipalities by their statistical codes, as PTV publishes them."""
    from hytedesk.base.municipalities import municipalities

    ms = municipalities()
    if any(n.lower() in ("suomi", "finland") for n in names):
        return {"areaType": "WholeCountry", "areas": []}
    areas: list[dict[str, Any]] = []
    for n in names:
        found = ms.name(n)
        if found is not None:
            areas.append({"type": "Municipality", "code": found.code, "name": _loc(n)})
        else:
            areas.append({"type": "Province", "code": None, "name": _loc(n),
                          "municipalities": []})
    return {"areaType": "AreaType", "areas": areas}


def to_ptv(rec: dict[str, Any], channels: dict[str, Any], orgs: dict[str, Any]) -> dict[str, Any]:
    """One bundle service in the shape of PTV v11 (service, channels, organization)."""
    from pyproj import Transformer

    to_etrs = _to_etrs(Transformer)
    sid = rec["id"]
    terms = [a["taxonomy_term_id"] for a in rec.get("attributes") or []]
    org = rec["organization"]
    orgs.setdefault(org["id"], {
        "id": org["id"], "organizationType": "Organization", "businessCode": org.get("tax_id"),
        "organizationNames": _localized(org, "name", "Name"), "publishingStatus": "Published",
    })
    conns = []
    for sal in rec.get("service_at_locations") or []:
        loc = sal["location"]
        cid = loc["id"]
        conns.append({"serviceChannel": {"id": cid}})
        if cid in channels:
            continue
        addresses = []
        for a in loc.get("addresses") or []:
            street: dict[str, Any] = {
                "street": _loc(a.get("address_1")), "postalCode": a.get("postal_code"),
                "municipality": {"name": _loc(a.get("city"))},
            }
            if "latitude" in loc:
                e, n = to_etrs(loc["longitude"], loc["latitude"])
                street["latitude"], street["longitude"] = f"{n:.0f}", f"{e:.0f}"
            addresses.append({"type": "Location", "subType": "Single", "streetAddress": street,
                              "country": "FI"})
        hours = []
        for s in loc.get("schedules") or rec.get("schedules") or []:
            if s.get("freq") == "WEEKLY" and s.get("opens_at") and s.get("byday"):
                hours.append({"serviceHourType": "DaysOfTheWeek", "openingHour": [
                    {"dayFrom": DAY_NAMES[DAYS.index(d)], "from": s["opens_at"],
                     "to": s.get("closes_at") or s["opens_at"]}
                    for d in s["byday"].split(",") if d in DAYS]})
        channels[cid] = {
            "id": cid, "serviceChannelType": "ServiceLocation",
            "serviceChannelNames": _localized(loc, "name", "Name"),
            "addresses": addresses, "serviceHours": hours,
            "phoneNumbers": [{"number": p["number"], "isFinnishServiceNumber": True,
                              "language": "fi"} for p in loc.get("phones") or []],
            "publishingStatus": "Published",
        }
    cost = rec.get("cost_options") or []
    return {
        "id": sid,
        "serviceNames": _localized(rec, "name", "Name"),
        "serviceDescriptions": _localized(rec, "description", "Description"),
        "serviceChargeType": "Free" if any(c.get("amount") == 0 for c in cost) else
        ("Charged" if cost else None),
        **_ptv_area([str(a["name"]) for a in rec.get("service_areas") or []]),
        "languages": [lg["code"] for lg in rec.get("languages") or []],
        "serviceClasses": [{"uri": t} for t in terms if "ptvserclass" in t],
        "lifeEvents": [{"uri": t} for t in terms if "ptvelti" in t],
        "targetGroups": [{"uri": t} for t in terms if "ptvkohderyhmat" in t],
        "serviceChannels": conns,
        "organizations": [{"organization": {"id": org["id"], "name": org["name"]},
                           "roleType": "Responsible"}],
        "publishingStatus": "Published",
        "modified": rec.get("last_modified"),
    }


_ETRS: Any = None


def _to_etrs(transformer: Any) -> Any:
    global _ETRS
    if _ETRS is None:
        _ETRS = transformer.from_crs("EPSG:4326", "EPSG:3067", always_xy=True).transform
    return _ETRS


def export_ptv(bundle: Path, workdir: Path) -> tuple[list[Path], int]:
    """The bundle's services as PTV v11 files: services (paged), channels, organizations."""
    services = workdir / "ptv-services.json"
    channels: dict[str, Any] = {}
    orgs: dict[str, Any] = {}
    count = 0
    with BundleReader(bundle) as reader, services.open("w", encoding="utf-8") as f:
        f.write('{"pageNumber": 1, "pageCount": 1, "itemList": [\n')
        for _n, rec, _r in reader.records("service"):
            if count:
                f.write(",\n")
            f.write(json.dumps(to_ptv(rec, channels, orgs), ensure_ascii=False))
            count += 1
        f.write("\n]}\n")
    paths = [services]
    for name, items in (("ptv-channels.json", channels), ("ptv-organizations.json", orgs)):
        path = workdir / name
        with path.open("w", encoding="utf-8") as f:
            f.write("[\n" + ",\n".join(json.dumps(x, ensure_ascii=False)
                                        for x in items.values()) + "\n]\n")
        paths.append(path)
    return paths, count


def measure(bundle: Path, workdir: Path, *, as_ptv: bool = False) -> dict[str, Any]:
    services, places, checklists, count = export_sources(bundle, workdir)
    sources = [services]
    if as_ptv:
        sources, count = export_ptv(bundle, workdir)
    out = workdir / "built.hytebundle"
    cmd = [sys.executable, "-m", "hytedesk.admin.main", "build", *map(str, sources),
           "--places", str(places), "--checklists", str(checklists), "--catalogue-id", "bench",
           "--lang", "en", "-o", str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    peak_kib = 0
    # stderr goes to a file: a pipe nobody reads while polling fills up (64 KiB) and
    # blocks the build when it reports many records.
    err_file = workdir / "build-stderr.txt"
    with err_file.open("w+") as err, subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                                                       stderr=err, text=True) as proc:
        # The child's own high-water mark (VmHWM restarts at exec). getrusage's ru_maxrss
        # would also count the pages it shared with this process before exec.
        status = Path(f"/proc/{proc.pid}/status")
        while proc.poll() is None:
            try:
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak_kib = max(peak_kib, int(line.split()[1]))
            except (OSError, ValueError):
                pass
            time.sleep(0.05)
        err.seek(0)
        stderr = err.read()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if not peak_kib:
        peak_kib = after.ru_maxrss
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "source": "ptv" if as_ptv else "hsds",
        "services": count,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_rss_mib": round(peak_kib / 1024, 1),
        "exit_status": proc.returncode,
        "bundle_bytes": out.stat().st_size if out.exists() else 0,
        "stderr": stderr[-2000:],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("bundle", type=Path)
    p.add_argument("--workdir", type=Path)
    p.add_argument("--ptv", action="store_true",
                   help="give the services as PTV v11 JSON (services, channels, organizations)")
    args = p.parse_args(argv)
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        result = measure(args.bundle, args.workdir, as_ptv=args.ptv)
    else:
        with tempfile.TemporaryDirectory(prefix="hytedesk-admin-bench-") as tmp:
            result = measure(args.bundle, Path(tmp), as_ptv=args.ptv)
    print(json.dumps(result))
    return 0 if result["exit_status"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
