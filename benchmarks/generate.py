"""Deterministic national-scale benchmark catalogue (bundle format v1).

    python benchmarks/generate.py --services 100000 --seed 1 -o OUT.hytebundle
    python benchmarks/generate.py --mutate OUT.hytebundle --percent 1 --version 2 -o V2.hytebundle

The first form writes version 1 of the catalogue ``bench``: services spread over all 309
municipalities (the first 309 services visit each once, the rest follow a weighted draw),
1–3 locations each, Finnish names and descriptions drawn with Zipf weights from
``benchmarks.vocabulary``, about 10 % with Swedish or English translations, ~3 %
temporarily closed. It streams: services are generated one at a time into
``hytedesk.bundle.write_bundle``, so memory does not grow with ``--services``.

The second form reads a bundle and writes the next version in which ``percent`` % of the
services are changed (description, phone or schedule edits), and ``percent / 10`` % are
deleted and as many added — a day's worth of updates, for measuring deltas. The changed,
deleted and added ids are written beside the output as ``<out>.mutation.json``.

Same arguments, same bytes: every random draw comes from a seeded ``random.Random`` and the
bundle's ``created`` time is derived from the version.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from bisect import bisect
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import vocabulary as voc
from benchmarks.municipalities import Municipality, Place, municipalities, places, slug
from hytedesk.bundle import BundleReader, write_bundle

CATALOGUE_ID = "bench"
SOURCE = "HyteDesk benchmark generator (synthetic national-scale catalogue)"
_EPOCH = date(2026, 1, 5)

Record = dict[str, Any]


def created_for(version: int) -> str:
    """A fixed publication time per version, so the output bytes depend on the inputs only."""
    return f"{_EPOCH + timedelta(days=version - 1)}T05:00:00Z"


# --------------------------------------------------------------------------- taxonomies

THEMES = {
    1: ("Elintapaohjaus: ravitsemus, liikunta ja uni", "Levnadsvanor: kost, motion och sömn",
        "Lifestyle guidance: nutrition, exercise and sleep"),
    2: ("Työ- ja toimintakyky", "Arbets- och funktionsförmåga", "Work and functional ability"),
    3: ("Mielenterveys ja ehkäisevä päihdetyö", "Psykisk hälsa och förebyggande missbruksarbete",
        "Mental health and preventive substance-use work"),
    4: ("Osallisuus ja yksinäisyyden torjunta", "Delaktighet och motverkande av ensamhet",
        "Inclusion and preventing loneliness"),
    5: ("Lähisuhde- ja perheväkivallan ehkäisy", "Förebyggande av våld i nära relationer",
        "Preventing domestic and family violence"),
    6: ("Arjen turvallisuus", "Trygghet i vardagen", "Everyday safety"),
}

SITUATIONS = {
    "illness": ("Sairastuminen", "Insjuknande", "Falling ill"),
    "relationship": ("Ero tai parisuhteen vaikeudet", "Skilsmässa eller svårigheter i "
                     "parförhållandet", "Separation or relationship difficulties"),
    "bereavement": ("Läheisen kuolema", "En närståendes död", "Death of a close person"),
    "retirement": ("Eläköityminen", "Pensionering", "Retirement"),
    "caregiving": ("Omaishoito", "Närståendevård", "Informal caregiving"),
    "end-of-life-care": ("Saattohoito", "Vård i livets slutskede", "End-of-life care"),
    "violence-crime": ("Väkivalta tai rikos", "Våld eller brott", "Violence or crime"),
    "peer-support": ("Vertaistuen tarve", "Behov av kamratstöd", "Need for peer support"),
    "loneliness": ("Yksinäisyys", "Ensamhet", "Loneliness"),
    "mental-health": ("Mielenterveyden huolet", "Oro för den psykiska hälsan",
                      "Mental health concerns"),
    "substance-use": ("Päihteiden käyttö", "Användning av rusmedel", "Substance use"),
    "money-management": ("Raha-asioiden hoito", "Att sköta sin ekonomi", "Managing money"),
    "low-income": ("Pienituloisuus", "Låg inkomst", "Low income"),
    "debt": ("Velat", "Skulder", "Debt"),
    "lifestyle-change": ("Elintapamuutos", "Förändring av levnadsvanor", "Lifestyle change"),
    "self-care": ("Omahoidon tuki", "Stöd för egenvård", "Self-care support"),
    "care-ending": ("Hoitosuhteen päättyminen", "När en vårdrelation upphör",
                    "End of a care relationship"),
    "acute-crisis": ("Akuutti kriisi", "Akut kris", "Acute crisis"),
}

MODES = {
    "in-person": ("Paikan päällä", "På plats", "In person"),
    "phone": ("Puhelimitse", "Per telefon", "By phone"),
    "video": ("Videoyhteydellä", "Via video", "By video"),
    "home-visit": ("Kotikäynti", "Hembesök", "Home visit"),
}

PROVIDER_TYPES = {
    "municipality": ("Kunta", "Kommun", "Municipality"),
    "welfare-region": ("Hyvinvointialue", "Välfärdsområde", "Wellbeing services county"),
    "ngo": ("Järjestö", "Organisation", "Non-governmental organisation"),
    "parish": ("Seurakunta", "Församling", "Parish"),
    "company": ("Yritys", "Företag", "Company"),
    "national": ("Valtakunnallinen toimija", "Riksomfattande aktör", "National provider"),
}

# PTV life events and citizen target groups: real codes and labels of the PTV code lists.
_PTV_LIFE_EVENTS = {
    "KE1": ("Lapsen saaminen", "Att få barn", "Having a child"),
    "KE4": ("Muuttaminen", "Flyttning", "Moving"),
    "KE5": ("Maahanmuuttajana Suomeen", "Till Finland som invandrare", "Immigrating to Finland"),
    "KE7": ("Avioero", "Skilsmässa", "Divorce"),
    "KE8": ("Työttömäksi jääminen", "Att bli arbetslös", "Losing a job"),
    "KE9": ("Velkaantuminen", "Skuldsättning", "Burdened by debt"),
    "KE10": ("Eläkkeelle siirtyminen", "Att gå i pension", "Retirement"),
    "KE11": ("Vakava sairastuminen", "När man blir allvarligt sjuk", "Falling seriously ill"),
    "KE12": ("Kuntoutus", "Rehabilitering", "Rehabilition"),
    "KE13": ("Omaishoitajana toimiminen", "Att arbeta som anhörigvårdare",
             "Giving informal care"),
    "KE14": ("Omaisen kuolema", "När en anhörig avlider", "Death of a close family member"),
}
_PTV_TARGET_GROUPS = {
    "KR1": ("Kansalaiset", "Medborgare", "Citizens"),
    "KR1.1": ("Ikäihmiset", "De äldre", "Seniors"),
    "KR1.2": ("Lapset ja lapsiperheet", "Barn och barnfamiljer", "Children and families"),
    "KR1.3": ("Nuoret", "De unga", "Young people"),
    "KR1.4": ("Pitkäaikaissairaat", "Långtidssjuka", "People with long-term illnesses"),
    "KR1.6": ("Vammaiset", "Handikappade", "Disabled people"),
}
LIFE_EVENT_URI = "http://uri.suomi.fi/codelist/ptv/ptvelti/code/"
TARGET_GROUP_URI = "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/"
# Synthetic service classes: codes P101… stay clear of the real PTV classes (P1–P27).
SERVICE_CLASS_URI = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/"
_CLASS_TOPS = {
    1: ("Terveyden edistäminen ja elintavat", "Hälsofrämjande och levnadsvanor",
        "Health promotion and lifestyle"),
    2: ("Kuntoutus ja toimintakyky", "Rehabilitering och funktionsförmåga",
        "Rehabilitation and functional ability"),
    3: ("Mielenterveys- ja päihdepalvelut", "Mentalvårds- och missbrukartjänster",
        "Mental health and substance-use services"),
    4: ("Järjestö- ja vapaaehtoistoiminta", "Organisations- och frivilligverksamhet",
        "NGO and volunteer activities"),
    5: ("Perhe- ja lähisuhdepalvelut", "Familje- och relationstjänster",
        "Family and relationship services"),
    6: ("Arjen turvallisuus ja talous", "Trygghet och ekonomi i vardagen",
        "Everyday safety and finances"),
    7: ("Ikääntyneiden palvelut", "Tjänster för äldre", "Services for older people"),
    8: ("Sosiaalipalvelut", "Socialtjänster", "Social services"),
    9: ("Kulttuuri ja vapaa-aika", "Kultur och fritid", "Culture and leisure"),
    10: ("Liikunta ja ulkoilu", "Idrott och friluftsliv", "Sports and outdoor activities"),
    11: ("Asuminen", "Boende", "Housing"),
    12: ("Työllisyys", "Sysselsättning", "Employment"),
}
N_SUBCLASSES = 290
SITUATION_LIFE_EVENTS = {
    "illness": "KE11", "relationship": "KE7", "bereavement": "KE14", "retirement": "KE10",
    "caregiving": "KE13", "debt": "KE9", "low-income": "KE8",
}


def _tr(sv: str, en: str, key: str = "name") -> dict[str, dict[str, str]]:
    return {"sv": {key: sv}, "en": {key: en}}


def taxonomies() -> list[Record]:
    rows = [
        ("hyte-theme", "Hyten painopisteet", "Prioriteringar inom hälsofrämjande",
         "Priority areas of health promotion"),
        ("life-situation", "Elämäntilanteet", "Livssituationer", "Life situations"),
        ("mode", "Osallistumistapa", "Sätt att delta", "Attendance mode"),
        ("provider-type", "Palveluntuottajan tyyppi", "Typ av tjänsteproducent",
         "Provider type"),
        ("ptv-service-class", "Palveluluokat (synteettinen)", "Serviceklasser (syntetiska)",
         "Service classes (synthetic)"),
        ("ptv-life-event", "Elämätilanteet (PTV)", "Livshändelser (PTV)", "Life events (PTV)"),
        ("ptv-target-group", "Kohderyhmät (PTV)", "Målgrupper (PTV)", "Target groups (PTV)"),
    ]
    return [{"id": i, "name": fi, "translations": _tr(sv, en)} for i, fi, sv, en in rows]


def service_class_id(top: int, sub: int | None = None) -> str:
    code = f"P{100 + top}" if sub is None else f"P{100 + top}.{sub}"
    return SERVICE_CLASS_URI + code


def _class_top(word: voc.Word) -> int:
    if word.themes:
        return word.themes[0]
    return 4


def _subclass_ids() -> dict[str, str]:
    """Service class of each of the commonest service words (the rest use the top class)."""
    counters: dict[int, int] = {}
    out = {}
    for w in voc.compounds()[:N_SUBCLASSES]:
        top = _class_top(w)
        counters[top] = counters.get(top, 0) + 1
        out[w.nom] = service_class_id(top, counters[top])
    return out


def taxonomy_terms() -> Iterator[Record]:
    for n, (fi, sv, en) in THEMES.items():
        yield {"id": f"hyte-theme:{n}", "name": fi, "code": str(n),
               "taxonomy_id": "hyte-theme", "translations": _tr(sv, en)}
    for tables, tax in ((SITUATIONS, "life-situation"), (MODES, "mode"),
                        (PROVIDER_TYPES, "provider-type")):
        for code, (fi, sv, en) in tables.items():
            yield {"id": f"{tax}:{code}", "name": fi, "code": code, "taxonomy_id": tax,
                   "translations": _tr(sv, en)}
    for code, (fi, sv, en) in _PTV_LIFE_EVENTS.items():
        yield {"id": LIFE_EVENT_URI + code, "name": fi, "code": code,
               "taxonomy_id": "ptv-life-event", "term_uri": LIFE_EVENT_URI + code,
               "translations": _tr(sv, en)}
    for code, (fi, sv, en) in _PTV_TARGET_GROUPS.items():
        rec: Record = {"id": TARGET_GROUP_URI + code, "name": fi, "code": code,
                       "taxonomy_id": "ptv-target-group", "term_uri": TARGET_GROUP_URI + code,
                       "translations": _tr(sv, en)}
        if "." in code:
            rec["parent_id"] = TARGET_GROUP_URI + "KR1"
        yield rec
    for top, (fi, sv, en) in _CLASS_TOPS.items():
        uri = service_class_id(top)
        yield {"id": uri, "name": fi, "code": uri.rsplit("/", 1)[1],
               "taxonomy_id": "ptv-service-class", "term_uri": uri,
               "translations": _tr(sv, en)}
    words = {w.nom: w for w in voc.compounds()[:N_SUBCLASSES]}
    for nom, uri in _subclass_ids().items():
        w = words[nom]
        top = _class_top(w)
        yield {"id": uri, "name": nom.capitalize(), "code": uri.rsplit("/", 1)[1],
               "description": "Synteettinen palveluluokka suorituskykytestejä varten.",
               "taxonomy_id": "ptv-service-class", "parent_id": service_class_id(top),
               "term_uri": uri, "translations": _tr(w.sv.capitalize(), w.en.capitalize())}


def _lang3(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


def checklists() -> list[Record]:
    """One simple referral checklist, grouped as in the region's seed document."""
    groups = [
        ("life-changes", ("Elämän muutostilanteet", "Förändringar i livet", "Life changes"),
         ["illness", "relationship", "bereavement", "retirement", "caregiving",
          "end-of-life-care"]),
        ("social", ("Sosiaaliset tarpeet", "Sociala behov", "Social needs"),
         ["loneliness", "peer-support"]),
        ("mental-health", ("Mielenterveys ja päihteet", "Psykisk hälsa och rusmedel",
                           "Mental health and substances"),
         ["mental-health", "substance-use", "acute-crisis"]),
        ("finances", ("Talous", "Ekonomi", "Finances"),
         ["money-management", "low-income", "debt"]),
        ("lifestyle", ("Elintapamuutos", "Förändring av levnadsvanor", "Lifestyle change"),
         ["lifestyle-change"]),
        ("self-care", ("Omahoidon tuki", "Stöd för egenvård", "Self-care support"),
         ["self-care"]),
        ("care-ending", ("Hoitosuhteen päättyminen", "När vården upphör", "Care ending"),
         ["care-ending"]),
        ("safety", ("Turvallisuus", "Trygghet", "Safety"), ["violence-crime"]),
    ]
    theme_of = {
        "illness": 2, "relationship": 5, "bereavement": 3, "retirement": 4, "caregiving": 4,
        "end-of-life-care": 3, "loneliness": 4, "peer-support": 4, "mental-health": 3,
        "substance-use": 3, "acute-crisis": 3, "money-management": 6, "low-income": 6,
        "debt": 6, "lifestyle-change": 1, "self-care": 2, "care-ending": 2,
        "violence-crime": 5,
    }
    red = {"violence-crime", "acute-crisis", "substance-use"}
    out_groups = []
    for gid, (gfi, gsv, gen), items in groups:
        out_items = []
        for code in items:
            fi, sv, en = SITUATIONS[code]
            terms = [f"life-situation:{code}", f"hyte-theme:{theme_of[code]}"]
            if code in SITUATION_LIFE_EVENTS:
                terms.append(LIFE_EVENT_URI + SITUATION_LIFE_EVENTS[code])
            out_items.append({
                "id": code,
                "label": _lang3(fi, sv, en),
                "help": _lang3(f"Kysy asiakkaalta: {fi.lower()}?",
                               f"Fråga klienten: {sv.lower()}?",
                               f"Ask the client: {en.lower()}?"),
                "red_flag": code in red,
                "terms": terms,
            })
        out_groups.append({"id": gid, "label": _lang3(gfi, gsv, gen), "items": out_items})
    return [{"id": "referral",
             "name": _lang3("Palveluohjauksen tarkistuslista", "Checklista för servicehandledning",
                            "Referral checklist"),
             "groups": out_groups}]


