"""State shared by the source readers during one build or validation."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hytedesk.admin.problems import Problems
from hytedesk.admin.taxa import CodeLists, Mapping
from hytedesk.bundle.errors import Problem


@dataclass
class Stats:
    per_source: Counter[str] = field(default_factory=Counter)  # services read, by source
    skipped: Counter[str] = field(default_factory=Counter)  # reason → count
    channels: int = 0
    organizations: int = 0
    merged: int = 0
    identical_duplicates: int = 0
    invalid_skipped: int = 0
    sample: int = 0  # services marked as invented (``hytedesk.sample``)


@dataclass(frozen=True)
class Skipped:
    """A record left out under ``--skip-invalid``: where it is, its id, and why."""

    file: str
    line: int  # a spreadsheet's row number as Excel shows it, a JSON record's line
    rid: str | None  # the record's id (a PTV id), when it has one
    problems: tuple[Problem, ...]


@dataclass
class Ctx:
    problems: Problems
    codes: CodeLists
    mapping: Mapping
    today: date
    stats: Stats = field(default_factory=Stats)
    # Terms and taxonomies found in the sources (ontology terms, HSDS terms), by id.
    terms: dict[str, dict[str, Any]] = field(default_factory=dict)
    taxonomies: dict[str, dict[str, Any]] = field(default_factory=dict)
    warned: set[str] = field(default_factory=set)
    channel_cache: dict[tuple[str, str], Any] = field(default_factory=dict)
    skip_invalid: bool = False
    forgiven: int = 0  # errors of records left out under --skip-invalid
    # Postal code → municipality (Finnish name), from the places' postal areas.
    postal_municipality: dict[str, str] = field(default_factory=dict)
    former: dict[str, str] = field(default_factory=dict)  # former municipality → note
    staged_errors: int = 0  # errors staged with their records (forgiven when skipped)
    skipped: list[Skipped] = field(default_factory=list)

    def skip(self, file: str, line: int, rid: str | None, errors: int,
             listed_from: int) -> None:
        """Leaves a record out (``--skip-invalid``): its ``errors`` no longer block, and it
        is listed with the problems reported since ``problems.errors[listed_from]`` about
        its line."""
        self.forgiven += errors
        self.stats.skipped["invalid"] += 1
        self.stats.invalid_skipped += 1
        mine = tuple(p for p in self.problems.errors[listed_from:]
                     if p.member == file and p.line == line)
        if len(self.skipped) < 2000:
            self.skipped.append(Skipped(file, line, rid, mine))

    def municipality(self, value: str, file: str, line: int, fld: str, *,
                     blocking: bool) -> str | None:
        """The current Finnish name of a municipality given by name: a former one gives its
        successor (with a warning and a note in the report); an unknown one is reported,
        with the closest name as a suggestion, and gives None."""
        from hytedesk.base.municipalities import municipalities

        ms = municipalities()
        found = ms.name(value)
        if found is not None:
            return found.fi
        former = ms.former_of(value)
        if former is not None:
            self.problems.warn(file, line, fld, "admin.former_municipality", value=former.name,
                               successor=former.successor.fi, year=former.year)
            self.former.setdefault(former.name, f"{former.name} → {former.successor.fi} "
                                                 f"({former.year})")
            return former.successor.fi
        suggestion = ms.suggest(value)
        report = self.problems.error if blocking else self.problems.warn
        if suggestion:
            former_s = ms.former_of(suggestion)
            report(file, line, fld, "admin.unknown_municipality_hint", value=value,
                   suggestion=former_s.successor.fi if former_s else suggestion)
        else:
            report(file, line, fld, "admin.unknown_municipality", value=value)
        return None

    def staged(self, errors: int) -> None:
        self.staged_errors += errors

    def warn_once(self, token: str, file: str, line: int, fld: str, key: str,
                  **params: object) -> None:
        if token not in self.warned:
            self.warned.add(token)
            self.problems.warn(file, line, fld, key, **params)


@dataclass(frozen=True)
class Origin:
    """Where a record came from: the source's display name, file and line."""

    source: str
    file: str
    line: int
