"""A service's details for recommendations and handouts, from its HSDS 3.0 record.

The same reader serves catalogue services (``records`` table of the catalogue file) and
local services (``local_services`` of ``local.db``), so both look alike everywhere.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hytedesk.base.phones import parse_numbers
from hytedesk.catalogue.catdb import COUNTRY_NAMES, WHOLE_COUNTRY, distance_km, text_in, translated


@dataclass(frozen=True)
class Location:
    name: str
    address: str
    city: str | None
    lat: float | None
    lon: float | None
    virtual: bool = False


@dataclass(frozen=True)
class Phone:
    number: str
    description: str


@dataclass
class ServiceDetail:
    id: str
    record: dict[str, Any]
    local: bool = False
    terms: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    curator: str = ""
    expires: str | None = None
    distance_km: float | None = None
    nearest: Location | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_record(cls, rec: dict[str, Any], *, local: bool = False,
                    region_members: dict[str, list[str]] | None = None) -> ServiceDetail:
        terms = tuple(sorted({str(a.get("taxonomy_term_id")) for a in rec.get("attributes") or []
                              if a.get("taxonomy_term_id")}))
        areas: list[str] = []
        for a in rec.get("service_areas") or []:
            name = str(a.get("name") or "").strip()
            if not name:
                continue
            if name.lower() in COUNTRY_NAMES:
                areas.append(WHOLE_COUNTRY)
            elif region_members and name in region_members:
                areas.extend(region_members[name])
            else:
                areas.append(name)
        for loc in cls._locations(rec):
            if loc.city:
                areas.append(loc.city)
        return cls(id=str(rec["id"]), record=rec, local=local, terms=terms,
                   areas=tuple(dict.fromkeys(areas)))

    # -- derived facts ------------------------------------------------------------------

    @staticmethod
    def _locations(rec: dict[str, Any], lang: str = "fi") -> list[Location]:
        out = []
        for sal in rec.get("service_at_locations") or []:
            loc = sal.get("location") or {}
            addr = (loc.get("addresses") or [{}])[0]
            street = ", ".join(
                str(x) for x in (text_in(addr, "address_1", lang) or addr.get("address_1"),
                                 " ".join(str(y) for y in (addr.get("postal_code"),
                                                           addr.get("city")) if y))
                if x)
            lat, lon = loc.get("latitude"), loc.get("longitude")
            out.append(Location(
                name=text_in(loc, "name", lang), address=street, city=addr.get("city"),
                lat=float(lat) if isinstance(lat, (int, float)) else None,
                lon=float(lon) if isinstance(lon, (int, float)) else None,
                virtual=loc.get("location_type") == "virtual",
            ))
        return out

    def locations(self, lang: str = "fi") -> list[Location]:
        return self._locations(self.record, lang)

    @property
    def modes(self) -> tuple[str, ...]:
        return tuple(t.split(":", 1)[1] for t in self.terms if t.startswith("mode:"))

    @property
    def situations(self) -> tuple[str, ...]:
        return tuple(t for t in self.terms if t.startswith("life-situation:"))

    @property
    def themes(self) -> tuple[str, ...]:
        return tuple(t for t in self.terms if t.startswith("hyte-theme:"))

    @property
    def provider_type(self) -> str | None:
        return next((t.split(":", 1)[1] for t in self.terms if t.startswith("provider-type:")),
                    None)

    @property
    def national(self) -> bool:
        return self.provider_type == "national"

    @property
    def status(self) -> str:
        return str(self.record.get("status") or "active")

    @property
    def free(self) -> bool:
        amounts = [c.get("amount") for c in self.record.get("cost_options") or []
                   if isinstance(c.get("amount"), (int, float))]
        return bool(amounts) and all(a == 0 for a in amounts)

    @property
    def referral_required(self) -> bool | None:
        value = (self.record.get("hytedesk") or {}).get("referral_required")
        return value if isinstance(value, bool) else None

    @property
    def age_range(self) -> tuple[int | None, int | None]:
        lo, hi = self.record.get("minimum_age"), self.record.get("maximum_age")
        return (lo if isinstance(lo, int) else None, hi if isinstance(hi, int) else None)

    @property
    def languages(self) -> tuple[str, ...]:
        codes = tuple(str(x.get("code")) for x in self.record.get("languages") or []
                      if x.get("code"))
        return codes or ("fi",)

    @property
    def schedules(self) -> list[dict[str, Any]]:
        out = list(self.record.get("schedules") or [])
        for sal in self.record.get("service_at_locations") or []:
            out.extend(sal.get("schedules") or [])
            out.extend((sal.get("location") or {}).get("schedules") or [])
        return out

    def name(self, lang: str) -> str:
        return text_in(self.record, "name", lang) or str(self.record.get("name", ""))

    def description(self, lang: str) -> str:
        return text_in(self.record, "description", lang)

    def organization(self, lang: str) -> str:
        return text_in(self.record.get("organization") or {}, "name", lang)

    def fees(self, lang: str) -> str:
        return text_in(self.record, "fees_description", lang)

    def application(self, lang: str) -> str:
        return text_in(self.record, "application_process", lang)

    @property
    def url(self) -> str | None:
        url = self.record.get("url") or (self.record.get("organization") or {}).get("website")
        return str(url) if isinstance(url, str) and url.startswith(("https://", "http://")) \
            else None

    def phones(self, lang: str = "fi") -> list[Phone]:
        out: list[Phone] = []
        pools = [self.record.get("phones") or []]
        for sal in self.record.get("service_at_locations") or []:
            pools.append((sal.get("location") or {}).get("phones") or [])
        for pool in pools:
            for p in pool:
                # Shown as hytedesk.base.phones shows it: each number of the field on its
                # own, in its national form; text that is not a number as it is.
                for number in parse_numbers(str(p.get("number") or "")):
                    if all(x.number != number.shown for x in out):
                        desc = translated(p, "description", lang) if lang != "fi" else None
                        out.append(Phone(number.shown, desc or str(p.get("description") or "")))
        return out

    def serves(self, municipality: str | None) -> bool:
        """Whether the service area covers ``municipality`` (no areas: not restricted)."""
        if not self.areas or municipality is None:
            return True
        return WHOLE_COUNTRY in self.areas or municipality in self.areas

    def measure(self, lat: float, lon: float) -> float | None:
        """Sets and returns the distance to the nearest located venue."""
        best: tuple[float, Location] | None = None
        for loc in self.locations():
            if loc.lat is None or loc.lon is None:
                continue
            d = distance_km(lat, lon, loc.lat, loc.lon)
            if best is None or d < best[0]:
                best = (d, loc)
        self.distance_km = best[0] if best else None
        self.nearest = best[1] if best else None
        return self.distance_km


def catalogue_details(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, ServiceDetail]:
    """Details of catalogue services by id (missing ids are simply absent)."""
    from hytedesk.catalogue.catdb import region_index

    regions = region_index(conn)
    out: dict[str, ServiceDetail] = {}
    ids = list(dict.fromkeys(ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for sid, text in conn.execute(
            f"SELECT id, hd_record(json) FROM records WHERE kind = 'service' AND id IN ({marks})",
            chunk,
        ):
            out[sid] = ServiceDetail.from_record(json.loads(text), region_members=regions)
    return out