def place_records() -> Iterator[Record]:
    for p in places():
        yield p.record()


# --------------------------------------------------------------------------- organizations

_NATIONAL_ORGS = (
    ("MIELI Suomen Mielenterveys ry", "kriisipäivystys"),
    ("Takuusäätiö sr", "velkaneuvonta"),
    ("Rikosuhripäivystys", "rikosuhripäivystys"),
    ("Omaishoitajaliitto ry", "omaishoitotuki"),
    ("Suomen Punainen Risti", "ystävätoiminta"),
    ("Vanhustyön keskusliitto ry", "liikuntaneuvonta"),
    ("Muistiliitto ry", "muistineuvonta"),
    ("EHYT ry", "päihdetyö"),
    ("Ensi- ja turvakotien liitto ry", "lähisuhdeväkivaltatyö"),
    ("Diabetesliitto ry", "diabetesryhmä"),
    ("Eläkeliitto ry", "eläkeläiskerho"),
    ("Kansalaisareena ry", "vapaaehtoistoiminta"),
    ("Syöpäjärjestöt", "syöpäneuvonta"),
    ("Sininauhaliitto ry", "päihdekuntoutus"),
    ("Martat ry", "ravitsemusneuvonta"),
)

_NGO_PATTERNS = {
    1: ("{gen} Latu ry", "{gen} Sydänyhdistys ry", "{gen} Diabetesyhdistys ry",
        "{gen} Urheiluseura ry", "{gen} Martat ry"),
    2: ("{gen} Reumayhdistys ry", "{gen} Muistiyhdistys ry", "{gen} Invalidit ry",
        "{gen} seudun Syöpäyhdistys ry", "{gen} Kuuloyhdistys ry"),
    3: ("{gen} Mielenterveysyhdistys ry", "{gen} A-kilta ry", "{gen} seudun Kriisikeskus ry",
        "{gen} Sininauha ry", "{gen} Omaiset mielenterveystyön tukena ry"),
    4: ("{gen} Eläkeläiset ry", "{gen} Kyläyhdistys ry", "SPR {gen} osasto",
        "{gen} Nuorisoseura ry", "{gen} seudun Omaishoitajat ry", "{gen} Eläkkeensaajat ry"),
    5: ("MLL:n {gen} yhdistys", "{gen} seudun Ensi- ja turvakoti ry",
        "{gen} Perhekerho ry", "{gen} Setlementti ry"),
    6: ("{gen} Vapaaehtoinen palokunta ry", "{gen} seudun Talousapu ry",
        "{gen} Turvallisuustoimikunta ry"),
}

