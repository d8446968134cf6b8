<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation>Ei tietoja</translation>
    </message>
</context>
<context>
    <name>DetailPresenter</name>
    <message>
        <source>Temporarily closed.</source>
        <translation>Tilapäisesti suljettu.</translation>
    </message>
    <message>
        <source>Sample entry: invented for trying out the app. Do not refer clients to it.</source>
        <translation>Esimerkkitieto: keksitty sovelluksen kokeilua varten. Älä ohjaa asiakkaita tähän.</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>Huomio: %1</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Ei kuvausta.</translation>
    </message>
    <message>
        <source>Priority area: %1</source>
        <translation>Painopiste: %1</translation>
    </message>
    <message>
        <source>Life situations: %1</source>
        <translation>Elämäntilanteet: %1</translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation>Ei ilmoitettu.</translation>
    </message>
    <message>
        <source>%1 km from %2 (straight line)</source>
        <translation>%1 km paikasta %2 (linnuntietä)</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Palvelualue: %1</translation>
    </message>
    <message>
        <source>No fixed place given.</source>
        <translation>Ei kiinteää paikkaa.</translation>
    </message>
    <message>
        <source>%1 %2, all day</source>
        <translation>%1 %2, koko päivän</translation>
    </message>
    <message>
        <source>%1 %2, %3–%4</source>
        <translation>%1 %2 klo %3–%4</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 klo %3 alkaen</translation>
    </message>
    <message>
        <source>Temporarily closed: no sessions now. Ask the organiser when it opens again.</source>
        <translation>Tilapäisesti suljettu: ei kokoontumisia nyt. Kysy järjestäjältä, milloin toiminta jatkuu.</translation>
    </message>
    <message>
        <source>No regular sessions listed. Ask the organiser.</source>
        <translation>Säännöllisiä kokoontumisia ei ole ilmoitettu. Kysy järjestäjältä.</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Kielet: %1</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>Ikä %1–%2 vuotta</translation>
    </message>
    <message>
        <source>Aged %1 or over</source>
        <translation>Vähintään %1-vuotiaille</translation>
    </message>
    <message>
        <source>Aged up to %1</source>
        <translation>Enintään %1-vuotiaille</translation>
    </message>
    <message>
        <source>A referral is needed.</source>
        <translation>Tarvitaan lähete.</translation>
    </message>
    <message>
        <source>Ask the organiser.</source>
        <translation>Kysy järjestäjältä.</translation>
    </message>
    <message>
        <source>Free of charge.</source>
        <translation>Maksuton.</translation>
    </message>
    <message>
        <source>Not given. Ask the organiser.</source>
        <translation>Ei ilmoitettu. Kysy järjestäjältä.</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Ei merkitty.</translation>
    </message>
    <message>
        <source>%1: over a year ago, check the details before referring</source>
        <translation>%1: yli vuosi sitten, tarkista tiedot ennen ohjaamista</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Verkko</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Avaa osoitteen %1</translation>
    </message>
    <message>
        <source>Asks before opening the address.</source>
        <translation>Kysyy ennen kuin avaa osoitteen.</translation>
    </message>
    <message>
        <source>(not opened: only https, phone and e-mail links open)</source>
        <translation>(ei avata: vain https-, puhelin- ja sähköpostilinkit avautuvat)</translation>
    </message>
    <message>
        <source>No contact details given.</source>
        <translation>Yhteystietoja ei ole ilmoitettu.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Reached the service</source>
        <translation>Pääsi palveluun</translation>
    </message>
    <message>
        <source>Tried but did not get in</source>
        <translation>Yritti, mutta ei päässyt</translation>
    </message>
    <message>
        <source>Did not try</source>
        <translation>Ei yrittänyt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Täynnä</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Ei oikeutta palveluun</translation>
    </message>
    <message>
        <source>Too far</source>
        <translation>Liian kaukana</translation>
    </message>
    <message>
        <source>No transport</source>
        <translation>Ei kyytiä</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Muu syy</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Referrals to follow up</source>
        <translation>Seurattavat ohjaukset</translation>
    </message>
    <message>
        <source>Referrals whose follow-up date has come, oldest first, and every saved referral, newest first. Ask the client at the next visit whether it worked, select the referral and record the outcome.</source>
        <translation>Ohjaukset, joiden seurantapäivä on tullut (vanhin ensin), ja kaikki tallennetut ohjaukset (uusin ensin). Kysy asiakkaalta seuraavalla käynnillä, onnistuiko, valitse ohjaus ja kirjaa tulos.</translation>
    </message>
    <message>
        <source>Due for follow-up</source>
        <translation>Seuranta tänään tai myöhässä</translation>
    </message>
    <message>
        <source>Saved referrals</source>
        <translation>Tallennetut ohjaukset</translation>
    </message>
    <message>
        <source>&amp;Show also those with an outcome</source>
        <translation>&amp;Näytä myös ne, joilla on tulos</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Ohjattu</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Tilanteet</translation>
    </message>
    <message>
        <source>Chosen services</source>
        <translation>Valitut palvelut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Referrals due for follow-up</source>
        <translation>Seurattavat ohjaukset</translation>
    </message>
    <message>
        <source>Saved referrals, newest first</source>
        <translation>Tallennetut ohjaukset, uusin ensin</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>T&amp;ulos:</translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation>&amp;Miksi ei:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>&amp;Record the outcome</source>
        <translation>K&amp;irjaa tulos</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ajankohtainen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>%1 referrals to follow up</source>
        <translation>Seurattavia ohjauksia: %1</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Ei seurattavia ohjauksia.</translation>
    </message>
    <message>
        <source>No referral selected.</source>
        <translation>Ohjausta ei ole valittu.</translation>
    </message>
    <message>
        <source>Selected: referral of %1 (follow-up %2: %3)</source>
        <translation>Valittu: ohjaus %1 (seuranta %2: %3)</translation>
    </message>
    <message>
        <source>Select a referral in one of the lists first.</source>
        <translation>Valitse ensin ohjaus jommastakummasta luettelosta.</translation>
    </message>
    <message>
        <source>Choose the outcome first.</source>
        <translation>Valitse ensin tulos.</translation>
    </message>
    <message>
        <source>Outcome recorded for the referral of %1: %2.</source>
        <translation>Tulos kirjattiin ohjaukselle %1: %2.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>in person</source>
        <translation>paikan päällä</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>puhelimitse</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>videoyhteydellä</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>kotikäynti</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>pohjoissaame</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>venäjä</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabia</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somali</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraina</translation>
    </message>
