"""Finland's municipalities and regions, and the benchmark's places (centres, villages …).

The municipality names, their statistical codes and their regions (maakunnat) are the
2021–2025 division (309 municipalities). Coordinates: the centres listed in ``_KNOWN`` are
real to about a kilometre; every other centre is a *synthetic* point, derived from the name
with SHA-256, inside a box around its region's middle — plausible, inside Finland, but not
the real place. Villages and postal areas are invented names around the centre. Everything
here is deterministic and independent of the generator's seed, so that a query log can name
places without having seen the bundle.
"""

from __future__ import annotations

import hashlib
import random
import unicodedata
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Region:
    name: str
    genitive: str
    sv: str
    lat: float
    lon: float
    dlat: float  # half the height of the box synthetic centres fall in, degrees
    dlon: float
    area_code: str  # telephone area code
    postal: tuple[int, ...]  # first two digits of the region's postal codes


@dataclass(frozen=True)
class Municipality:
    name: str
    code: str
    region: Region
    genitive: str
    city: bool  # kaupunki rather than kunta
    sv: str | None
    lat: float
    lon: float
    postal_code: str  # the centre's postal code
    swedish_speaking: bool

    @property
    def slug(self) -> str:
        return slug(self.name)

    @property
    def org_name(self) -> str:
        if self.name == "Pedersören kunta":
            return self.name
        return f"{self.genitive} {'kaupunki' if self.city else 'kunta'}"


REGIONS: dict[str, Region] = {
    r.name: r
    for r in (
        Region("Uusimaa", "Uudenmaan", "Nyland", 60.35, 24.9, 0.25, 1.1, "09", (0, 1, 2, 4, 5, 8)),
        Region("Varsinais-Suomi", "Varsinais-Suomen", "Egentliga Finland", 60.55, 22.6, 0.3, 0.7,
               "02", (20, 21, 23, 24, 25, 27)),
        Region("Satakunta", "Satakunnan", "Satakunda", 61.45, 22.1, 0.3, 0.5, "02", (28, 29, 32)),
        Region("Kanta-Häme", "Kanta-Hämeen", "Egentliga Tavastland", 60.85, 24.2, 0.15, 0.45,
               "03", (12, 13, 14, 30, 31)),
        Region("Pirkanmaa", "Pirkanmaan", "Birkaland", 61.7, 23.8, 0.4, 0.7, "03",
               (33, 34, 35, 36, 37, 38, 39)),
        Region("Päijät-Häme", "Päijät-Hämeen", "Päijänne-Tavastland", 61.15, 25.7, 0.25, 0.45,
               "03", (15, 16, 17, 18, 19)),
        Region("Kymenlaakso", "Kymenlaakson", "Kymmenedalen", 60.7, 26.9, 0.15, 0.5, "05",
               (45, 46, 47, 48, 49)),
        Region("Etelä-Karjala", "Etelä-Karjalan", "Södra Karelen", 61.2, 28.3, 0.2, 0.6, "05",
               (53, 54, 55, 56, 59)),
        Region("Etelä-Savo", "Etelä-Savon", "Södra Savolax", 61.8, 27.8, 0.3, 0.8, "015",
               (50, 51, 52, 57, 58)),
        Region("Pohjois-Savo", "Pohjois-Savon", "Norra Savolax", 62.95, 27.5, 0.45, 0.7, "017",
               (70, 71, 72, 73, 74, 77, 78, 79)),
        Region("Pohjois-Karjala", "Pohjois-Karjalan", "Norra Karelen", 62.8, 29.9, 0.45, 0.7,
               "013", (80, 81, 82, 83)),
        Region("Keski-Suomi", "Keski-Suomen", "Mellersta Finland", 62.4, 25.4, 0.45, 0.7, "014",
               (40, 41, 42, 43, 44)),
        Region("Etelä-Pohjanmaa", "Etelä-Pohjanmaan", "Södra Österbotten", 62.75, 23.0, 0.35,
               0.7, "06", (60, 61, 62, 63)),
        Region("Pohjanmaa", "Pohjanmaan", "Österbotten", 63.0, 21.9, 0.45, 0.35, "06",
               (64, 65, 66, 68)),
        Region("Keski-Pohjanmaa", "Keski-Pohjanmaan", "Mellersta Österbotten", 63.6, 23.9, 0.25,
               0.5, "06", (67, 68, 69)),
        Region("Pohjois-Pohjanmaa", "Pohjois-Pohjanmaan", "Norra Österbotten", 64.8, 26.0, 0.8,
               1.4, "08", (84, 85, 86, 90, 91, 92, 93)),
        Region("Kainuu", "Kainuun", "Kajanaland", 64.4, 28.5, 0.5, 1.0, "08", (87, 88, 89)),
        Region("Lappi", "Lapin", "Lappland", 67.3, 26.0, 1.4, 2.3, "016",
               (94, 95, 96, 97, 98, 99)),
        Region("Ahvenanmaa", "Ahvenanmaan", "Åland", 60.2, 20.0, 0.12, 0.5, "018", (22,)),
    )
}

