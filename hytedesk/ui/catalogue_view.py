"""Reads for the GUI thread: result rows by id, one service's record, filter choices.

Only primary-key lookups and small tables (places, terms) are read here, through the GUI
thread's own read-only connection; searching happens in the worker (worker.py).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

NAME_COLUMNS = {"fi": ("name", "org_name"), "sv": ("name_sv", "org_name_sv"),
                "en": ("name_en", "org_name_en")}


@dataclass(frozen=True)
class ServiceRow:
    """What the results table shows of one service."""

    rowid: int
    id: str
    name: str
    organization: str
    municipality: str | None
    modes: tuple[str, ...]
    free: bool
    closed: bool
    sample: bool
    languages: tuple[str, ...] = ()  # the languages the service is given in


class CatalogueView:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def rows(self, rowids: Sequence[int], lang: str) -> dict[int, ServiceRow]:
        if not rowids:
            return {}
        name_col, org_col = NAME_COLUMNS.get(lang, NAME_COLUMNS["fi"])
        marks = ", ".join("?" for _ in rowids)
        out: dict[int, ServiceRow] = {}
        for r in self.conn.execute(
            f"SELECT rowid, id, coalesce({name_col}, name), coalesce({org_col}, org_name), "
            f"municipality, modes, free, closed, sample, languages FROM services "
            f"WHERE rowid IN ({marks})",
            list(rowids),
        ):
            out[r[0]] = ServiceRow(r[0], r[1], r[2], r[3], r[4],
                                   tuple(m for m in (r[5] or "").split(",") if m),
                                   bool(r[6]), bool(r[7]), bool(r[8]),
                                   tuple(x for x in (r[9] or "").split(",") if x))
        return out

    def service(self, service_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT hd_record(json) FROM records WHERE kind = 'service' AND id = ?",
            (service_id,)
        ).fetchone()
        if row is None:
            return None
        value = json.loads(row[0])
        return value if isinstance(value, dict) else None

    def term_names(self, term_ids: Sequence[str], lang: str) -> dict[str, str]:
        if not term_ids:
            return {}
        marks = ", ".join("?" for _ in term_ids)
        col = {"sv": "name_sv", "en": "name_en"}.get(lang, "name")
        return {r[0]: r[1] for r in self.conn.execute(
            f"SELECT id, coalesce({col}, name) FROM terms WHERE id IN ({marks})",
            list(term_ids))}

    def terms(self, taxonomy_id: str, lang: str) -> list[tuple[str, str]]:
        """(term id, name in ``lang``) of a taxonomy, in code order then by name."""
        col = {"sv": "name_sv", "en": "name_en"}.get(lang, "name")
        rows = self.conn.execute(
            f"SELECT id, coalesce({col}, name), code FROM terms WHERE taxonomy_id = ?",
            (taxonomy_id,),
        ).fetchall()

        def key(r: tuple[str, str, str | None]) -> tuple[int, str]:
            code = r[2] or ""
            return (int(code) if code.isdigit() else 1_000_000, r[1].casefold())

        return [(r[0], r[1]) for r in sorted(rows, key=key)]

    def places(self, lang: str) -> list[tuple[str, str, str]]:
        """(place id, shown name, type); villages carry their municipality."""
        out = []
        for pid, name, name_sv, ptype, muni in self.conn.execute(
            "SELECT id, name, name_sv, type, municipality FROM places"
        ):
            shown = (name_sv or name) if lang == "sv" else name
            if ptype != "municipality" and muni and muni != name:
                shown = f"{shown} ({muni})"
            out.append((pid, shown, ptype))
        out.sort(key=lambda p: p[1].casefold())
        return out

    def municipalities(self, lang: str) -> list[tuple[str, str]]:
        """(Finnish name used by the search, name shown)."""
        seen: dict[str, str] = {}
        for muni, name, name_sv, ptype in self.conn.execute(
            "SELECT municipality, name, name_sv, type FROM places ORDER BY type = 'municipality' "
            "DESC"
        ):
            if muni in seen:
                continue
            shown = (name_sv or name) if (lang == "sv" and ptype == "municipality") else muni
            seen[muni] = shown
        return sorted(seen.items(), key=lambda m: m[1].casefold())

    def place_position(self, place_id: str) -> tuple[float, float] | None:
        row = self.conn.execute("SELECT lat, lon FROM places WHERE id = ?",
                                (place_id,)).fetchone()
        return (float(row[0]), float(row[1])) if row else None

    def rowid_of(self, service_id: str) -> int | None:
        row = self.conn.execute("SELECT rowid FROM services WHERE id = ?",
                                (service_id,)).fetchone()
        return int(row[0]) if row else None

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM services").fetchone()[0])
