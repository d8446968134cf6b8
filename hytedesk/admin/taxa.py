"""Taxonomies the admin tool knows: HyteDesk's own, the PTV code lists, and the mapping
from PTV service classes and life events to the priority areas and life situations.

The data live in ``resources/admin/``: ``taxonomies.json`` (HyteDesk's taxonomies and
terms), ``ptv-codes.json`` (derived from the PTV code lists by ``derive_ptv_codes.py``)
and ``ptv-mapping.csv`` (the editable mapping, see ``docs/ptv-mapping.md``).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from hytedesk.admin.inputs import SourceError, check_size, decode_table
from hytedesk.admin.problems import Problems
from hytedesk.base.paths import resources_dir

THEMES = tuple(f"hyte-theme:{n}" for n in range(1, 7))
LIFE_SITUATIONS = (
    "illness", "relationship", "bereavement", "retirement", "caregiving", "end-of-life-care",
    "violence-crime", "peer-support", "loneliness", "mental-health", "substance-use",
    "money-management", "low-income", "debt", "lifestyle-change", "self-care", "care-ending",
    "acute-crisis",
)
MODES = ("in-person", "phone", "video", "home-visit")
PROVIDER_TYPES = ("municipality", "welfare-region", "ngo", "parish", "company", "national")
ONTOLOGY_TAXONOMY = "ptv-ontology-term"
OTHER_TAXONOMY = "other"


def admin_resources() -> Path:
    return resources_dir() / "admin"


def _norm_uri(uri: str) -> str:
    uri = uri.strip().rstrip("/")
    if uri.startswith("https://"):
        uri = "http://" + uri[len("https://"):]
    return uri


@dataclass
class CodeLists:
    """PTV terms by current URI, and every legacy ``urn.fi`` URI mapped to its current one."""

    terms: dict[str, dict[str, Any]]
    taxonomy_of: dict[str, str]
    legacy: dict[str, str]
    by_code: dict[str, str]

    @classmethod
    @cache
    def load(cls) -> CodeLists:
        data = json.loads((admin_resources() / "ptv-codes.json").read_text(encoding="utf-8"))
        terms: dict[str, dict[str, Any]] = {}
        taxonomy_of: dict[str, str] = {}
        by_code: dict[str, str] = {}
        for taxonomy, items in data["schemes"].items():
            for t in items:
                term: dict[str, Any] = {
                    "id": t["id"], "name": t["fi"], "code": t["code"],
                    "taxonomy_id": taxonomy, "term_uri": t["id"],
                }
                if t.get("parent_id"):
                    term["parent_id"] = t["parent_id"]
                tr = {lang: {"name": t[lang]} for lang in ("sv", "en") if t.get(lang)}
                if tr:
                    term["translations"] = tr
                terms[t["id"]] = term
                taxonomy_of[t["id"]] = taxonomy
                by_code.setdefault(t["code"], t["id"])
        legacy = {_norm_uri(k): v for k, v in data["legacy"].items()}
        return cls(terms, taxonomy_of, legacy, by_code)

    def resolve(self, uri: str) -> str | None:
        """The current URI of a code given in either form, or None when unknown."""
        if uri in self.terms:
            return uri
        u = _norm_uri(uri)
        if u in self.terms:
            return u
        return self.legacy.get(u)

    def ancestors(self, uri: str) -> list[str]:
        out = []
        seen: set[str] = set()
        cur: str | None = uri
        while cur and cur in self.terms and cur not in seen:
            seen.add(cur)
            out.append(cur)
            cur = self.terms[cur].get("parent_id")
        return out


@cache
def fixed_taxonomies() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    data = json.loads((admin_resources() / "taxonomies.json").read_text(encoding="utf-8"))
    return data["taxonomies"], data["terms"]


@dataclass
class Mapping:
    """PTV service class / life event → priority areas and life situations."""

    rows: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    _memo: dict[str, list[str]] = field(default_factory=dict)
    # Per service id: attendance modes that replace the inferred ones (admin/modes.py).
    service_modes: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None, problems: Problems) -> Mapping:

        path = path or admin_resources() / "ptv-mapping.csv"
        codes = CodeLists.load()
        name = str(path)
        try:
            check_size(path)
            text = decode_table(path.read_bytes(), name, problems)
        except SourceError as exc:
            problems.error(name, exc.line, exc.field, exc.key, **exc.params)
            return cls()
        if text is None:
            return cls()
        sample = text.split("\n", 1)[0]
        delim = ";" if sample.count(";") >= sample.count(",") else ","
        reader = csv.DictReader(io.StringIO(text), delimiter=delim)
        mapping = cls()
        for row in reader:
            line = reader.line_num
            sid = (row.get("service_id") or "").strip()
            if sid:
                modes: set[str] = set()
                for m in (row.get("modes") or "").replace(",", " ").split():
                    if m in ("in-person", "phone", "video", "home-visit"):
                        modes.add(m)
                    else:
                        problems.error(name, line, "modes", "admin.mapping_bad_mode",
                                        value=m)
                mapping.service_modes[sid] = modes
                continue
            code = (row.get("ptv_code") or "").strip()
            if not code:
                continue
            uri = codes.resolve(code) if "://" in code else codes.by_code.get(code)
            if uri is None:
                problems.error(name, line, "ptv_code", "admin.mapping_bad_code",
                               value=code)
                continue
            themes: list[str] = []
            for t in (row.get("hyte_themes") or "").replace(",", " ").split():
                if f"hyte-theme:{t}" in THEMES:
                    themes.append(f"hyte-theme:{t}")
                else:
                    problems.error(name, line, "hyte_themes", "admin.mapping_bad_theme",
                                    value=t)
            situations: list[str] = []
            for s in (row.get("life_situations") or "").replace(",", " ").split():
                if s in LIFE_SITUATIONS:
                    situations.append(f"life-situation:{s}")
                else:
                    problems.error(name, line, "life_situations", "admin.mapping_bad_situation",
                                    value=s)
            mapping.rows[uri] = (tuple(themes), tuple(situations))
        return mapping

    def terms_for(self, uri: str) -> list[str]:
        """The mapped terms of one PTV term: its own row, else its nearest ancestor's."""
        memo = self._memo.get(uri)
        if memo is not None:
            return memo
        found: list[str] = []
        for u in CodeLists.load().ancestors(uri):
            row = self.rows.get(u)
            if row is not None:
                found = [*row[0], *row[1]]
                break
        self._memo[uri] = found
        return found