_SURNAMES = voc.words(
    "Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
    "Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen "
    "Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen"
)
_COMPANY_KINDS = ("Fysioterapia", "Hoivapalvelut", "Kuntoutus", "Hyvinvointipalvelut",
                  "Terveyspalvelut", "Kotipalvelut", "Liikuntapalvelut", "Jalkahoito")


def _business_id(key: str) -> str:
    """A well-formed Finnish business id (Y-tunnus) with a valid check digit."""
    n = int(hashlib.sha256(key.encode()).hexdigest()[:12], 16)
    while True:
        digits = f"{n % 10_000_000:07d}"
        rem = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if rem != 1:
            return f"{digits}-{0 if rem == 0 else 11 - rem}"
        n += 1


def _org(oid: str, name: str, domain: str, description: str | None = None) -> Record:
    rec: Record = {"id": oid, "name": name, "website": f"https://{domain}.example/",
                   "email": f"info@{domain}.example", "tax_id": _business_id(oid)}
    if description:
        rec["description"] = description
    return rec


# --------------------------------------------------------------------------- services

_STREETS = (
    "Kauppakatu", "Koulukatu", "Kirkkokatu", "Asemakatu", "Rantatie", "Myllytie", "Koivutie",
    "Pappilantie", "Urheilutie", "Kansakoulutie", "Terveystie", "Sairaalantie", "Torikatu",
    "Puistokatu", "Kyläkouluntie", "Harjutie", "Keskustie", "Seurakuntatie", "Mäntytie",
    "Opintie", "Sahantie", "Meijerintie", "Postitie", "Kunnantie", "Jokitie", "Niemenkärjentie",
)
_PROVIDERS = ("municipality", "welfare-region", "ngo", "parish", "company", "national")
_PROVIDER_CUM = [0.24, 0.44, 0.77, 0.87, 0.94, 1.0]
_COST_OPTIONS = ("kertamaksu", "kausimaksu", "jäsenmaksu", "kurssimaksu", "kuukausimaksu")
_AMOUNTS = (2, 3, 5, 5, 8, 10, 10, 15, 20, 25, 30, 40, 60, 90, 120)
_SV_SENTENCES = (
    "Verksamheten är avgiftsfri.", "Ingen remiss behövs.", "Anmälan per telefon.",
    "Välkommen med!", "Gruppen träffas varje vecka.", "Tjänsten är konfidentiell.",
)
_EN_SENTENCES = (
    "The service is free of charge.", "No referral is needed.", "Sign up by phone.",
    "Everyone is welcome.", "The group meets weekly.", "The service is confidential.",
)


