"""Catalogues for the window tests: the mini fixture plus services the window needs.

``tests/fixtures/mini.py`` stays as it is; the extra services (schedules, contacts,
alerts, hostile text) are built here with its ``service()`` helper.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from hytedesk.base.paths import Paths
from hytedesk.bundle import write_bundle
from hytedesk.catalogue import catdb as cat
from hytedesk.catalogue.importer import import_bundle
from hytedesk.local.localdb import LocalDB
from tests.fixtures import mini

HTML = "<b>bold</b><img src=x>"
MEGABYTE = ("hyvinvointia " * 80_000 + "x" * 2000)[:1_000_000]
assert len(MEGABYTE) == 1_000_000


def _with(rec: dict[str, Any], **fields: Any) -> dict[str, Any]:
    rec.update(fields)
    return rec


def extra_services() -> list[dict[str, Any]]:
    return [
        _with(
            mini.service("liikunta", "Liikuntaneuvonta Kuhmossa",
                         "Henkilökohtaista neuvontaa liikkumisen aloittamiseen.",
                         city="Kuhmo", lat=64.1240, lon=29.5150,
                         terms=("hyte-theme:1", "mode:in-person", "mode:phone",
                                "provider-type:municipality"), areas=("Kuhmo",)),
            phones=[{"id": "liikunta-p1", "number": "040 000 4000",
                     "description": "ajanvaraus"}],
            email="liikunta@example.fi",
            url="https://www.example.fi/liikuntaneuvonta",
            assured_date="2026-10-15",
            alert="Joulukuussa vain puhelinneuvontaa.",
            schedules=[{"id": "liikunta-s1", "freq": "WEEKLY", "byday": "TU,TH",
                        "opens_at": "10:00", "closes_at": "12:00"}],
            organization={"id": "org-liikunta", "name": "Kuhmon kaupunki",
                          "website": "http://kuhmo.example.fi"},
        ),
        _with(
            mini.service("html", HTML, f"Kuvaus {HTML} <a href='file:///etc/passwd'>klikkaa</a>",
                         city="Kajaani", lat=64.2260, lon=27.7320,
                         terms=("mode:in-person", "provider-type:ngo")),
            email="javascript:alert(1)",
            phones=[{"id": "html-p1", "number": "<i>08 123</i>"}],
            fees_description="<script>alert('x')</script>",
        ),
        _with(
            mini.service("huge", "Pitkä kuvaus", MEGABYTE, city="Kajaani", lat=64.2240,
                         lon=27.7330, terms=("mode:in-person", "provider-type:ngo")),
            alert="y" * 5000,
        ),
    ]


def all_services() -> list[dict[str, Any]]:
    return [*mini.SERVICES, *extra_services()]


def build(path: Path, *, version: int = 1, services: list[dict[str, Any]] | None = None,
          sample: bool = True) -> None:
    write_bundle(
        path, catalogue_id="uitest", version=version, source="ui test fixture",
        sample_data=sample, created="2026-11-25T08:00:00Z",
        services=services if services is not None else all_services(),
        taxonomies=mini.TAXONOMIES, taxonomy_terms=mini.TERMS, checklists=[mini.CHECKLIST],
        places=mini.PLACES,
    )


def install(paths: Paths, tmp: Path, *, version: int = 1,
            services: list[dict[str, Any]] | None = None, sample: bool = True) -> None:
    bundle = tmp / f"uitest-{version}.hytebundle"
    build(bundle, version=version, services=services, sample=sample)
    import_bundle(paths.ensure(), bundle)


def tamper_record(paths: Paths, service_id: str, **fields: Any) -> None:
    """Changes a stored record behind the importer's back (as a damaged file could)."""
    with LocalDB(paths) as local:
        path = local.current_catalogue_path()
    assert path is not None
    conn = sqlite3.connect(path)
    try:
        codec = cat.install_codec(conn)
        (raw,) = conn.execute("SELECT json FROM records WHERE kind = 'service' AND id = ?",
                              (service_id,)).fetchone()
        rec = codec.load(raw)
        rec.update(fields)
        conn.execute("UPDATE records SET json = ? WHERE kind = 'service' AND id = ?",
                     (codec.pack(json.dumps(rec, ensure_ascii=False)), service_id))
        conn.commit()
    finally:
        conn.close()
