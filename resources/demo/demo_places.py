"""Places of the demo catalogue: the eight municipalities of Kainuu and villages in them.

Coordinates are approximate WGS84 (a few kilometres at most off the centre of the place).
Municipality codes are Statistics Finland's. A postal code is given only where the village has
its own postal area; the municipality centres carry the centre's code in MUNICIPALITY_POSTAL.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class Municipality(NamedTuple):
    name: str
    code: str
    lat: float
    lon: float
    name_sv: str | None = None


class Village(NamedTuple):
    name: str
    municipality: str
    lat: float
    lon: float
    postal_code: str | None = None
    name_sv: str | None = None


MUNICIPALITIES: Final[list[Municipality]] = [
    Municipality("Kajaani", "205", 64.2245, 27.7334, "Kajana"),
    Municipality("Hyrynsalmi", "105", 64.6760, 28.4940),
    Municipality("Kuhmo", "290", 64.1260, 29.5180),
    Municipality("Paltamo", "578", 64.4070, 27.8380),
    Municipality("Puolanka", "615", 64.8690, 27.6720),
    Municipality("Ristijärvi", "697", 64.5040, 28.2150),
    Municipality("Sotkamo", "765", 64.1310, 28.3900),
    Municipality("Suomussalmi", "777", 64.8870, 28.9070),
]

# The postal code of each municipality centre (used for invented street addresses).
MUNICIPALITY_POSTAL: Final[dict[str, str]] = {
    "Kajaani": "87100",
    "Hyrynsalmi": "89400",
    "Kuhmo": "88900",
    "Paltamo": "88300",
    "Puolanka": "89200",
    "Ristijärvi": "88400",
    "Sotkamo": "88600",
    "Suomussalmi": "89600",
}

VILLAGES: Final[list[Village]] = [
    # Kajaani
    Village("Paltaniemi", "Kajaani", 64.2860, 27.6880),
    Village("Otanmäki", "Kajaani", 64.1200, 27.0850, "88200"),
    Village("Vuolijoki", "Kajaani", 64.1550, 26.9950, "88270"),
    Village("Nakertaja", "Kajaani", 64.2520, 27.6870, "87830"),
    # Sotkamo
    Village("Vuokatti", "Sotkamo", 64.1420, 28.2820, "88610"),
    Village("Naapurinvaara", "Sotkamo", 63.9950, 28.5400),
    Village("Tipasoja", "Sotkamo", 63.9450, 28.9300),
    # Kuhmo
    Village("Lentiira", "Kuhmo", 64.3550, 29.8300),
    Village("Iivantiira", "Kuhmo", 64.5300, 29.6900),
    Village("Vartius", "Kuhmo", 64.4900, 29.9900),
    Village("Katerma", "Kuhmo", 63.9750, 29.6200),
    Village("Ylä-Vieksi", "Kuhmo", 63.9000, 30.0000),
    # Suomussalmi
    Village("Ämmänsaari", "Suomussalmi", 64.8870, 28.9070, "89600"),
    Village("Suomussalmen kirkonkylä", "Suomussalmi", 64.8550, 29.0800),
    Village("Kiannanniemi", "Suomussalmi", 64.9850, 28.9300),
    Village("Juntusranta", "Suomussalmi", 65.2050, 29.4800, "89920"),
    Village("Ruhtinansalmi", "Suomussalmi", 65.2170, 29.5130, "89920"),
    Village("Hossa", "Suomussalmi", 65.4450, 29.5600, "89920"),
    # Hyrynsalmi
    Village("Ukkohalla", "Hyrynsalmi", 64.7190, 28.2580),
    Village("Moisiovaara", "Hyrynsalmi", 64.6200, 28.8500),
    # Puolanka
    Village("Paljakka", "Puolanka", 64.6750, 28.0600),
    Village("Joukokylä", "Puolanka", 65.0000, 27.4500),
    Village("Kotila", "Puolanka", 65.0000, 27.9500),
    # Paltamo
    Village("Kontiomäki", "Paltamo", 64.3380, 28.1100, "88470"),
    Village("Mieslahti", "Paltamo", 64.4500, 27.5500),
    Village("Melalahti", "Paltamo", 64.4850, 27.6500),
    # Ristijärvi
    Village("Hiisijärvi", "Ristijärvi", 64.3670, 28.5800),
    Village("Pyhäntä (Ristijärvi)", "Ristijärvi", 64.4170, 28.4630),
]

REGION: Final = "Kainuu"
