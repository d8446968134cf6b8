"""Places of the demo catalogue: the eight municipalities of Kainuu and villages in them.

Coordinates are approximate WGS84 (a few kilometres at most off the centre of the place;
several village points are those of the Finnish Meteorological Institute's observation
stations named after the village).
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
    Municipality("Ristijärvi", "697", 64.5010, 28.2160),
    Municipality("Sotkamo", "765", 64.1310, 28.3900),
    Municipality("Suomussalmi", "777", 64.8840, 28.9130),
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
    Village("Paltaniemi", "Kajaani", 64.2900, 27.6450),
    Village("Otanmäki", "Kajaani", 64.1170, 27.0500, "88200"),
    Village("Vuolijoki", "Kajaani", 64.1550, 26.9950, "88270"),
    Village("Nakertaja", "Kajaani", 64.2520, 27.6870, "87830"),
    # Sotkamo
    Village("Vuokatti", "Sotkamo", 64.1420, 28.2820, "88610"),
    Village("Naapurinvaara", "Sotkamo", 64.1850, 28.2850),
    Village("Kuolaniemi", "Sotkamo", 64.1150, 28.3350),
    Village("Ylisotkamo", "Sotkamo", 64.1340, 28.5470),
    Village("Tipasoja", "Sotkamo", 63.9200, 28.7200),
    Village("Laakajärvi", "Sotkamo", 63.7960, 28.2280),
    # Kuhmo
    Village("Lentiira", "Kuhmo", 64.3550, 29.8300),
    Village("Sumsa", "Kuhmo", 64.2670, 29.8300),
    Village("Kalliojoki", "Kuhmo", 64.2980, 30.1660),
    Village("Jonkeri", "Kuhmo", 63.7670, 29.8470),
    # Suomussalmi
    Village("Ämmänsaari", "Suomussalmi", 64.8840, 28.9130, "89600"),
    Village("Suomussalmen kirkonkylä", "Suomussalmi", 64.9100, 29.0150),
    Village("Pesiökylä", "Suomussalmi", 64.9310, 28.7470),
    Village("Yli-Vuokki", "Suomussalmi", 64.7170, 29.6800),
    Village("Näljänkä", "Suomussalmi", 65.2250, 28.4300),
    Village("Juntusranta", "Suomussalmi", 65.2100, 29.5000, "89920"),
    Village("Ruhtinansalmi", "Suomussalmi", 65.2170, 29.5130, "89920"),
    Village("Piispajärvi", "Suomussalmi", 65.3700, 29.2100),
    Village("Hossa", "Suomussalmi", 65.4450, 29.5600, "89920"),
    # Hyrynsalmi
    Village("Moisiovaara", "Hyrynsalmi", 64.5900, 29.1200),
    Village("Hoikka", "Hyrynsalmi", 64.7170, 28.6500),
    Village("Kytömäki", "Hyrynsalmi", 64.8300, 28.2300),
    # Puolanka
    Village("Paljakka", "Puolanka", 64.6640, 28.0570),
    Village("Kotila", "Puolanka", 64.6670, 28.0350),
    Village("Rasinkylä", "Puolanka", 64.8170, 27.9300),
    # Paltamo
    Village("Kontiomäki", "Paltamo", 64.3380, 28.1100, "88470"),
    # Ristijärvi
    Village("Koskenkylä", "Ristijärvi", 64.5000, 28.3630),
    Village("Hiisijärvi", "Ristijärvi", 64.3670, 28.5800),
    Village("Pyhäntä (Ristijärvi)", "Ristijärvi", 64.4170, 28.4630),
]

REGION: Final = "Kainuu"
