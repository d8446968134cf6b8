<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>DetailPresenter</name>
    <message>
        <source>Temporarily closed.</source>
        <translation>Tillfälligt stängd.</translation>
    </message>
    <message>
        <source>Sample entry: invented for trying out the app. Do not refer clients to it.</source>
        <translation>Exempeluppgift: påhittad för att prova programmet. Hänvisa inte klienter hit.</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>Obs: %1</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Ingen beskrivning.</translation>
    </message>
    <message>
        <source>Priority area: %1</source>
        <translation>Prioriterat område: %1</translation>
    </message>
    <message>
        <source>Life situations: %1</source>
        <translation>Livssituationer: %1</translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation>Inte angivet.</translation>
    </message>
    <message>
        <source>%1 km from %2 (straight line)</source>
        <translation>%1 km från %2 (fågelvägen)</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Betjänar: %1</translation>
    </message>
    <message>
        <source>No fixed place given.</source>
        <translation>Ingen fast plats angiven.</translation>
    </message>
    <message>
        <source>%1 %2, all day</source>
        <translation>%1 %2, hela dagen</translation>
    </message>
    <message>
        <source>%1 %2, %3–%4</source>
        <translation>%1 %2 kl. %3–%4</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 från kl. %3</translation>
    </message>
    <message>
        <source>No regular sessions listed. Ask the organiser.</source>
        <translation>Inga regelbundna träffar angivna. Fråga anordnaren.</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>Ålder %1–%2 år</translation>
    </message>
    <message>
        <source>Aged %1 or over</source>
        <translation>För personer som fyllt %1</translation>
    </message>
    <message>
        <source>Aged up to %1</source>
        <translation>För personer upp till %1 år</translation>
    </message>
    <message>
        <source>A referral is needed.</source>
        <translation>Remiss behövs.</translation>
    </message>
    <message>
        <source>Ask the organiser.</source>
        <translation>Fråga anordnaren.</translation>
    </message>
    <message>
        <source>Free of charge.</source>
        <translation>Avgiftsfri.</translation>
    </message>
    <message>
        <source>Not given. Ask the organiser.</source>
        <translation>Inte angivet. Fråga anordnaren.</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Inte antecknat.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Webb</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Öppnar %1</translation>
    </message>
    <message>
        <source>Asks before opening the address.</source>
        <translation>Frågar innan adressen öppnas.</translation>
    </message>
    <message>
        <source>(not opened: only https, phone and e-mail links open)</source>
        <translation>(öppnas inte: bara https-, telefon- och e-postlänkar öppnas)</translation>
    </message>
    <message>
        <source>No contact details given.</source>
        <translation>Inga kontaktuppgifter angivna.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>in person</source>
        <translation>på plats</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>per telefon</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>via video</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>hembesök</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>nordsamiska</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ryska</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabiska</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somaliska</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainska</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>first %n services</source>
        <translation>
            <numerusform>första %n tjänst</numerusform>
            <numerusform>första %n tjänsterna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation>
            <numerusform>%n tjänst</numerusform>
            <numerusform>%n tjänster</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the address?</source>
        <translation>Öppna adressen?</translation>
    </message>
    <message>
        <source>HyteDesk will open this address in another program:

%1

Open it?</source>
        <translation>HyteDesk öppnar den här adressen i ett annat program:

%1

