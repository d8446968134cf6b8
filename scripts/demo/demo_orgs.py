"""Organisations of the invented local services. Names follow the style of real Kainuu
actors, but the services, contacts and schedules attached to them are invented demo data."""

from __future__ import annotations

from typing import Final

from demo_model import Org

ORGS: Final[list[Org]] = [
    # welfare region and municipalities
    Org("hva", "Kainuun hyvinvointialue", "welfare-region",
        "Sosiaali-, terveys- ja pelastuspalvelut Kainuun kahdeksassa kunnassa.",
        sv="Kajanalands välfärdsområde", en="Kainuu Wellbeing Services County"),
    Org("kajaani", "Kajaanin kaupunki", "municipality", "Liikunta-, kulttuuri- ja "
        "kirjastopalvelut sekä kansalaisopisto.", sv="Kajana stad", en="City of Kajaani"),
    Org("sotkamo", "Sotkamon kunta", "municipality", en="Municipality of Sotkamo"),
    Org("kuhmo", "Kuhmon kaupunki", "municipality", en="Town of Kuhmo"),
    Org("suomussalmi", "Suomussalmen kunta", "municipality", en="Municipality of Suomussalmi"),
    Org("puolanka", "Puolangan kunta", "municipality", en="Municipality of Puolanka"),
    Org("hyrynsalmi", "Hyrynsalmen kunta", "municipality", en="Municipality of Hyrynsalmi"),
    Org("paltamo", "Paltamon kunta", "municipality", en="Municipality of Paltamo"),
    Org("ristijarvi", "Ristijärven kunta", "municipality", en="Municipality of Ristijärvi"),
    Org("oikeusapu", "Oikeusaputoimisto, Kainuun talous- ja velkaneuvonta", "national",
        "Valtion oikeusaputoimiston talous- ja velkaneuvonta Kainuun asukkaille.",
        sv="Rättshjälpsbyrån, ekonomi- och skuldrådgivning i Kajanaland",
        en="Legal aid office, financial and debt advice for Kainuu"),
    # parishes
    Org("srk-kajaani", "Kajaanin seurakunta", "parish", sv="Kajana församling",
        en="Kajaani Parish"),
    Org("srk-sotkamo", "Sotkamon seurakunta", "parish"),
    Org("srk-kuhmo", "Kuhmon seurakunta", "parish"),
    Org("srk-suomussalmi", "Suomussalmen seurakunta", "parish"),
    Org("srk-paltamo", "Paltamon seurakunta", "parish"),
    Org("srk-puolanka", "Puolangan seurakunta", "parish"),
    Org("srk-hyrynsalmi", "Hyrynsalmen seurakunta", "parish"),
    Org("srk-ristijarvi", "Ristijärven seurakunta", "parish"),
    Org("perheneuvonta", "Kainuun kirkon perheneuvonta", "parish",
        "Seurakuntien yhteinen perheasiain neuvottelukeskus."),
    # associations
    Org("omaishoitajat", "Kainuun Omaishoitajat ry", "ngo",
        "Omaishoitajien ja heidän läheistensä yhdistys.", en="Kainuu Family Carers"),
    Org("muisti", "Kainuun Muistiyhdistys ry", "ngo"),
    Org("spr", "Suomen Punaisen Ristin Kajaanin osasto", "ngo",
        sv="Finlands Röda Kors, Kajana avdelning", en="Finnish Red Cross, Kajaani branch"),
    Org("elakelaiset", "Kajaanin Seudun Eläkeläiset ry", "ngo"),
    Org("elakeliitto-suo", "Eläkeliiton Suomussalmen yhdistys ry", "ngo"),
    Org("kyla-juntusranta", "Juntusrannan kyläyhdistys ry", "ngo"),
    Org("kyla-hossa", "Hossan kyläseura ry", "ngo"),
    Org("kyla-vuolijoki", "Vuolijoen kylät ry", "ngo"),
    Org("kyla-otanmaki", "Otanmäen kyläyhdistys ry", "ngo"),
    Org("kyla-kontiomaki", "Kontiomäen kyläyhdistys ry", "ngo"),
    Org("kyla-lentiira", "Lentiiran kyläyhdistys ry", "ngo"),
    Org("akilta", "Kajaanin A-kilta ry", "ngo"),
    Org("mielenterveys", "Kainuun Mielenterveysyhdistys ry", "ngo"),
    Org("lahisuhde", "Kainuun Lähisuhdetyö ry", "ngo"),
    Org("sydan", "Kajaanin Seudun Sydänyhdistys ry", "ngo"),
    Org("diabetes", "Sotkamon Diabetesyhdistys ry", "ngo"),
    Org("syopa", "Kainuun Syöpäyhdistys ry", "ngo"),
    Org("martat", "Kainuun Martat ry", "ngo"),
    Org("liikunta", "Kainuun Liikunta ry", "ngo"),
    Org("mll-kuhmo", "MLL:n Kuhmon yhdistys ry", "ngo"),
    Org("saattohoito", "Kainuun Saattohoitoyhdistys ry", "ngo"),
    Org("ruoka-apu", "Kajaanin Ruoka-apu ry", "ngo"),
    Org("velkatuki", "Velkaantuneiden Tuki Kainuu ry", "ngo"),
    Org("international", "International Club Kajaani ry", "ngo",
        "An association for people who have moved to Kainuu from abroad.",
        en="International Club Kajaani"),
    Org("svenska", "Kajanalands svenska förening r.f.", "ngo",
        "Förening för svenskspråkiga i Kajanaland.", sv="Kajanalands svenska förening r.f."),
    # companies
    Org("kuntopiste", "Vuokatin Kuntopiste Oy", "company"),
    Org("kotiturva", "Kainuun Kotiturva Oy", "company"),
    Org("terapiatalo", "Kajaanin Terapiatalo Oy", "company"),
    Org("fysiopiste", "Kuhmon Fysiopiste Oy", "company"),
]