_DAY_NAMES = {"MO": "maanantai", "TU": "tiistai", "WE": "keskiviikko", "TH": "torstai",
              "FR": "perjantai", "SA": "lauantai", "SU": "sunnuntai"}
_ORDINALS = {"1": "ensimmäinen", "2": "toinen", "3": "kolmas", "-1": "viimeinen"}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class ServiceFactory:
    """Makes service records one at a time from a seeded random stream."""

    def __init__(self, seed: int, id_prefix: str = "svc") -> None:
        self.rng = random.Random(seed)
        self.id_prefix = id_prefix
        self.words = voc.compounds()
        self.word_cum = voc.zipf_cum_weights(len(self.words), 1.0, 1.5)
        self.need_cum = voc.zipf_cum_weights(60, 1.0, 1.5)
        self.topics = voc.topics()
        self.topic_cum = voc.zipf_cum_weights(len(self.topics), 0.9, 1.5)
        self.targets = voc.targets()
        self.target_cum = voc.zipf_cum_weights(len(self.targets), 0.9, 1.5)
        self.munis = municipalities()
        weights = []
        for m in self.munis:
            if m.name in ("Helsinki", "Espoo", "Tampere", "Vantaa", "Oulu", "Turku"):
                weights.append(20.0)
            elif m.city:
                weights.append(4.0)
            else:
                weights.append(1.5)
        self.muni_cum = list(accumulate(weights))
        self.places: dict[str, list[Place]] = {}
        for p in places():
            self.places.setdefault(p.municipality.name, []).append(p)
        self.region_munis: dict[str, list[Municipality]] = {}
        for m in self.munis:
            self.region_munis.setdefault(m.region.name, []).append(m)
        self.subclass = _subclass_ids()
        self._orgs: dict[tuple[str, str, int], Record] = {}

    # -- helpers
    def _word(self) -> voc.Word:
        return voc.pick(self.rng, self.words, self.word_cum)

    def _topic(self) -> voc.Word:
        return voc.pick(self.rng, self.topics, self.topic_cum)

    def _topics(self, n: int, only: frozenset[str] | None = None) -> list[voc.Word]:
        """``n`` different topics, Zipf-weighted, optionally from a subset."""
        out: list[voc.Word] = []
        while len(out) < n:
            t = self._topic()
            if t not in out and (only is None or t.nom in only):
                out.append(t)
        return out

    def _municipality(self, index: int) -> Municipality:
        if index < len(self.munis):  # every municipality gets services, whatever the size
            return self.munis[index]
        return voc.pick(self.rng, self.munis, self.muni_cum)

    def _phone_number(self, m: Municipality) -> str:
        r = self.rng
        if r.random() < 0.55:
            prefix = f"0{r.choice('45')}{r.choice('0444')}"
            return f"{prefix} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}"
        return f"{m.region.area_code} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}"

    def _organization(self, ptype: str, m: Municipality, word: voc.Word) -> Record:
        r = self.rng
        if ptype == "welfare-region" and m.region.name == "Ahvenanmaa":
            ptype = "municipality"
        if ptype == "national":
            variant = r.randrange(len(_NATIONAL_ORGS))
            key = ("national", "", variant)
        elif ptype == "ngo":
            theme = word.themes[0] if word.themes else r.randint(1, 6)
            variant = theme * 100 + r.randrange(len(_NGO_PATTERNS[theme]))
            key = ("ngo", m.name, variant)
        elif ptype == "company":
            key = ("company", m.name, r.randrange(3))
        else:
            key = (ptype, m.name if ptype != "welfare-region" else m.region.name, 0)
        org = self._orgs.get(key)
        if org is None:
            org = self._make_org(key, m)
            self._orgs[key] = org
        return org

    def _make_org(self, key: tuple[str, str, int], m: Municipality) -> Record:
        kind, _, variant = key
        if kind == "national":
            name = _NATIONAL_ORGS[variant][0]
            return _org(f"org:national:{slug(name)}", name, slug(name))
        if kind == "welfare-region":
            region = m.region
            name = f"{region.genitive} hyvinvointialue"
            org = _org(f"org:hva:{slug(region.name)}", name, f"hva-{slug(region.name)}")
            org["translations"] = {"sv": {"name": f"Välfärdsområdet {region.sv}"}}
            return org
        if kind == "municipality":
            org = _org(f"org:{m.slug}", m.org_name, m.slug)
            if m.sv:
                org["translations"] = {
                    "sv": {"name": f"{m.sv} {'stad' if m.city else 'kommun'}"}}
            return org
        if kind == "parish":
            name = f"{m.genitive} seurakunta"
            org = _org(f"org:{m.slug}:seurakunta", name, f"{m.slug}-srk")
            if m.sv:
                org["translations"] = {"sv": {"name": f"{m.sv} församling"}}
            return org
        if kind == "ngo":
            theme, n = divmod(variant, 100)
            name = _NGO_PATTERNS[theme][n].format(gen=m.genitive)
            return _org(f"org:{m.slug}:ngo:{slug(name)}", name, slug(name),
                        "Paikallinen yhdistys, jonka toiminta perustuu vapaaehtoisuuteen.")
        rng = random.Random(f"company:{m.code}:{variant}")
        name = f"{rng.choice(_COMPANY_KINDS)} {rng.choice(_SURNAMES)} Oy"
        return _org(f"org:{m.slug}:company:{variant}", name, slug(name))

    def _schedule(self, sid: str, n: int) -> Record:
        r = self.rng
        day = r.choice(voc.WEEKDAYS[:5] if r.random() < 0.9 else voc.WEEKDAYS)
        start = r.choice((8, 9, 9, 10, 10, 11, 12, 13, 14, 15, 17, 18))
        length = r.choice((1, 1, 2, 2, 3, 4, 6, 8))
        end = min(start + length, 24)
        half = r.random() < 0.3
        rec: Record = {"id": f"{sid}-s{n}", "opens_at": f"{start:02d}:{'30' if half else '00'}",
                       "closes_at": f"{end:02d}:00" if end < 24 else "24:00"}
        if r.random() < 0.8:
            days = [day[0]]
            if r.random() < 0.35:
                extra = r.choice(voc.WEEKDAYS[:5])[0]
                if extra != day[0]:
                    days.append(extra)
            order = [d[0] for d in voc.WEEKDAYS]
            rec["freq"] = "WEEKLY"
            rec["byday"] = ",".join(sorted(days, key=order.index))
            rec["description"] = f"{_cap(day[1])} klo {rec['opens_at']}–{rec['closes_at']}"
        else:
            week = r.choice(("1", "2", "3", "-1"))
            rec["freq"] = "MONTHLY"
            rec["byday"] = f"{week}{day[0]}"
            rec["description"] = f"Kuukauden {_ORDINALS[week]} {_DAY_NAMES[day[0]]}"
        if r.random() < 0.3:
            rec["valid_from"] = "2026-01-07"
            rec["valid_to"] = "2026-05-29" if r.random() < 0.5 else "2026-12-18"
        return rec

    def _description(self, word: voc.Word, target: voc.Target | None, m: Municipality,
                     venue_loc: str, modes: list[str]) -> str:
        r = self.rng
        w2 = voc.pick(r, self.words, self.need_cum)  # what one "needs": tukea, apua …
        t1, t2, t3 = self._topics(3)
        good1, good2 = self._topics(2, voc.POSITIVE_TOPICS)
        bad1, bad2 = self._topics(2, voc.PROBLEM_TOPICS)
        role = r.choice(voc.ROLES)
        day = r.choice(voc.WEEKDAYS[:5])[1]
        tgt_all = target.all if target else r.choice(("kaikille", "asukkaille", "aikuisille"))
        s = [
            f"{_cap(r.choice(voc.ADJECTIVES))} {word.nom} {tgt_all}.",
        ]
        pool = [
            lambda: (f"{_cap(word.nom)} on tarkoitettu {tgt_all}, jotka tarvitsevat "
                     f"{w2.form('part')} {t1.form('ill')}."),
            lambda: f"Ryhmä kokoontuu {day} {venue_loc}.",
            lambda: (f"Keskustelemme {t1.form('ela')}, {t2.form('ela')} ja "
                     f"{t3.form('ela')}."),
            lambda: f"Ilmoittautuminen {word.form('ill')} puhelimitse tai sähköpostilla.",
            lambda: "Palvelu on maksuton eikä vaadi lähetettä.",
            lambda: f"Saat {w2.form('part')} ja neuvoja {t1.form('ill')}.",
            lambda: f"Lisätietoja {word.form('ela')} {r.choice(voc.ROLE_WORDS)} {role}.",
            lambda: f"Tervetuloa mukaan {word.form('ill')}!",
            lambda: f"Tavoitteena on edistää {good1.form('part')} ja {good2.form('part')}.",
            lambda: f"Tavoitteena on ehkäistä {bad1.form('part')} ja {bad2.form('part')}.",
            lambda: f"Palvelussa kartoitetaan {t1.form('part')} ja tehdään yhdessä suunnitelma.",
            lambda: "Mukaan voi tulla ilman ennakkoilmoittautumista.",
            lambda: f"Ohjaajana toimii koulutettu {role}.",
            lambda: "Vertaistuki auttaa jaksamaan arjessa.",
            lambda: (f"{_cap(target.nom if target else 'osallistujat')} voivat osallistua "
                     f"{word.form('ill')} myös etänä."),
            lambda: f"Toiminta on osa {m.genitive} {w2.form('gen')} kokonaisuutta.",
            lambda: f"Kerromme {w2.form('pl_ela')} ja {t1.form('ela')}.",
        ]
        if "phone" in modes:
            pool.append(lambda: "Palveluun voi ottaa yhteyttä myös puhelimitse.")
        if "video" in modes:
            pool.append(lambda: "Tapaamiset onnistuvat myös videoyhteydellä.")
        if "home-visit" in modes:
            pool.append(lambda: "Työntekijä voi tulla myös kotikäynnille.")
        for f in r.sample(pool, r.randint(1, 4)):
            s.append(f())
        return " ".join(s)

    def _name(self, word: voc.Word, target: voc.Target | None, m: Municipality,
              village: str | None, national: bool) -> str:
        r = self.rng
        x = r.random()
        if national:
            return _cap(word.nom) if x < 0.7 else f"{_cap(word.nom)} puhelimitse ja verkossa"
        if target and x < 0.35:
            return f"{_cap(target.gen)} {word.nom}"
        if x < 0.55:
            return _cap(word.nom)
        if x < 0.7:
            return f"{m.genitive} {word.nom}"
        if x < 0.8 and village:
            return f"{_cap(word.nom)}, {village}"
        if x < 0.9:
            return f"{_cap(r.choice(voc.ADJECTIVES))} {word.nom}"
        return f"{_cap(word.nom)} ja {self._word().nom}"

    def service(self, index: int, suffix: str | None = None) -> Record:
        """The service number ``index``; ``suffix`` replaces the index in the id if given."""
        r = self.rng
        sid = f"{self.id_prefix}-{suffix if suffix is not None else f'{index:06d}'}"
        m = self._municipality(index)
        word = self._word()
        target = voc.pick(r, self.targets, self.target_cum) if r.random() < 0.6 else None
        ptype = _PROVIDERS[bisect(_PROVIDER_CUM, r.random())]
        if ptype == "national" and index < len(self.munis):
            ptype = "ngo"  # the round-robin services are local, so every municipality shows
        national = ptype == "national"
        org = self._organization(ptype, m, word)
        m_places = self.places[m.name]
        village_place = r.choice(m_places[1:]) if len(m_places) > 1 else None

        # attendance modes
        modes: list[str] = []
        if national:
            modes = ["phone"] + (["video"] if r.random() < 0.4 else [])
        else:
            modes = ["in-person"]
            if r.random() < 0.22:
                modes.append("phone")
            if r.random() < 0.12:
                modes.append("video")
            if word.nom.startswith("koti") or r.random() < 0.05:
                modes.append("home-visit")

        # locations
        x = r.random()
        n_loc = 1 if x < 0.55 else 2 if x < 0.88 else 3
        sals: list[Record] = []
        venue_loc = ""
        for k in range(n_loc):
            lid = f"{sid}-l{k + 1}"
            if (national and k == 0) or (k > 0 and "video" in modes and r.random() < 0.5):
                sals.append({"id": f"{sid}-sal{k + 1}", "location": {
                    "id": lid, "location_type": "virtual",
                    "name": "Verkossa ja puhelimitse" if national else "Etäyhteys"}})
                continue
            lm = m
            if k > 0 and (ptype == "welfare-region" or national) and r.random() < 0.6:
                lm = r.choice(self.region_munis[m.region.name])
            lplaces = self.places[lm.name]
            place = lplaces[0] if r.random() < 0.55 or len(lplaces) == 1 else r.choice(lplaces[1:])
            venue_nom, vloc = r.choice(voc.VENUES)
            if k == 0:
                venue_loc = vloc
            if place.type == "municipality":
                lname = f"{lm.genitive} {venue_nom[0].lower()}{venue_nom[1:]}"
            else:
                lname = f"{venue_nom}, {place.name}"
            loc: Record = {
                "id": lid, "location_type": "physical", "name": lname,
                "latitude": round(place.lat + r.uniform(-0.012, 0.012), 5),
                "longitude": round(place.lon + r.uniform(-0.025, 0.025), 5),
                "addresses": [{
                    "id": f"{lid}-a", "address_1": f"{r.choice(_STREETS)} {r.randint(1, 60)}",
                    "city": lm.name, "postal_code": place.postal_code or lm.postal_code,
                    "state_province": lm.region.name, "country": "FI",
                    "address_type": "physical"}],
            }
            if r.random() < 0.35:
                loc["phones"] = [{"id": f"{lid}-p", "number": self._phone_number(lm)}]
            sal: Record = {"id": f"{sid}-sal{k + 1}", "location": loc}
            if r.random() < 0.5:
                sal["schedules"] = [self._schedule(f"{sid}-sal{k + 1}", 1)]
            sals.append(sal)
        if not venue_loc:
            venue_loc = "verkossa"

        rec: Record = {
            "id": sid,
            "name": self._name(word, target, m, village_place.name if village_place else None,
                               national),
            "description": self._description(word, target, m, venue_loc, modes),
            "organization": org,
        }
        x = r.random()
        rec["status"] = ("active" if x < 0.967 else "temporarily closed" if x < 0.997
                         else "inactive")
        if rec["status"] == "temporarily closed":
            rec["alert"] = r.choice(("Toiminta on tauolla kesän ajan.",
                                     "Ryhmä on tauolla tilapäisesti, kysy lisää puhelimitse.",
                                     "Palvelu on suljettu remontin ajan."))
        slug_word = voc.strip_diacritics(word.nom).replace(" ", "-")
        if r.random() < 0.7:
            rec["url"] = f"{org['website']}palvelut/{slug_word}"
        if r.random() < 0.5:
            rec["email"] = org["email"]
        if target and target.min_age is not None:
            rec["minimum_age"] = target.min_age
        day = _EPOCH - timedelta(days=r.randrange(600))
        rec["assured_date"] = day.isoformat()
        clock = f"{r.randrange(7, 17):02d}:{r.randrange(60):02d}"
        rec["last_modified"] = f"{day.isoformat()}T{clock}:00Z"
        rec["service_at_locations"] = sals
        if r.random() < 0.7 or national:
            rec["phones"] = [{"id": f"{sid}-p1", "number": self._phone_number(m),
                              "type": "voice"}]
        if r.random() < 0.3:
            rec["schedules"] = [self._schedule(sid, 1)]

        # service area
        if national:
            area = "Suomi"
        elif ptype == "welfare-region" or r.random() < 0.1:
            area = m.region.name
        else:
            area = m.name
        rec["service_areas"] = [{"id": f"{sid}-area", "name": area}]

        # languages and translations (~10 %; most in Swedish-speaking municipalities)
        langs = ["fi"]
        x = r.random()
        if m.swedish_speaking and x < 0.5 or x < 0.035:
            langs.append("sv")
        if r.random() < 0.035:
            langs.append("en")
        tr: dict[str, dict[str, str]] = {}
        for_target_sv = f" för {target.sv}" if target else ""
        for_target_en = f" for {target.en}" if target else ""
        if "sv" in langs:
            tr["sv"] = {"name": _cap(word.sv) + for_target_sv,
                        "description": f"{_cap(word.sv)}{for_target_sv} i {m.sv or m.name}. "
                                       + r.choice(_SV_SENTENCES)}
        if "en" in langs:
            tr["en"] = {"name": _cap(word.en) + for_target_en,
                        "description": f"{_cap(word.en)}{for_target_en} in {m.name}. "
                                       + r.choice(_EN_SENTENCES)}
        if "sv" in tr and m.swedish_speaking and r.random() < 0.25:
            # a Swedish-first service: Swedish at the top level, Finnish as the translation
            fi_text = {"name": rec["name"], "description": rec["description"]}
            rec["name"], rec["description"] = tr["sv"]["name"], tr["sv"]["description"]
            del tr["sv"]
            tr["fi"] = fi_text
            langs.remove("sv")
            langs.insert(0, "sv")
        if tr:
            rec["translations"] = tr
        names = {"fi": "suomi", "sv": "ruotsi", "en": "englanti"}
        rec["languages"] = [{"id": f"{sid}-lang-{c}", "code": c, "name": names[c]}
                            for c in langs]

        # costs
        x = r.random()
        if x < 0.55:
            rec["cost_options"] = [{"id": f"{sid}-c1", "option": "maksuton", "amount": 0,
                                    "currency": "EUR"}]
        elif x < 0.85:
            amount = r.choice(_AMOUNTS)
            option = r.choice(_COST_OPTIONS)
            rec["cost_options"] = [{"id": f"{sid}-c1", "option": option, "amount": amount,
                                    "currency": "EUR",
                                    "amount_description": f"{_cap(option)} {amount} €"}]
            rec["fees_description"] = f"{_cap(option)} {amount} €."

        # taxonomy attributes
        themes = list(word.themes) or [r.randint(1, 6)]
        situations = list(dict.fromkeys(word.situations + (target.situations if target else ())))
        if r.random() < 0.2:
            extra = r.choice(tuple(SITUATIONS))
            if extra not in situations:
                situations.append(extra)
        terms = [f"hyte-theme:{t}" for t in themes]
        terms += [f"life-situation:{s}" for s in situations]
        terms += [f"mode:{md}" for md in modes]
        terms.append(f"provider-type:{ptype}")
        cls = self.subclass.get(word.nom) or service_class_id(_class_top(word))
        terms.append(cls)
        for s in situations:
            if s in SITUATION_LIFE_EVENTS and r.random() < 0.5:
                terms.append(LIFE_EVENT_URI + SITUATION_LIFE_EVENTS[s])
                break
        if target:
            tg = ("KR1.1" if (target.min_age or 0) >= 60 else "KR1.3" if "nuor" in target.gen
                  else "KR1.4" if "illness" in target.situations else "KR1")
            terms.append(TARGET_GROUP_URI + tg)
        rec["attributes"] = [{"id": f"{sid}-t{k}", "taxonomy_term_id": t}
                             for k, t in enumerate(dict.fromkeys(terms))]
        rec["hytedesk"] = {"sample": True, "referral_required": r.random() < 0.08}
        return rec