# The municipalities, their statistical codes, Swedish names and regions come from the
# app's own resource (hytedesk/resources/places/municipalities.csv), the list the admin
# build checks names against: one list for both.
def _official() -> dict[str, list[tuple[str, str, bool, str]]]:
    """Per region: (name, code, town, Swedish name or "") in name order."""
    from hytedesk.base.municipalities import municipalities as _load

    out: dict[str, list[tuple[str, str, bool, str]]] = {r: [] for r in REGIONS}
    for m in sorted(_load().all, key=lambda m: m.fi):
        out[m.region_fi].append((m.fi, m.code, m.town, m.sv if m.sv != m.fi else ""))
    return out


_OFFICIAL = _official()
_SWEDISH = {name: sv for rows in _OFFICIAL.values() for name, _c, _t, sv in rows if sv}
for _name in ("Salo", "Nurmijärvi", "Kotka"):  # same name in Swedish, named all the same
    _SWEDISH[_name] = _name
# Mainly Swedish-speaking municipalities: more services carry Swedish text there.
_SWEDISH_SPEAKING = {
    "Korsnäs", "Närpiö", "Maalahti", "Mustasaari", "Vöyri", "Uusikaarlepyy", "Luoto",
    "Kruunupyy", "Pedersören kunta", "Pietarsaari", "Kristiinankaupunki", "Kaskinen",
    "Raasepori", "Inkoo", "Hanko", "Parainen", "Kemiönsaari", "Loviisa", "Porvoo", "Sipoo",
    "Kauniainen", "Siuntio", "Kirkkonummi", "Lapinjärvi", "Vaasa", "Kokkola",
}
_SWEDISH_SPEAKING |= {name for name, _c, _t, _sv in _OFFICIAL["Ahvenanmaa"]}

