<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
        <translation>&amp;Asetukset…</translation>
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
        <source>remote</source>
        <translation>etänä</translation>
    </message>
    <message>
        <source>%1 (temporarily closed)</source>
        <translation>%1 (tilapäisesti suljettu)</translation>
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
        <source>%1, sample entry</source>
        <translation>%1, esimerkkitieto</translation>
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
        <source>Settings</source>
        <translation>Asetukset</translation>
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
</context>
</TS>