def service_records(count: int, seed: int) -> Iterator[Record]:
    factory = ServiceFactory(seed)
    for i in range(count):
        yield factory.service(i)


def generate_bundle(out: Path, services: int = 100_000, seed: int = 1,
                    version: int = 1) -> dict[str, Any]:
    """Writes the benchmark catalogue and returns its manifest."""
    return write_bundle(
        Path(out), catalogue_id=CATALOGUE_ID, version=version,
        source=f"{SOURCE}: {services} services, seed {seed}", sample_data=True,
        created=created_for(version), services=service_records(services, seed),
        taxonomies=taxonomies(), taxonomy_terms=taxonomy_terms(), checklists=checklists(),
        places=place_records(),
    )



# --------------------------------------------------------------------------- mutation

_NEW_SENTENCES = (
    "Huom! Ryhmä kokoontuu syksystä alkaen uudessa paikassa.",
    "Ryhmään mahtuu uusia osallistujia.",
    "Ilmoittautuminen kevään kurssille on alkanut.",
    "Toiminta jatkuu tauon jälkeen tammikuussa.",
    "Palvelun puhelinaika on muuttunut.",
    "Kysy myös etäosallistumisen mahdollisuudesta.",
)


def _mutate_service(rec: Record, rng: random.Random, factory: ServiceFactory,
                    version: int) -> Record:
    """A realistic day's edit: description text, a phone number and/or a schedule."""
    kinds = rng.sample(("text", "phone", "schedule"), rng.randint(1, 2))
    for kind in kinds:
        if kind == "text":
            desc = rec.get("description", "")
            sentences = desc.split(". ")
            if len(sentences) > 1 and rng.random() < 0.5:
                sentences.pop(rng.randrange(1, len(sentences)))
                desc = ". ".join(sentences)
                if not desc.endswith((".", "!")):
                    desc += "."
            rec["description"] = f"{desc} {rng.choice(_NEW_SENTENCES)}".strip()
        elif kind == "phone":
            phones = rec.get("phones")
            number = f"0{rng.choice('45')}0 {rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}"
            if phones:
                phones[0]["number"] = number
            else:
                rec["phones"] = [{"id": f"{rec['id']}-p1", "number": number, "type": "voice"}]
        else:
            schedules = rec.get("schedules")
            if schedules:
                s = schedules[0]
                start = rng.choice((9, 10, 12, 13, 14, 17))
                s["opens_at"] = f"{start:02d}:00"
                s["closes_at"] = f"{start + rng.choice((1, 2, 3)):02d}:00"
                s.pop("description", None)
            else:
                rec["schedules"] = [factory._schedule(rec["id"], 1)]
    rec["last_modified"] = f"{_EPOCH + timedelta(days=version - 1)}T04:00:00Z"
    rec["assured_date"] = (_EPOCH + timedelta(days=version - 2)).isoformat()
    return rec


