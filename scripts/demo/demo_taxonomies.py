"""HyteDesk's own taxonomies for the demo catalogue: priority areas, life situations,
attendance modes and provider types. Each entry: (code, fi, sv, en[, description fi, sv, en]).

The PTV taxonomies are not written here: build_demo.py reads them from the PTV code lists.
"""

from __future__ import annotations

from typing import Final

Tr = tuple[str, str, str]  # fi, sv, en

TAXONOMIES: Final[dict[str, tuple[Tr, Tr]]] = {
    # id: ((name fi, sv, en), (description fi, sv, en))
    "hyte-theme": (
        ("Hyten painopisteet", "Prioriteringar för välfärd och hälsa",
         "Priority areas of health and well-being promotion"),
        ("Kainuun hyvinvointialueen kuusi hyvinvoinnin ja terveyden edistämisen painopistettä.",
         "Kajanalands välfärdsområdes sex prioriteringar för att främja välfärd och hälsa.",
         "The six priority areas of health and well-being promotion in the Kainuu "
         "wellbeing services county."),
    ),
    "life-situation": (
        ("Elämäntilanteet", "Livssituationer", "Life situations"),
        ("Palveluohjauksen tarkistuslistan elämäntilanteet.",
         "Livssituationerna i checklistan för servicehandledning.",
         "The life situations of the referral checklist."),
    ),
    "mode": (
        ("Osallistumistapa", "Deltagandesätt", "Attendance mode"),
        ("Miten palveluun voi osallistua: paikan päällä, puhelimitse, videolla tai kotikäynnillä.",
         "Hur man kan delta: på plats, per telefon, via video eller vid hembesök.",
         "How one can take part: in person, by phone, by video or by a home visit."),
    ),
    "provider-type": (
        ("Palveluntuottajan tyyppi", "Typ av tjänsteproducent", "Provider type"),
        ("Kuka palvelua tarjoaa.", "Vem som erbjuder tjänsten.", "Who offers the service."),
    ),
}

HYTE_THEMES: Final[list[tuple[str, str, str, str]]] = [
    ("1", "Elintapaohjaus (ravitsemus, liikunta, uni)",
     "Levnadsvanor (kost, motion, sömn)",
     "Healthy lifestyle guidance (nutrition, physical activity, sleep)"),
    ("2", "Työ- ja toimintakyky", "Arbets- och funktionsförmåga",
     "Work ability and functional capacity"),
    ("3", "Mielenterveys ja ehkäisevä päihdetyö",
     "Psykisk hälsa och förebyggande missbruksarbete",
     "Mental health and prevention of substance misuse"),
    ("4", "Osallisuus ja yksinäisyyden torjunta",
     "Delaktighet och motverkande av ensamhet",
     "Social inclusion and preventing loneliness"),
    ("5", "Lähisuhde- ja perheväkivallan ehkäisy",
     "Förebyggande av våld i nära relationer och familjevåld",
     "Preventing intimate partner and family violence"),
    ("6", "Arjen turvallisuus", "Trygghet i vardagen", "Everyday safety"),
]