</context>
<context>
    <name>LocalServicesPage</name>
    <message>
        <source>Local services</source>
        <translation>Paikalliset palvelut</translation>
    </message>
    <message>
        <source>Your local services</source>
        <translation>Omat paikalliset palvelut</translation>
    </message>
    <message>
        <source>The local service's details</source>
        <translation>Paikallisen palvelun tiedot</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Alkaa kello</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Päättyy kello</translation>
    </message>
    <message>
        <source>Your own entries for services no register lists, such as a village coffee morning or your remote groups. They stay on this computer through every catalogue update and show up in search and suggestions marked as local.</source>
        <translation>Omat merkinnät palveluista, joita mikään rekisteri ei listaa, kuten kylän aamukahvit tai omat etäryhmäsi. Ne säilyvät tällä koneella jokaisen luettelopäivityksen yli ja näkyvät haussa ja ehdotuksissa paikallisina.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Järjestäjä:</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;Mitä se on:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Kunta:</translation>
    </message>
    <message>
        <source>Village or p&amp;lace:</source>
        <translation>K&amp;ylä tai paikka:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Tapahtumapa&amp;ikka:</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>Katuo&amp;soite:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>Postinum&amp;ero:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Puhe&amp;lin:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Verkko-osoite:</translation>
    </message>
    <message>
        <source>How to take part:</source>
        <translation>Miten mukaan:</translation>
    </message>
    <message>
        <source>Si&amp;tuations:</source>
        <translation>Tilanteet:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Hinta:</translation>
    </message>
    <message>
        <source>Meets every wee&amp;k on:</source>
        <translation>Kokoontumispäivät viikoittain:</translation>
    </message>
    <message>
        <source>Time of da&amp;y (hh:mm):</source>
        <translation>Kellonaika (hh:mm):</translation>
    </message>
    <message>
        <source>&amp;Curator:</source>
        <translation>Yll&amp;äpitäjä:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>Vanhenee:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Choose the municipality</source>
        <translation>Valitse kunta</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Maksuton</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vanhenee</translation>
    </message>
    <message>
        <source>&amp;New local service</source>
        <translation>&amp;Uusi paikallinen palvelu</translation>
    </message>
    <message>
        <source>E&amp;xport as HSDS JSON…</source>
        <translation>Vie HS&amp;DS JSON -tiedostoksi…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>T&amp;allenna</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maanantai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tiistai</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>keskiviikko</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torstai</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>perjantai</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>sunnuntai</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(vanhentunut)</translation>
    </message>
    <message>
        <source>Local service saved.</source>
        <translation>Paikallinen palvelu tallennettu.</translation>
    </message>
    <message>
        <source>Select a local service in the list first.</source>
        <translation>Valitse ensin paikallinen palvelu luettelosta.</translation>
    </message>
    <message>
        <source>Delete the local service?</source>
        <translation>Poistetaanko paikallinen palvelu?</translation>
    </message>
    <message>
        <source>Delete “%1” from your local services? It no longer shows in search or suggestions.</source>
        <translation>Poistetaanko ”%1” omista paikallisista palveluista? Se ei enää näy haussa eikä ehdotuksissa.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Mitään ei poistettu.</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>”%1” poistettiin.</translation>
    </message>
    <message>
        <source>The local service is back.</source>
        <translation>Paikallinen palvelu palautettiin.</translation>
    </message>
    <message>
        <source>Export local services</source>
        <translation>Vie paikalliset palvelut</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>%1 local services exported to %2</source>
        <translation>Paikallisia palveluja viety %1: %2</translation>
    </message>
