"""The referral checklist as the current catalogue carries it (bundle ``checklists``).

Each item maps a situation to the catalogue (docs/bundle-format.md): ``terms`` (its life
situation, priority areas and related PTV codes), ``crisis_contacts`` (red-flag items: the
services to put first, in order), ``urgency`` (whose contacts lead when several red flags
are ticked) and ``about_close_one`` (the item is about a person the client cares for, so a
service's age target group does not rule the client out). Bundles written before these
fields existed still load: the defaults are described on the fields.
"""

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
    # Service ids, most important first; None: not given (older bundles), use the default
    # (docs/referrals.md). An empty tuple means: no crisis contacts for this item.
    crisis_contacts: tuple[str, ...] | None = None
    # Joins the crisis lists when several red-flag items are ticked: 1 = most urgent;
    # None: after the items that have one, in checklist order.
    urgency: int | None = None
    about_close_one: bool = False

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

    @property
    def related(self) -> tuple[str, ...]:
        """The other terms (PTV service classes and life events, …): a service carrying one
        is related to the item even without its life-situation term."""
        return tuple(t for t in self.terms
                     if not t.startswith(("life-situation:", "hyte-theme:")))


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
                crisis_contacts=(None if it.get("crisis_contacts") is None
                                 else tuple(str(x) for x in it["crisis_contacts"])),
                urgency=it.get("urgency") if isinstance(it.get("urgency"), int) else None,
                about_close_one=bool(it.get("about_close_one")),
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