# Real centre coordinates (WGS84, about ±1 km) for the places known here.
_KNOWN = {
    "Helsinki": (60.1699, 24.9384), "Espoo": (60.2055, 24.6559), "Vantaa": (60.2934, 25.0378),
    "Tampere": (61.4978, 23.7610), "Turku": (60.4518, 22.2666), "Oulu": (65.0121, 25.4651),
    "Jyväskylä": (62.2426, 25.7473), "Lahti": (60.9827, 25.6612), "Kuopio": (62.8924, 27.6770),
    "Pori": (61.4851, 21.7974), "Joensuu": (62.6010, 29.7636),
    "Lappeenranta": (61.0587, 28.1887), "Hämeenlinna": (60.9959, 24.4643),
    "Vaasa": (63.0951, 21.6165), "Seinäjoki": (62.7903, 22.8403),
    "Rovaniemi": (66.5039, 25.7294), "Mikkeli": (61.6886, 27.2723), "Kotka": (60.4664, 26.9458),
    "Salo": (60.3833, 23.1333), "Porvoo": (60.3923, 25.6651), "Kokkola": (63.8385, 23.1307),
    "Hyvinkää": (60.6333, 24.8667), "Lohja": (60.2486, 24.0653),
    "Järvenpää": (60.4737, 25.0899), "Rauma": (61.1272, 21.5113),
    "Kajaani": (64.2245, 27.7334), "Sotkamo": (64.1333, 28.3833), "Kuhmo": (64.1258, 29.5197),
    "Suomussalmi": (64.8866, 28.9074), "Puolanka": (64.8686, 27.6712),
    "Hyrynsalmi": (64.6761, 28.4933), "Paltamo": (64.4050, 27.8347),
    "Ristijärvi": (64.5061, 28.2142), "Kouvola": (60.8681, 26.7042),
    "Savonlinna": (61.8688, 28.8788), "Imatra": (61.1719, 28.7525), "Kemi": (65.7365, 24.5637),
    "Tornio": (65.8481, 24.1466), "Iisalmi": (63.5589, 27.1905), "Varkaus": (62.3153, 27.8733),
    "Raahe": (64.6847, 24.4789), "Kuusamo": (65.9640, 29.1880), "Inari": (68.9058, 27.0288),
    "Utsjoki": (69.9078, 27.0262), "Sodankylä": (67.4167, 26.5833),
    "Kittilä": (67.6533, 24.9114), "Enontekiö": (68.3845, 23.6366),
    "Maarianhamina": (60.0973, 19.9348), "Kemijärvi": (66.7131, 27.4306),
    "Nurmes": (63.5428, 29.1392), "Lieksa": (63.3167, 30.0167), "Ylivieska": (64.0722, 24.5375),
    "Kalajoki": (64.2597, 23.9486), "Pietarsaari": (63.6749, 22.7026),
    "Kristiinankaupunki": (62.2743, 21.3759), "Närpiö": (62.4736, 21.3369),
    "Hanko": (59.8236, 22.9681), "Raasepori": (59.9750, 23.4361),
    "Uusikaupunki": (60.8000, 21.4167), "Forssa": (60.8147, 23.6214),
    "Riihimäki": (60.7393, 24.7727), "Kerava": (60.4034, 25.1050), "Nokia": (61.4769, 23.5053),
    "Valkeakoski": (61.2647, 24.0306), "Heinola": (61.2056, 26.0381),
    "Hamina": (60.5694, 27.1981), "Pieksämäki": (62.3000, 27.1333),
    "Kankaanpää": (61.8028, 22.3944), "Kauhajoki": (62.4333, 22.1833),
    "Kurikka": (62.6167, 22.4000), "Lapua": (62.9706, 23.0069), "Äänekoski": (62.6042, 25.7264),
    "Jämsä": (61.8639, 25.1903), "Keuruu": (62.2603, 24.7069), "Viitasaari": (63.0750, 25.8597),
    "Siilinjärvi": (63.0750, 27.6600), "Kitee": (62.0981, 30.1375),
    "Ilomantsi": (62.6722, 30.9306), "Pudasjärvi": (65.3606, 26.9997),
    "Taivalkoski": (65.5739, 28.2417), "Salla": (66.8333, 28.6667), "Pello": (66.7742, 23.9636),
    "Muonio": (67.9583, 23.6792), "Kolari": (67.3306, 23.7833), "Posio": (66.1083, 28.1667),
    "Ranua": (65.9278, 26.5181), "Savukoski": (67.2917, 28.1583),
    "Pelkosenniemi": (67.1111, 27.5111), "Hailuoto": (65.0111, 24.7139),
    "Ii": (65.3167, 25.3722), "Muhos": (64.8083, 25.9931), "Kempele": (64.9125, 25.5083),
    "Liminka": (64.8097, 25.4153),
}

