"""Finland's municipalities: statistical codes, Finnish and Swedish names, regions, and the
former municipalities with their successors.

One resource (``resources/places/municipalities.csv`` and ``former-municipalities.csv``)
read by the admin build, the benchmark's generator and anything else that needs to know
whether a name is a municipality. Codes are Statistics Finland's (``205`` Kajaani); regions
are the maakunnat with their codes (``18`` Kainuu). The list is the division in force since
2021 (309 municipalities).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache

from hytedesk.base.paths import resources_dir

SUGGEST_SCORE = 80  # rapidfuzz WRatio, 0-100: "Kajani" → Kajaani 92, "Kuhmo" ≠ "Kuopio"


@dataclass(frozen=True)
class Municipality:
    code: str
    fi: str
    sv: str  # the Swedish name (the Finnish one where there is no other)
    town: bool  # calls itself a town (kaupunki / stad)
    region_code: str
    region_fi: str
    region_sv: str


@dataclass(frozen=True)
class Former:
    name: str
    successor: Municipality
    year: int


def _key(name: str) -> str:
    return " ".join(name.replace("–", "-").split()).casefold()


class Municipalities:
    def __init__(self, rows: list[Municipality], former: list[tuple[str, str, int]]) -> None:
        self.all = tuple(rows)
        self.by_code = {m.code: m for m in rows}
        self.by_name: dict[str, Municipality] = {}
        for m in rows:
            self.by_name[_key(m.fi)] = m
            self.by_name[_key(m.sv)] = m
        self.regions: dict[str, list[Municipality]] = {}
        self.region_names: dict[str, str] = {}  # any name or code of a region → Finnish name
        for m in rows:
            self.regions.setdefault(m.region_fi, []).append(m)
            for k in (m.region_code, m.region_fi, m.region_sv):
                self.region_names[_key(k)] = m.region_fi
        by_fi = {m.fi: m for m in rows}
        self.former = {_key(name): Former(name, by_fi[succ], year)
                       for name, succ, year in former}

    def code(self, code: object) -> Municipality | None:
        """The municipality of a statistical code (``205``, ``"5"`` → ``005``)."""
        text = str(code or "").strip()
        return self.by_code.get(text.zfill(3)) if text.isdigit() else None

    def name(self, name: str) -> Municipality | None:
        """A current municipality by its Finnish or Swedish name, in any case; the
        bilingual form ``Maarianhamina - Mariehamn`` is understood."""
        key = _key(name)
        found = self.by_name.get(key)
        if found is None and " - " in key:
            found = next((m for part in key.split(" - ") if (m := self.by_name.get(part))),
                         None)
        return found

    def former_of(self, name: str) -> Former | None:
        return self.former.get(_key(name))

    def region(self, name_or_code: str) -> str | None:
        """The Finnish name of a region (maakunta) given by name (fi/sv) or code."""
        return self.region_names.get(_key(name_or_code))

    def suggest(self, name: str) -> str | None:
        """The closest current or former municipality's name to a misspelt one."""
        from rapidfuzz import fuzz, process

        choices = {m.fi: m.fi for m in self.all} | {m.sv: m.sv for m in self.all} \
            | {f.name: f.name for f in self.former.values()}
        best = process.extractOne(name, list(choices), scorer=fuzz.WRatio,
                                  score_cutoff=SUGGEST_SCORE)
        return None if best is None else str(best[0])


@cache
def municipalities() -> Municipalities:
    folder = resources_dir() / "places"
    text = (folder / "municipalities.csv").read_text(encoding="utf-8")
    rows = [Municipality(r["code"], r["name_fi"], r["name_sv"] or r["name_fi"],
                         r["town"] == "1", r["region_code"], r["region_fi"], r["region_sv"])
            for r in csv.DictReader(io.StringIO(text), delimiter=";")]
    text = (folder / "former-municipalities.csv").read_text(encoding="utf-8")
    former = [(r["name"], r["successor"], int(r["year"]))
              for r in csv.DictReader(io.StringIO(text), delimiter=";")]
    return Municipalities(rows, former)
