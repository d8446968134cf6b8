"""State shared by the source readers during one build or validation."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hytedesk.admin.problems import Problems
from hytedesk.admin.taxa import CodeLists, Mapping


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