# Genitives that the suffix rules below do not produce.
_GENITIVE_EXCEPTIONS = {
    "Kauniainen": "Kauniaisten", "Turku": "Turun", "Varkaus": "Varkauden",
    "Pihtipudas": "Pihtiputaan", "Hailuoto": "Hailuodon", "Muhos": "Muhoksen",
    "Juuka": "Juuan", "Nurmes": "Nurmeksen", "Outokumpu": "Outokummun", "Iitti": "Iitin",
    "Loppi": "Lopen", "Koski Tl": "Kosken Tl", "Lieto": "Liedon",
    "Uusikaupunki": "Uudenkaupungin", "Vihti": "Vihdin", "Korsnäs": "Korsnäsin",
    "Kristiinankaupunki": "Kristiinankaupungin", "Luoto": "Luodon",
    "Pedersören kunta": "Pedersören kunnan", "Uusikaarlepyy": "Uudenkaarlepyyn",
    "Alavus": "Alavuden", "Kannus": "Kannuksen", "Kumlinge": "Kumlingen",
    "Punkalaidun": "Punkalaitumen", "Virrat": "Virtain", "Kitee": "Kiteen",
    "Lemi": "Lemin", "Kemi": "Kemin", "Pello": "Pellon", "Inari": "Inarin",
    "Eura": "Euran", "Vaala": "Vaalan", "Kaavi": "Kaavin", "Lahti": "Lahden",
}
_GENITIVE_RULES = (
    ("järvi", "järven"), ("lahti", "lahden"), ("joki", "joen"), ("salmi", "salmen"),
    ("niemi", "niemen"), ("koski", "kosken"), ("vesi", "veden"), ("mäki", "mäen"),
    ("lampi", "lammen"), ("nummi", "nummen"), ("saari", "saaren"), ("virta", "virran"),
    ("ranta", "rannan"), ("nen", "sen"), ("nki", "ngin"), ("nka", "ngan"), ("nko", "ngon"),
    ("nta", "nnan"), ("ntä", "nnän"), ("nto", "nnon"), ("lta", "llan"), ("kka", "kan"),
    ("kku", "kun"), ("ee", "een"),
)


def genitive(name: str) -> str:
    """The Finnish genitive of a municipality name ("Puolanka" → "Puolangan")."""
    if name in _GENITIVE_EXCEPTIONS:
        return _GENITIVE_EXCEPTIONS[name]
    for suffix, replacement in _GENITIVE_RULES:
        if name.endswith(suffix):
            return name[: -len(suffix)] + replacement
    if name[-1] == "e":  # Tampere → Tampereen, Raahe → Raahen handled by length below
        return name + ("n" if name.endswith("he") else "en")
    if name[-1] in "aeiouyäö":
        return name + "n"
    return name + "in"


def slug(text: str) -> str:
    """ASCII id part: "Mänttä-Vilppula" → "mantta-vilppula"."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    out = []
    for ch in text:
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _unit(*parts: str) -> float:
    """A deterministic number in [0, 1) from the given text (not Python's salted hash)."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _clamp(lat: float, lon: float) -> tuple[float, float]:
    return min(max(lat, 59.6), 70.0), min(max(lon, 19.6), 31.2)


@cache
def municipalities() -> tuple[Municipality, ...]:
    """All municipalities, in region order, then by name."""
    out: list[Municipality] = []
    postal_used: set[str] = set()
    for region_name, rows in _OFFICIAL.items():
        region = REGIONS[region_name]
        for i, (name, code, city, _sv) in enumerate(rows):
            if name in _KNOWN:
                lat, lon = _KNOWN[name]
            else:  # synthetic: see the module docstring
                lat = region.lat + (2 * _unit(name, "lat") - 1) * region.dlat
                lon = region.lon + (2 * _unit(name, "lon") - 1) * region.dlon
                lat, lon = _clamp(round(lat, 4), round(lon, 4))
            prefix = region.postal[i % len(region.postal)]
            start = int(_unit(name, "postal") * 100)
            for k in range(100):
                n = (start + k) % 100
                postal = f"{prefix:02d}{n:02d}0"
                if postal not in postal_used:
                    break
            postal_used.add(postal)
            out.append(
                Municipality(
                    name=name, code=code, region=region, genitive=genitive(name), city=city,
                    sv=_SWEDISH.get(name), lat=lat, lon=lon, postal_code=postal,
                    swedish_speaking=name in _SWEDISH_SPEAKING,
                )
            )
    return tuple(out)


def municipality(name: str) -> Municipality:
    for m in municipalities():
        if m.name == name:
            return m
    raise KeyError(name)


# Village and postal-area names: a first part and an ending, the way Finnish place names are.
_VILLAGE_FIRST = _w(
    "Kivi Haapa Koivu Petäjä Mänty Kuusi Honka Kontio Karhu Hirvi Susi Kettu Jänis Kala Lohi "
    "Hauki Sorsa Joutsen Kurki Metsä Suo Vuori Pitkä Iso Pikku Vähä Musta Valko Puna Kallio "
    "Tervo Leppä Paju Raita Tammi Saari Kirkko Mylly Pappila Kuru Niva Ahven Särki Kotka "
    "Korpi Kangas Vaara Harju Aho Pelto Niitty Hiekka Savi Hongisto Lahna Sammal Kanerva "
    "Kaarlo Antti Matti Heikki Juho Pekka Olli Lauri Ala Ylä Keski Etelä Pohjois Itä Länsi "
    "Vanha Uusi Salmi Rasti Tuohi Kataja Pihlaja Vaahtera Raja Portti Silta Lammi Kaira"
)
_VILLAGE_END = _w(
    "niemi järvi lahti vaara koski mäki salmi kylä joki harju saari lampi suo ranta pää "
    "kangas aho la lä nummi talo vuori selkä virta puro"
)


_DIRECTIONS = frozenset(
    ("Ala", "Ylä", "Keski", "Etelä", "Pohjois", "Itä", "Länsi", "Vanha", "Uusi")
)


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    type: str
    municipality: Municipality
    postal_code: str | None
    lat: float
    lon: float

    def record(self) -> dict[str, object]:
        rec: dict[str, object] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "municipality": self.municipality.name,
            "municipality_code": self.municipality.code,
            "region": self.municipality.region.name,
            "postal_code": self.postal_code,
            "latitude": self.lat,
            "longitude": self.lon,
        }
        if self.type == "municipality" and self.municipality.sv:
            rec["translations"] = {"sv": {"name": self.municipality.sv}}
        return rec