Öppna den?</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>No place chosen</source>
        <translation>Ingen plats vald</translation>
    </message>
    <message>
        <source>All priority areas</source>
        <translation>Alla prioriterade områden</translation>
    </message>
    <message>
        <source>All life situations</source>
        <translation>Alla livssituationer</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alla målgrupper</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alla anordnare</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Vilket sätt som helst</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Vilket språk som helst</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>Sample data: this catalogue contains invented services for trying out HyteDesk. Do not refer clients to them.</source>
        <translation>Exempeldata: katalogen innehåller påhittade tjänster för att prova HyteDesk. Hänvisa inte klienter till dem.</translation>
    </message>
    <message>
        <source>Catalogue version %1</source>
        <translation>Katalogversion %1</translation>
    </message>
    <message>
        <source>updated today</source>
        <translation>uppdaterad i dag</translation>
    </message>
    <message>
        <source>updated yesterday</source>
        <translation>uppdaterad i går</translation>
    </message>
    <message numerus="yes">
        <source>updated %n days ago</source>
        <translation>
            <numerusform>uppdaterad för %n dag sedan</numerusform>
            <numerusform>uppdaterad för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>verifierad %1</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>exempeldata</translation>
    </message>
    <message>
        <source>About HyteDesk</source>
        <translation>Om HyteDesk</translation>
    </message>
    <message>
        <source>HyteDesk helps find well-being and health-promotion services for clients, also with no network connection.</source>
        <translation>HyteDesk hjälper att hitta tjänster som främjar välfärd och hälsa för klienter, också utan nätförbindelse.</translation>
    </message>
    <message>
        <source>Sample data notice</source>
        <translation>Meddelande om exempeldata</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Sök:</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Sök tjänster</translation>
    </message>
    <message>
        <source>Type words; results update as you type. Press Enter or Down to move to the results.</source>
        <translation>Skriv sökord; resultaten uppdateras medan du skriver. Enter eller nedåtpil flyttar till resultaten.</translation>
    </message>
    <message>
        <source>Need, service or place, e.g. loneliness, gym, Kuhmo</source>
        <translation>Behov, tjänst eller plats, t.ex. ensamhet, gym, Kuhmo</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Antal resultat</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>&amp;Distance from:</source>
        <translation>Avs&amp;tånd från:</translation>
    </message>
    <message>
        <source>Place to measure distance from</source>
        <translation>Plats som avståndet mäts från</translation>
    </message>
    <message>
        <source>Largest distance (&amp;km):</source>
        <translation>Största avstånd (k&amp;m):</translation>
    </message>
    <message>
        <source>Largest distance in kilometres</source>
        <translation>Största avstånd i kilometer</translation>
    </message>
    <message>
        <source>&amp;Priority area:</source>
        <translation>&amp;Prioriterat område:</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Prioriterat område</translation>
    </message>
    <message>
        <source>Life si&amp;tuation:</source>
        <translation>&amp;Livssituation:</translation>
    </message>
    <message>
        <source>Life situation</source>
        <translation>Livssituation</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>Mål&amp;grupp:</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>A&amp;nordnare:</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Typ av anordnare</translation>
    </message>
    <message>
        <source>Ho&amp;w to take part:</source>
        <translation>Sätt att &amp;delta:</translation>
    </message>
    <message>
        <source>How to take part</source>
        <translation>Sätt att delta</translation>
    </message>
    <message>
        <source>Service lang&amp;uage:</source>
        <translation>Tjänst&amp;ens språk:</translation>
    </message>
    <message>
        <source>Language the service is offered in</source>
        <translation>Språk som tjänsten erbjuds på</translation>
    </message>
    <message>
        <source>Free of charge &amp;only</source>
        <translation>Endast avgi&amp;ftsfria</translation>
    </message>
    <message>
        <source>Free of charge only</source>
        <translation>Endast avgiftsfria</translation>
    </message>
    <message>
        <source>Hide temporarily &amp;closed</source>
        <translation>Dölj t&amp;illfälligt stängda</translation>
    </message>
    <message>
        <source>Hide temporarily closed services</source>
        <translation>Dölj tillfälligt stängda tjänster</translation>
    </message>
    <message>
        <source>Clear filt&amp;ers</source>
        <translation>N&amp;ollställ filtren</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Nollställ alla filter</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Tjänstens uppgifter</translation>
    </message>
    <message>
        <source>Choose a service from the results to see what it is, where and when it meets, and how to get in touch.</source>
        <translation>Välj en tjänst bland resultaten för att se vad den är, var och när den träffas och hur man kontaktar den.</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Tjänstens namn</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Tjänstens status</translation>
    </message>
    <message>
        <source>Notice from the provider</source>
        <translation>Meddelande från anordnaren</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who organises it</source>
        <translation>Vem ordnar</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>When: the next sessions</source>
        <translation>När: de närmaste tillfällena</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Information last checked</source>
        <translation>Uppgifterna senast kontrollerade</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Find a service</source>
        <translation>&amp;Sök en tjänst</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Nollställ filtren</translation>
    </message>
    <message>
        <source>&amp;About HyteDesk</source>
        <translation>&amp;Om HyteDesk</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>på distans</translation>
    </message>
    <message>
        <source>%1 (temporarily closed)</source>
        <translation>%1 (tillfälligt stängd)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>avgiftsfri</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>avgiftsbelagd</translation>
    </message>
    <message>
        <source>%1, sample entry</source>
        <translation>%1, exempeluppgift</translation>
    </message>
    <message>
        <source>Sample entry: invented for trying out the app.</source>
        <translation>Exempeluppgift: påhittad för att prova programmet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>No place chosen</source>
        <translation>Ingen plats vald</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation>Programmets &amp;språk:</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Programmets språk</translation>
    </message>
    <message>
        <source>&amp;Measure distances from:</source>
        <translation>&amp;Mät avstånd från:</translation>
    </message>
    <message>
        <source>Default place to measure distances from</source>
        <translation>Standardplats som avstånd mäts från</translation>
    </message>
    <message>
        <source>&amp;Default largest distance:</source>
        <translation>Stan&amp;dardavstånd högst:</translation>
    </message>
    <message>
        <source>Default largest distance in kilometres</source>
        <translation>Största standardavstånd i kilometer</translation>
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
        <translation>Något gick fel, men dina sparade uppgifter är i säkerhet. Om detta händer igen, starta om HyteDesk. Detaljer finns i loggfilen.</translation>
    </message>
</context>
</TS>
