# ruff: noqa: E501 — the word tables below are one record a line
"""Finnish (with Swedish and English glosses) word material for the benchmark catalogue.

Finnish compounds inflect only in their last part, so the material is two lists:

* *heads* — nouns with the few stems a Finnish case form is built from (weak singular stem,
  partitive, illative, weak plural stem, plural genitive), from which ``Word.forms`` derives
  16 case forms with vowel harmony: ``neuvonta → neuvonnan, neuvontaan, neuvonnassa, …``;
* *modifiers* — first parts of compounds (``velka``, ``kuntosali``, ``vertaistuki``), each with
  the priority areas (hyte themes) and life situations it speaks to.

``COMPOUNDS`` joins them: a hand-ordered list of common service words first (the head of the
Zipf curve: "palvelu", "tuki", "päivätoiminta", "velkaneuvonta" …), then a deterministic
long tail of plausible modifier + head compounds. Generators draw from it with Zipf weights.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from typing import TypeVar

T = TypeVar("T")

# nom | weak sg stem | partitive | illative | weak pl stem | pl genitive | sv | en
_HEADS = """
palvelu|palvelu|palvelua|palveluun|palvelui|palveluiden|tjänst|service
neuvonta|neuvonna|neuvontaa|neuvontaan|neuvonnoi|neuvontojen|rådgivning|counselling
ohjaus|ohjaukse|ohjausta|ohjaukseen|ohjauksi|ohjausten|handledning|guidance
tuki|tue|tukea|tukeen|tui|tukien|stöd|support
ryhmä|ryhmä|ryhmää|ryhmään|ryhmi|ryhmien|grupp|group
kerho|kerho|kerhoa|kerhoon|kerhoi|kerhojen|klubb|club
kurssi|kurssi|kurssia|kurssiin|kurssei|kurssien|kurs|course
toiminta|toiminna|toimintaa|toimintaan|toiminnoi|toimintojen|verksamhet|activities
valmennus|valmennukse|valmennusta|valmennukseen|valmennuksi|valmennusten|coachning|coaching
vastaanotto|vastaanoto|vastaanottoa|vastaanottoon|vastaanotoi|vastaanottojen|mottagning|clinic
kahvila|kahvila|kahvilaa|kahvilaan|kahviloi|kahviloiden|kafé|café
piiri|piiri|piiriä|piiriin|piirei|piirien|cirkel|circle
ilta|illa|iltaa|iltaan|illoi|iltojen|kväll|evening
päivä|päivä|päivää|päivään|päivi|päivien|dag|day
tapaaminen|tapaamise|tapaamista|tapaamiseen|tapaamisi|tapaamisten|träff|meeting
työ|työ|työtä|työhön|töi|töiden|arbete|work
apu|avu|apua|apuun|avui|apujen|hjälp|help
keskustelu|keskustelu|keskustelua|keskusteluun|keskustelui|keskusteluiden|samtal|conversation
kuntoutus|kuntoutukse|kuntoutusta|kuntoutukseen|kuntoutuksi|kuntoutusten|rehabilitering|rehabilitation
hoito|hoido|hoitoa|hoitoon|hoidoi|hoitojen|vård|care
jumppa|jumpa|jumppaa|jumppaan|jumpi|jumppien|gympa|exercise class
liikunta|liikunna|liikuntaa|liikuntaan|liikunnoi|liikuntojen|motion|physical activity
leiri|leiri|leiriä|leiriin|leirei|leirien|läger|camp
retki|retke|retkeä|retkeen|retki|retkien|utflykt|outing
koulutus|koulutukse|koulutusta|koulutukseen|koulutuksi|koulutusten|utbildning|training
luento|luenno|luentoa|luentoon|luennoi|luentojen|föreläsning|lecture
päivystys|päivystykse|päivystystä|päivystykseen|päivystyksi|päivystysten|jour|helpline
paikka|paika|paikkaa|paikkaan|paikoi|paikkojen|plats|place
keskus|keskukse|keskusta|keskukseen|keskuksi|keskusten|center|centre
talo|talo|taloa|taloon|taloi|talojen|hus|house
tila|tila|tilaa|tilaan|tiloi|tilojen|lokal|space
verkosto|verkosto|verkostoa|verkostoon|verkostoi|verkostojen|nätverk|network
ystävä|ystävä|ystävää|ystävään|ystävi|ystävien|vän|friend
kaveri|kaveri|kaveria|kaveriin|kaverei|kavereiden|kompis|buddy
kartoitus|kartoitukse|kartoitusta|kartoitukseen|kartoituksi|kartoitusten|kartläggning|assessment
arviointi|arvioinni|arviointia|arviointiin|arvioinnei|arviointien|bedömning|evaluation
testi|testi|testiä|testiin|testei|testien|test|test
neuvola|neuvola|neuvolaa|neuvolaan|neuvoloi|neuvoloiden|rådgivningsbyrå|advice clinic
lounas|lounaa|lounasta|lounaaseen|lounai|lounaiden|lunch|lunch
ateria|ateria|ateriaa|ateriaan|aterioi|aterioiden|måltid|meal
kuntosali|kuntosali|kuntosalia|kuntosaliin|kuntosalei|kuntosalien|gym|gym
sali|sali|salia|saliin|salei|salien|sal|hall
uinti|uinni|uintia|uintiin|uinnei|uintien|simning|swimming
kävely|kävely|kävelyä|kävelyyn|kävelyi|kävelyiden|promenad|walking
tanssi|tanssi|tanssia|tanssiin|tanssei|tanssien|dans|dance
laulu|laulu|laulua|lauluun|laului|laulujen|sång|singing
kuoro|kuoro|kuoroa|kuoroon|kuoroi|kuorojen|kör|choir
loma|loma|lomaa|lomaan|lomi|lomien|semester|holiday
asuminen|asumise|asumista|asumiseen|asumisi|asumisten|boende|housing
käynti|käynni|käyntiä|käyntiin|käynnei|käyntien|besök|visit
terapia|terapia|terapiaa|terapiaan|terapioi|terapioiden|terapi|therapy
koulu|koulu|koulua|kouluun|koului|koulujen|skola|school
opastus|opastukse|opastusta|opastukseen|opastuksi|opastusten|handledning|guidance
piste|pistee|pistettä|pisteeseen|pistei|pisteiden|punkt|point
puhelin|puhelime|puhelinta|puhelimeen|puhelimi|puhelimien|telefon|phone
vieroitus|vieroitukse|vieroitusta|vieroitukseen|vieroituksi|vieroitusten|avvänjning|cessation
hallinta|hallinna|hallintaa|hallintaan|hallinnoi|hallintojen|hantering|management
yksinäisyys|yksinäisyyde|yksinäisyyttä|yksinäisyyteen|yksinäisyyksi|yksinäisyyksien|ensamhet|loneliness
jaksaminen|jaksamise|jaksamista|jaksamiseen|jaksamisi|jaksamisten|ork|coping
hyvinvointi|hyvinvoinni|hyvinvointia|hyvinvointiin|hyvinvoinnei|hyvinvointien|välbefinnande|well-being
terveys|terveyde|terveyttä|terveyteen|terveyksi|terveyksien|hälsa|health
uni|une|unta|uneen|uni|unien|sömn|sleep
ravitsemus|ravitsemukse|ravitsemusta|ravitsemukseen|ravitsemuksi|ravitsemusten|kost|nutrition
talous|taloude|taloutta|talouteen|talouksi|talouksien|ekonomi|finances
velka|vela|velkaa|velkaan|veloi|velkojen|skuld|debt
suru|suru|surua|suruun|surui|surujen|sorg|grief
ero|ero|eroa|eroon|eroi|erojen|skilsmässa|separation
muisti|muisti|muistia|muistiin|muistei|muistien|minne|memory
kyky|kyvy|kykyä|kykyyn|kyvyi|kykyjen|förmåga|ability
arki|arje|arkea|arkeen|arki|arkien|vardag|everyday life
turvallisuus|turvallisuude|turvallisuutta|turvallisuuteen|turvallisuuksi|turvallisuuksien|säkerhet|safety
väkivalta|väkivalla|väkivaltaa|väkivaltaan|väkivalloi|väkivaltojen|våld|violence
kriisi|kriisi|kriisiä|kriisiin|kriisei|kriisien|kris|crisis
päihde|päihtee|päihdettä|päihteeseen|päihtei|päihteiden|rusmedel|substance
riippuvuus|riippuvuude|riippuvuutta|riippuvuuteen|riippuvuuksi|riippuvuuksien|beroende|addiction
parisuhde|parisuhtee|parisuhdetta|parisuhteeseen|parisuhtei|parisuhteiden|parförhållande|relationship
vanhemmuus|vanhemmuude|vanhemmuutta|vanhemmuuteen|vanhemmuuksi|vanhemmuuksien|föräldraskap|parenthood
eläköityminen|eläköitymise|eläköitymistä|eläköitymiseen|eläköitymisi|eläköitymisten|pensionering|retirement
sairastuminen|sairastumise|sairastumista|sairastumiseen|sairastumisi|sairastumisten|insjuknande|falling ill
työllistyminen|työllistymise|työllistymistä|työllistymiseen|työllistymisi|työllistymisten|sysselsättning|finding work
osallisuus|osallisuude|osallisuutta|osallisuuteen|osallisuuksi|osallisuuksien|delaktighet|inclusion
liikkuminen|liikkumise|liikkumista|liikkumiseen|liikkumisi|liikkumisten|rörlighet|mobility
kaatuminen|kaatumise|kaatumista|kaatumiseen|kaatumisi|kaatumisten|fall|falls
tupakointi|tupakoinni|tupakointia|tupakointiin|tupakoinnei|tupakointien|rökning|smoking
kipu|kivu|kipua|kipuun|kivui|kipujen|smärta|pain
stressi|stressi|stressiä|stressiin|stressei|stressien|stress|stress
ahdistus|ahdistukse|ahdistusta|ahdistukseen|ahdistuksi|ahdistusten|ångest|anxiety
masennus|masennukse|masennusta|masennukseen|masennuksi|masennusten|depression|depression
diabetes|diabetekse|diabetesta|diabetekseen|diabeteksi|diabetesten|diabetes|diabetes
syöpä|syövä|syöpää|syöpään|syövi|syöpien|cancer|cancer
sairaus|sairaude|sairautta|sairauteen|sairauksi|sairauksien|sjukdom|illness
perhe|perhee|perhettä|perheeseen|perhei|perheiden|familj|family
harrastus|harrastukse|harrastusta|harrastukseen|harrastuksi|harrastusten|hobby|hobby
kulttuuri|kulttuuri|kulttuuria|kulttuuriin|kulttuurei|kulttuurien|kultur|culture
luonto|luonno|luontoa|luontoon|luonnoi|luontojen|natur|nature
ruoka|ruoa|ruokaa|ruokaan|ruoi|ruokien|mat|food
etuus|etuude|etuutta|etuuteen|etuuksi|etuuksien|förmån|benefit
raha|raha|rahaa|rahaan|rahoi|rahojen|pengar|money
turva|turva|turvaa|turvaan|turvi|turvien|trygghet|security
rikos|rikokse|rikosta|rikokseen|rikoksi|rikosten|brott|crime
uhri|uhri|uhria|uhriin|uhrei|uhrien|offer|victim
kuolema|kuolema|kuolemaa|kuolemaan|kuolemi|kuolemien|död|death
ikääntyminen|ikääntymise|ikääntymistä|ikääntymiseen|ikääntymisi|ikääntymisten|åldrande|ageing
kuljetus|kuljetukse|kuljetusta|kuljetukseen|kuljetuksi|kuljetusten|transport|transport
asiointi|asioinni|asiointia|asiointiin|asioinnei|asiointien|ärenden|errands
tasapaino|tasapaino|tasapainoa|tasapainoon|tasapainoi|tasapainojen|balans|balance
kunto|kunno|kuntoa|kuntoon|kunnoi|kuntojen|kondition|fitness
virkistys|virkistykse|virkistystä|virkistykseen|virkistyksi|virkistysten|rekreation|recreation
kotikäynti|kotikäynni|kotikäyntiä|kotikäyntiin|kotikäynnei|kotikäyntien|hembesök|home visit
"""

# modifier | sv | en | themes | situations   (themes are hyte-theme numbers 1–6)
_MODIFIERS = """
velka|skuld|debt|6 2|debt money-management
talous|ekonomi|money|6 2|money-management low-income
kuntosali|gym|gym|1|lifestyle-change
liikunta|motions|exercise|1|lifestyle-change
vesi|vatten|water|1|lifestyle-change
tuoli|stol|chair|1|self-care
seniori|senior|senior|1 4|retirement
vertais|kamrat|peer|4|peer-support
vertaistuki|kamratstöds|peer support|4|peer-support
omais|anhörig|family carer|4|caregiving
omaishoito|närståendevårds|informal care|4 2|caregiving
päivä|dag|day|4|loneliness
etä|distans|remote|4|loneliness
etäpäivä|distansdag|remote day|4|loneliness
kriisi|kris|crisis|3|acute-crisis
mielenterveys|mentalvårds|mental health|3|mental-health
päihde|missbruks|substance use|3|substance-use
muisti|minnes|memory|2|illness self-care
suru|sorg|grief|3 4|bereavement
ero|skilsmässo|divorce|5|relationship
pari|par|couples|5|relationship
perhe|familje|family|5|relationship
ystävä|vän|friendship|4|loneliness
kylä|by|village|4|loneliness
diakonia|diakoni|diaconal|4|low-income
ruoka|mat|food|1|low-income
ravitsemus|kost|nutrition|1|lifestyle-change
uni|sömn|sleep|1|lifestyle-change self-care
tupakka|tobaks|tobacco|1 3|substance-use lifestyle-change
painonhallinta|viktkontroll|weight management|1|lifestyle-change
elintapa|levnadsvane|lifestyle|1|lifestyle-change
digi|digi|digital|2 4|self-care
asiointi|ärende|errand|2|self-care
koti|hem|home|6|self-care
turva|trygghets|safety|6|self-care
tasapaino|balans|balance|1 6|self-care
lihaskunto|muskelkondition|strength|1|lifestyle-change
kunto|kondition|fitness|1|lifestyle-change
sauvakävely|stavgång|Nordic walking|1|lifestyle-change
luonto|natur|nature|4|loneliness
kulttuuri|kultur|culture|4|loneliness
kirjasto|biblioteks|library|4|loneliness
käsityö|handarbets|crafts|4|loneliness
laulu|sång|singing|4|loneliness
tanssi|dans|dance|1 4|lifestyle-change loneliness
uinti|sim|swimming|1|lifestyle-change
eläkeläis|pensionärs|pensioners'|4|retirement
nuoriso|ungdoms|youth|4|peer-support
lapsiperhe|barnfamilje|family|5|relationship
työkyky|arbetsförmåga|work ability|2|illness
työllisyys|sysselsättnings|employment|2|low-income
kuntoutus|rehabiliterings|rehabilitation|2|illness
sopeutumis|anpassnings|adaptation|2|illness
startti|start|starter|1|lifestyle-change
sosiaali|social|social|2|low-income
palvelu|service|service|4|self-care
neuvonta|rådgivnings|advice|2|self-care
asumis|boende|housing|6|low-income
rikosuhri|brottsoffer|crime victim|5|violence-crime
väkivalta|våld|violence|5|violence-crime
lähisuhdeväkivalta|våld i nära relationer|domestic violence|5|violence-crime
saattohoito|terminalvårds|end-of-life care|3|end-of-life-care
syöpä|cancer|cancer|2|illness
diabetes|diabetes|diabetes|1 2|illness
sydän|hjärt|cardiac|1 2|illness
reuma|reuma|rheumatism|2|illness
kohtaamis|mötes|meeting|4|loneliness
vapaaehtois|frivillig|volunteer|4|peer-support
lähimmäis|medmänniskas|neighbourly|4|loneliness
keskustelu|samtals|conversation|3|mental-health
toiminta|verksamhets|activity|4|loneliness
virkistys|rekreations|recreation|4|caregiving
elämänhallinta|livskontroll|life management|3|mental-health
jaksamis|ork|coping|3|caregiving
hyvinvointi|välbefinnande|well-being|1|self-care
terveys|hälso|health|1|self-care
peli|spel|gambling|3|substance-use
kaatumisenehkäisy|fallpreventions|fall prevention|6|self-care
tuki|stöd|support|4|peer-support
lääke|läkemedels|medication|6|self-care
"""

# The head of the Zipf curve, in order of frequency: "modifier+head" or a bare head.
_COMMON = """
palvelu tuki ryhmä neuvonta toiminta ohjaus kerho apu palvelu+ohjaus päivä+toiminta
vertais+tuki vertaistuki+ryhmä liikunta+neuvonta kuntosali+ohjaus velka+neuvonta
talous+neuvonta omaishoito+tuki päivä+keskus ystävä+toiminta kriisi+apu
mielenterveys+työ päihde+työ muisti+neuvonta etäpäivä+toiminta perhe+työ
diakonia+työ kuntosali+ryhmä vesi+jumppa tuoli+jumppa seniori+liikunta keskustelu+apu
kohtaamis+paikka vapaaehtois+toiminta ruoka+apu elintapa+ohjaus ravitsemus+neuvonta
kylä+talo koti+käynti sosiaali+ohjaus asumis+neuvonta digi+tuki startti+kurssi
sopeutumis+valmennus suru+ryhmä ero+ryhmä omais+ilta muisti+kerho talous+neuvola
kriisi+päivystys rikosuhri+päivystys lähisuhdeväkivalta+työ saattohoito+tuki
liikunta+ryhmä kunto+testi painonhallinta+ryhmä tupakka+vieroitus uni+koulu
kuntoutus+ohjaus työkyky+neuvonta työllisyys+palvelu asiointi+apu turva+puhelin
tasapaino+ryhmä lihaskunto+ryhmä sauvakävely+ryhmä luonto+retki kulttuuri+palvelu
kirjasto+palvelu käsityö+kerho laulu+piiri eläkeläis+kerho nuoriso+työ
lapsiperhe+työ pari+terapia perhe+neuvola mielenterveys+kuntoutus päihde+kuntoutus
peli+riippuvuus muisti+sairaus lähimmäis+palvelu virkistys+päivä
jaksamis+ryhmä hyvinvointi+neuvonta terveys+neuvonta diabetes+ryhmä sydän+kuntoutus
syöpä+neuvonta reuma+jumppa elämänhallinta+kurssi koti+hoito keskustelu+ryhmä
seniori+tanssi tanssi+ryhmä kunto+uinti uinti+ryhmä seniori+jumppa
yksinäisyys tuki+henkilö jaksaminen hyvinvointi terveys ravitsemus liikunta arki
"""

CASES = (
    "nom", "gen", "part", "ill", "ine", "ela", "ade", "abl", "all", "tra",
    "pl_nom", "pl_gen", "pl_ine", "pl_ela", "pl_ade", "pl_all",
)


def words(text: str) -> tuple[str, ...]:
    """A word list written as one string."""
    return tuple(text.split())


def _back(word: str) -> bool:
    """Finnish vowel harmony: back vowels anywhere in the (last) part take a/o/u endings."""
    return any(v in word for v in "aou")


@dataclass(frozen=True)
class Word:
    """A (possibly compound) Finnish noun with its case forms and its glosses."""

    nom: str
    forms: dict[str, str]
    sv: str
    en: str
    themes: tuple[int, ...] = ()
    situations: tuple[str, ...] = ()
    modifier: str = ""
    head: str = ""
    tags: frozenset[str] = field(default_factory=frozenset)

    def form(self, case: str) -> str:
        return self.forms[case]


def _head_forms(line: str) -> tuple[dict[str, str], str, str]:
    nom, weak, part, ill, plw, plgen, sv, en = line.split("|")
    a = "a" if _back(nom) else "ä"
    forms = {
        "nom": nom, "gen": weak + "n", "part": part, "ill": ill, "ine": f"{weak}ss{a}",
        "ela": f"{weak}st{a}", "ade": f"{weak}ll{a}", "abl": f"{weak}lt{a}",
        "all": weak + "lle", "tra": weak + "ksi", "pl_nom": weak + "t", "pl_gen": plgen,
        "pl_ine": f"{plw}ss{a}", "pl_ela": f"{plw}st{a}", "pl_ade": f"{plw}ll{a}",
        "pl_all": plw + "lle",
    }
    return forms, sv, en


@cache
def heads() -> dict[str, tuple[dict[str, str], str, str]]:
    out = {}
    for line in _HEADS.strip().splitlines():
        forms, sv, en = _head_forms(line)
        out[forms["nom"]] = (forms, sv, en)
    return out


@cache
def modifiers() -> dict[str, tuple[str, str, tuple[int, ...], tuple[str, ...]]]:
    out = {}
    for line in _MODIFIERS.strip().splitlines():
        mod, sv, en, themes, situations = line.split("|")
        out[mod] = (sv, en, tuple(int(t) for t in themes.split()), tuple(situations.split()))
    return out


# Tags of bare topic heads, so that "yksinäisyys" alone still means theme 4 / loneliness.
_HEAD_TAGS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "yksinäisyys": ((4,), ("loneliness",)), "jaksaminen": ((3,), ("caregiving",)),
    "hyvinvointi": ((1,), ("self-care",)), "terveys": ((1,), ("self-care",)),
    "ravitsemus": ((1,), ("lifestyle-change",)), "liikunta": ((1,), ("lifestyle-change",)),
    "arki": ((6,), ("self-care",)), "velka": ((6,), ("debt",)), "talous": ((6,), ("money-management",)),
    "suru": ((3,), ("bereavement",)), "ero": ((5,), ("relationship",)),
    "väkivalta": ((5,), ("violence-crime",)), "kriisi": ((3,), ("acute-crisis",)),
    "päihde": ((3,), ("substance-use",)), "riippuvuus": ((3,), ("substance-use",)),
    "muisti": ((2,), ("illness",)), "sairaus": ((2,), ("illness",)),
    "kuolema": ((3,), ("bereavement",)), "uhri": ((5,), ("violence-crime",)),
    "rikos": ((5,), ("violence-crime",)), "masennus": ((3,), ("mental-health",)),
    "ahdistus": ((3,), ("mental-health",)), "uni": ((1,), ("lifestyle-change",)),
    "kyky": ((2,), ()), "eläköityminen": ((4,), ("retirement",)),
    "sairastuminen": ((2,), ("illness",)), "kaatuminen": ((6,), ("self-care",)),
}

_EXTRA_HEADS = {
    # heads used only in a compound of the common list: nom|weak|part|ill|plw|plgen|sv|en
    "henkilö": "henkilö|henkilö|henkilöä|henkilöön|henkilöi|henkilöiden|person|person",
    # words people type that the catalogue has only inside compounds or target groups
    "omaishoitaja": "omaishoitaja|omaishoitaja|omaishoitajaa|omaishoitajaan|omaishoitaji|omaishoitajien|närståendevårdare|family carer",
    "vertaistuki": "vertaistuki|vertaistue|vertaistukea|vertaistukeen|vertaistui|vertaistukien|kamratstöd|peer support",
}


def _join(modifier: str, head: str) -> str:
    """Finnish compound spelling: a hyphen where the same vowel meets ("ruoka-apu")."""
    if " " in modifier:
        return f"{modifier} {head}"
    if modifier[-1] == head[0] and head[0] in "aeiouyäö":
        return f"{modifier}-{head}"
    return modifier + head


def make_word(modifier: str, head: str) -> Word:
    table = heads()
    if head in table:
        hforms, hsv, hen = table[head]
    else:
        hforms, hsv, hen = _head_forms(_EXTRA_HEADS[head])
    if not modifier:
        themes, situations = _HEAD_TAGS.get(head, ((), ()))
        return Word(hforms["nom"], dict(hforms), hsv, hen, themes, situations, "", head)
    msv, men, themes, situations = modifiers()[modifier]
    forms = {case: _join(modifier, f) for case, f in hforms.items()}
    sv = f"{msv}{hsv}" if " " not in msv else f"{hsv} ({msv})"
    en = f"{men} {hen}"
    htheme, hsit = _HEAD_TAGS.get(head, ((), ()))
    return Word(
        forms["nom"], forms, sv, en,
        tuple(sorted(set(themes) | set(htheme))), tuple(dict.fromkeys(situations + hsit)),
        modifier, head,
    )


# Activity heads a modifier combines with in the long tail (topic nouns stay out).
_TAIL_HEADS = words(
    "palvelu neuvonta ohjaus tuki ryhmä kerho kurssi toiminta valmennus vastaanotto kahvila "
    "piiri ilta päivä tapaaminen työ apu keskustelu kuntoutus jumppa leiri retki koulutus "
    "luento päivystys paikka keskus verkosto kartoitus arviointi testi neuvola tila opastus "
    "piste puhelin käynti terapia koulu loma"
)

# Exercise words make sense with group-like heads only ("vesijumppa", not "vesipäivystys").
_PHYSICAL = frozenset(
    words("vesi tuoli kuntosali sauvakävely lihaskunto tasapaino kunto liikunta startti tanssi "
          "uinti")
)
_ACTIVITY_HEADS = words(
    "ryhmä ohjaus kurssi kerho päivä ilta tapaaminen leiri retki valmennus neuvonta "
    "koulutus luento testi kartoitus"
)


@cache
def compounds() -> tuple[Word, ...]:
    """Service words, most common first: the curated list, then the deterministic tail."""
    out: list[Word] = []
    seen: set[str] = set()
    for item in _COMMON.split():
        modifier, _, head = item.rpartition("+")
        w = make_word(modifier, head)
        if w.nom not in seen:
            seen.add(w.nom)
            out.append(w)
    rng = random.Random("hytedesk-benchmark-vocabulary")
    tail = [
        (m, h) for m in modifiers()
        for h in (_ACTIVITY_HEADS if m in _PHYSICAL else _TAIL_HEADS)
        if _join(m, h) not in seen and m != h
    ]
    rng.shuffle(tail)
    for m, h in tail[:1400]:
        w = make_word(m, h)
        if w.nom not in seen:
            seen.add(w.nom)
            out.append(w)
    return tuple(out)


@cache
def topics() -> tuple[Word, ...]:
    """Abstract nouns descriptions talk about ("tukea yksinäisyyteen"), common first."""
    names = words(
        "hyvinvointi jaksaminen arki terveys yksinäisyys liikunta ravitsemus uni talous "
        "toimintakyky mielenterveys muisti stressi suru parisuhde vanhemmuus turvallisuus "
        "eläköityminen sairastuminen velka osallisuus liikkuminen kipu ahdistus masennus "
        "päihde riippuvuus väkivalta kriisi ero harrastus kulttuuri luonto ruoka etuus "
        "tupakointi kaatuminen ikääntyminen työllistyminen tasapaino kunto asuminen"
    )
    out = []
    for n in names:
        if n == "toimintakyky":
            out.append(Word("toimintakyky", {c: "toiminta" + f for c, f in
                                             heads()["kyky"][0].items()},
                            "funktionsförmåga", "functional ability", (2,), ()))
        elif n == "mielenterveys":
            out.append(Word("mielenterveys", {c: "mielen" + f for c, f in
                                              heads()["terveys"][0].items()},
                            "mental hälsa", "mental health", (3,), ("mental-health",)))
        else:
            out.append(make_word("", n))
    return tuple(out)


# What a service promotes ("edistää hyvinvointia") and what it prevents ("ehkäistä yksinäisyyttä").
POSITIVE_TOPICS = frozenset(words(
    "hyvinvointi jaksaminen terveys liikunta ravitsemus uni toimintakyky mielenterveys "
    "osallisuus liikkuminen turvallisuus vanhemmuus parisuhde tasapaino kunto arki muisti "
    "harrastus kulttuuri työllistyminen"
))
PROBLEM_TOPICS = frozenset(words(
    "yksinäisyys stressi velka kipu ahdistus masennus päihde riippuvuus väkivalta kriisi "
    "kaatuminen tupakointi"
))


@dataclass(frozen=True)
class Target:
    """A target group: genitive plural, allative plural, nominative plural, sv, en, tags."""

    gen: str
    all: str
    nom: str
    sv: str
    en: str
    situations: tuple[str, ...]
    min_age: int | None = None


_TARGETS = """
ikäihmisten|ikäihmisille|ikäihmiset|äldre|older people||65
omaishoitajien|omaishoitajille|omaishoitajat|närståendevårdare|family carers|caregiving|
työikäisten|työikäisille|työikäiset|personer i arbetsför ålder|working-age people||18
nuorten|nuorille|nuoret|unga|young people||
eläkeläisten|eläkeläisille|eläkeläiset|pensionärer|pensioners|retirement|
senioreiden|senioreille|seniorit|seniorer|seniors||60
lapsiperheiden|lapsiperheille|lapsiperheet|barnfamiljer|families with children|relationship|
muistisairaiden|muistisairaille|muistisairaat|personer med minnessjukdom|people with memory disorders|illness|
mielenterveyskuntoutujien|mielenterveyskuntoutujille|mielenterveyskuntoutujat|mentalvårdsrehabiliterande|mental health rehabilitees|mental-health|18
omaisten|omaisille|omaiset|anhöriga|relatives|caregiving|
yksinäisten|yksinäisille|yksinäiset|ensamma|lonely people|loneliness|
työttömien|työttömille|työttömät|arbetslösa|unemployed people|low-income|18
maahanmuuttajien|maahanmuuttajille|maahanmuuttajat|invandrare|immigrants||
naisten|naisille|naiset|kvinnor|women||18
miesten|miehille|miehet|män|men||18
päihdekuntoutujien|päihdekuntoutujille|päihdekuntoutujat|missbruksrehabiliterande|people recovering from substance use|substance-use|18
leskien|leskille|lesket|änkor och änklingar|widowed people|bereavement|
pitkäaikaissairaiden|pitkäaikaissairaille|pitkäaikaissairaat|långtidssjuka|people with long-term illnesses|illness|
yli 65-vuotiaiden|yli 65-vuotiaille|yli 65-vuotiaat|personer över 65 år|people over 65||65
vammaisten|vammaisille|vammaiset|personer med funktionsnedsättning|disabled people||
nuorten aikuisten|nuorille aikuisille|nuoret aikuiset|unga vuxna|young adults||18
velkaantuneiden|velkaantuneille|velkaantuneet|skuldsatta|people in debt|debt|18
läheisensä menettäneiden|läheisensä menettäneille|läheisensä menettäneet|efterlevande|bereaved people|bereavement|
väkivaltaa kokeneiden|väkivaltaa kokeneille|väkivaltaa kokeneet|personer som utsatts för våld|people who have experienced violence|violence-crime|
yksinhuoltajien|yksinhuoltajille|yksinhuoltajat|ensamförsörjare|single parents|low-income|
diabeetikoiden|diabeetikoille|diabeetikot|diabetiker|people with diabetes|illness|
syöpään sairastuneiden|syöpään sairastuneille|syöpään sairastuneet|cancerpatienter|people with cancer|illness|
kehitysvammaisten|kehitysvammaisille|kehitysvammaiset|personer med intellektuell funktionsnedsättning|people with intellectual disabilities||
opiskelijoiden|opiskelijoille|opiskelijat|studerande|students||16
sotaveteraanien|sotaveteraaneille|sotaveteraanit|krigsveteraner|war veterans||
kuulovammaisten|kuulovammaisille|kuulovammaiset|hörselskadade|hard of hearing people||
näkövammaisten|näkövammaisille|näkövammaiset|synskadade|visually impaired people||
"""


@cache
def targets() -> tuple[Target, ...]:
    out = []
    for line in _TARGETS.strip().splitlines():
        gen, all_, nom, sv, en, sits, age = line.split("|")
        out.append(Target(gen, all_, nom, sv, en, tuple(sits.split()),
                          int(age) if age else None))
    return tuple(out)


# Where groups meet: nominative (a location name) and locative ("kirjastossa").
VENUES = (
    ("Seurakuntatalo", "seurakuntatalolla"), ("Kirjasto", "kirjastossa"),
    ("Terveysasema", "terveysasemalla"), ("Kylätalo", "kylätalolla"),
    ("Palvelukeskus", "palvelukeskuksessa"), ("Järjestötalo", "järjestötalolla"),
    ("Nuorisotila", "nuorisotilassa"), ("Uimahalli", "uimahallissa"),
    ("Liikuntahalli", "liikuntahallissa"), ("Koulun liikuntasali", "koulun liikuntasalissa"),
    ("Kunnantalo", "kunnantalolla"), ("Toimintakeskus", "toimintakeskuksessa"),
    ("Työväentalo", "työväentalolla"), ("Monitoimitalo", "monitoimitalolla"),
    ("Nuorisoseurantalo", "nuorisoseurantalolla"), ("Pappila", "pappilassa"),
    ("Kuntosali", "kuntosalilla"), ("Sosiaalitoimisto", "sosiaalitoimistossa"),
    ("Perhekeskus", "perhekeskuksessa"), ("Kansalaisopisto", "kansalaisopistolla"),
)

WEEKDAYS = (
    ("MO", "maanantaisin", "måndagar", "Mondays"),
    ("TU", "tiistaisin", "tisdagar", "Tuesdays"),
    ("WE", "keskiviikkoisin", "onsdagar", "Wednesdays"),
    ("TH", "torstaisin", "torsdagar", "Thursdays"),
    ("FR", "perjantaisin", "fredagar", "Fridays"),
    ("SA", "lauantaisin", "lördagar", "Saturdays"),
    ("SU", "sunnuntaisin", "söndagar", "Sundays"),
)

ROLES = (
    "palveluohjaaja", "diakoniatyöntekijä", "liikuntaneuvoja", "sosiaaliohjaaja",
    "terveydenhoitaja", "vapaaehtoinen", "toiminnanohjaaja", "fysioterapeutti",
    "kuntoutusohjaaja", "järjestösihteeri", "talousneuvoja", "psykiatrinen sairaanhoitaja",
    "kokemusasiantuntija", "vertaisohjaaja", "muistikoordinaattori", "omaishoidon ohjaaja",
)

ADJECTIVES = (
    "maksuton", "avoin", "luottamuksellinen", "matalan kynnyksen", "ohjattu", "kevyt",
    "kaikille avoin", "monipuolinen", "kuntouttava", "ennaltaehkäisevä", "yksilöllinen",
    "ryhmämuotoinen", "kiireetön", "viikoittainen", "säännöllinen", "ammatillinen",
)

ROLE_WORDS = ("antaa", "kertoo", "neuvoo")


def zipf_cum_weights(n: int, s: float = 1.0, offset: float = 1.0) -> list[float]:
    """Cumulative weights 1/(rank + offset)^s for ``random.choices`` or ``pick``."""
    return list(accumulate(1.0 / (r + offset) ** s for r in range(n)))


def pick(rng: random.Random, items: Sequence[T], cum: list[float]) -> T:
    """One Zipf-weighted item (faster than ``random.choices`` for one draw)."""
    return items[bisect(cum, rng.random() * cum[-1])]


def strip_diacritics(text: str) -> str:
    """What a user types on a keyboard without ä/ö: "päivätoiminta" → "paivatoiminta"."""
    return text.translate(str.maketrans("äöåÄÖÅ", "aoaAOA"))
