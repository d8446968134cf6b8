"""The client's handout as an HTML document (Qt rich-text subset), in the client's language.

Every value that comes from the catalogue, a local entry or the settings passes through
``html.escape`` before it meets the template: catalogue text is data, never markup. The
GUI renders this HTML with ``QTextDocument`` for the preview, the printer and the PDF.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from hytedesk.base import i18n
from hytedesk.catalogue.catdb import translated
from hytedesk.catalogue.finnish import fold
from hytedesk.referrals.labels import name as label_name
from hytedesk.referrals.recommend import session_text
from hytedesk.referrals.services import ServiceDetail
from hytedesk.referrals.sessions import always_open, next_sessions

i18n.register(
    {
        "handout.title": {"fi": "Palveluja sinulle", "sv": "Tjänster för dig",
                          "en": "Services for you"},
        "handout.intro": {
            "fi": "Tähän on koottu palveluja, joista voisi olla sinulle apua tai iloa. "
            "Voit ottaa yhteyttä suoraan järjestäjään.",
            "sv": "Här finns tjänster som kan vara till hjälp eller glädje för dig. Du kan "
            "kontakta anordnaren direkt.",
            "en": "Here are services that could help you or bring you joy. You can contact "
            "the organiser directly.",
        },
        "handout.name_line": {"fi": "Nimi", "sv": "Namn", "en": "Name"},
        "handout.date": {"fi": "Päivämäärä", "sv": "Datum", "en": "Date"},
        "handout.given_by": {"fi": "Ohjauksen antoi", "sv": "Handledningen gavs av",
                             "en": "Guidance given by"},
        "handout.what": {"fi": "Mitä", "sv": "Vad", "en": "What"},
        "handout.who": {"fi": "Järjestäjä", "sv": "Anordnare", "en": "Run by"},
        "handout.where": {"fi": "Missä", "sv": "Var", "en": "Where"},
        "handout.how": {"fi": "Miten mukaan", "sv": "Hur du deltar", "en": "How to join"},
        "handout.when": {"fi": "Seuraavat kerrat", "sv": "Nästa gånger", "en": "Next sessions"},
        "handout.cost": {"fi": "Hinta", "sv": "Pris", "en": "Cost"},
        "handout.referral": {"fi": "Lähete", "sv": "Remiss", "en": "Referral"},
        "handout.phone": {"fi": "Puhelin", "sv": "Telefon", "en": "Phone"},
        "handout.web": {"fi": "Verkossa", "sv": "På webben", "en": "Web"},
        "handout.km": {"fi": "noin {km} km", "sv": "cirka {km} km", "en": "about {km} km"},
        "handout.by_phone": {"fi": "Puhelimitse", "sv": "Per telefon", "en": "By phone"},
        "handout.by_video": {"fi": "Videoyhteydellä (esimerkiksi tabletilla)",
                             "sv": "Via video (till exempel med en surfplatta)",
                             "en": "By video (for example on a tablet)"},
        "handout.home_visit": {"fi": "Tulee kotiin", "sv": "Kommer hem till dig",
                               "en": "Comes to your home"},
        "handout.always": {"fi": "Ympäri vuorokauden, joka päivä",
                           "sv": "Dygnet runt, varje dag", "en": "Around the clock, every day"},
        "handout.ask_times": {"fi": "Kysy ajat järjestäjältä",
                              "sv": "Fråga anordnaren om tiderna",
                              "en": "Ask the organiser for the times"},
        "handout.free": {"fi": "Maksuton", "sv": "Avgiftsfri", "en": "Free of charge"},
        "handout.ask_cost": {"fi": "Kysy hinta järjestäjältä", "sv": "Fråga anordnaren om priset",
                             "en": "Ask the organiser for the price"},
        "handout.needs_referral": {"fi": "Tarvitaan lähete", "sv": "Remiss behövs",
                                   "en": "A referral is needed"},
        "handout.no_referral": {"fi": "Ei tarvita lähetettä, voit mennä suoraan",
                                "sv": "Ingen remiss behövs, du kan gå direkt",
                                "en": "No referral needed, you can go directly"},
        "handout.crisis": {
            "fi": "Hätätilanteessa soita 112.",
            "sv": "I en nödsituation ring 112.",
            "en": "In an emergency call 112.",
        },
        "handout.footer": {
            "fi": "Tiedot palveluluettelosta {day}. Ajat ja hinnat voivat muuttua; "
            "tarkista ne järjestäjältä.",
            "sv": "Uppgifterna ur tjänstekatalogen {day}. Tider och priser kan ändras; "
            "kontrollera dem med anordnaren.",
            "en": "Information from the service catalogue, {day}. Times and prices may "
            "change; check them with the organiser.",
        },
        "handout.none": {"fi": "Ei valittuja palveluja.", "sv": "Inga valda tjänster.",
                         "en": "No services chosen."},
    }
)

MIN_SHOWN_KM = 0.1  # nearer than this (a place in the same village): no "about 0,0 km"
SIZES = {False: {"base": 11, "h1": 20, "h2": 14, "gap": 10, "label": 26},
         True: {"base": 16, "h1": 26, "h2": 20, "gap": 14, "label": 33}}
NBSP = "\u00a0"


@dataclass
class Handout:
    services: Sequence[ServiceDetail]
    lang: str = "fi"
    large: bool = False
    unit_name: str = ""
    unit_phone: str = ""
    organisation: str = ""
    day: date = field(default_factory=date.today)
    now: datetime | None = None
    crisis: bool = False
    sessions: int = 3


#: The longest text of one field on the handout; a description may run longer. A longer
#: field is cut at a word with "…": a 1 MB description once made a 428-page handout and
#: held the window's preview for a second.
FIELD_CHARS = 400
DESCRIPTION_CHARS = 1200


def cap(text: str, limit: int = FIELD_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters, at a space if one is near, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ", limit - 60)
    return (cut[:space] if space > 0 else cut).rstrip() + "…"


def e(value: object, limit: int = FIELD_CHARS) -> str:
    """Escapes one field for the template (quotes too: a field may end up in an attribute),
    capped at ``limit`` characters."""
    return html.escape(cap("" if value is None else str(value), limit), quote=True)


def km_text(km: float, lang: str) -> str:
    """``2,5`` in Finnish and Swedish, ``2.5`` in English; whole numbers from 10 km."""
    text = f"{km:.0f}" if km >= 10 else f"{km:.1f}"
    return text if lang == "en" else text.replace(".", ",")


def format_day(day: date, lang: str) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def row(label: str, value_html: str, width: int) -> str:
    return (f'<tr><td width="{width}%" valign="top" style="font-weight:bold; '
            f'padding-right:8px;">{label}</td><td valign="top">{value_html}</td></tr>')


def _heading(text_html: str, size: int, gap: int) -> str:
    # A styled paragraph, not <h1>/<h2>: Qt sizes headings relative to its own default
    # font and ignores the body's size, so large type would get small headings.
    return (f'<p style="margin-top:{gap}pt; margin-bottom:4pt;">'
            f'<span style="font-size:{size}pt; font-weight:bold;">{text_html}</span></p>')


def _nowrap(text: str) -> str:
    """An escaped phone number that never breaks across lines."""
    return e(text).replace(" ", NBSP)


def _service_html(n: int, d: ServiceDetail, h: Handout) -> str:
    lang = h.lang
    size = SIZES[h.large]
    t = lambda key, **kw: e(i18n.text(key, lang, **kw))  # noqa: E731

    def _row(label: str, value_html: str) -> str:
        return row(label, value_html, size["label"])

    rows: list[str] = []
    desc = d.description(lang)
    if desc:
        rows.append(_row(t("handout.what"), e(desc, DESCRIPTION_CHARS)))
    org = d.organization(lang)
    if org:
        rows.append(_row(t("handout.who"), e(org)))
    locs = [loc for loc in d.locations(lang) if not loc.virtual and (loc.address or loc.name)]
    if locs and ("in-person" in d.modes or not d.modes):
        loc = d.nearest if d.nearest in locs else locs[0]
        parts = [e(x) for x in (loc.name, loc.address) if x]
        where = ", ".join(parts)
        if d.distance_km is not None and d.distance_km >= MIN_SHOWN_KM:
            # one unit: "(about 2,5 km)" never breaks across lines (or pages)
            where += " (" + t("handout.km", km=km_text(d.distance_km, lang)).replace(
                " ", NBSP) + ")"
        rows.append(_row(t("handout.where"), where))
    how = []
    if "phone" in d.modes:
        how.append(t("handout.by_phone"))
    if "video" in d.modes:
        how.append(t("handout.by_video"))
    if "home-visit" in d.modes:
        how.append(t("handout.home_visit"))
    if how:
        rows.append(_row(t("handout.how"), "<br/>".join(how)))
    schedules = d.schedules
    if always_open(schedules):
        when = t("handout.always")
    else:
        now = h.now or datetime.combine(h.day, datetime.min.time())
        sessions = next_sessions(schedules, now, count=h.sessions)
        # Schedule notes are Finnish only: shown in Finnish handouts, once if all alike.
        notes = {s.description for s in sessions} if lang == "fi" else {None}
        same = len(notes) == 1
        when = "<br/>".join(
            e(session_text(s, lang))
            + (f" ({e(s.description)})" if s.description and not same and lang == "fi" else "")
            for s in sessions) or t("handout.ask_times")
        note = next(iter(notes)) if same and sessions else None
        if note:
            when += f"<br/><i>{e(note)}</i>"
    rows.append(_row(t("handout.when"), when))
    fees = d.fees(lang)
    free_word = i18n.text("handout.free", lang)
    if d.free and lang != "fi" and not translated(d.record, "fees_description", lang):
        fees = ""  # "free" says it all; no Finnish note in a Swedish or English handout
    if d.free:
        if fees and fold(free_word) in fold(fees):
            cost = e(fees, DESCRIPTION_CHARS)
        else:
            cost = e(free_word) + (f" – {e(fees)}" if fees else "")
    else:
        cost = e(fees, DESCRIPTION_CHARS) if fees else t("handout.ask_cost")
    rows.append(_row(t("handout.cost"), cost))
    if d.referral_required is not None:
        rows.append(_row(t("handout.referral"), t("handout.needs_referral")
                         if d.referral_required else t("handout.no_referral")))
    phones = d.phones(lang)
    if phones:
        rows.append(_row(t("handout.phone"), "<br/>".join(
            f"<b>{_nowrap(p.number)}</b>" + (f" ({e(p.description)})" if p.description else "")
            for p in phones)))
    if d.url:
        rows.append(_row(t("handout.web"), e(d.url)))
    return (_heading(f"{n}. {e(d.name(lang))}", size["h2"], size["gap"])
            + f'<table cellspacing="0" cellpadding="3" width="100%">{"".join(rows)}</table>')


def _document(h: Handout, body: str) -> str:
    size = SIZES[h.large]
    return f"""<!DOCTYPE html>
