"""Small synthetic catalogues (docs/bundle-format.md) for the sync and publishing tests."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from hytedesk.bundle import write_bundle

CATALOGUE_ID = "test-region"
MUNICIPALITIES = ("Kajaani", "Sotkamo", "Kuhmo", "Suomussalmi", "Puolanka", "Paltamo")


def service(i: int, revision: int = 0, *, filler: int = 0) -> dict[str, Any]:
    town = MUNICIPALITIES[i % len(MUNICIPALITIES)]
    rng = random.Random(i * 1000 + revision)
    return {
        "id": f"svc-{i}",
        "name": f"Palvelu {i}" + (f" (päivitys {revision})" if revision else ""),
        "status": "active",
        "description": f"Kuvaus {i} {revision} "
        + " ".join(f"{rng.getrandbits(40):x}" for _ in range(filler)),
        "organization": {"id": f"org-{i % 7}", "name": f"Järjestö {i % 7}"},
        "service_areas": [{"id": f"area-{i}", "name": town}],
    }


def taxonomy() -> dict[str, Any]:
    return {"id": "hyte-theme", "name": "Painopisteet"}


def term(n: int) -> dict[str, Any]:
    return {"id": f"hyte-theme:{n}", "name": f"Teema {n}", "taxonomy_id": "hyte-theme"}


def place(i: int) -> dict[str, Any]:
    return {
        "id": f"place:{i}",
        "name": MUNICIPALITIES[i],
        "type": "municipality",
        "municipality": MUNICIPALITIES[i],
        "latitude": 64.0 + i / 10,
        "longitude": 27.5 + i / 10,
    }


def make_bundle(
    out: Path,
    version: int,
    *,
    n: int = 200,
    changed: range | None = None,
    revision: int | None = None,
    filler: int = 8,
    catalogue_id: str = CATALOGUE_ID,
) -> Path:
    """A full bundle of ``n`` services; services in ``changed`` carry ``revision``."""
    rev = version if revision is None else revision
    changed = changed if changed is not None else range(0)
    services = [service(i, rev if i in changed else 0, filler=filler) for i in range(n)]
    write_bundle(
        out,
        catalogue_id=catalogue_id,
        version=version,
        source="tests",
        sample_data=True,
        created="2026-11-28T07:00:00Z",
        services=services,
        taxonomies=[taxonomy()],
        taxonomy_terms=[term(k) for k in range(1, 7)],
        places=[place(i) for i in range(len(MUNICIPALITIES))],
    )
    return out