</context>
<context>
    <name>LogFolder</name>
    <message>
        <source>No log file could be written in the folder %1.</source>
        <translation>Lokitiedostoa ei voitu kirjoittaa kansioon %1.</translation>
    </message>
    <message>
        <source>The log files are in the folder %1.</source>
        <translation>Lokitiedostot ovat kansiossa %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>first %n services</source>
        <translation>
            <numerusform>ensimmäinen %n palvelu</numerusform>
            <numerusform>ensimmäiset %n palvelua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation>
            <numerusform>%n palvelu</numerusform>
            <numerusform>%n palvelua</numerusform>
        </translation>
    </message>
    <message>
        <source>did you mean: %1?</source>
        <translation>tarkoititko: %1?</translation>
    </message>
    <message>
        <source>partial matches; nothing found for: %1</source>
        <translation>osittaiset osumat; ei löytynyt: %1</translation>
    </message>
    <message>
        <source>Open the address?</source>
        <translation>Avataanko osoite?</translation>
    </message>
    <message>
        <source>HyteDesk will open this address in another program:

%1

Open it?</source>
        <translation>HyteDesk avaa tämän osoitteen toisessa ohjelmassa:

%1

Avataanko?</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kaikki kunnat</translation>
    </message>
    <message>
        <source>No place chosen</source>
        <translation>Ei valittua paikkaa</translation>
    </message>
    <message>
        <source>All priority areas</source>
        <translation>Kaikki painopisteet</translation>
    </message>
    <message>
        <source>All life situations</source>
        <translation>Kaikki elämäntilanteet</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Kaikki kohderyhmät</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Kaikki järjestäjät</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Mikä tahansa tapa</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Mikä tahansa kieli</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Avaa &amp;lokikansio</translation>
    </message>
    <message>
        <source>Sample data: this catalogue contains invented services for trying out HyteDesk. Do not refer clients to them.</source>
        <translation>Esimerkkiaineisto: tässä luettelossa on keksittyjä palveluja HyteDeskin kokeilua varten. Älä ohjaa asiakkaita niihin.</translation>
    </message>
    <message>
        <source>Catalogue version %1</source>
        <translation>Luettelon versio %1</translation>
    </message>
    <message>
        <source>updated today</source>
        <translation>päivitetty tänään</translation>
    </message>
    <message>
        <source>updated yesterday</source>
        <translation>päivitetty eilen</translation>
    </message>
    <message numerus="yes">
        <source>updated %n days ago</source>
        <translation>
            <numerusform>päivitetty %n päivä sitten</numerusform>
            <numerusform>päivitetty %n päivää sitten</numerusform>
        </translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>varmennettu %1</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>esimerkkiaineisto</translation>
    </message>
    <message>
        <source>The log folder could not be opened.</source>
        <translation>Lokikansiota ei voitu avata.</translation>
    </message>
    <message>
        <source>About HyteDesk</source>
        <translation>Tietoja HyteDeskistä</translation>
    </message>
    <message>
        <source>HyteDesk helps find well-being and health-promotion services for clients, also with no network connection.</source>
        <translation>HyteDesk auttaa löytämään asiakkaille hyvinvointia ja terveyttä edistäviä palveluja myös ilman verkkoyhteyttä.</translation>
    </message>
    <message>
        <source>Sample data notice</source>
        <translation>Ilmoitus esimerkkiaineistosta</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Hae:</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Hae palveluja</translation>
    </message>
    <message>
        <source>Type words; results update as you type. Press Enter or Down to move to the results.</source>
        <translation>Kirjoita hakusanoja; tulokset päivittyvät kirjoittaessa. Enter tai alanuoli siirtää tuloksiin.</translation>
    </message>
    <message>
        <source>Need, service or place, e.g. loneliness, gym, Kuhmo</source>
        <translation>Tarve, palvelu tai paikka, esim. yksinäisyys, kuntosali, Kuhmo</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Tulosten määrä</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Rajaukset</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>K&amp;unta:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>&amp;Distance from:</source>
        <translation>&amp;Etäisyys paikasta:</translation>
    </message>
    <message>
        <source>Place to measure distance from</source>
        <translation>Paikka, josta etäisyys mitataan</translation>
    </message>
    <message>
        <source>Largest distance (&amp;km):</source>
        <translation>Enimmäis&amp;matka (km):</translation>
    </message>
    <message>
        <source>Largest distance in kilometres</source>
        <translation>Enimmäismatka kilometreinä</translation>
    </message>
    <message>
        <source>&amp;Priority area:</source>
        <translation>&amp;Painopiste:</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Painopiste</translation>
    </message>
    <message>
        <source>Life si&amp;tuation:</source>
        <translation>E&amp;lämäntilanne:</translation>
    </message>
    <message>
        <source>Life situation</source>
        <translation>Elämäntilanne</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>Kohde&amp;ryhmä:</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Järjestäjä:</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Järjestäjän tyyppi</translation>
    </message>
    <message>
        <source>Ho&amp;w to take part:</source>
        <translation>Osallistumi&amp;stapa:</translation>
    </message>
    <message>
        <source>How to take part</source>
        <translation>Osallistumistapa</translation>
    </message>
    <message>
        <source>Service lang&amp;uage:</source>
        <translation>Palvelun k&amp;ieli:</translation>
    </message>
    <message>
        <source>Language the service is offered in</source>
        <translation>Kieli, jolla palvelua tarjotaan</translation>
    </message>
    <message>
        <source>Free of charge &amp;only</source>
        <translation>&amp;Vain maksuttomat</translation>
    </message>
    <message>
        <source>Free of charge only</source>
        <translation>Vain maksuttomat</translation>
    </message>
    <message>
        <source>Hide temporarily &amp;closed</source>
        <translation>Piilot&amp;a tilapäisesti suljetut</translation>
    </message>
    <message>
        <source>Hide temporarily closed services</source>
        <translation>Piilota tilapäisesti suljetut palvelut</translation>
    </message>
    <message>
        <source>Clear filt&amp;ers</source>
        <translation>Tyhjennä suo&amp;dattimet</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Tyhjennä kaikki rajaukset</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hakutulokset</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Palvelun tiedot</translation>
    </message>
    <message>
        <source>Choose a service from the results to see what it is, where and when it meets, and how to get in touch.</source>
        <translation>Valitse palvelu tuloksista, niin näet mitä se on, missä ja milloin se kokoontuu ja miten siihen saa yhteyden.</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Palvelun nimi</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Palvelun tila</translation>
    </message>
    <message>
        <source>Notice from the provider</source>
        <translation>Järjestäjän tiedote</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Who organises it</source>
        <translation>Kuka järjestää</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>When: the next sessions</source>
        <translation>Milloin: seuraavat kerrat</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Information last checked</source>
        <translation>Tiedot tarkistettu viimeksi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Haku</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>As&amp;etukset…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Find a service</source>
        <translation>&amp;Etsi palvelua</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Tyhjennä suodattimet</translation>
    </message>
    <message>
        <source>&amp;About HyteDesk</source>
        <translation>T&amp;ietoja HyteDeskistä</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Tiedostot&amp;yyppi:</translation>
    </message>
    <message>
        <source>Show Size</source>
        <translation>Näytä koko</translation>
    </message>
    <message>
        <source>Show Type</source>
        <translation>Näytä tyyppi</translation>
    </message>
    <message>
        <source>Show Date Modified</source>
        <translation>Näytä muokkauspäivä</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <source>The catalogue's checklist has no items. You can still add services from the search on the next step.</source>
        <translation>Luettelon tarkistuslistalla ei ole kohtia. Voit silti lisätä palveluja haun kautta seuraavassa vaiheessa.</translation>
    </message>
    <message>
        <source>Who are the services for? Nothing here identifies the client: no name, personal identity code, address or phone is asked or stored.</source>
        <translation>Kenelle palvelut ovat? Mikään tässä ei tunnista asiakasta: nimeä, henkilötunnusta, osoitetta tai puhelinnumeroa ei kysytä eikä tallenneta.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Ohjaus</translation>
    </message>
    <message>
        <source>Largest travel distance</source>
        <translation>Pisin matka</translation>
    </message>
    <message>
        <source>Situations of the client</source>
        <translation>Asiakkaan tilanteet</translation>
    </message>
    <message>
        <source>Suggested services</source>
        <translation>Ehdotetut palvelut</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Täyttymättömät tarpeet</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Tulosteen esikatselu</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>K&amp;unta:</translation>
    </message>
    <message>
        <source>&amp;Village or place:</source>
        <translation>K&amp;ylä tai paikka:</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>&amp;Ikäryhmä:</translation>
    </message>
    <message>
        <source>Can take part:</source>
        <translation>Voi osallistua:</translation>
    </message>
    <message>
        <source>Client's &amp;language:</source>
        <translation>&amp;Asiakkaan kieli:</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>alle 18</translation>
    </message>
    <message>
        <source>18–29</source>
        <translation>18–29</translation>
    </message>
    <message>
        <source>30–64</source>
        <translation>30–64</translation>
    </message>
    <message>
        <source>65–74</source>
        <translation>65–74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <translation>75 tai yli</translation>
    </message>
    <message>
        <source>In &amp;person, travelling up to</source>
        <translation>Paikan &amp;päällä, matkaa enintään</translation>
    </message>
    <message>
        <source>By ph&amp;one</source>
        <translation>Puhe&amp;limitse</translation>
    </message>
    <message>
        <source>By vi&amp;deo</source>
        <translation>&amp;Videoyhteydellä</translation>
    </message>
    <message>
        <source>&amp;Home visits</source>
        <translation>Kotik&amp;äynnit</translation>
    </message>
    <message>
        <source>Safety first: crisis and victim-support contacts will be shown at the top. If anyone's life or health is in danger now, call 112.</source>
        <translation>Turvallisuus ensin: kriisi- ja rikosuhrien tuen yhteystiedot näytetään ensin. Jos jonkun henki tai terveys on nyt vaarassa, soita 112.</translation>
    </message>
    <message>
        <source>Safety first: the crisis and victim-support contacts are at the top of the list, ticked for the handout (untick any you do not want to give). If anyone's life or health is in danger now, call 112.</source>
        <translation>Turvallisuus ensin: kriisi- ja rikosuhrien tuen yhteystiedot ovat listan alussa ja valmiiksi valittuina tulosteeseen (poista rasti niistä, joita et halua antaa). Jos jonkun henki tai terveys on nyt vaarassa, soita 112.</translation>
    </message>
    <message>
        <source>Tick the services to give the client (1–3 is usually enough). Each shows why it was suggested.</source>
        <translation>Rastita palvelut, jotka annat asiakkaalle (1–3 riittää yleensä). Kunkin kohdalla näkyy, miksi sitä ehdotettiin.</translation>
    </message>
    <message>
        <source>&amp;Add the service selected in Search</source>
        <translation>&amp;Lisää haussa valittu palvelu</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Poista listalta</translation>
    </message>
    <message>
        <source>Unmet need</source>
        <translation>Täyttymätön tarve</translation>
    </message>
    <message>
        <source>Nothing suitable was found within the client's reach for these situations. Ticked ones are recorded as unmet needs for the region's report.</source>
        <translation>Näihin tilanteisiin ei löytynyt sopivaa palvelua asiakkaan ulottuvilta. Rastitetut kirjataan täyttymättömiksi tarpeiksi alueen raporttia varten.</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Suuri teksti</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage:</source>
        <translation>T&amp;ulosteen kieli:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Tu&amp;losta…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna P&amp;DF:ksi…</translation>
    </message>
    <message>
        <source>&amp;Save the referral</source>
        <translation>T&amp;allenna ohjaus</translation>
    </message>
    <message>
        <source>New re&amp;ferral</source>
        <translation>Uusi oh&amp;jaus</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Edellinen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Tilanteet</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>Handout and record</source>
        <translation>Tuloste ja kirjaus</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Vaihe %1/%2: %3</translation>
    </message>
    <message>
        <source>Tick at least one situation, or go on and add services from the search.</source>
        <translation>Rastita vähintään yksi tilanne tai jatka ja lisää palveluja haun kautta.</translation>
    </message>
    <message>
        <source>Finding services…</source>
        <translation>Etsitään palveluja…</translation>
    </message>
    <message>
        <source>%1 services suggested</source>
        <translation>Ehdotettuja palveluja: %1</translation>
    </message>
    <message>
        <source>No suitable services found within reach.</source>
        <translation>Sopivia palveluja ei löytynyt asiakkaan ulottuvilta.</translation>
    </message>
    <message>
        <source>[local entry]</source>
        <translation>[oma merkintä]</translation>
    </message>
    <message>
        <source>Select a service on the Search page first, then come back and add it.</source>
        <translation>Valitse ensin palvelu Haku-sivulla ja palaa sitten lisäämään se.</translation>
    </message>
    <message>
        <source>That service is no longer in the catalogue.</source>
        <translation>Palvelua ei enää ole luettelossa.</translation>
    </message>
    <message>
        <source>Added from the search</source>
        <translation>Lisätty haun kautta</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Valmistellaan tulostetta…</translation>
    </message>
    <message>
        <source>Handout with %1 services</source>
        <translation>Tulosteessa palveluja: %1</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Tallenna tuloste PDF:ksi</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>palvelut</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: no file was chosen.</source>
        <translation>Ei tallennettu: tiedostoa ei valittu.</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Tallennetaan PDF…</translation>
    </message>
    <message>
        <source>Handout saved: %1</source>
        <translation>Tuloste tallennettu: %1</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Tulosta palvelutuloste</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was printed.</source>
        <translation>Tulostus peruttiin; mitään ei tulostettu.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Tulostetaan…</translation>
    </message>
    <message>
        <source>The handout was sent to the printer.</source>
        <translation>Tuloste lähetettiin tulostimelle.</translation>
    </message>
    <message>
        <source>This referral is already saved. Start a new one with New referral.</source>
        <translation>Tämä ohjaus on jo tallennettu. Aloita uusi valinnalla Uusi ohjaus.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Referral saved. Follow-up on %1.</source>
        <translation>Ohjaus tallennettu. Seuranta %1.</translation>
    </message>
