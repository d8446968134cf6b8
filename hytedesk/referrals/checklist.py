"""The referral checklist as the current catalogue carries it (bundle ``checklists``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from hytedesk.base import i18n

i18n.register(
    {
        "checklist.missing": {
            "fi": "Nykyisessä luettelossa ei ole tarkistuslistaa {id!r}. Palveluja voi silti "
            "hakea ja lisätä ohjaukseen haulla; päivitä luettelo.",
            "sv": "Den nuvarande katalogen har ingen checklista {id!r}. Tjänster kan ändå "
            "sökas och läggas till med sökningen; uppdatera katalogen.",
            "en": "The current catalogue has no checklist {id!r}. Services can still be "
            "found and added with the search; update the catalogue.",
        },
    }
)


def _label(obj: object, lang: str) -> str:
    if isinstance(obj, dict):
        value = obj.get(lang) or obj.get("fi") or next(iter(obj.values()), "")
        return str(value)
    return str(obj or "")


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    label: dict[str, str]
    help: dict[str, str]
    red_flag: bool
    terms: tuple[str, ...]
    group_id: str

    def text(self, lang: str) -> str:
        return _label(self.label, lang)

    def help_text(self, lang: str) -> str:
        return _label(self.help, lang) if self.help else ""

    @property
    def situations(self) -> tuple[str, ...]:
        """Life-situation term ids: the item's own code first, then any other."""
        own = f"life-situation:{self.id}"
        others = [t for t in self.terms if t.startswith("life-situation:") and t != own]
        return (own, *others)

    @property
    def themes(self) -> tuple[str, ...]:
        """Priority-area codes ``"1"``..``"6"``."""
        return tuple(t.split(":", 1)[1] for t in self.terms if t.startswith("hyte-theme:"))


@dataclass(frozen=True)
class ChecklistGroup:
    id: str
    label: dict[str, str]
    items: tuple[ChecklistItem, ...]

    def text(self, lang: str) -> str:
        return _label(self.label, lang)


@dataclass(frozen=True)
class Checklist:
    id: str
    name: dict[str, str]
    groups: tuple[ChecklistGroup, ...]

    def items(self) -> list[ChecklistItem]:
        return [i for g in self.groups for i in g.items]

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((i for i in self.items() if i.id == item_id), None)

    def red_flags(self, ticked: Iterable[str]) -> list[ChecklistItem]:
        wanted = set(ticked)
        return [i for i in self.items() if i.id in wanted and i.red_flag]

    def themes_of(self, ticked: Iterable[str]) -> list[str]:
        wanted = set(ticked)
        return list(dict.fromkeys(t for i in self.items() if i.id in wanted for t in i.themes))


def parse_checklist(rec: dict[str, object]) -> Checklist:
    groups = []
    for g in rec.get("groups") or []:  # type: ignore[attr-defined]
        items = tuple(
            ChecklistItem(
                id=str(it["id"]), label=dict(it.get("label") or {}),
                help=dict(it.get("help") or {}), red_flag=bool(it.get("red_flag")),
                terms=tuple(it.get("terms") or ()), group_id=str(g["id"]),
            )
            for it in g.get("items") or []
        )
        groups.append(ChecklistGroup(str(g["id"]), dict(g.get("label") or {}), items))
    return Checklist(str(rec["id"]), dict(rec.get("name") or {}),  # type: ignore[call-overload]
                     tuple(groups))


def load_checklist(conn: sqlite3.Connection, checklist_id: str = "referral") -> Checklist:
    """The checklist of the current catalogue; a clear error if the catalogue has none."""
    row = conn.execute("SELECT json FROM checklists WHERE id = ?", (checklist_id,)).fetchone()
    if row is None:
        raise i18n.UserError("checklist.missing", id=checklist_id)
    return parse_checklist(json.loads(row[0]))
