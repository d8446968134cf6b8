"""The referral checklist of the demo catalogue, grouped as in the region's seed document.

Terms: PTV life events and service classes are written by their notation (``KE11``,
``P5.7``); build_demo.py turns them into the code lists' URIs and fails on an unknown code.
"""

from __future__ import annotations

from typing import Final, NamedTuple

Tr = tuple[str, str, str]  # fi, sv, en


class Item(NamedTuple):
    id: str
    label: Tr
    help: Tr
    themes: tuple[int, ...]
    ptv: tuple[str, ...] = ()
    red_flag: bool = False
    # Red-flag items: keys of demo_helplines.HELPLINES, most important first.
    crisis: tuple[str, ...] = ()
    urgency: int | None = None  # joins the crisis lists when several red flags are ticked
    about_close_one: bool = False  # the situation is about a person the client cares for


class Group(NamedTuple):
    id: str
    label: Tr
    items: list[Item]


CHECKLIST_ID: Final = "referral"
CHECKLIST_NAME: Final[Tr] = (
    "Monialaisen asiakas- ja palveluohjauksen tarkistuslista",
    "Checklista för sektorsövergripande klient- och servicehandledning",
    "Checklist for multi-sector client and service guidance",
)

GROUPS: Final[list[Group]] = [
    Group("life-changes", ("Elämän muutostilanteet", "Förändringar i livet", "Life changes"), [
        Item("illness",
             ("Sairastuminen tai vammautuminen", "Att insjukna eller skadas",
              "Falling ill or becoming disabled"),
             ("Uusi sairaus, vamma tai toimintakyvyn muutos.",
              "En ny sjukdom, skada eller förändrad funktionsförmåga.",
              "A new illness, an injury or a change in functional capacity."),
             (2,), ("KE11", "KE12", "P5.16")),
        Item("relationship",
             ("Parisuhteen haasteet, erotilanteet",
              "Svårigheter i parförhållandet, separation",
              "Relationship difficulties, separation"),
             ("Riitoja, kriisi parisuhteessa tai ero.",
              "Konflikter, kris i parförhållandet eller separation.",
              "Conflict, a crisis in the relationship, or a separation."),
             (5, 3), ("KE7", "P3.1", "P3.5")),
        Item("bereavement",
             ("Läheisen kuolema", "En närståendes död", "Death of a loved one"),
             ("Puolison, lapsen, ystävän tai muun läheisen menetys.",
              "Förlust av make eller maka, barn, vän eller annan närstående.",
              "Loss of a spouse, child, friend or other close person."),
             (3, 4), ("KE14",)),
        Item("retirement",
             ("Eläköityminen", "Pensionering", "Retirement"),
             ("Jääminen eläkkeelle tai sen lähestyminen.",
              "Att gå i pension eller att pensionen närmar sig.",
              "Retiring now or soon."),
             (4, 1), ("KE10",)),
        Item("caregiving",
             ("Omaishoitotilanteen alkaminen tai päättyminen",
              "När närståendevården börjar eller slutar",
              "Informal caregiving starting or ending"),
             ("Asiakas alkaa hoitaa läheistään tai hoitosuhde läheiseen päättyy.",
              "Klienten börjar vårda en närstående, eller vården av en närstående slutar.",
              "The client starts caring for a close one, or that care comes to an end."),
             (2, 4), ("KE13", "P5.14"), about_close_one=True),
        Item("end-of-life-care",
             ("Saattohoidon alkaminen tai päättyminen (omaiset)",
              "När vården i livets slutskede börjar eller slutar (anhöriga)",
              "End-of-life care starting or ending (family members)"),
             ("Läheinen on saattohoidossa tai saattohoito on juuri päättynyt.",
              "En närstående får vård i livets slutskede eller vården har nyss avslutats.",
              "A close one is in end-of-life care, or that care has just ended."),
             (3, 4), ("KE14", "P5.14"), about_close_one=True),
        Item("violence-crime",
             ("Joutuminen väkivallan tai muun rikoksen kohteeksi",
              "Att utsättas för våld eller annat brott",
              "Becoming a victim of violence or other crime"),
             ("Väkivaltaa, uhkailua, huijaus tai muu rikos. Turvallisuus ensin.",
              "Våld, hot, bedrägeri eller annat brott. Säkerheten först.",
              "Violence, threats, fraud or other crime. Safety comes first."),
             (5, 6), ("P7.5",), True, crisis=("112", "nollalinja", "riku"), urgency=2),
    ]),
    Group("social-needs", ("Sosiaaliset tarpeet", "Sociala behov", "Social needs"), [
        Item("peer-support",
             ("Vertaistuen tarve", "Behov av kamratstöd", "Need for peer support"),
             ("Toive tavata samassa tilanteessa olevia.",
              "En önskan att träffa andra i samma situation.",
              "A wish to meet others in the same situation."),
             (4,), ("P4.12", "P5.16")),
        Item("loneliness",
             ("Yksinäisyys, sosiaalisten turvaverkkojen puute",
              "Ensamhet, brist på sociala skyddsnät",
              "Loneliness, lack of social support networks"),
             ("Vähän yhteyksiä muihin, ei ketään jolle soittaa.",
              "Få kontakter med andra, ingen att ringa till.",
              "Little contact with others, no one to call."),
             (4,), ("P4.12",)),
    ]),
    Group("mental-health",
          ("Mielenterveyden haasteet", "Utmaningar med den psykiska hälsan",
           "Mental health challenges"), [
        Item("mental-health",
             ("Pelot, masennus, ahdistus", "Rädslor, depression, ångest",
              "Fears, depression, anxiety"),
             ("Mieliala on pitkään maassa, pelot tai ahdistus haittaavat arkea.",
              "Nedstämdhet länge, rädslor eller ångest stör vardagen.",
              "Low mood for a long time, fears or anxiety getting in the way of daily life."),
             (3,), ("P5.7",)),
        Item("substance-use",
             ("Päihteiden käyttö", "Användning av rusmedel", "Substance use"),
             ("Alkoholin, lääkkeiden tai muiden päihteiden käyttö huolestuttaa.",
              "Oro för bruk av alkohol, läkemedel eller andra rusmedel.",
              "Concern about the use of alcohol, medicines or other substances."),
             (3,), ("P5.7",), True, crisis=("paihdeneuvonta", "myrkytystietokeskus"),
             urgency=3),
        Item("acute-crisis",
             ("Akuutti kriisi", "Akut kris", "Acute crisis"),
             ("Äkillinen järkyttävä tapahtuma tai hätä. Hengenvaarassa soita 112.",
              "En plötslig chockerande händelse eller nöd. Vid livsfara ring 112.",
              "A sudden shocking event or an emergency. If life is in danger, call 112."),
             (3, 6), ("P5.5", "P19.3"), True,
             crisis=("112", "mieli-kriisipuhelin", "116117"), urgency=1),
    ]),
    Group("finances", ("Taloudelliset haasteet", "Ekonomiska utmaningar",
                       "Financial challenges"), [
        Item("money-management",
             ("Talouden hallinnan vaikeudet", "Svårigheter att sköta ekonomin",
              "Difficulty managing money"),
             ("Laskut jäävät maksamatta tai rahat eivät riitä kuun loppuun.",
              "Räkningar blir obetalda eller pengarna räcker inte månaden ut.",
              "Bills go unpaid or the money runs out before the end of the month."),
             (4, 6), ("P15.1",)),
        Item("low-income",
             ("Vähävaraisuus", "Knapp ekonomi", "Low income"),
             ("Tulot eivät riitä välttämättömiin menoihin.",
              "Inkomsterna räcker inte till nödvändiga utgifter.",
              "Income does not cover necessary expenses."),
             (4,), ("P4.10",)),
        Item("debt",
             ("Velkaantuminen", "Skuldsättning", "Debt"),
             ("Velkoja, maksuhäiriöitä tai ulosotto.",
              "Skulder, betalningsanmärkningar eller utsökning.",
              "Debts, payment defaults or enforcement."),
             (4, 6), ("KE9", "P15.1", "P15.5")),
    ]),
    Group("lifestyle-change", ("Elämäntapamuutos", "Ändrade levnadsvanor", "Lifestyle change"), [
        Item("lifestyle-change",
             ("Asiakkaan oma tai läheisen huoli tai kiinnostus elämäntapamuutokseen",
              "Klientens eller en närståendes oro för eller intresse av att ändra levnadsvanor",
              "The client's or a close one's concern about, or interest in, a lifestyle change"),
             ("Liikunta, ravinto, uni, tupakka tai alkoholi puheeksi.",
              "Motion, kost, sömn, tobak eller alkohol på tal.",
              "Physical activity, food, sleep, tobacco or alcohol brought up."),
             (1,), ("P5.17", "P5.20", "P27.1")),
    ]),
    Group("self-care", ("Omahoito ja omakuntoutus", "Egenvård och egenrehabilitering",
                        "Self-care and self-rehabilitation"), [
        Item("self-care",
             ("Omahoidon ja omakuntoutuksen tukeminen osana hoito- tai palvelusuunnitelmaa",
              "Stöd för egenvård och egenrehabilitering som en del av vård- eller "
              "serviceplanen",
              "Supporting self-care and self-rehabilitation as part of the care or service "
              "plan"),
             ("Tavoitteena ylläpitää toimintakykyä kotona omin voimin.",
              "Målet är att upprätthålla funktionsförmågan hemma med egna krafter.",
              "The aim is to keep up functional capacity at home on one's own."),
             (1, 2), ("KE12", "P5.11", "P5.13")),
    ]),
    Group("care-ending", ("Hoito- tai palvelusuhteen päättyminen",
                          "När vård- eller serviceförhållandet upphör",
                          "When care or a service ends"), [
        Item("care-ending",
             ("Asiakkaan hoito- tai palvelusuhde päättyy",
              "Klientens vård- eller serviceförhållande upphör",
              "The client's care or service relationship ends"),
             ("Esimerkiksi kotihoito, kuntoutus tai hoitojakso päättyy; mitä sen jälkeen?",
              "Till exempel hemvård, rehabilitering eller en vårdperiod slutar; vad sedan?",
              "For example home care, rehabilitation or a treatment period ends; what next?"),
             (2, 4), ("P4.13", "P5.17")),
    ]),
]
