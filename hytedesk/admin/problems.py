"""Errors and warnings found while reading sources, each naming file, line and field."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from hytedesk.bundle.errors import Problem

MAX_LISTED = 2000  # per severity; beyond this only counted, so memory stays flat


@dataclass
class Problems:
    """Collects problems; errors block a build, warnings do not."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    error_count: int = 0
    warning_count: int = 0
    warning_kinds: Counter[str] = field(default_factory=Counter)

    def error(self, file: str, line: int, fld: str, key: str, **params: object) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_LISTED:
            self.errors.append(Problem.of(file, line, fld, key, **params))

    def warn(self, file: str, line: int, fld: str, key: str, **params: object) -> None:
        self.warning_count += 1
        self.warning_kinds[key] += 1
        if len(self.warnings) < MAX_LISTED:
            self.warnings.append(Problem.of(file, line, fld, key, **params))

    def add_errors(self, problems: list[Problem]) -> None:
        for p in problems:
            self.error_count += 1
            if len(self.errors) < MAX_LISTED:
                self.errors.append(p)

    @property
    def blocking(self) -> bool:
        return self.error_count > 0
