"""Messages of ``hytedesk-admin build`` and ``validate`` in Finnish, Swedish and English."""

from __future__ import annotations

from hytedesk.base import i18n

i18n.register(
    {
        # --- opening files -------------------------------------------------------------
        "admin.not_found": {
            "fi": "tiedostoa ei löydy",
            "sv": "filen hittas inte",
            "en": "file not found",
        },
        "admin.not_a_file": {
            "fi": "ei ole tiedosto",
            "sv": "är inte en fil",
            "en": "is not a file",
        },
        "admin.too_big": {
            "fi": "tiedosto on liian suuri ({size}, enintään {limit}); jaa se osiin",
            "sv": "filen är för stor ({size}, högst {limit}); dela upp den",
            "en": "the file is too large ({size}, at most {limit}); split it into parts",
        },
        "admin.bomb": {
            "fi": "{name} purkautuu yli {limit}:n kokoiseksi: todennäköisesti vahingollinen "
            "pakkaus (pakkauspommi); lukeminen keskeytettiin",
            "sv": "{name} packas upp till över {limit}: sannolikt en skadlig komprimering "
            "(komprimeringsbomb); läsningen avbröts",
            "en": "{name} decompresses to more than {limit}: probably a hostile archive "
            "(a decompression bomb); reading stopped",
        },
        "admin.zstd": {
            "fi": "zstd-pakkauksen purku epäonnistui: {error}",
            "sv": "zstd-uppackningen misslyckades: {error}",
            "en": "zstd decompression failed: {error}",
        },
        "admin.zip_bad": {
            "fi": "zip-tiedosto on rikki: {error}",
            "sv": "zip-filen är trasig: {error}",
            "en": "the zip file is broken: {error}",
        },
        "admin.not_utf8": {
            "fi": "tiedosto ei ole UTF-8-merkistöä (tavu {byte}); tallenna se UTF-8-muodossa",
            "sv": "filen är inte i UTF-8 (byte {byte}); spara den som UTF-8",
            "en": "the file is not UTF-8 (byte {byte}); save it as UTF-8",
        },
        "admin.json": {
            "fi": "virheellinen JSON: {error}",
            "sv": "ogiltig JSON: {error}",
            "en": "malformed JSON: {error}",
        },
        "admin.json_not_object": {
            "fi": "odotettiin JSON-oliota {{…}}, löytyi {found}",
            "sv": "väntade ett JSON-objekt {{…}}, hittade {found}",
            "en": "expected a JSON object {{…}}, found {found}",
        },
        "admin.record_too_big": {
            "fi": "yksi tietue on yli {limit}: tiedosto on rikki tai väärää muotoa",
            "sv": "en post är över {limit}: filen är trasig eller i fel format",
            "en": "one record is over {limit}: the file is broken or in the wrong format",
        },
        "admin.unknown_format": {
            "fi": "lähteen muotoa ei tunnistettu (PTV JSON, HSDS JSON, HSDS-datapaketti tai "
            "taulukkopohja CSV); kerro muoto valitsimella --format",
            "sv": "källans format kändes inte igen (PTV JSON, HSDS JSON, HSDS-datapaket eller "
            "kalkylbladsmall CSV); ange formatet med --format",
            "en": "the source's format was not recognised (PTV JSON, HSDS JSON, HSDS data "
            "package or spreadsheet template CSV); name it with --format",
        },
        "admin.unknown_record": {
            "fi": "tietuetta ei tunnistettu {format}-muotoiseksi; ohitettu",
            "sv": "posten kändes inte igen som {format}; hoppades över",
            "en": "the record was not recognised as {format}; skipped",
        },
        "admin.ptv_id_page": {
            "fi": "tässä PTV-vastauksessa on vain tunnisteet ja nimet; tallenna kokonaiset "
            "tiedot list-rajapinnasta (esim. /api/v11/Service/list?guids=…)",
            "sv": "det här PTV-svaret innehåller bara identifierare och namn; spara fullständiga "
            "poster från list-gränssnittet (t.ex. /api/v11/Service/list?guids=…)",
            "en": "this PTV response holds only ids and names; save the full records from a "
            "list endpoint (e.g. /api/v11/Service/list?guids=…)",
        },
        # --- record content ------------------------------------------------------------
        "admin.bad_shape": {
            "fi": "tietueen rakenne ei vastaa muotoa {format} ({error}); tietue ohitettiin",
            "sv": "postens struktur motsvarar inte formatet {format} ({error}); posten "
            "hoppades över",
            "en": "the record's structure does not match the {format} format ({error}); "
            "the record was skipped",
        },
        "admin.missing": {
            "fi": "pakollinen tieto puuttuu",
            "sv": "obligatorisk uppgift saknas",
            "en": "required value is missing",
        },
        "admin.bad_time": {
            "fi": "kellonaika {value!r} ei kelpaa (muoto TT:MM, 00:00–24:00)",
            "sv": "klockslaget {value!r} är ogiltigt (formen TT:MM, 00:00–24:00)",
            "en": "time {value!r} is not valid (form HH:MM, 00:00–24:00)",
        },
        "admin.bad_day": {
            "fi": "viikonpäivä {value!r} ei kelpaa",
            "sv": "veckodagen {value!r} är ogiltig",
            "en": "weekday {value!r} is not valid",
        },
        "admin.bad_date": {
            "fi": "päivämäärä {value!r} ei kelpaa (muoto VVVV-KK-PP tai P.K.VVVV)",
            "sv": "datumet {value!r} är ogiltigt (formen ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)",
            "en": "date {value!r} is not valid (form YYYY-MM-DD or D.M.YYYY)",
        },
        "admin.bad_number": {
            "fi": "{value!r} ei ole luku",
            "sv": "{value!r} är inte ett tal",
            "en": "{value!r} is not a number",
        },
        "admin.bad_url": {
            "fi": "verkko-osoite {value!r} ei ala https:// tai http://; ohitettu",
            "sv": "webbadressen {value!r} börjar inte med https:// eller http://; hoppades över",
            "en": "web address {value!r} does not start with https:// or http://; left out",
        },
        "admin.coords_outside": {
            "fi": "koordinaatit {lat}, {lon} eivät ole Suomessa; sijainti jätettiin pois",
            "sv": "koordinaterna {lat}, {lon} ligger inte i Finland; positionen utelämnades",
            "en": "coordinates {lat}, {lon} are not in Finland; the position was left out",
        },
        "admin.coords_swapped": {
            "fi": "pohjois- ja itäkoordinaatti olivat väärin päin ({lat}, {lon}); käännettiin",
            "sv": "nord- och östkoordinaten var omkastade ({lat}, {lon}); vändes",
            "en": "northing and easting were swapped ({lat}, {lon}); corrected",
        },
        "admin.unknown_uri": {
            "fi": "luokitus {uri!r} ei ole PTV:n koodistoissa; jätettiin pois",
            "sv": "klassificeringen {uri!r} finns inte i PTV:s kodlistor; utelämnades",
            "en": "classification {uri!r} is not in the PTV code lists; left out",
        },
        "admin.unknown_channel": {
            "fi": "asiointikanavaa {id} ei löytynyt lähteistä; kanava jätettiin pois",
            "sv": "servicekanalen {id} fanns inte i källorna; kanalen utelämnades",
            "en": "service channel {id} is not in the sources; the channel was left out",
        },
        "admin.unknown_org": {
            "fi": "organisaatiota {id} ei löytynyt lähteistä; käytetään palvelun tietoja",
            "sv": "organisationen {id} fanns inte i källorna; tjänstens uppgifter används",
            "en": "organisation {id} is not in the sources; the service's own data is used",
        },
        "admin.ptv_unknown_shape": {
            "fi": "PTV-tietueen muotoa ei tunneta ({what}); kohta jätettiin pois",
            "sv": "PTV-postens form är okänd ({what}); delen utelämnades",
            "en": "unknown PTV shape ({what}); that part was left out",
        },
        "admin.ptv_unknown_municipality": {
            "fi": "kuntaa {value!r} ei tunneta (ei nykyinen eikä entinen kunta)",
            "sv": "kommunen {value!r} är okänd (varken nuvarande eller tidigare kommun)",
            "en": "municipality {value!r} is not known (neither current nor former)",
        },
        "admin.ptv_no_municipality": {
            "fi": "osoitteessa ei ole kuntaa eikä postinumeroa {postal} löydy paikkaluettelosta; "
            "osoite jää ilman kuntaa (postitoimipaikka ei ole kunta)",
            "sv": "adressen saknar kommun och postnumret {postal} finns inte i ortslistan; "
            "adressen blir utan kommun (postanstalten är ingen kommun)",
            "en": "the address has no municipality and postal code {postal} is not in the list "
            "of places; the address stays without a municipality (a post office is not one)",
        },
        "admin.ptv_area_unresolved": {
            "fi": "palvelun {id} alueen kuntia ei saatu selville: palvelua ei näytetä koko "
            "maan palveluna",
            "sv": "kommunerna i tjänstens {id} område kunde inte utredas: tjänsten visas inte "
            "som rikstäckande",
            "en": "the municipalities of service {id}'s area could not be resolved: it is "
            "not treated as nationwide",
        },
        "admin.ptv_no_area": {
            "fi": "palvelulla {id} ei ole aluetta eikä toimipistettä kunnassa: se näkyisi "
            "kaikkialla; lisää alue PTV:hen",
            "sv": "tjänsten {id} har inget område och inget verksamhetsställe i en kommun: den "
            "skulle synas överallt; lägg till ett område i PTV",
            "en": "service {id} has no area and no location in a municipality: it would show "
            "everywhere; add an area in PTV",
        },
        "admin.no_org": {
            "fi": "palvelulla ei ole vastuuorganisaatiota",
            "sv": "tjänsten har ingen ansvarig organisation",
            "en": "the service has no responsible organisation",
        },
        "admin.dup_conflict": {
            "fi": "tunniste {id!r} esiintyy jo rivillä {first} eri sisällöllä",
            "sv": "identifieraren {id!r} förekommer redan på rad {first} med annat innehåll",
            "en": "id {id!r} already appears on line {first} with different content",
        },
        "admin.merged": {
            "fi": "palvelu {id!r} tuli myös lähteestä {other}; tiedot yhdistettiin",
            "sv": "tjänsten {id!r} kom också från källan {other}; uppgifterna slogs ihop",
            "en": "service {id!r} also came from {other}; the records were merged",
        },
        "admin.probable_duplicate": {
            "fi": "todennäköinen kaksoiskappale: sama nimi, järjestäjä ja kunta kuin "
            "palvelulla {other} ({where}); tarkista ja anna sama tunniste tai poista toinen",
            "sv": "trolig dubblett: samma namn, anordnare och kommun som tjänsten {other} "
            "({where}); kontrollera och ge samma identifierare eller ta bort den ena",
            "en": "probable duplicate: same name, organiser and municipality as service "
            "{other} ({where}); check, then give both the same id or remove one",
        },
        "admin.hsds_ref": {
            "fi": "viittaa tunnisteeseen {ref!r}, jota ei ole tiedostossa {table}; ohitettu",
            "sv": "hänvisar till {ref!r} som inte finns i {table}; hoppades över",
            "en": "refers to {ref!r}, which is not in {table}; skipped",
        },
        "admin.datapackage_bad": {
            "fi": "datapackage.json ei ole kelvollinen ({error}); käytetään HSDS:n "
            "vakiotiedostonimiä",
            "sv": "datapackage.json är ogiltig ({error}); HSDS standardfilnamn används",
            "en": "datapackage.json is not valid ({error}); using the standard HSDS file names",
        },
        "admin.no_services_csv": {
            "fi": "HSDS-datapaketista puuttuu services.csv",
            "sv": "HSDS-datapaketet saknar services.csv",
            "en": "the HSDS data package has no services.csv",
        },
        # --- spreadsheet ---------------------------------------------------------------
        "admin.csv": {
            "fi": "virheellinen CSV: {error}",
            "sv": "ogiltig CSV: {error}",
            "en": "malformed CSV: {error}",
        },
        "admin.sheet_latin1": {
            "fi": "tiedosto ei ollut UTF-8-muodossa vaan vanhan Excelin merkistössä "
            "(Windows-1252/Latin-1); muunnettiin. Tallenna jatkossa muodossa "
            "'CSV UTF-8 (pilkuin eroteltu)'",
            "sv": "filen var inte i UTF-8 utan i gamla Excels teckenuppsättning "
            "(Windows-1252/Latin-1); konverterades. Spara i fortsättningen som "
            "'CSV UTF-8 (kommaavgränsad)'",
            "en": "the file was not UTF-8 but an old Excel encoding (Windows-1252/Latin-1); "
            "converted. Next time save it as 'CSV UTF-8 (Comma delimited)'",
        },
        "admin.sheet_encoding": {
            "fi": "merkistöä ei tunnistettu (tavu {byte}); tallenna Excelissä muodossa "
            "'CSV UTF-8 (pilkuin eroteltu)'",
            "sv": "teckenuppsättningen kändes inte igen (byte {byte}); spara i Excel som "
            "'CSV UTF-8 (kommaavgränsad)'",
            "en": "the encoding was not recognised (byte {byte}); save it from Excel as "
            "'CSV UTF-8 (Comma delimited)'",
        },
        "admin.sheet_utf16": {
            "fi": "tiedosto on UTF-16-muodossa (Excelin 'Unicode-teksti'); tallenna se "
            "muodossa 'CSV UTF-8 (pilkuin eroteltu)'",
            "sv": "filen är i UTF-16 (Excels 'Unicode-text'); spara den som "
            "'CSV UTF-8 (kommaavgränsad)'",
            "en": "the file is UTF-16 (Excel's 'Unicode Text'); save it as "
            "'CSV UTF-8 (Comma delimited)'",
        },
        "admin.sheet_workbook": {
            "fi": "tämä on Excel-työkirja, ei CSV-tiedosto; tallenna se Excelissä muodossa "
            "'CSV UTF-8 (pilkuin eroteltu)'",
            "sv": "det här är en Excel-arbetsbok, inte en CSV-fil; spara den i Excel som "
            "'CSV UTF-8 (kommaavgränsad)'",
            "en": "this is an Excel workbook, not a CSV file; save it from Excel as "
            "'CSV UTF-8 (Comma delimited)'",
        },
        "admin.sheet_missing_column": {
            "fi": "sarake {column!r} puuttuu otsikkoriviltä (sarakkeet: {found})",
            "sv": "kolumnen {column!r} saknas i rubrikraden (kolumner: {found})",
            "en": "column {column!r} is missing from the header row (columns: {found})",
        },
        "admin.sheet_unknown_column": {
            "fi": "tuntematon sarake {column!r} jätettiin huomiotta",
            "sv": "okänd kolumn {column!r} ignorerades",
            "en": "unknown column {column!r} was ignored",
        },
        "admin.sheet_extra_cells": {
            "fi": "rivillä on {count} solua, otsikkorivillä {header}: onko tekstissä "
            "erotinmerkki ilman lainausmerkkejä?",
            "sv": "raden har {count} celler, rubrikraden {header}: finns det en avgränsare "
            "i texten utan citattecken?",
            "en": "the row has {count} cells, the header {header}: is there a separator in "
            "the text without quotes?",
        },
        "admin.sheet_bad_value": {
            "fi": "arvoa {value!r} ei tunnistettu (sallitut: {allowed})",
            "sv": "värdet {value!r} kändes inte igen (tillåtna: {allowed})",
            "en": "value {value!r} was not recognised (allowed: {allowed})",
        },
        "admin.sheet_bad_hours": {
            "fi": "kellonaikaa {value!r} ei tunnistettu (esim. 10-12 tai 9.30–11.00)",
            "sv": "klockslaget {value!r} kändes inte igen (t.ex. 10-12 eller 9.30–11.00)",
            "en": "time {value!r} was not recognised (e.g. 10-12 or 9.30–11.00)",
        },
        "admin.bad_phone": {
            "fi": "{value!r} ei ole puhelinnumero (esimerkiksi 040 123 4567 tai 08 615 5000)",
            "sv": "{value!r} är inte ett telefonnummer (till exempel 040 123 4567 eller "
            "08 615 5000)",
            "en": "{value!r} is not a phone number (for example 040 123 4567 or 08 615 5000)",
        },
        "admin.unknown_municipality": {
            "fi": "{value!r} ei ole Suomen kunta; palvelua ei löytäisi kunnan mukaan",
            "sv": "{value!r} är ingen finländsk kommun; tjänsten skulle inte hittas per kommun",
            "en": "{value!r} is not a Finnish municipality; the service could not be found "
            "by municipality",
        },
        "admin.unknown_municipality_hint": {
            "fi": "{value!r} ei ole Suomen kunta – tarkoititko {suggestion}?",
            "sv": "{value!r} är ingen finländsk kommun – menade du {suggestion}?",
            "en": "{value!r} is not a Finnish municipality – did you mean {suggestion}?",
        },
        "admin.former_municipality": {
            "fi": "{value} liitettiin kuntaan {successor} vuonna {year}; käytetään kuntaa "
            "{successor}",
            "sv": "{value} slogs samman med {successor} år {year}; {successor} används",
            "en": "{value} was merged into {successor} in {year}; {successor} is used",
        },
        # --- mapping, checklists, places -----------------------------------------------
        "admin.mapping_bad_code": {
            "fi": "tuntematon PTV-koodi {value!r}", "sv": "okänd PTV-kod {value!r}",
            "en": "unknown PTV code {value!r}",
        },
        "admin.mapping_bad_theme": {
            "fi": "tuntematon painopistealue {value!r} (1–6)",
            "sv": "okänt prioriteringsområde {value!r} (1–6)",
            "en": "unknown priority area {value!r} (1–6)",
        },
        "admin.mapping_bad_situation": {
            "fi": "tuntematon elämäntilanne {value!r}", "sv": "okänd livssituation {value!r}",
            "en": "unknown life situation {value!r}",
        },
        "admin.mapping_bad_mode": {
            "fi": "tuntematon osallistumistapa {value!r} (in-person, phone, video, home-visit)",
            "sv": "okänt deltagarsätt {value!r} (in-person, phone, video, home-visit)",
            "en": "unknown attendance mode {value!r} (in-person, phone, video, home-visit)",
        },
        "admin.checklist_term": {
            "fi": "tarkistuslistan kohta viittaa tuntemattomaan termiin {ref!r}",
            "sv": "checklistans punkt hänvisar till en okänd term {ref!r}",
            "en": "the checklist item refers to an unknown term {ref!r}",
        },
        "admin.crisis_contact_missing": {
            "fi": "tarkistuslista nimeää kriisiyhteystiedoksi palvelun {ref!r}, jota "
            "rakennetussa luettelossa ei ole; sovellus jättää sen pois",
            "sv": "checklistan anger tjänsten {ref!r} som kriskontakt, men den finns inte i "
            "den byggda katalogen; appen hoppar över den",
            "en": "the checklist names {ref!r} as a crisis contact, but the built catalogue "
            "has no such service; the app leaves it out",
        },
        "admin.no_defaults": {
            "fi": "tarkistuslistaa ja paikkoja ei annettu eikä esittelyluetteloa {demo} "
            "löytynyt; anna --checklists TIEDOSTO ja --places TIEDOSTO",
            "sv": "ingen checklista och inga orter angavs och demokatalogen {demo} hittades "
            "inte; ange --checklists FIL och --places FIL",
            "en": "no checklists or places were given and the demo catalogue {demo} was not "
            "found; give --checklists FILE and --places FILE",
        },
        "admin.bad_bundle": {
            "fi": "aiempaa pakettia ei voitu lukea: {error}",
            "sv": "det tidigare paketet kunde inte läsas: {error}",
            "en": "the previous bundle could not be read: {error}",
        },
        "admin.previous_other": {
            "fi": "aiempi paketti on luettelosta {other}, ei {catalogue}",
            "sv": "det tidigare paketet hör till katalogen {other}, inte {catalogue}",
            "en": "the previous bundle is of catalogue {other}, not {catalogue}",
        },
        "admin.bad_catalogue_id": {
            "fi": "luettelon tunniste {value!r} ei kelpaa (pienet kirjaimet a-z, numerot ja "
            "viiva)",
            "sv": "katalogidentifieraren {value!r} är ogiltig (små bokstäver a-z, siffror och "
            "bindestreck)",
            "en": "catalogue id {value!r} is not valid (lowercase a-z, digits and hyphens)",
        },
        "admin.out_exists_dir": {
            "fi": "tuloste {path} on kansio; anna tiedostonimi",
            "sv": "utdata {path} är en mapp; ange ett filnamn",
            "en": "output {path} is a folder; give a file name",
        },
        "admin.out_dir_missing": {
            "fi": "kansiota {path} ei ole",
            "sv": "mappen {path} finns inte",
            "en": "folder {path} does not exist",
        },
        "admin.file_read": {
            "fi": "tiedoston lukeminen epäonnistui: {error}",
            "sv": "filen kunde inte läsas: {error}",
            "en": "the file could not be read: {error}",
        },
        "admin.internal": {
            "fi": "sisäinen virhe ({error}). Paketti kirjoitetaan vain, kun koonti valmistuu. "
            "Aja uudelleen ympäristömuuttujalla HYTEDESK_DEBUG=1 ja lähetä tuloste "
            "kehittäjille",
            "sv": "internt fel ({error}). Paketet skrivs bara när bygget blir klart. Kör igen "
            "med miljövariabeln HYTEDESK_DEBUG=1 och skicka utskriften till utvecklarna",
            "en": "internal error ({error}). A bundle is written only when the build "
            "completes. Run again with the environment variable HYTEDESK_DEBUG=1 and send "
            "the output to the developers",
        },
        "admin.previous_same": {
            "fi": "--previous ja -o ovat sama tiedosto ({path}); anna uudelle versiolle oma "
            "nimi, esim. kainuu-4.hytebundle",
            "sv": "--previous och -o är samma fil ({path}); ge den nya versionen ett eget "
            "namn, t.ex. kainuu-4.hytebundle",
            "en": "--previous and -o are the same file ({path}); give the new version a name "
            "of its own, e.g. kainuu-4.hytebundle",
        },
        "admin.previous_version": {
            "fi": "uuden version ({version}) on oltava suurempi kuin aiemman ({previous})",
            "sv": "den nya versionen ({version}) måste vara större än den tidigare ({previous})",
            "en": "the new version ({version}) must be greater than the previous one "
            "({previous})",
        },
        # --- build report --------------------------------------------------------------
        "admin.rep.title": {
            "fi": "Koontiraportti: {catalogue} versio {version}",
            "sv": "Byggrapport: {catalogue} version {version}",
            "en": "Build report: {catalogue} version {version}",
        },
        "admin.rep.services": {
            "fi": "Palveluja paketissa: {count}",
            "sv": "Tjänster i paketet: {count}",
            "en": "Services in the bundle: {count}",
        },
        "admin.rep.per_source": {
            "fi": "Luettuja palveluja lähteittäin:",
            "sv": "Lästa tjänster per källa:",
            "en": "Services read per source:",
        },
        "admin.rep.per_municipality": {
            "fi": "Palveluja kunnittain (toimipisteen tai palvelualueen mukaan):",
            "sv": "Tjänster per kommun (enligt verksamhetsställe eller serviceområde):",
            "en": "Services per municipality (by location or service area):",
        },
        "admin.rep.skipped": {
            "fi": "Ohitetut tietueet:",
            "sv": "Överhoppade poster:",
            "en": "Skipped records:",
        },
        "admin.rep.merged": {
            "fi": "Yhdistetty samalla tunnisteella useasta lähteestä: {count}",
            "sv": "Sammanslagna med samma identifierare från flera källor: {count}",
            "en": "Merged by id from several sources: {count}",
        },
        "admin.rep.duplicates": {
            "fi": "Todennäköisiä kaksoiskappaleita (sama nimi, järjestäjä ja kunta): {count}",
            "sv": "Troliga dubbletter (samma namn, anordnare och kommun): {count}",
            "en": "Probable duplicates (same name, organiser and municipality): {count}",
        },
        "admin.rep.without_theme": {
            "fi": "Palveluja ilman painopistettä: {count}",
            "sv": "Tjänster utan prioritering: {count}",
            "en": "Services without a priority area: {count}",
        },
        "admin.rep.without_coords": {
            "fi": "Paikan päällä käytettäviä palveluja ilman koordinaatteja: {count}",
            "sv": "Tjänster på plats utan koordinater: {count}",
            "en": "In-person services without coordinates: {count}",
        },
        "admin.rep.per_mode": {
            "fi": "Palveluja osallistumistavoittain:",
            "sv": "Tjänster per deltagarsätt:",
            "en": "Services per attendance mode:",
        },
        "admin.mode.in-person": {"fi": "paikan päällä", "sv": "på plats", "en": "in person"},
        "admin.mode.phone": {"fi": "puhelimitse", "sv": "per telefon", "en": "by phone"},
        "admin.mode.video": {"fi": "video / verkossa", "sv": "video / på nätet",
                             "en": "video / online"},
        "admin.mode.home-visit": {"fi": "kotikäynti", "sv": "hembesök", "en": "home visit"},
        "admin.mode.none": {"fi": "ei osallistumistapaa", "sv": "inget deltagarsätt",
                            "en": "no attendance mode"},
        "admin.rep.gaps": {
            "fi": "Kunnat, joista puuttuu palvelu jollakin painopistealueella ({count}):",
            "sv": "Kommuner som saknar tjänster inom någon prioritering ({count}):",
            "en": "Municipalities with no service in some priority area ({count}):",
        },
        "admin.rep.warning_kinds": {
            "fi": "Varoituksia lajeittain:",
            "sv": "Varningar per typ:",
            "en": "Warnings by kind:",
        },
        # --- warnings of the finished records ------------------------------------------
        "admin.w_no_coords": {
            "fi": "toimipisteellä ei ole koordinaatteja: etäisyyttä ei voi laskea",
            "sv": "verksamhetsstället saknar koordinater: avståndet kan inte räknas",
            "en": "the location has no coordinates: distance cannot be computed",
        },
        "admin.w_no_contact": {
            "fi": "ei yhteystietoja (puhelin, sähköposti tai verkkosivu)",
            "sv": "inga kontaktuppgifter (telefon, e-post eller webbsida)",
            "en": "no contact details (phone, email or web page)",
        },
        "admin.w_no_schedule": {
            "fi": "ei aukioloaikoja",
            "sv": "inga öppettider",
            "en": "no opening hours",
        },
        "admin.w_stale": {
            "fi": "tietoja ei ole tarkistettu 12 kuukauteen (viimeksi {date})",
            "sv": "uppgifterna har inte kontrollerats på 12 månader (senast {date})",
            "en": "not checked for 12 months (last {date})",
        },
        # --- command output ------------------------------------------------------------
        "admin.out.errors": {
            "fi": "Estävät virheet ({count}):",
            "sv": "Blockerande fel ({count}):",
            "en": "Blocking problems ({count}):",
        },
        "admin.out.warnings": {
            "fi": "Varoitukset ({count}):",
            "sv": "Varningar ({count}):",
            "en": "Warnings ({count}):",
        },
        "admin.out.more": {
            "fi": "… ja {count} muuta",
            "sv": "… och {count} till",
            "en": "… and {count} more",
        },
        "admin.out.summary": {
            "fi": "Yhteenveto: {services} palvelua, {errors} estävää virhettä, "
            "{warnings} varoitusta.",
            "sv": "Sammanfattning: {services} tjänster, {errors} blockerande fel, "
            "{warnings} varningar.",
            "en": "Summary: {services} services, {errors} blocking problems, "
            "{warnings} warnings.",
        },
        "admin.out.not_written": {
            "fi": "Pakettia ei kirjoitettu: korjaa estävät virheet ja aja uudelleen "
            "(tai ohita virheelliset tietueet valitsimella --skip-invalid).",
            "sv": "Paketet skrevs inte: rätta de blockerande felen och kör igen "
            "(eller hoppa över felaktiga poster med --skip-invalid).",
            "en": "No bundle was written: fix the blocking problems and run again "
            "(or leave the invalid records out with --skip-invalid).",
        },
        "admin.out.written": {
            "fi": "Kirjoitettiin {path} (versio {version}, {services} palvelua, tiiviste "
            "{digest}).",
            "sv": "Skrev {path} (version {version}, {services} tjänster, kontrollsumma "
            "{digest}).",
            "en": "Wrote {path} (version {version}, {services} services, digest {digest}).",
        },
        "admin.out.delta": {
            "fi": "Kirjoitettiin muutospaketti {path} ({upserts} uutta tai muuttunutta, "
            "{deletions} poistettua).",
            "sv": "Skrev ändringspaketet {path} ({upserts} nya eller ändrade, "
            "{deletions} borttagna).",
            "en": "Wrote delta {path} ({upserts} new or changed, {deletions} removed).",
        },
        "admin.out.report": {
            "fi": "Koontiraportti: {path}",
            "sv": "Byggrapport: {path}",
            "en": "Build report: {path}",
        },
        "admin.out.skipped": {
            "fi": "Jätettiin pois virheellisinä (--skip-invalid) {count} tietuetta:",
            "sv": "Utelämnades som felaktiga (--skip-invalid) {count} poster:",
            "en": "Left out as invalid (--skip-invalid): {count} records:",
        },
        "admin.out.not_valid": {
            "fi": "Estäviä virheitä: koonti pysähtyisi näihin.",
            "sv": "Blockerande fel: bygget skulle stanna vid dem.",
            "en": "Blocking problems: a build would stop at these.",
        },
        "admin.rep.former": {
            "fi": "Entiset kunnat, jotka vaihdettiin nykyisiin:",
            "sv": "Tidigare kommuner som byttes mot nuvarande:",
            "en": "Former municipalities replaced by their successors:",
        },
        "admin.out.valid": {
            "fi": "Ei estäviä virheitä.",
            "sv": "Inga blockerande fel.",
            "en": "Nothing blocking.",
        },
        "admin.out.bundle_ok": {
            "fi": "Paketti {path} on kelvollinen: versio {version}, {services} palvelua.",
            "sv": "Paketet {path} är giltigt: version {version}, {services} tjänster.",
            "en": "Bundle {path} is valid: version {version}, {services} services.",
        },
    }
)
