"""Derive hytedesk/resources/admin/ptv-codes.json from the PTV code lists.

Run from the repository root:

    .venv/bin/python scripts/derive_ptv_codes.py tests/fixtures/reference/ptv/code-lists

Input: the PTV 3.4 seed code lists (github.com/vrk-kpa/ptv-releases, MIT licence,
src/PTV.ExternalSources/Resources/): Finto/ServiceClasses.json, Finto/LifeEvents.json,
Finto/TargetGroups.json (current ``uri.suomi.fi`` URIs and their ``OldUri``) and the older
ServiceClasses.json, LifeSituations.json, TargetGroups.json (legacy ``urn.fi`` URIs that
end in the notation). Output: one term per code with its Finnish, Swedish and English
label, and a table from every legacy URI to the current one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SCHEMES = (
    ("ptv-service-class", "Finto_ServiceClasses.json", "ServiceClasses.json"),
    ("ptv-life-event", "Finto_LifeEvents.json", "LifeSituations.json"),
    ("ptv-target-group", "Finto_TargetGroups.json", "TargetGroups.json"),
)
# Legacy target-group notations K1..K3 became KR1..KR3.
LEGACY_NOTATION = {"K1": "KR1", "K2": "KR2", "K3": "KR3"}
# 'P7.12 Ulosotto' has no current URI in the snapshot; the class now lives at P15.5.
MOVED = {"http://urn.fi/URN:NBN:fi:au:ptvl:v1088": "P15.5"}


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def main(src: Path, out: Path) -> None:
    schemes: dict[str, list[dict[str, Any]]] = {}
    legacy: dict[str, str] = {}
    for taxonomy, current_file, old_file in SCHEMES:
        terms: list[dict[str, Any]] = []
        by_code: dict[str, str] = {}
        pending_old: list[tuple[str, str]] = []
        for item in load(src / current_file):
            uri, code = item["Id"], item["Notation"]
            if not uri:
                if item.get("OldUri"):
                    pending_old.append((item["OldUri"], MOVED.get(item["OldUri"], "")))
                continue
            by_code.setdefault(code, uri)
            broader = item.get("BroaderUris") or []
            label = item["Label"]
            terms.append(
                {
                    "id": uri,
                    "code": code,
                    "parent_id": broader[0] if broader else None,
                    "fi": label.get("Fi"),
                    "sv": label.get("Sv"),
                    "en": label.get("En"),
                }
            )
            if item.get("OldUri"):
                legacy[item["OldUri"]] = uri
        for old_uri, code in pending_old:
            if code in by_code:
                legacy[old_uri] = by_code[code]
        for item in load(src / old_file):
            code = LEGACY_NOTATION.get(item["notation"], item["notation"])
            if code in by_code:
                legacy[item["id"]] = by_code[code]
        known = {t["id"] for t in terms}
        for t in terms:
            if t["parent_id"] not in known:
                t["parent_id"] = None
        terms.sort(key=lambda t: [int(p) if p.isdigit() else p
                                  for p in t["code"].replace("P", "").replace("KE", "")
                                  .replace("KR", "").split(".")])
        schemes[taxonomy] = terms
    data = {
        "source": "PTV 3.4 seed code lists (vrk-kpa/ptv-releases 27723498, MIT licence), "
        "derived by scripts/derive_ptv_codes.py",
        "schemes": schemes,
        "legacy": dict(sorted(legacy.items())),
    }
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/reference/ptv/code-lists")
    main(source, Path(__file__).resolve().parent / "ptv-codes.json")
