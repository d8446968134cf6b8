"""Readable names of the referral codes (age bands, outcomes, areas, priority areas) in
fi/sv/en, for statistics, CLI output and handouts (which follow the client's language)."""

from __future__ import annotations

import sqlite3

from hytedesk.base import i18n
from hytedesk.referrals.checklist import Checklist, load_checklist

_NAMES: dict[str, tuple[str, str, str]] = {
    "theme.1": ("Elintapaohjaus (ravitsemus, liikunta, uni)",
                "Levnadsvanor (kost, motion, sömn)", "Lifestyle (food, exercise, sleep)"),
    "theme.2": ("Työ- ja toimintakyky", "Arbets- och funktionsförmåga",
                "Work and functional capacity"),
    "theme.3": ("Mielenterveys ja ehkäisevä päihdetyö",
                "Psykisk hälsa och förebyggande missbruksarbete",
                "Mental health and substance-use prevention"),
    "theme.4": ("Osallisuus ja yksinäisyyden torjunta", "Delaktighet och mot ensamhet",
                "Inclusion and preventing loneliness"),
    "theme.5": ("Lähisuhde- ja perheväkivallan ehkäisy",
                "Förebyggande av våld i nära relationer och familjer",
                "Preventing domestic and family violence"),
    "theme.6": ("Arjen turvallisuus", "Trygghet i vardagen", "Everyday safety"),
    "outcome.reached": ("Pääsi palveluun", "Kom till tjänsten", "Reached the service"),
    "outcome.tried-not-in": ("Yritti, mutta ei päässyt", "Försökte men kom inte in",
                             "Tried but did not get in"),
    "outcome.did-not-try": ("Ei yrittänyt", "Försökte inte", "Did not try"),
    "outcome.unknown": ("Ei tiedossa", "Okänt", "Unknown"),
    "outcome.-": ("Ei vielä kirjattu", "Inte registrerat ännu", "Not recorded yet"),
    "reason.full": ("Täynnä", "Fullt", "Full"),
    "reason.not-eligible": ("Ei oikeutta palveluun", "Inte berättigad", "Not eligible"),
    "reason.too-far": ("Liian kaukana", "För långt borta", "Too far"),
    "reason.no-transport": ("Ei kyytiä", "Ingen skjuts", "No transport"),
    "reason.other": ("Muu syy", "Annat skäl", "Other reason"),
    "staff.home-care": ("Kotihoito", "Hemvård", "Home care"),
    "staff.day-activities": ("Päivätoiminta", "Dagverksamhet", "Day activities"),
    "staff.health-services": ("Terveyspalvelut", "Hälsotjänster", "Health services"),
    "staff.social-family": ("Sosiaali- ja perhepalvelut", "Social- och familjetjänster",
                            "Social and family services"),
    "staff.other": ("Muu", "Annat", "Other"),
    "age.under-18": ("alle 18", "under 18", "under 18"),
    "age.18-29": ("18–29", "18–29", "18–29"),
    "age.30-64": ("30–64", "30–64", "30–64"),
    "age.65-74": ("65–74", "65–74", "65–74"),
    "age.75+": ("75+", "75+", "75+"),
    "mode.in-person": ("Paikan päällä", "På plats", "In person"),
    "mode.phone": ("Puhelimitse", "Per telefon", "By phone"),
    "mode.video": ("Videoyhteydellä", "Via video", "By video"),
    "mode.home-visit": ("Kotikäynti", "Hembesök", "Home visit"),
}

i18n.register({f"label.{k}": {"fi": v[0], "sv": v[1], "en": v[2]} for k, v in _NAMES.items()})


def name(kind: str, code: str, lang: str | None = None) -> str:
    """``name("outcome", "reached", "sv")`` → ``Kom till tjänsten``; unknown codes as is."""
    key = f"label.{kind}.{code}"
    text = i18n.text(key, lang)
    return code if text.startswith(key) else text


class StatLabels:
    """``label(by, value)`` for statistics rows in one language."""

    def __init__(self, lang: str, checklist: Checklist | None = None) -> None:
        self.lang = lang
        self.checklist = checklist

    @classmethod
    def from_catalogue(cls, conn: sqlite3.Connection | None, lang: str) -> StatLabels:
        checklist = None
        if conn is not None:
            try:
                checklist = load_checklist(conn)
            except i18n.UserError:
                checklist = None
        return cls(lang, checklist)

    def __call__(self, by: str, value: str) -> str:
        if by in ("situation", "unmet"):
            item = self.checklist.item(value) if self.checklist else None
            return item.text(self.lang) if item else value
        if by == "theme":
            return name("theme", value, self.lang)
        if by == "staff":
            return name("staff", value, self.lang)
        if by == "outcome":
            return name("outcome", value, self.lang)
        return "–" if value == "-" else value