def _village_name(rng: random.Random) -> str:
    first = rng.choice(_VILLAGE_FIRST)
    end = rng.choice(_VILLAGE_END)
    if first in _DIRECTIONS:
        second = rng.choice([w for w in _VILLAGE_FIRST if w not in _DIRECTIONS])
        if end in ("la", "lä"):
            end = "niemi"
        return f"{first}-{second}{end}"
    if end in ("la", "lä"):
        front = not any(v in first for v in "aou")
        return first + ("lä" if front else "la")
    if first[-1] == end[0] and first[-1] in "aeiouyäö":
        return f"{first}-{end}"
    return first + end


@cache
def places() -> tuple[Place, ...]:
    """Every municipality centre, then about 2,000 villages and postal areas."""
    out: list[Place] = []
    ids: set[str] = set()
    for m in municipalities():
        pid = f"place:{m.slug}"
        ids.add(pid)
        out.append(Place(pid, m.name, "municipality", m, m.postal_code, m.lat, m.lon))
    for m in municipalities():
        rng = random.Random(f"villages:{m.code}")
        count = 3 + rng.randrange(8)
        postal_n = 0
        for _ in range(count):
            name = _village_name(rng)
            pid = f"place:{m.slug}:{slug(name)}"
            if pid in ids:
                continue
            ids.add(pid)
            # Up to ~25 km from the centre (a degree of longitude is ~50 km up here).
            lat = round(m.lat + rng.uniform(-0.22, 0.22), 4)
            lon = round(m.lon + rng.uniform(-0.45, 0.45), 4)
            lat, lon = _clamp(lat, lon)
            if rng.random() < 0.3:
                postal_n += 1
                code = f"{m.postal_code[:3]}{postal_n}{rng.randrange(10)}"
                out.append(Place(pid, name, "postal_area", m, code, lat, lon))
            else:
                out.append(Place(pid, name, "village", m, None, lat, lon))
    return tuple(out)


@cache
def places_by_municipality() -> dict[str, tuple[Place, ...]]:
    grouped: dict[str, list[Place]] = {}
    for p in places():
        grouped.setdefault(p.municipality.name, []).append(p)
    return {k: tuple(v) for k, v in grouped.items()}