</context>
<context>
    <name>ReferralPages</name>
    <message>
        <source>local entry</source>
        <translation>oma merkintä</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Ohjaus</translation>
    </message>
    <message>
        <source>New &amp;referral</source>
        <translation>Uusi &amp;ohjaus</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Seuranta</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>&amp;Tilastot</translation>
    </message>
    <message>
        <source>Local services</source>
        <translation>Paikalliset palvelut</translation>
    </message>
    <message>
        <source>&amp;Local services</source>
        <translation>&amp;Paikalliset palvelut</translation>
    </message>
</context>
<context>
    <name>ReferralSettingsPage</name>
    <message>
        <source>The unit's name and phone are printed on every handout. The other values are the defaults of a new referral.</source>
        <translation>Yksikön nimi ja puhelinnumero tulostuvat jokaiseen asiakkaalle annettavaan tulosteeseen. Muut arvot ovat uuden ohjauksen oletuksia.</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Kotihoito</translation>
    </message>
    <message>
        <source>Day activities</source>
        <translation>Päivätoiminta</translation>
    </message>
    <message>
        <source>Health services</source>
        <translation>Terveyspalvelut</translation>
    </message>
    <message>
        <source>Social and family services</source>
        <translation>Sosiaali- ja perhepalvelut</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>Unit &amp;name:</source>
        <translation>Yksikön &amp;nimi:</translation>
    </message>
    <message>
        <source>Unit &amp;phone:</source>
        <translation>Yksikön &amp;puhelin:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>&amp;Staff service area:</source>
        <translation>&amp;Henkilöstön palvelualue:</translation>
    </message>
    <message>
        <source>Default m&amp;unicipality:</source>
        <translation>Oletusk&amp;unta:</translation>
    </message>
    <message>
        <source>&amp;Follow-up after:</source>
        <translation>&amp;Seuranta:</translation>
    </message>
    <message>
        <source>Default &amp;travel distance:</source>
        <translation>Oletusm&amp;atka:</translation>
    </message>
    <message>
        <source>Default &amp;handout language:</source>
        <translation>Tu&amp;losteen oletuskieli:</translation>
    </message>
    <message>
        <source>&amp;Referrals and handout</source>
        <translation>Ohjaus ja &amp;tuloste</translation>
    </message>
