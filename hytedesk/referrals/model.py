"""The shapes of the referral workflow: client context, referral record, outcome.

Nothing here can hold a client's identity: the context is a municipality (or a village,
used only to measure distances and never stored), an age band, the ways the client can
take part and a language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

from hytedesk.base import i18n

AGE_BANDS: Final = ("under-18", "18-29", "30-64", "65-74", "75+")
AGE_RANGES: Final[dict[str, tuple[int, int]]] = {
    "under-18": (0, 17), "18-29": (18, 29), "30-64": (30, 64), "65-74": (65, 74),
    "75+": (75, 120),
}
REMOTE_MODES: Final = ("phone", "video")
CLIENT_MODES: Final = ("in-person", "phone", "video", "home-visit")
OUTCOMES: Final = ("reached", "tried-not-in", "did-not-try", "unknown")
OUTCOME_REASONS: Final = ("full", "not-eligible", "too-far", "no-transport", "other")
HANDOUT_KINDS: Final = ("print", "pdf")
STAFF_AREAS: Final = ("home-care", "day-activities", "health-services", "social-family",
                      "other")
LANGUAGES: Final = ("fi", "sv", "en")

i18n.register(
    {
        "referral.bad_age_band": {
            "fi": "Ikäryhmä {value!r} ei kelpaa; sallitut: {allowed}.",
            "sv": "Åldersgruppen {value!r} duger inte; tillåtna: {allowed}.",
            "en": "The age band {value!r} is not valid; allowed: {allowed}.",
        },
        "referral.bad_outcome": {
            "fi": "Tulos {value!r} ei kelpaa; sallitut: {allowed}.",
            "sv": "Utfallet {value!r} duger inte; tillåtna: {allowed}.",
            "en": "The outcome {value!r} is not valid; allowed: {allowed}.",
        },
        "referral.reason_needed": {
            "fi": "Kerro, miksi asiakas ei päässyt palveluun ({allowed}).",
            "sv": "Ange varför klienten inte kom in i tjänsten ({allowed}).",
            "en": "Say why the client did not get in ({allowed}).",
        },
        "referral.bad_value": {
            "fi": "Kentän {field} arvo {value!r} ei kelpaa; sallitut: {allowed}.",
            "sv": "Värdet {value!r} i fältet {field} duger inte; tillåtna: {allowed}.",
            "en": "The value {value!r} of {field} is not valid; allowed: {allowed}.",
        },
    }
)


def _check(field_name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise i18n.UserError("referral.bad_value", field=field_name, value=value,
                             allowed=", ".join(allowed))


@dataclass
class ClientContext:
    """Who the services are for, without identity."""

    age_band: str = "75+"
    municipality: str | None = None
    place_id: str | None = None  # a village or municipality centre; for distances only
    max_km: float | None = 30.0
    modes: tuple[str, ...] = ("in-person",)
    language: str = "fi"
    checklist_id: str = "referral"

    def __post_init__(self) -> None:
        if self.age_band not in AGE_BANDS:
            raise i18n.UserError("referral.bad_age_band", value=self.age_band,
                                 allowed=", ".join(AGE_BANDS))
        for m in self.modes:
            _check("modes", m, CLIENT_MODES)
        _check("language", self.language, LANGUAGES)

    @property
    def remote_modes(self) -> tuple[str, ...]:
        return tuple(m for m in self.modes if m in REMOTE_MODES)


@dataclass
class ServiceRef:
    """A service as a referral remembers it: id plus a snapshot of its name."""

    service_id: str
    name: str
    local: bool = False
    reasons: tuple[str, ...] = ()


@dataclass
class UnmetNeed:
    situation: str
    theme: str | None
    municipality: str | None


@dataclass
class Referral:
    """One anonymous referral record. ``id`` is set once it is saved."""

    context: ClientContext
    staff_service_area: str
    items: tuple[str, ...]
    recommended: list[ServiceRef] = field(default_factory=list)
    chosen: list[ServiceRef] = field(default_factory=list)
    unmet: list[UnmetNeed] = field(default_factory=list)
    handout: str | None = None
    follow_up_date: date | None = None
    red_flag_items: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    catalogue_id: str | None = None
    catalogue_version: int | None = None
    id: int | None = None
    uuid: str | None = None
    created_at: str | None = None
    local_date: str | None = None
    outcome: str | None = None
    outcome_reason: str | None = None
    outcome_at: str | None = None

    def __post_init__(self) -> None:
        _check("staff_service_area", self.staff_service_area, STAFF_AREAS)
        if self.handout is not None:
            _check("handout", self.handout, HANDOUT_KINDS)
