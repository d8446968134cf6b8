"""National helplines: only the confirmed rows of reference/helplines.md, with exactly its
numbers, hours and free-of-charge flags. Everything not confirmed there stays out.
Checked: ASSURED (the date of the reference check)."""

from __future__ import annotations

from typing import Final

from demo_model import Helpline, Line, Org, Sched

ASSURED: Final = "2026-11-01"
EVERY_DAY: Final = "MO,TU,WE,TH,FR,SA,SU"
ROUND_THE_CLOCK: Final = Sched(EVERY_DAY, "00:00", "24:00", description="Ympäri vuorokauden")
CALL_RATE: Final = "Puhelu maksaa soittajan liittymän normaalin hinnan."

HELPLINES: Final[list[Helpline]] = [
    Helpline(
        key="112",
        name="Hätänumero 112",
        description=(
            "Hätänumero kiireellisiin hätätilanteisiin, kun henki, terveys, omaisuus tai "
            "ympäristö on vaarassa. Yhteyden saa myös 112 Suomi -sovelluksella."
        ),
        org=Org("hatakeskuslaitos", "Hätäkeskuslaitos", "national", website="https://112.fi",
                sv="Nödcentralsverket", en="Emergency Response Centre Agency"),
        url="https://112.fi",
        phones=(Line("112", "Hätänumero; myös 112 Suomi -sovellus", ("fi", "sv", "en")),),
        schedules=(ROUND_THE_CLOCK,),
        free=True,
        cost_note="Maksuton.",
        themes=(6,),
        situations=("acute-crisis", "violence-crime"),
        ptv_classes=("P19.3", "P5.5"),
        sv=("Nödnummer 112",
            "Nödnumret för brådskande nödsituationer när liv, hälsa, egendom eller miljö är "
            "i fara. Man kan också ringa via appen 112 Suomi."),
        en=("Emergency number 112",
            "The emergency number for urgent emergencies when life, health, property or the "
            "environment is in danger. Also reachable with the 112 Suomi app."),
    ),
    Helpline(
        key="116117",
        name="Päivystysapu 116117",
        description=(
            "Neuvoo kiireellisissä mutta ei hengenvaarallisissa sairaus- ja "
            "vammatilanteissa: tarvitaanko hoitoa heti ja minne hakeutua. "
            "Hätätilanteessa soita 112."
        ),
        org=Org("hyvinvointialueet", "Hyvinvointialueet", "national",
                website="https://116117.fi", sv="Välfärdsområdena",
                en="The wellbeing services counties"),
        url="https://116117.fi",
        phones=(Line("116 117", "Päivystysapu"),),
        schedules=(ROUND_THE_CLOCK,),
        free=True,
        cost_note="Maksuton.",
        themes=(6, 2),
        situations=("illness", "acute-crisis"),
        ptv_classes=("P5.5",),
        sv=("Jourhjälpen 116117",
            "Råd vid brådskande men inte livshotande sjukdom eller skada: behövs vård genast "
            "och vart ska man vända sig. Vid nödsituation ring 112."),
        en=("Medical helpline 116117",
            "Advice when an illness or injury is urgent but not an emergency: whether care is "
            "needed now and where to go. In an emergency call 112."),
    ),
    Helpline(
        key="mieli-kriisipuhelin",
        name="MIELI Kriisipuhelin",
        description=(
            "Kriisipuhelin, johon voi soittaa, kun elämässä on kriisi tai mieli on raskas. "
            "Suomenkielinen linja päivystää ympäri vuorokauden."
        ),
        org=Org("mieli", "MIELI Suomen Mielenterveys ry", "national",
                website="https://mieli.fi"),
        url="https://mieli.fi",
        phones=(Line("09 2525 0111", "Suomenkielinen linja"),),
        schedules=(ROUND_THE_CLOCK,),
        free=False,
        cost_note=CALL_RATE,
        themes=(3,),
        situations=("acute-crisis", "mental-health"),
        ptv_classes=("P5.7",),
        sv=("MIELI Kristelefon",
            "Kristelefon för den som är i kris eller mår psykiskt dåligt. Den "
            "finskspråkiga linjen är öppen dygnet runt."),
        en=("MIELI Crisis Helpline",
            "A crisis line to call when life is in crisis or the mind feels heavy. The Finnish "
            "line is open around the clock."),
    ),
    Helpline(
        key="nollalinja",
        name="Nollalinja",
        description=(
            "Maksuton auttava puhelin, kun kyse on väkivallasta lähisuhteessa. Numero 116 016 "
            "ohjautuu samaan palveluun, eikä puhelu näy puhelinlaskussa. Chat on auki "
            "arkipäivisin."
        ),
        org=Org("thl", "Terveyden ja hyvinvoinnin laitos (THL)", "national",
                website="https://nollalinja.fi",
                sv="Institutet för hälsa och välfärd (THL)",
                en="Finnish Institute for Health and Welfare (THL)"),
        url="https://nollalinja.fi",
        phones=(Line("080 005 005", "Nollalinja"),
                Line("116 016", "Ohjautuu samaan Nollalinjan palveluun")),
        schedules=(ROUND_THE_CLOCK,),
        chat_schedules=(
            Sched("MO,TU,WE", "09:00", "15:00", description="Chat"),
            Sched("TH,FR", "14:00", "20:00", description="Chat"),
        ),
        free=True,
        cost_note="Maksuton, eikä näy puhelinlaskussa.",
        themes=(5,),
        situations=("violence-crime", "relationship"),
        ptv_classes=("P4.13",),
        sv=("Nollalinja",
            "Avgiftsfri hjälptelefon vid våld i nära relationer. Numret 116 016 leder till "
            "samma tjänst och samtalet syns inte på telefonräkningen."),
        en=("Nollalinja",
            "Free helpline about violence in close relationships. 116 016 reaches the same "
            "line, and the call is not shown on the phone bill."),
    ),
    Helpline(
        key="myrkytystietokeskus",
        name="Myrkytystietokeskus",
        description=(
            "Neuvoo myrkytystilanteissa, esimerkiksi kun lääkettä, kemikaalia tai kasvia on "
            "nielty vahingossa."
        ),
        org=Org("hus", "HUS", "national", website="https://hus.fi"),
        url="https://hus.fi",
        phones=(Line("0800 147 111", "Myrkytystietokeskus"),),
        schedules=(ROUND_THE_CLOCK,),
        free=True,
        cost_note="Maksuton.",
        themes=(6,),
        situations=("acute-crisis",),
        ptv_classes=("P5.5",),
        sv=("Giftinformationscentralen",
            "Råd vid förgiftningar, till exempel när någon av misstag svalt ett läkemedel, en "
            "kemikalie eller en växt."),
        en=("Poison Information Centre",
            "Advice on poisonings, for example when a medicine, chemical or plant has been "
            "swallowed by accident."),
    ),
    Helpline(
        key="paihdeneuvonta",
        name="Päihdeneuvonta",
        description=(
            "Nimetöntä ja maksutonta neuvontaa, kun päihteiden käyttö huolestuttaa."
        ),
        org=Org("ehyt", "EHYT ry", "national", website="https://ehyt.fi"),
        url="https://ehyt.fi",
        phones=(Line("0800 900 45", "Päihdeneuvonta"),),
        schedules=(Sched(EVERY_DAY, "00:00", "24:00",
                         description="Ympäri vuorokauden (lähteiden mukaan vuoteen 2025)"),),
        free=True,
        cost_note="Maksuton.",
        themes=(3,),
        situations=("substance-use",),
        ptv_classes=("P5.7",),
        alert=("Yöpäivystyksen jatkumisen kerrottiin vuonna 2025 olevan uhattuna: "
               "tarkista ajat ehyt.fi-sivulta."),
        sv=("Päihdeneuvonta – rådgivning om rusmedel",
            "Anonym och avgiftsfri rådgivning när bruket av rusmedel oroar."),
        en=("Päihdeneuvonta – substance use helpline",
            "Anonymous, free advice when substance use is a worry."),
    ),
    Helpline(
        key="lasten-ja-nuorten-puhelin",
        name="Lasten ja nuorten puhelin",
        description=(
            "Maksuton puhelin, johon lapset ja nuoret voivat soittaa mistä tahansa mieltä "
            "painavasta asiasta. Ruotsinkielinen linja on auki osan viikosta."
        ),
        org=Org("mll", "Mannerheimin Lastensuojeluliitto (MLL)", "national",
                website="https://nuortennetti.fi",
                sv="Mannerheims Barnskyddsförbund (MLL)",
                en="Mannerheim League for Child Welfare (MLL)"),
        url="https://nuortennetti.fi",
        phones=(Line("116 111", "Suomenkielinen linja"),
                Line("0800 96 116", "Svenskspråkig linje", ("sv",))),
        schedules=(
            Sched(EVERY_DAY, description="Joka päivä; ammattilaiset päivystävät klo 20–24"),
            Sched("MO,TU", "14:00", "17:00", description="Svenskspråkig linje 0800 96 116"),
            Sched("WE,TH", "14:00", "20:00", description="Svenskspråkig linje 0800 96 116"),
        ),
        free=True,
        cost_note="Maksuton.",
        themes=(3, 4),
        situations=("mental-health", "loneliness"),
        ptv_classes=("P3.7",),
        ptv_groups=("KR1.2", "KR1.3"),
        languages=("fi", "sv"),
        sv=("Barn- och ungdomstelefonen",
            "Avgiftsfri telefon dit barn och unga kan ringa om vad som helst som tynger. "
            "Den svenskspråkiga linjen har öppet en del av veckan."),
        en=("Children and Youth Helpline",
            "A free line where children and young people can call about anything on their "
            "mind. The Swedish line is open part of the week."),
    ),
    Helpline(
        key="kirkon-keskusteluapu",
        name="Kirkon keskusteluapu",
        description=(
            "Keskusteluapua puhelimessa iltaisin, kun mieltä painaa yksinäisyys, suru tai "
            "muu huoli."
        ),
        org=Org("evl", "Evankelis-luterilainen kirkko", "national", website="https://evl.fi",
                sv="Evangelisk-lutherska kyrkan", en="Evangelical Lutheran Church of Finland"),
        url="https://evl.fi",
        phones=(Line("0400 22 11 80", "Suomenkielinen linja"),
                Line("0400 22 11 90", "Svenskspråkig linje", ("sv",))),
        schedules=(
            Sched(EVERY_DAY, "18:00", "24:00", description="Suomenkielinen linja"),
            Sched(EVERY_DAY, "20:00", "23:00", description="Svenskspråkig linje"),
        ),
        free=False,
        cost_note=CALL_RATE,
        themes=(3, 4),
        situations=("loneliness", "mental-health", "bereavement"),
        ptv_classes=("P25.6",),
        languages=("fi", "sv"),
        sv=("Kyrkans samtalstjänst",
            "Samtalsstöd per telefon på kvällarna när ensamhet, sorg eller andra bekymmer "
            "tynger."),
        en=("Church conversation helpline",
            "Someone to talk to by phone in the evenings when loneliness, grief or other "
            "worries weigh on the mind."),
    ),
    Helpline(
        key="riku",
        name="Rikosuhripäivystys RIKU",
        description=(
            "Auttava puhelin rikoksen uhreille: neuvontaa ja tukea väkivallan tai muun "
            "rikoksen jälkeen. Puhelinpalvelu arkipäivisin."
        ),
        org=Org("riku", "Rikosuhripäivystys (RIKU)", "national", website="https://riku.fi",
                sv="Brottsofferjouren (RIKU)", en="Victim Support Finland (RIKU)"),
        url="https://riku.fi",
        phones=(Line("116 006", "Auttava puhelin"),),
        schedules=(Sched("MO,TU,WE,TH,FR", "09:00", "20:00",
                         description="Arkipäivisin (ajat vahvistettu viimeksi 2021)"),),
        free=True,
        cost_note="Maksuton.",
        themes=(5, 6),
        situations=("violence-crime",),
        ptv_classes=("P7.5",),
        alert="Aukioloajat on vahvistettu viimeksi vuonna 2021: tarkista ne riku.fi-sivulta.",
        sv=("Brottsofferjouren RIKU",
            "Hjälptelefon för brottsoffer: råd och stöd efter våld eller annat brott. "
            "Telefontjänst på vardagar."),
        en=("Victim Support Finland RIKU",
            "Helpline for victims of crime: advice and support after violence or other "
            "crime. Phone service on weekdays."),
    ),
]
