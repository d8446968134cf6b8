"""Messages of sync and offline import; every failure says the current catalogue stays."""

from __future__ import annotations

from hytedesk.base import i18n

_KEPT_FI = "Nykyinen palveluluettelo on edelleen käytössä."
_KEPT_SV = "Den nuvarande tjänstekatalogen används fortfarande."
_KEPT_EN = "The current catalogue is still in use."


def _msg(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": f"{fi} {_KEPT_FI}", "sv": f"{sv} {_KEPT_SV}", "en": f"{en} {_KEPT_EN}"}


i18n.register(
    {
        "sync.no_network": _msg(
            "Luettelopalvelimeen ei saatu yhteyttä tai yhteys katkesi. Yritä uudelleen, kun "
            "verkko toimii.",
            "Det gick inte att nå katalogservern eller så bröts förbindelsen. Försök igen när "
            "nätet fungerar.",
            "The catalogue server could not be reached, or the connection was lost. Try again "
            "when the network works.",
        ),
        "sync.server_error": _msg(
            "Luettelopalvelin vastasi virheellä (HTTP {status}). Yritä myöhemmin uudelleen; "
            "jos virhe toistuu, ilmoita ylläpitäjälle.",
            "Katalogservern svarade med ett fel (HTTP {status}). Försök igen senare; om felet "
            "upprepas, meddela administratören.",
            "The catalogue server answered with an error (HTTP {status}). Try again later; if "
            "it keeps happening, tell the administrator.",
        ),
        "sync.deadline": _msg(
            "Päivitys ei valmistunut {seconds} sekunnissa (hidas yhteys). Jo ladattu osa "
            "säilyy, ja seuraava yritys jatkaa siitä.",
            "Uppdateringen blev inte klar på {seconds} sekunder (långsam förbindelse). Det som "
            "redan hämtats sparas och nästa försök fortsätter därifrån.",
            "The update did not finish within {seconds} seconds (slow connection). What was "
            "already downloaded is kept, and the next attempt continues from there.",
        ),
        "sync.signature_invalid": _msg(
            "Päivityksen allekirjoitus ei ole kelvollinen, joten sitä ei otettu käyttöön. "
            "Ilmoita ylläpitäjälle.",
            "Uppdateringens signatur är inte giltig, så den togs inte i bruk. Meddela "
            "administratören.",
            "The update's signature is not valid, so it was not used. Tell the administrator.",
        ),
        "sync.expired": _msg(
            "Päivityksen allekirjoitus on vanhentunut ({role}), joten sitä ei otettu käyttöön. "
            "Ilmoita ylläpitäjälle.",
            "Uppdateringens signatur har gått ut ({role}), så den togs inte i bruk. Meddela "
            "administratören.",
            "The update's signature has expired ({role}), so it was not used. Tell the "
            "administrator.",
        ),
        "sync.rollback": _msg(
            "Tarjottu luettelo on vanhempi kuin jo hyväksytty, joten sitä ei otettu käyttöön "
            "(mahdollinen palautushyökkäys). Ilmoita ylläpitäjälle.",
            "Den erbjudna katalogen är äldre än den som redan godkänts, så den togs inte i "
            "bruk (möjlig återställningsattack). Meddela administratören.",
            "The catalogue offered is older than one already accepted, so it was not used "
            "(a possible rollback attack). Tell the administrator.",
        ),
        "sync.digest_mismatch": _msg(
            "Ladattu tiedosto ei vastaa allekirjoitettua kuvausta (tarkistussumma ei täsmää), "
            "joten sitä ei otettu käyttöön.",
            "Den hämtade filen motsvarar inte den signerade beskrivningen (kontrollsumman "
            "stämmer inte), så den togs inte i bruk.",
            "The downloaded file does not match its signed description (checksum mismatch), "
            "so it was not used.",
        ),
        "sync.too_large": _msg(
            "Palvelin lähetti enemmän tietoa kuin allekirjoitus sallii ({limit} tavua), joten "
            "lataus keskeytettiin.",
            "Servern skickade mer data än signaturen tillåter ({limit} byte), så hämtningen "
            "avbröts.",
            "The server sent more data than the signature allows ({limit} bytes), so the "
            "download was stopped.",
        ),
        "sync.disk_full": _msg(
            "Levy on täynnä, eikä päivitystä voitu tallentaa. Vapauta levytilaa ja yritä "
            "uudelleen.",
            "Disken är full och uppdateringen kunde inte sparas. Frigör diskutrymme och försök "
            "igen.",
            "The disk is full, so the update could not be saved. Free some disk space and try "
            "again.",
        ),
        "sync.not_writable": _msg(
            "Päivitystä ei voitu tallentaa, koska tiedostoon tai kansioon {path} ei voi "
            "kirjoittaa ({detail}). Tarkista kansion oikeudet.",
            "Uppdateringen kunde inte sparas eftersom det inte går att skriva i filen eller "
            "mappen {path} ({detail}). Kontrollera mappens behörigheter.",
            "The update could not be saved because {path} cannot be written ({detail}). "
            "Check the folder's permissions.",
        ),
        "sync.bundle_invalid": _msg(
            "Allekirjoitettu päivitys ei kelpaa: {detail}. Ilmoita ylläpitäjälle.",
            "Den signerade uppdateringen duger inte: {detail}. Meddela administratören.",
            "The signed update is not valid: {detail}. Tell the administrator.",
        ),
        "sync.cancelled": _msg(
            "Päivitys keskeytettiin. Jo ladattu osa säilyy seuraavaa yritystä varten.",
            "Uppdateringen avbröts. Det som redan hämtats sparas till nästa försök.",
            "The update was cancelled. What was already downloaded is kept for the next try.",
        ),
        "sync.busy": _msg(
            "Päivitys on jo käynnissä toisessa ikkunassa tai komennossa.",
            "En uppdatering pågår redan i ett annat fönster eller kommando.",
            "An update is already running in another window or command.",
        ),
        "sync.no_url": _msg(
            "Päivitysosoitetta ei ole asetettu. Ylläpitäjä asettaa sen (hytedesk sync --url).",
            "Uppdateringsadressen är inte inställd. Administratören ställer in den "
            "(hytedesk sync --url).",
            "No update address is set. The administrator sets it (hytedesk sync --url).",
        ),
        "sync.bad_url": _msg(
            "Päivitysosoite {url} ei kelpaa: sen on alettava https:// ja nimettävä palvelin "
            "(pelkkä http vain tähän koneeseen itseensä: 127.0.0.1, localhost tai ::1).",
            "Uppdateringsadressen {url} duger inte: den ska börja med https:// och ange en "
            "server (vanlig http bara till den här datorn själv: 127.0.0.1, localhost eller "
            "::1).",
            "The update address {url} is not valid: it must start with https:// and name a "
            "server (plain http only to this laptop itself: 127.0.0.1, localhost or ::1).",
        ),
        "sync.captive_portal": _msg(
            "Verkko vastasi verkkosivulla eikä luettelopalvelimen tiedoilla: kirjaudu ensin "
            "verkkoon (esimerkiksi hotellin tai kirjaston kirjautumissivulla selaimessa) ja "
            "yritä sitten uudelleen.",
            "Nätet svarade med en webbsida i stället för katalogserverns data: logga först in "
            "på nätet (till exempel hotellets eller bibliotekets inloggningssida i "
            "webbläsaren) och försök sedan igen.",
            "The network answered with a web page instead of the catalogue server's data: "
            "sign in to the network first (for example a hotel's or library's sign-in page in "
            "the browser), then try again.",
        ),
        "sync.clock_server": _msg(
            "Päivityksen allekirjoitus näyttää vanhentuneelta, mutta koneen kello näyttää "
            "väärin: kone sanoo {now}, palvelin {server}. Korjaa päivämäärä ja kellonaika ja "
            "yritä uudelleen.",
            "Uppdateringens signatur ser ut att ha gått ut, men datorns klocka verkar gå fel: "
            "datorn säger {now}, servern {server}. Ställ in datum och tid och försök igen.",
            "The update's signature looks expired, but this laptop's clock seems wrong: the "
            "laptop says {now}, the server says {server}. Set the date and time, then try "
            "again.",
        ),
        "sync.clock_behind": _msg(
            "Päivitystä ei voitu tarkistaa, ja koneen kello näyttää väärin: kone sanoo {now}, "
            "mikä on ennen kuin tämä HyteDeskin versio tai nykyinen luettelo tehtiin ({made}). "
            "Korjaa päivämäärä ja kellonaika ja yritä uudelleen.",
            "Uppdateringen kunde inte kontrolleras och datorns klocka verkar gå fel: datorn "
            "säger {now}, vilket är före den tidpunkt då denna version av HyteDesk eller den "
            "nuvarande katalogen gjordes ({made}). Ställ in datum och tid och försök igen.",
            "The update could not be checked, and this laptop's clock seems wrong: it says "
            "{now}, which is before this version of HyteDesk or the current catalogue was made "
            "({made}). Set the date and time, then try again.",
        ),
        "sync.no_trusted_root": _msg(
            "Sovelluksella ei ole luotettua juurimetatietoa, joten päivityksiä ei voi "
            "tarkistaa. Ylläpitäjä asettaa sen (hytedesk sync --trusted-root).",
            "Programmet har ingen betrodd rotmetadata, så uppdateringar kan inte kontrolleras. "
            "Administratören ställer in den (hytedesk sync --trusted-root).",
            "The app has no trusted root metadata, so updates cannot be checked. The "
            "administrator sets it (hytedesk sync --trusted-root).",
        ),
        "sync.root_unreadable": _msg(
            "Juurimetatieto {path} ei kelpaa: {detail}.",
            "Rotmetadatan {path} duger inte: {detail}.",
            "The root metadata {path} is not valid: {detail}.",
        ),
        "sync.root_unrelated": _msg(
            "Juurimetatieto {path} ei jatka nyt luotettua juurta. Jos julkaisija on todella "
            "vaihtunut, käytä valitsinta --replace-root.",
            "Rotmetadatan {path} fortsätter inte den rot som nu är betrodd. Om utgivaren "
            "verkligen har bytts, använd --replace-root.",
            "The root metadata {path} does not continue the root trusted now. If the publisher "
            "really changed, use --replace-root.",
        ),
        "sync.no_catalogue": _msg(
            "Julkaisussa ei ole vielä palveluluetteloa.",
            "Publiceringen innehåller ännu ingen tjänstekatalog.",
            "The repository holds no catalogue yet.",
        ),
        "sync.offline_invalid": _msg(
            "Tiedosto {path} ei ole kelvollinen allekirjoitettu siirtopaketti: {detail}.",
            "Filen {path} är inte ett giltigt signerat överföringspaket: {detail}.",
            "The file {path} is not a valid signed offline bundle: {detail}.",
        ),
        "sync.updated": {
            "fi": "Palveluluettelo {catalogue_id} päivitetty versioon {version} ({route}).",
            "sv": "Tjänstekatalogen {catalogue_id} uppdaterad till version {version} ({route}).",
            "en": "Catalogue {catalogue_id} updated to version {version} ({route}).",
        },
        "sync.up_to_date": {
            "fi": "Palveluluettelo {catalogue_id} versio {version} on ajan tasalla (tarkistettu).",
            "sv": "Tjänstekatalogen {catalogue_id} version {version} är aktuell (kontrollerad).",
            "en": "Catalogue {catalogue_id} version {version} is up to date (verified).",
        },
    }
)
