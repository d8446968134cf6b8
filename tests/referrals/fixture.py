"""A small catalogue for the referral tests: a checklist with red flags, phone services,
a peer-support group and national helplines around Suomussalmi villages (invented data)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hytedesk.bundle import write_bundle

ITEMS = {
    # id: (group, fi, sv, en, themes, red_flag)
    "bereavement": ("life-changes", "Läheisen kuolema", "En närståendes död",
                    "Death of a loved one", (3, 4), False),
    "violence-crime": ("life-changes", "Joutuminen väkivallan tai rikoksen kohteeksi",
                       "Att utsättas för våld eller brott", "Victim of violence or crime",
                       (5, 6), True),
    "peer-support": ("social-needs", "Vertaistuen tarve", "Behov av kamratstöd",
                     "Need for peer support", (4,), False),
    "loneliness": ("social-needs", "Yksinäisyys", "Ensamhet", "Loneliness", (4,), False),
    "substance-use": ("mental-health", "Päihteiden käyttö", "Användning av rusmedel",
                      "Substance use", (3,), True),
    "acute-crisis": ("mental-health", "Akuutti kriisi", "Akut kris", "Acute crisis",
                     (3, 6), True),
    "debt": ("finances", "Velkaantuminen", "Skuldsättning", "Debt", (4, 6), False),
}
GROUPS = {
    "life-changes": ("Elämän muutostilanteet", "Förändringar i livet", "Life changes"),
    "social-needs": ("Sosiaaliset tarpeet", "Sociala behov", "Social needs"),
    "mental-health": ("Mielenterveyden haasteet", "Psykisk hälsa", "Mental health"),
    "finances": ("Taloudelliset haasteet", "Ekonomiska utmaningar", "Financial challenges"),
}

TAXONOMIES = [
    {"id": "hyte-theme", "name": "Painopisteet"},
    {"id": "life-situation", "name": "Elämäntilanteet"},
    {"id": "mode", "name": "Osallistumistapa"},
    {"id": "provider-type", "name": "Järjestäjä"},
]
TERMS: list[dict[str, Any]] = (
    [{"id": f"hyte-theme:{n}", "name": f"Painopiste {n}", "taxonomy_id": "hyte-theme",
      "code": str(n)} for n in range(1, 7)]
    + [{"id": f"life-situation:{k}", "name": v[1], "taxonomy_id": "life-situation",
        "translations": {"sv": {"name": v[2]}, "en": {"name": v[3]}}} for k, v in ITEMS.items()]
    + [{"id": f"mode:{m}", "name": m, "taxonomy_id": "mode"}
       for m in ("in-person", "phone", "video", "home-visit")]
    + [{"id": f"provider-type:{p}", "name": p, "taxonomy_id": "provider-type"}
       for p in ("municipality", "ngo", "parish", "national", "welfare-region")]
)
PLACES = [
    {"id": "place:kajaani", "name": "Kajaani", "type": "municipality", "municipality": "Kajaani",
     "region": "Kainuu", "latitude": 64.2245, "longitude": 27.7334,
     "translations": {"sv": {"name": "Kajana"}}},
    {"id": "place:suomussalmi", "name": "Suomussalmi", "type": "municipality",
     "municipality": "Suomussalmi", "region": "Kainuu", "latitude": 64.8868,
     "longitude": 28.9076},
    {"id": "place:ammansaari", "name": "Ämmänsaari", "type": "village",
     "municipality": "Suomussalmi", "region": "Kainuu", "latitude": 64.8869, "longitude": 28.9009},
    {"id": "place:kiannanniemi", "name": "Kiannanniemi", "type": "village",
     "municipality": "Suomussalmi", "region": "Kainuu", "latitude": 64.9580, "longitude": 28.8220},
    {"id": "place:juntusranta", "name": "Juntusranta", "type": "village",
     "municipality": "Suomussalmi", "region": "Kainuu", "latitude": 65.1830, "longitude": 29.4500},
]
CHECKLIST = {
    "id": "referral",
    "name": {"fi": "Tarkistuslista", "sv": "Checklista", "en": "Checklist"},
    "groups": [
        {"id": gid, "label": {"fi": g[0], "sv": g[1], "en": g[2]},
         "items": [{"id": k, "label": {"fi": v[1], "sv": v[2], "en": v[3]},
                    "help": {"fi": f"Ohje: {v[1]}", "sv": f"Hjälp: {v[2]}",
                             "en": f"Help: {v[3]}"},
                    "red_flag": v[5],
                    "terms": [f"life-situation:{k}", *(f"hyte-theme:{t}" for t in v[4])]}
                   for k, v in ITEMS.items() if v[0] == gid]}
        for gid, g in GROUPS.items()
    ],
}


def service(sid: str, name: str, desc: str, org: str, *, terms: tuple[str, ...],
            village: tuple[str, float, float] | None = None, street: str = "",
            areas: tuple[str, ...] = (), phone: str | None = None, free: bool = True,
            byday: str | None = None, opens: str | None = None, closes: str | None = None,
            min_age: int | None = None, max_age: int | None = None,
            referral: bool | None = None, sv: tuple[str, str] | None = None,
            url: str | None = None, langs: tuple[str, ...] = ("fi",),
            fees: str | None = None) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": sid, "name": name, "description": desc, "status": "active",
        "organization": {"id": f"org-{sid}", "name": org},
        "attributes": [{"id": f"{sid}-a{i}", "taxonomy_term_id": t} for i, t in enumerate(terms)],
        "cost_options": [{"id": f"{sid}-c", "amount": 0 if free else 5, "currency": "EUR"}],
        "languages": [{"id": f"{sid}-l{i}", "code": c} for i, c in enumerate(langs)],
        "service_areas": [{"id": f"{sid}-sa{i}", "name": a} for i, a in enumerate(areas)],
        "hytedesk": {"sample": True},
    }
    if referral is not None:
        rec["hytedesk"]["referral_required"] = referral
    if url:
        rec["url"] = url
    if fees:
        rec["fees_description"] = fees
    if min_age is not None:
        rec["minimum_age"] = min_age
    if max_age is not None:
        rec["maximum_age"] = max_age
    if phone:
        rec["phones"] = [{"id": f"{sid}-p", "number": phone}]
    if byday:
        sched: dict[str, Any] = {"id": f"{sid}-s", "freq": "WEEKLY", "byday": byday}
        if opens:
            sched["opens_at"] = opens
        if closes:
            sched["closes_at"] = closes
        rec["schedules"] = [sched]
    if village:
        city, lat, lon = village
        rec["service_at_locations"] = [{"id": f"{sid}-sal", "location": {
            "id": f"{sid}-loc", "location_type": "physical", "name": f"{city} seurakuntatalo",
            "latitude": lat, "longitude": lon,
            "addresses": [{"id": f"{sid}-ad", "address_1": street or "Kirkkotie 1",
                           "city": city, "postal_code": "89600", "country": "FI"}]}}]
    if sv:
        rec["translations"] = {"sv": {"name": sv[0], "description": sv[1]}}
    return rec


SUO = ("Suomussalmi", 64.8870, 28.9050)
KAJ = ("Kajaani", 64.2270, 27.7300)

SERVICES = [
    service("vertais", "Leskien vertaistukiryhmä",
            "Vertaistukiryhmä läheisensä menettäneille. Kahvia ja keskustelua.",
            "Suomussalmen seurakunta", village=SUO, street="Kirkkotie 5",
            terms=("life-situation:bereavement", "life-situation:peer-support",
                   "life-situation:loneliness", "hyte-theme:4", "mode:in-person",
                   "provider-type:parish"),
            byday="TU", opens="13:00", closes="15:00", referral=False,
            sv=("Kamratstödgrupp för änkor och änklingar",
                "Kamratstöd för den som förlorat en närstående."),
            url="https://example.invalid/vertais"),
    service("puhelinystava", "Puhelinystävä ikäihmisille",
            "Vapaaehtoinen soittaa viikoittain ja juttelee. Yksinäisyyteen ja suruun.",
            "Kainuun Vanhustyön yhdistys ry", areas=("Kainuu",), phone="044 123 4567",
            terms=("life-situation:loneliness", "life-situation:bereavement", "hyte-theme:4",
                   "mode:phone", "provider-type:ngo"),
            byday="MO,TH", opens="10:00", closes="12:00", min_age=65, referral=False,
            sv=("Telefonvän för äldre", "En frivillig ringer varje vecka och pratar.")),
    service("nuoret", "Nuorten kohtaamispaikka",
            "Matalan kynnyksen paikka nuorille.", "Suomussalmen kunta", village=SUO,
            terms=("life-situation:loneliness", "hyte-theme:4", "mode:in-person",
                   "provider-type:municipality"), max_age=29),
    service("kajaani-kerho", "Kajaanin ystävätupa",
            "Kohtaamispaikka yksinäisille Kajaanissa.", "Kajaanin kaupunki", village=KAJ,
            terms=("life-situation:loneliness", "hyte-theme:4", "mode:in-person",
                   "provider-type:municipality")),
    service("velka", "Talous- ja velkaneuvonta", "Neuvontaa velkoihin.", "Oikeusaputoimisto",
            village=KAJ, terms=("life-situation:debt", "mode:in-person",
                                "provider-type:municipality"), referral=False),
    service("rikosuhri", "Rikosuhripäivystys", "Tukea rikoksen uhreille ja läheisille.",
            "Rikosuhripäivystys RIKU", areas=("Suomi",), phone="116 006",
            terms=("life-situation:violence-crime", "hyte-theme:5", "mode:phone",
                   "provider-type:national"), byday="MO,TU,WE,TH,FR", opens="09:00",
            closes="16:00"),
    service("kriisi", "Kriisipuhelin", "Keskusteluapua kriisissä.", "MIELI ry",
            areas=("Suomi",), phone="09 2525 0111",
            terms=("life-situation:acute-crisis", "hyte-theme:3", "mode:phone",
                   "provider-type:national"),
            byday="MO,TU,WE,TH,FR,SA,SU", opens="00:00", closes="24:00", free=False,
            fees="Puhelu maksaa normaalin hinnan."),
    service("paihdelinkki", "Päihdeneuvonta puhelimessa", "Neuvontaa päihteistä.",
            "A-klinikka", areas=("Suomi",), phone="0800 900 45",
            terms=("life-situation:substance-use", "hyte-theme:3", "mode:phone",
                   "provider-type:national")),
    service("kerho", "Kiannan kyläkerho", "Kyläläisten kerho, muistelua ja pullakahvit.",
            "Kiannan kyläyhdistys", village=("Suomussalmi", 64.9590, 28.8230),
            terms=("life-situation:loneliness", "life-situation:peer-support",
                   "hyte-theme:4", "mode:in-person", "provider-type:ngo"),
            byday="1WE", opens="12:00", closes="14:00"),
]


def build(path: Path, *, version: int = 1, services: list[dict[str, Any]] | None = None,
          checklists: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return write_bundle(
        path, catalogue_id="reftest", version=version, source="referral test fixture",
        sample_data=True, created="2026-11-01T00:00:00Z",
        services=services if services is not None else SERVICES,
        taxonomies=TAXONOMIES, taxonomy_terms=TERMS,
        checklists=checklists if checklists is not None else [CHECKLIST], places=PLACES,
    )