# code, name fi (the seed's wording), sv, en
LIFE_SITUATIONS: Final[list[tuple[str, str, str, str]]] = [
    ("illness", "Sairastuminen tai vammautuminen",
     "Att insjukna eller skadas", "Falling ill or becoming disabled"),
    ("relationship", "Parisuhteen haasteet, erotilanteet",
     "Svårigheter i parförhållandet, separation",
     "Relationship difficulties, separation"),
    ("bereavement", "Läheisen kuolema", "En närståendes död", "Death of a loved one"),
    ("retirement", "Eläköityminen", "Pensionering", "Retirement"),
    ("caregiving", "Omaishoitotilanteen alkaminen tai päättyminen",
     "När närståendevården börjar eller slutar",
     "Informal caregiving starting or ending"),
    ("end-of-life-care", "Saattohoidon alkaminen tai päättyminen (omaiset)",
     "När vården i livets slutskede börjar eller slutar (anhöriga)",
     "End-of-life care starting or ending (family members)"),
    ("violence-crime", "Joutuminen väkivallan tai muun rikoksen kohteeksi",
     "Att utsättas för våld eller annat brott",
     "Becoming a victim of violence or other crime"),
    ("peer-support", "Vertaistuen tarve", "Behov av kamratstöd", "Need for peer support"),
    ("loneliness", "Yksinäisyys, sosiaalisten turvaverkkojen puute",
     "Ensamhet, brist på sociala skyddsnät",
     "Loneliness, lack of social support networks"),
    ("mental-health", "Pelot, masennus, ahdistus", "Rädslor, depression, ångest",
     "Fears, depression, anxiety"),
    ("substance-use", "Päihteiden käyttö", "Användning av rusmedel", "Substance use"),
    ("acute-crisis", "Akuutti kriisi", "Akut kris", "Acute crisis"),
    ("money-management", "Talouden hallinnan vaikeudet",
     "Svårigheter att sköta ekonomin", "Difficulty managing money"),
    ("low-income", "Vähävaraisuus", "Knapp ekonomi", "Low income"),
    ("debt", "Velkaantuminen", "Skuldsättning", "Debt"),
    ("lifestyle-change", "Oma tai läheisen huoli tai kiinnostus elämäntapamuutokseen",
     "Egen eller en närståendes oro för eller intresse av att ändra levnadsvanor",
     "Own or a close one's concern about, or interest in, a lifestyle change"),
    ("self-care", "Omahoidon ja omakuntoutuksen tukeminen",
     "Stöd för egenvård och egenrehabilitering",
     "Support for self-care and self-rehabilitation"),
    ("care-ending", "Hoito- tai palvelusuhde päättyy",
     "Vård- eller serviceförhållandet upphör",
     "A care or service relationship ends"),
]

MODES: Final[list[tuple[str, str, str, str]]] = [
    ("in-person", "Paikan päällä", "På plats", "In person"),
    ("phone", "Puhelimitse", "Per telefon", "By phone"),
    ("video", "Videoyhteydellä", "Via videolänk", "By video"),
    ("home-visit", "Kotikäynti", "Hembesök", "Home visit"),
]

PROVIDER_TYPES: Final[list[tuple[str, str, str, str]]] = [
    ("municipality", "Kunta", "Kommun", "Municipality"),
    ("welfare-region", "Hyvinvointialue", "Välfärdsområde", "Wellbeing services county"),
    ("ngo", "Järjestö tai yhdistys", "Organisation eller förening",
     "Non-governmental organisation"),
    ("parish", "Seurakunta", "Församling", "Parish"),
    ("company", "Yritys", "Företag", "Company"),
    ("national", "Valtakunnallinen palvelu", "Riksomfattande tjänst", "National service"),
]

OWN_TERMS: Final[dict[str, list[tuple[str, str, str, str]]]] = {
    "hyte-theme": HYTE_THEMES,
    "life-situation": LIFE_SITUATIONS,
    "mode": MODES,
    "provider-type": PROVIDER_TYPES,
}

# The PTV code lists (in tests/fixtures/reference/ptv/code-lists/) and how they become taxonomies.
# id: (file, scheme URI prefix, (name fi, sv, en))
PTV_TAXONOMIES: Final[dict[str, tuple[str, str, Tr]]] = {
    "ptv-service-class": (
        "Finto_ServiceClasses.json",
        "http://uri.suomi.fi/codelist/ptv/ptvserclass2/",
        ("PTV-palveluluokat", "PTV-serviceklasser", "PTV service classes"),
    ),
    "ptv-life-event": (
        "Finto_LifeEvents.json",
        "http://uri.suomi.fi/codelist/ptv/ptvelti/",
        ("PTV-elämäntilanteet", "PTV-livssituationer", "PTV life events"),
    ),
    "ptv-target-group": (
        "Finto_TargetGroups.json",
        "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/",
        ("PTV-kohderyhmät", "PTV-målgrupper", "PTV target groups"),
    ),
}