def mutate_bundle(src: Path, out: Path, percent: float = 1.0, version: int = 2,
                  seed: int = 2) -> dict[str, Any]:
    """Writes the next version of ``src``: ``percent`` % of services changed, a tenth of that
    deleted and as many added. Returns the manifest, with a ``mutation`` entry (changed,
    deleted and added ids) that is also written to ``<out>.mutation.json``."""
    src, out = Path(src), Path(out)
    rng = random.Random(f"mutate:{seed}")
    with BundleReader(src) as reader:
        total = int(reader.manifest["counts"]["services"])
    n_change = round(total * percent / 100)
    n_delete = round(total * percent / 1000)
    n_add = n_delete
    picked = rng.sample(range(total), n_change + n_delete)
    delete_at = set(picked[:n_delete])
    change_at = set(picked[n_delete:])
    changed: list[str] = []
    deleted: list[str] = []
    added: list[str] = []
    factory = ServiceFactory(seed * 7919 + version, id_prefix=f"svc-v{version}")

    def passthrough(kind: str) -> Iterator[Record]:
        with BundleReader(src) as r:
            for _n, rec, _refs in r.records(kind):
                yield rec

    def mutated() -> Iterator[Record]:
        with BundleReader(src) as r:
            for i, (_n, rec, _refs) in enumerate(r.records("service")):
                if i in delete_at:
                    deleted.append(rec["id"])
                    continue
                if i in change_at:
                    changed.append(rec["id"])
                    rec = _mutate_service(rec, rng, factory, version)
                yield rec
        for k in range(n_add):
            rec = factory.service(len(factory.munis) + k, suffix=f"{k:05d}")
            added.append(rec["id"])
            yield rec

    with BundleReader(src) as reader:
        catalogue_id = reader.catalogue_id
        source = str(reader.manifest.get("source", SOURCE))
    manifest = write_bundle(
        out, catalogue_id=catalogue_id, version=version, source=source, sample_data=True,
        created=created_for(version), services=mutated(),
        taxonomies=passthrough("taxonomy"), taxonomy_terms=passthrough("taxonomy_term"),
        checklists=passthrough("checklist"), places=passthrough("place"),
    )
    summary = {"base": src.name, "version": version, "percent": percent,
               "changed": changed, "deleted": deleted, "added": added}
    Path(f"{out}.mutation.json").write_text(json.dumps(summary, indent=1) + "\n",
                                            encoding="utf-8")
    return {**manifest, "mutation": summary}


# --------------------------------------------------------------------------- command line

def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", required=True, type=Path)
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=None,
                        help="random seed (default 1; with --mutate 2)")
    parser.add_argument("--version", type=int, default=None,
                        help="catalogue version (default 1, or 2 with --mutate)")
    parser.add_argument("--mutate", type=Path, metavar="FROM",
                        help="write the next version of this bundle instead")
    parser.add_argument("--percent", "--change-percent", type=float, default=1.0,
                        help="with --mutate: percent of services changed (default 1)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    started = time.perf_counter()
    if args.mutate:
        manifest = mutate_bundle(args.mutate, args.output, args.percent, args.version or 2,
                                 2 if args.seed is None else args.seed)
        m = manifest["mutation"]
        extra = (f", changed {len(m['changed'])}, deleted {len(m['deleted'])}, "
                 f"added {len(m['added'])}")
    else:
        manifest = generate_bundle(args.output, args.services,
                                   1 if args.seed is None else args.seed, args.version or 1)
        extra = ""
    elapsed = time.perf_counter() - started
    size = args.output.stat().st_size
    print(f"{args.output}: version {manifest['version']}, {manifest['counts']}, "
          f"{size / 1e6:.1f} MB in {elapsed:.1f} s{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
