"""The small-cell rule: counts meant for others never point at a person.

A count of 1–4 people in a cell (a month, a municipality, a life situation) can identify a
client in a small village, so every table that leaves the laptop or is meant for others
shows such cells as ``<5`` (*primary suppression*). Hiding one cell is not enough when the
table also shows totals: the total minus the other cells gives it back. So in every line
(row or column) whose total is shown, a line with exactly one hidden cell gets a second
one hidden — the smallest shown cell of that line (*complementary suppression*) — and this
is repeated until no line has exactly one hidden cell. Totals below the threshold are
hidden as well. Zero is shown: it says that nobody was counted, which points at no one.

The rule is documented in docs/referrals.md; the window's own statistics view may show the
laptop's records exactly to its user, marked as not for publication.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

THRESHOLD = 5
HIDDEN = f"<{THRESHOLD}"

Cell = tuple[Hashable, Hashable]


@dataclass(frozen=True)
class Table:
    """A suppressed two-way table: ``cells[(row, col)]`` and the row, column and grand
    totals, each an ``int`` or ``None`` when hidden."""

    cells: dict[Cell, int | None]
    row_totals: dict[Hashable, int | None]
    col_totals: dict[Hashable, int | None]
    total: int | None

    def shown(self, key: Cell) -> str:
        return show(self.cells.get(key, 0))


def show(value: int | None) -> str:
    """A count as it is published: the number, or ``<5`` when hidden."""
    return HIDDEN if value is None else str(value)


def _small(n: int, threshold: int) -> bool:
    return 0 < n < threshold


def suppress(counts: Mapping[Any, int], threshold: int = THRESHOLD) -> Table:
    """Applies the small-cell rule to a two-way table of counts (missing cells are 0).

    The table is taken with its margins: each row, each column, the row of column totals
    and the column of row totals is a *line* whose members (its cells and its total) add
    up. A line with exactly one hidden member gives it away, so until no line has exactly
    one, the smallest other member of such a line — preferring non-zero cells, then its
    total — is hidden as well."""
    rows = sorted({r for r, _ in counts}, key=str)
    cols = sorted({c for _, c in counts}, key=str)
    value: dict[tuple[object, object], int] = {
        (r, c): int(counts.get((r, c), 0)) for r in rows for c in cols}
    if any(v < 0 for v in value.values()):
        raise ValueError("counts cannot be negative")
    for r in rows:
        value[(r, _TOTAL)] = sum(value[(r, c)] for c in cols)
    for c in cols:
        value[(_TOTAL, c)] = sum(value[(r, c)] for r in rows)
    value[(_TOTAL, _TOTAL)] = sum(value[(r, _TOTAL)] for r in rows)

    hidden = {k for k, v in value.items() if _small(v, threshold)}
    lines = [[(r, c) for c in [*cols, _TOTAL]] for r in [*rows, _TOTAL]]
    lines += [[(r, c) for r in [*rows, _TOTAL]] for c in [*cols, _TOTAL]]
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(k in hidden for k in line) != 1:
                continue
            others = [k for k in line if k not in hidden]
            if not others:
                continue
            # Non-zero cells first (hiding a zero tells the reader less), totals last.
            hidden.add(min(others, key=lambda k: (_TOTAL in k, value[k] == 0, value[k],
                                                  str(k))))
            changed = True

    def out(key: tuple[object, object]) -> int | None:
        return None if key in hidden else value[key]

    return Table(
        cells={(r, c): out((r, c)) for r in rows for c in cols},
        row_totals={r: out((r, _TOTAL)) for r in rows},
        col_totals={c: out((_TOTAL, c)) for c in cols},
        total=out((_TOTAL, _TOTAL)),
    )


class _Total:
    """The margin's key: sorts and prints apart from every real row or column."""

    def __repr__(self) -> str:
        return "TOTAL"


_TOTAL = _Total()


def suppress_total(n: int, threshold: int = THRESHOLD) -> int | None:
    """A single published count: hidden when 1–4."""
    return None if _small(n, threshold) else n
