"""The compact shapes in which the demo content is written; build_demo.py expands them into
HSDS 3.0 records of bundle format v1."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Org:
    key: str
    name: str
    provider_type: str  # a provider-type code: municipality, welfare-region, ngo, ...
    description: str = ""
    website: str | None = None
    sv: str | None = None  # Swedish name
    en: str | None = None  # English name


@dataclass(frozen=True)
class Sched:
    byday: str  # "MO,WE" (WEEKLY) or "1TU" / "-1FR" (MONTHLY)
    opens: str | None = None
    closes: str | None = None
    freq: str = "WEEKLY"
    description: str | None = None


@dataclass(frozen=True)
class Svc:
    """One invented local service (hytedesk.sample = true)."""

    key: str
    name: str
    description: str
    org: str
    municipality: str  # where it is, or whose residents it serves first
    modes: tuple[str, ...]
    themes: tuple[int, ...]
    situations: tuple[str, ...]
    ptv_classes: tuple[str, ...] = ()
    ptv_events: tuple[str, ...] = ()
    ptv_groups: tuple[str, ...] = ("KR1",)
    village: str | None = None  # a village of demo_places.VILLAGES where the venue is
    street: str | None = None  # invented street address of the venue (in-person services)
    venue: str | None = None  # the venue's name
    areas: tuple[str, ...] | None = None  # service area names; default (municipality,)
    schedules: tuple[Sched, ...] = ()
    cost: float | None = 0.0  # None: no cost option at all
    cost_note: str | None = None
    status: str = "active"
    alert: str | None = None
    languages: tuple[str, ...] = ("fi",)
    sv: tuple[str, str] | None = None  # (name, description)
    en: tuple[str, str] | None = None
    min_age: int | None = None
    max_age: int | None = None
    referral_required: bool = False
    application: str | None = None
    assured: str = "2026-10-15"
    email: bool = False


@dataclass(frozen=True)
class Line:
    number: str
    description: str | None = None
    languages: tuple[str, ...] = ("fi",)


@dataclass(frozen=True)
class Helpline:
    """A national helpline as confirmed in reference/helplines.md (hytedesk.sample = false)."""

    key: str
    name: str
    description: str
    org: Org
    url: str
    phones: tuple[Line, ...]
    schedules: tuple[Sched, ...]
    free: bool
    cost_note: str
    themes: tuple[int, ...]
    situations: tuple[str, ...]
    ptv_classes: tuple[str, ...] = ()
    ptv_events: tuple[str, ...] = ()
    ptv_groups: tuple[str, ...] = ("KR1",)
    languages: tuple[str, ...] = ("fi",)
    sv: tuple[str, str] | None = None
    en: tuple[str, str] | None = None
    alert: str | None = None
    chat_schedules: tuple[Sched, ...] = field(default_factory=tuple)