</context>
<context>
    <name>RegionActions</name>
    <message>
        <source>the service has ended or closed</source>
        <translation>palvelu on päättynyt tai suljettu</translation>
    </message>
    <message>
        <source>wrong phone number</source>
        <translation>väärä puhelinnumero</translation>
    </message>
    <message>
        <source>wrong address or place</source>
        <translation>väärä osoite tai paikka</translation>
    </message>
    <message>
        <source>wrong times</source>
        <translation>väärät ajat</translation>
    </message>
    <message>
        <source>something else is wrong</source>
        <translation>jokin muu on väärin</translation>
    </message>
    <message>
        <source>Report a wrong entry</source>
        <translation>Ilmoita virheellisestä tiedosta</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Mikä on väärin</translation>
    </message>
    <message>
        <source>&amp;What is wrong:</source>
        <translation>&amp;Mikä on väärin:</translation>
    </message>
    <message>
        <source>Note about the service</source>
        <translation>Lisätieto palvelusta</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Lisätieto (vapaaehtoinen):</translation>
    </message>
    <message>
        <source>Write only about the service, never about a client: no names, no health details. The note goes to the welfare region.</source>
        <translation>Kirjoita vain palvelusta, ei koskaan asiakkaasta: ei nimiä eikä terveystietoja. Lisätieto lähtee hyvinvointialueelle.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Lähetä ilmoitus</translation>
    </message>
    <message>
        <source>E&amp;xport report package…</source>
        <translation>Vie &amp;raportointipaketti…</translation>
    </message>
    <message>
        <source>Report a wrong entry…</source>
        <translation>Ilmoita virheellisestä tiedosta…</translation>
    </message>
    <message>
        <source>Report this entry as wrong</source>
        <translation>Ilmoita tämä tieto virheelliseksi</translation>
    </message>
    <message>
        <source>You reported this entry as wrong on %1: %2. It stays in your list until the catalogue changes it.</source>
        <translation>Ilmoitit tämän tiedon virheelliseksi %1: %2. Ilmoitus pysyy omalla listallasi, kunnes luettelo muuttaa tietoa.</translation>
    </message>
    <message>
        <source>Report saved: it goes to the welfare region with the next report package.</source>
        <translation>Ilmoitus tallennettu: se lähtee hyvinvointialueelle seuraavan raportointipaketin mukana.</translation>
    </message>
    <message>
        <source>Export report package to a folder (a USB stick)</source>
        <translation>Vie raportointipaketti kansioon (muistitikulle)</translation>
    </message>
    <message>
        <source>%1 report packages exported to %2. Take the stick to the welfare region's coordinator.</source>
        <translation>Raportointipaketteja vietiin %1 kansioon %2. Toimita muistitikku hyvinvointialueen hyte-koordinaattorille.</translation>
    </message>
    <message>
        <source>Export report package</source>
        <translation>Vie raportointipaketti</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Järjestäjä</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>%1 (in Finnish)</source>
        <translation>%1 (suomeksi)</translation>
    </message>
    <message>
        <source>%1 (in Swedish)</source>
        <translation>%1 (ruotsiksi)</translation>
    </message>
    <message>
        <source>%1 (in English)</source>
        <translation>%1 (englanniksi)</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>etänä</translation>
    </message>
    <message>
        <source>remote: %1</source>
        <translation>etänä: %1</translation>
    </message>
    <message>
        <source>%1 (temporarily closed)</source>
        <translation>%1 (tilapäisesti suljettu)</translation>
    </message>
    <message>
        <source>Matches only some of the words; nothing found for: %1</source>
        <translation>Vastaa vain osaa sanoista; ei löytynyt: %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>maksuton</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>maksullinen</translation>
    </message>
    <message>
        <source>%1 (partial match)</source>
        <translation>%1 (osittainen osuma)</translation>
    </message>
    <message>
        <source>%1, sample entry</source>
        <translation>%1, esimerkkitieto</translation>
    </message>
    <message>
        <source>Farther than the distance limit; listed because it works by phone or video.</source>
        <translation>Kauempana kuin enimmäismatka; mukana, koska sitä voi käyttää puhelimitse tai videolla.</translation>
    </message>
    <message>
        <source>Sample entry: invented for trying out the app.</source>
        <translation>Esimerkkitieto: keksitty sovelluksen kokeilua varten.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>No place chosen</source>
        <translation>Ei valittua paikkaa</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <source>Pages of the settings</source>
        <translation>Asetusten sivut</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Yleiset</translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation>Sovelluksen &amp;kieli:</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sovelluksen kieli</translation>
    </message>
    <message>
        <source>&amp;Measure distances from:</source>
        <translation>&amp;Mittaa etäisyydet paikasta:</translation>
    </message>
    <message>
        <source>Default place to measure distances from</source>
        <translation>Oletuspaikka, josta etäisyydet mitataan</translation>
    </message>
    <message>
        <source>&amp;Default largest distance:</source>
        <translation>&amp;Oletusenimmäismatka:</translation>
    </message>
    <message>
        <source>Default largest distance in kilometres</source>
        <translation>Oletusenimmäismatka kilometreinä</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>HyteDesk</source>
        <translation>HyteDesk</translation>
    </message>
    <message>
        <source>Something went wrong, but your saved data is safe. If this happens again, restart HyteDesk. Details are in the log file.</source>
        <translation>Jokin meni vikaan, mutta tallennetut tiedot ovat tallessa. Jos tämä toistuu, käynnistä HyteDesk uudelleen. Tarkemmat tiedot ovat lokitiedostossa.</translation>
    </message>
    <message>
        <source>HyteDesk could not open its catalogue. Your saved data has not been changed. Restart HyteDesk; if this happens again, contact your support person and tell them the time it happened.</source>
        <translation>HyteDesk ei voinut avata luetteloaan. Tallennettuja tietojasi ei ole muutettu. Käynnistä HyteDesk uudelleen; jos tämä toistuu, ota yhteys tukihenkilöösi ja kerro, mihin aikaan vika ilmeni.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>Life situation</source>
        <translation>Elämäntilanne</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Painopiste</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Staff service area</source>
        <translation>Henkilöstön palvelualue</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Unmet need</source>
        <translation>Täyttymätön tarve</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <source>Referrals per month</source>
        <translation>Ohjaukset kuukausittain</translation>
    </message>
    <message>
        <source>Chart of the breakdown</source>
        <translation>Luokittelun kaavio</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;sti:</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Luokittelu:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Lukumäärä</translation>
    </message>
    <message>
        <source>These are your own records, exact: not for publication. The CSV exports count whole months and show counts below 5 as &lt;5, so that no one can be recognised.</source>
        <translation>Nämä ovat omia kirjauksiasi tarkkoina: ei julkaistaviksi. CSV-viennit laskevat kokonaisia kuukausia ja näyttävät alle viiden lukumäärät muodossa &lt;5, jottei ketään voi tunnistaa.</translation>
    </message>
    <message>
        <source>Export for &amp;Excel (CSV)…</source>
        <translation>Vie &amp;Exceliin (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;plain CSV…</source>
        <translation>&amp;Vie tavallinen CSV…</translation>
    </message>
    <message>
        <source>Referrals in the period: %1</source>
        <translation>Ohjauksia ajanjaksolla: %1</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Vie tilastot</translation>
    </message>
    <message>
        <source>referral-statistics</source>
        <translation>ohjaustilasto</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Statistics saved: %1</source>
        <translation>Tilastot tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Import offline bundle</source>
        <translation>Tuo siirtopaketti</translation>
    </message>
    <message>
        <source>Catalogue bundles (*.hyteoffline *.hytebundle);;All files (*)</source>
        <translation>Luettelopaketit (*.hyteoffline *.hytebundle);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Keskeytetään…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>Ladataan päivitystä…</translation>
    </message>
    <message>
        <source>Taking the new catalogue into use…</source>
        <translation>Otetaan uutta luetteloa käyttöön…</translation>
    </message>
    <message>
        <source>Checking the offline bundle…</source>
        <translation>Tarkistetaan siirtopakettia…</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Tarkistetaan päivityksiä…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The catalogue was updated to version %1.</source>
        <translation>Palveluluettelo päivitettiin versioon %1.</translation>
    </message>
    <message>
        <source>The catalogue is up to date (version %1).</source>
        <translation>Palveluluettelo on ajan tasalla (versio %1).</translation>
    </message>
    <message>
        <source>This bundle is not signed, and the settings do not allow unsigned catalogues. Use a signed offline bundle from your administrator. The current catalogue is still in use.</source>
        <translation>Tätä pakettia ei ole allekirjoitettu, eivätkä asetukset salli allekirjoittamattomia luetteloita. Käytä ylläpitäjältä saatua allekirjoitettua siirtopakettia. Nykyinen palveluluettelo on edelleen käytössä.</translation>
    </message>
    <message>
        <source>The current catalogue is still in use.</source>
        <translation>Nykyinen palveluluettelo on edelleen käytössä.</translation>
    </message>
    <message>
        <source>The update failed unexpectedly (%1). The current catalogue is still in use.</source>
        <translation>Päivitys epäonnistui odottamatta (%1). Nykyinen palveluluettelo on edelleen käytössä.</translation>
    </message>
    <message>
        <source>No update address is set on this computer, so it cannot check for updates over the network. Your administrator sets the address. Meanwhile you can bring a new catalogue on a USB stick with %1 › %2 The current catalogue is still in use.</source>
        <translation>Tälle tietokoneelle ei ole asetettu päivitysosoitetta, joten päivityksiä ei voi hakea verkosta. Osoitteen asettaa ylläpitäjä. Sillä välin voit tuoda uuden palveluluettelon USB-tikulla: %1 › %2 Nykyinen palveluluettelo on edelleen käytössä.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Päivitä nyt</translation>
    </message>
    <message>
        <source>Never verified: the information may be out of date</source>
        <translation>Ei koskaan varmennettu – tiedot voivat olla vanhentuneita</translation>
    </message>
    <message numerus="yes">
        <source>Not verified for %n days: the information may be out of date</source>
        <translation>
            <numerusform>Ei varmennettu %n päivään – tiedot voivat olla vanhentuneita</numerusform>
            <numerusform>Ei varmennettu %n päivään – tiedot voivat olla vanhentuneita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No signed update has confirmed this catalogue in the last %n days. Phone numbers and opening times may have changed. Sync now (F5) when you have a network, or import an offline bundle.</source>
        <translation>
            <numerusform>Mikään allekirjoitettu päivitys ei ole varmentanut tätä luetteloa viimeisen %n päivän aikana. Puhelinnumerot ja aukioloajat ovat voineet muuttua. Päivitä (F5), kun verkko on käytettävissä, tai tuo siirtopaketti.</numerusform>
            <numerusform>Mikään allekirjoitettu päivitys ei ole varmentanut tätä luetteloa viimeisen %n päivän aikana. Puhelinnumerot ja aukioloajat ovat voineet muuttua. Päivitä (F5), kun verkko on käytettävissä, tai tuo siirtopaketti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified %1.</source>
        <translation>Viimeksi varmennettu %1.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Päivitä &amp;nyt</translation>
    </message>
    <message>
        <source>Check for a new signed catalogue and take it into use</source>
        <translation>Hae uusi allekirjoitettu luettelo ja ota se käyttöön</translation>
    </message>
    <message>
        <source>&amp;Import offline bundle…</source>
        <translation>Tuo s&amp;iirtopaketti…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Keskeytä</translation>
    </message>
</context>
</TS>