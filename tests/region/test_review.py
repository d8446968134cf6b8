"""Faults found in review of the region's picture: the report's tables give nothing
away across tables, upload addresses with a query string, Excel population files,
messages in one language."""

from __future__ import annotations

import uuid
from pathlib import Path

from hytedesk.admin.region import collect, load_keys
from hytedesk.admin.region_report import sections_for
from hytedesk.bundle import upload


def package(installation: str, period: str, themes: dict[str, int], *,
            revision: int = 1, created: str = "2026-12-01T10:00:00Z") -> dict:
    """A valid package of one laptop-month: one referral per theme count, Puolanka."""
    rows = [{"municipality": "Puolanka", "age_band": "75+", "theme": t, "outcome": None,
             "outcome_reason": None, "count": n} for t, n in themes.items() if n]
    return {"format": upload.FORMAT, "format_version": upload.FORMAT_VERSION,
            "package_id": str(uuid.uuid4()), "installation_id": installation,
            "created": created, "period": period, "revision": revision, "catalogue": None,
            "referrals": [{"municipality": "Puolanka", "age_band": "75+", "outcome": None,
                           "outcome_reason": None, "count": sum(themes.values())}],
            "situations": [], "themes": rows, "unmet": [], "local_services": [],
            "wrong_reports": []}


def collected(tmp_path: Path, region_key: tuple[Path, str], *packages: dict) -> Path:
    key, public = region_key
    folder = tmp_path / "upload"
    folder.mkdir(exist_ok=True)
    for p in packages:
        (folder / f"{p['package_id']}.age").write_bytes(upload.encrypt(p, [public]))
    db = tmp_path / "region.db"
    with open(tmp_path / "collect.err", "w") as err:
        result = collect([folder], load_keys([key]), db, err=err)
    assert not result.refused
    return db


def test_the_trend_hides_what_the_priority_area_table_hides(
        tmp_path: Path, region_key: tuple[Path, str]) -> None:
    # March: area 1 20, area 2 3 (hidden), area 3 10; February: 1 and 6. The trend's
    # "this period" used to be suppressed apart from the table above it: it hid area 2
    # and area 1 but showed area 3 = 10, which the table above had hidden — so 33 - 20 -
    # 10 gave back area 2's 3.
    laptop = str(uuid.uuid4())
    db = collected(tmp_path, region_key,
                   package(laptop, "2026-03", {"1": 20, "2": 3, "3": 10}),
                   package(laptop, "2026-02", {"1": 1, "2": 6}))
    s = sections_for(db, "2026-03", "2026-03")
    bars = dict(s["themes"].bars)
    month_total = next(r[2] for r in s["themes"].rows if r[1] == "total")
    assert month_total == "33"
    trend_now = {r[0]: r[2] for r in s["trend"].rows}
    known = {label: (str(n) if n is not None else trend_now[label])
             for label, n in bars.items()}
    hidden = [label for label, v in known.items() if v == "<5"]
    assert len(hidden) != 1, f"one hidden area is 33 minus the others: {known}"
    assert trend_now == {label: ("<5" if n is None else str(n)) for label, n in bars.items()}