<html lang="{e(h.lang)}"><head><meta charset="utf-8"><title>{e(i18n.text("handout.title",
                                                                     h.lang))}</title></head>
<body style="font-family:'DejaVu Sans','Arial',sans-serif; font-size:{size["base"]}pt;">
{body}
</body></html>
"""


def build_html(h: Handout) -> str:
    """The complete handout document, every field escaped (the preview shows it)."""
    return _document(h, "\n".join(_parts(h)))


def build_blocks(h: Handout) -> list[str]:
    """The handout as blocks that a page break must not split, each a document of its
    own: the heading part, the crisis line, then one block per service. The PDF and the
    printer lay them out page by page (``ui/referral/pdf.py``)."""
    return [_document(h, part) for part in _parts(h)]


def unused_file_name(folder: Path, stem: str, day: date, suffix: str = ".pdf") -> Path:
    """``folder/stem-2026-12-03.pdf``, or ``…-2.pdf``, ``…-3.pdf`` when that is taken: a
    new handout never replaces yesterday's or an earlier one of today."""
    base = f"{stem}-{day.isoformat()}"
    candidate = folder / f"{base}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}{suffix}"
        n += 1
    return candidate


def _parts(h: Handout) -> list[str]:
    lang = h.lang
    size = SIZES[h.large]
    t = lambda key, **kw: e(i18n.text(key, lang, **kw))  # noqa: E731
    unit = ", ".join(x for x in (h.unit_name, h.organisation) if x)
    given = ", ".join(x for x in (e(unit), f"{t('handout.phone').lower()} "
                                  f"<b>{_nowrap(h.unit_phone)}</b>" if h.unit_phone else "")
                      if x)
    if given:
        given = f"<br/>{t('handout.given_by')}: {given}"
    services = [_service_html(n, d, h) for n, d in enumerate(h.services, 1)] \
        or [f"<p>{t('handout.none')}</p>"]
    crisis = [f'<p style="font-weight:bold; font-size:{size["h2"]}pt;">'
              f'{t("handout.crisis")}</p>'] if h.crisis else []
    blank = "_" * (28 if h.large else 40)
    head = f"""{_heading(t("handout.title"), size["h1"], 0)}
<p>{t("handout.name_line")}: {blank}</p>
<p>{t("handout.date")}: {e(format_day(h.day, lang))}{given}</p>
<p>{t("handout.intro")}</p>
<p style="font-size:{max(9, size["base"] - 2)}pt;">{t("handout.footer",
                                                    day=format_day(h.day, lang))}</p>"""
    return [head, *crisis, *services]


def service_names(services: Sequence[ServiceDetail], lang: str) -> list[str]:
    return [d.name(lang) for d in services]


def mode_names(d: ServiceDetail, lang: str) -> list[str]:
    return [label_name("mode", m, lang) for m in d.modes]
