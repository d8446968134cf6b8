<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation>Inga uppgifter</translation>
    </message>
</context>
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
        <source>Temporarily closed: no sessions now. Ask the organiser when it opens again.</source>
        <translation>Tillfälligt stängd: inga träffar nu. Fråga anordnaren när verksamheten öppnar igen.</translation>
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
        <source>%1: over a year ago, check the details before referring</source>
        <translation>%1: för över ett år sedan, kontrollera uppgifterna innan du hänvisar</translation>
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
    <name>FollowUpsPage</name>
    <message>
        <source>Reached the service</source>
        <translation>Kom till tjänsten</translation>
    </message>
    <message>
        <source>Tried but did not get in</source>
        <translation>Försökte men kom inte in</translation>
    </message>
    <message>
        <source>Did not try</source>
        <translation>Försökte inte</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Fullt</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Inte berättigad</translation>
    </message>
    <message>
        <source>Too far</source>
        <translation>För långt borta</translation>
    </message>
    <message>
        <source>No transport</source>
        <translation>Ingen skjuts</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annat skäl</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Referrals to follow up</source>
        <translation>Hänvisningar att följa upp</translation>
    </message>
    <message>
        <source>Referrals whose follow-up date has come, oldest first, and every saved referral, newest first. Ask the client at the next visit whether it worked, select the referral and record the outcome.</source>
        <translation>Hänvisningar vars uppföljningsdag har kommit (äldst först) och alla sparade hänvisningar (nyast först). Fråga klienten vid nästa besök om det lyckades, välj hänvisningen och registrera utfallet.</translation>
    </message>
    <message>
        <source>Due for follow-up</source>
        <translation>Uppföljning i dag eller försenad</translation>
    </message>
    <message>
        <source>Saved referrals</source>
        <translation>Sparade hänvisningar</translation>
    </message>
    <message>
        <source>&amp;Show also those with an outcome</source>
        <translation>&amp;Visa också de som har ett utfall</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Hänvisad</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situationer</translation>
    </message>
    <message>
        <source>Chosen services</source>
        <translation>Valda tjänster</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Referrals due for follow-up</source>
        <translation>Hänvisningar att följa upp</translation>
    </message>
    <message>
        <source>Saved referrals, newest first</source>
        <translation>Sparade hänvisningar, nyast först</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation>Varför &amp;inte:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>&amp;Record the outcome</source>
        <translation>R&amp;egistrera utfallet</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>U&amp;ppdatera</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>%1 referrals to follow up</source>
        <translation>Hänvisningar att följa upp: %1</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Inga uppföljningar att göra.</translation>
    </message>
    <message>
        <source>No referral selected.</source>
        <translation>Ingen hänvisning är vald.</translation>
    </message>
    <message>
        <source>Selected: referral of %1 (follow-up %2: %3)</source>
        <translation>Vald: hänvisning %1 (uppföljning %2: %3)</translation>
    </message>
    <message>
        <source>Select a referral in one of the lists first.</source>
        <translation>Välj först en hänvisning i någon av listorna.</translation>
    </message>
    <message>
        <source>Choose the outcome first.</source>
        <translation>Välj först utfallet.</translation>
    </message>
    <message>
        <source>Outcome recorded for the referral of %1: %2.</source>
        <translation>Utfallet registrerades för hänvisningen %1: %2.</translation>
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
    <name>LocalServicesPage</name>
    <message>
        <source>Local services</source>
        <translation>Lokala tjänster</translation>
    </message>
    <message>
        <source>Your local services</source>
        <translation>Dina lokala tjänster</translation>
    </message>
    <message>
        <source>The local service's details</source>
        <translation>Den lokala tjänstens uppgifter</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Börjar klockan</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Slutar klockan</translation>
    </message>
    <message>
        <source>Your own entries for services no register lists, such as a village coffee morning or your remote groups. They stay on this computer through every catalogue update and show up in search and suggestions marked as local.</source>
        <translation>Egna uppgifter om tjänster som inget register listar, till exempel byns morgonkaffe eller dina distansgrupper. De finns kvar på den här datorn genom varje kataloguppdatering och syns i sökningen och förslagen som lokala.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>An&amp;ordnare:</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;Vad det är:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>Village or p&amp;lace:</source>
        <translation>&amp;By eller plats:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lokal:</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>Postn&amp;ummer:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>T&amp;elefon:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webbadress:</translation>
    </message>
    <message>
        <source>How to take part:</source>
        <translation>Hur man deltar:</translation>
    </message>
    <message>
        <source>Si&amp;tuations:</source>
        <translation>S&amp;ituationer:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Pris:</translation>
    </message>
    <message>
        <source>Meets every wee&amp;k on:</source>
        <translation>Tr&amp;äffas varje vecka på:</translation>
    </message>
    <message>
        <source>Time of da&amp;y (hh:mm):</source>
        <translation>Klo&amp;ckan (hh:mm):</translation>
    </message>
    <message>
        <source>&amp;Curator:</source>
        <translation>Ansvarig:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>Upph&amp;ör:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Choose the municipality</source>
        <translation>Välj kommun</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Avgiftsfri</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Upphör den</translation>
    </message>
    <message>
        <source>&amp;New local service</source>
        <translation>&amp;Ny lokal tjänst</translation>
    </message>
    <message>
        <source>E&amp;xport as HSDS JSON…</source>
        <translation>E&amp;xportera som HSDS JSON…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;para</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>må</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lö</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sö</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(upphört)</translation>
    </message>
    <message>
        <source>Local service saved.</source>
        <translation>Den lokala tjänsten sparades.</translation>
    </message>
    <message>
        <source>Select a local service in the list first.</source>
        <translation>Välj först en lokal tjänst i listan.</translation>
    </message>
    <message>
        <source>Delete the local service?</source>
        <translation>Ta bort den lokala tjänsten?</translation>
    </message>
    <message>
        <source>Delete “%1” from your local services? It no longer shows in search or suggestions.</source>
        <translation>Ta bort ”%1” från dina lokala tjänster? Den syns inte längre i sökningen eller i förslagen.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Ingenting togs bort.</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>”%1” togs bort.</translation>
    </message>
    <message>
        <source>The local service is back.</source>
        <translation>Den lokala tjänsten är tillbaka.</translation>
    </message>
    <message>
        <source>Export local services</source>
        <translation>Exportera lokala tjänster</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>%1 local services exported to %2</source>
        <translation>%1 lokala tjänster exporterades till %2</translation>
    </message>
</context>
<context>
    <name>LogFolder</name>
    <message>
        <source>No log file could be written in the folder %1.</source>
        <translation>Ingen loggfil kunde skrivas i mappen %1.</translation>
    </message>
    <message>
        <source>The log files are in the folder %1.</source>
        <translation>Loggfilerna finns i mappen %1.</translation>
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
        <source>did you mean: %1?</source>
        <translation>menade du: %1?</translation>
    </message>
    <message>
        <source>partial matches; nothing found for: %1</source>
        <translation>delvisa träffar; hittades inte: %1</translation>
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
        <source>Open &amp;log folder</source>
        <translation>Öppna &amp;loggmappen</translation>
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
        <source>The log folder could not be opened.</source>
        <translation>Loggmappen kunde inte öppnas.</translation>
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
        <translation>In&amp;ställningar…</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Titta i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer av &amp;typ:</translation>
    </message>
    <message>
        <source>Show Size</source>
        <translation>Visa storlek</translation>
    </message>
    <message>
        <source>Show Type</source>
        <translation>Visa typ</translation>
    </message>
    <message>
        <source>Show Date Modified</source>
        <translation>Visa ändringsdatum</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <source>The catalogue's checklist has no items. You can still add services from the search on the next step.</source>
        <translation>Katalogens checklista har inga punkter. Du kan ändå lägga till tjänster via sökningen i nästa steg.</translation>
    </message>
    <message>
        <source>Who are the services for? Nothing here identifies the client: no name, personal identity code, address or phone is asked or stored.</source>
        <translation>Vem är tjänsterna för? Inget här identifierar klienten: namn, personbeteckning, adress eller telefon frågas inte och sparas inte.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <source>Largest travel distance</source>
        <translation>Längsta resväg</translation>
    </message>
    <message>
        <source>Situations of the client</source>
        <translation>Klientens situationer</translation>
    </message>
    <message>
        <source>Suggested services</source>
        <translation>Föreslagna tjänster</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Ouppfyllda behov</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Förhandsvisning av utskriften</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Village or place:</source>
        <translation>&amp;By eller plats:</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>&amp;Åldersgrupp:</translation>
    </message>
    <message>
        <source>Can take part:</source>
        <translation>Kan delta:</translation>
    </message>
    <message>
        <source>Client's &amp;language:</source>
        <translation>Klientens s&amp;pråk:</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>under 18</translation>
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
        <translation>75 eller äldre</translation>
    </message>
    <message>
        <source>In &amp;person, travelling up to</source>
        <translation>På p&amp;lats, resväg högst</translation>
    </message>
    <message>
        <source>By ph&amp;one</source>
        <translation>Per &amp;telefon</translation>
    </message>
    <message>
        <source>By vi&amp;deo</source>
        <translation>Via vi&amp;deo</translation>
    </message>
    <message>
        <source>&amp;Home visits</source>
        <translation>H&amp;embesök</translation>
    </message>
    <message>
        <source>Safety first: crisis and victim-support contacts will be shown at the top. If anyone's life or health is in danger now, call 112.</source>
        <translation>Säkerheten först: kontakter för kris- och brottsofferstöd visas överst. Om någons liv eller hälsa är i fara nu, ring 112.</translation>
    </message>
    <message>
        <source>Safety first: the crisis and victim-support contacts are at the top of the list, ticked for the handout (untick any you do not want to give). If anyone's life or health is in danger now, call 112.</source>
        <translation>Säkerheten först: kontakterna för kris- och brottsofferstöd står överst i listan och är redan valda för utskriften (ta bort bocken för dem du inte vill ge). Om någons liv eller hälsa är i fara nu, ring 112.</translation>
    </message>
    <message>
        <source>Tick the services to give the client (1–3 is usually enough). Each shows why it was suggested.</source>
        <translation>Kryssa för tjänsterna som klienten får (1–3 räcker oftast). Vid varje syns varför den föreslogs.</translation>
    </message>
    <message>
        <source>&amp;Add the service selected in Search</source>
        <translation>&amp;Lägg till tjänsten som valts i sökningen</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Ta bort från listan</translation>
    </message>
    <message>
        <source>Unmet need</source>
        <translation>Ouppfyllt behov</translation>
    </message>
    <message>
        <source>Nothing suitable was found within the client's reach for these situations. Ticked ones are recorded as unmet needs for the region's report.</source>
        <translation>För de här situationerna hittades inget lämpligt inom klientens räckhåll. De ikryssade registreras som ouppfyllda behov för regionens rapport.</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>Stor &amp;text</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage:</source>
        <translation>&amp;Utskriftens språk:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>S&amp;kriv ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Save the referral</source>
        <translation>S&amp;para hänvisningen</translation>
    </message>
    <message>
        <source>New re&amp;ferral</source>
        <translation>Ny hän&amp;visning</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Föregående</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situationer</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Handout and record</source>
        <translation>Utskrift och registrering</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Steg %1 av %2: %3</translation>
    </message>
    <message>
        <source>Tick at least one situation, or go on and add services from the search.</source>
        <translation>Kryssa för minst en situation, eller fortsätt och lägg till tjänster via sökningen.</translation>
    </message>
    <message>
        <source>Finding services…</source>
        <translation>Söker tjänster…</translation>
    </message>
    <message>
        <source>%1 services suggested</source>
        <translation>Föreslagna tjänster: %1</translation>
    </message>
    <message>
        <source>No suitable services found within reach.</source>
        <translation>Inga lämpliga tjänster hittades inom räckhåll.</translation>
    </message>
    <message>
        <source>[local entry]</source>
        <translation>[egen uppgift]</translation>
    </message>
    <message>
        <source>Select a service on the Search page first, then come back and add it.</source>
        <translation>Välj först en tjänst på sidan Sök och kom sedan tillbaka och lägg till den.</translation>
    </message>
    <message>
        <source>That service is no longer in the catalogue.</source>
        <translation>Tjänsten finns inte längre i katalogen.</translation>
    </message>
    <message>
        <source>Added from the search</source>
        <translation>Tillagd via sökningen</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Utskriften förbereds…</translation>
    </message>
    <message>
        <source>Handout with %1 services</source>
        <translation>Tjänster i utskriften: %1</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Spara utskriften som PDF</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>tjanster</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: no file was chosen.</source>
        <translation>Inte sparat: ingen fil valdes.</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF-filen sparas…</translation>
    </message>
    <message>
        <source>Handout saved: %1</source>
        <translation>Utskriften sparad: %1</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Skriv ut utskriften</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was printed.</source>
        <translation>Utskriften avbröts; inget skrevs ut.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <source>The handout was sent to the printer.</source>
        <translation>Utskriften skickades till skrivaren.</translation>
    </message>
    <message>
        <source>This referral is already saved. Start a new one with New referral.</source>
        <translation>Den här hänvisningen är redan sparad. Börja en ny med Ny hänvisning.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Referral saved. Follow-up on %1.</source>
        <translation>Hänvisningen sparad. Uppföljning %1.</translation>
    </message>
</context>
<context>
    <name>ReferralPages</name>
    <message>
        <source>local entry</source>
        <translation>egen uppgift</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <source>New &amp;referral</source>
        <translation>Ny &amp;hänvisning</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>Local services</source>
        <translation>Lokala tjänster</translation>
    </message>
    <message>
        <source>&amp;Local services</source>
        <translation>&amp;Lokala tjänster</translation>
    </message>
</context>
<context>
    <name>ReferralSettingsPage</name>
    <message>
        <source>The unit's name and phone are printed on every handout. The other values are the defaults of a new referral.</source>
        <translation>Enhetens namn och telefon skrivs ut på varje utskrift till klienten. De andra värdena är standardvärden för en ny hänvisning.</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Hemvård</translation>
    </message>
    <message>
        <source>Day activities</source>
        <translation>Dagverksamhet</translation>
    </message>
    <message>
        <source>Health services</source>
        <translation>Hälsotjänster</translation>
    </message>
    <message>
        <source>Social and family services</source>
        <translation>Social- och familjetjänster</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Unit &amp;name:</source>
        <translation>Enhetens &amp;namn:</translation>
    </message>
    <message>
        <source>Unit &amp;phone:</source>
        <translation>Enhetens &amp;telefon:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Staff service area:</source>
        <translation>&amp;Personalens serviceområde:</translation>
    </message>
    <message>
        <source>Default m&amp;unicipality:</source>
        <translation>Standard&amp;kommun:</translation>
    </message>
    <message>
        <source>&amp;Follow-up after:</source>
        <translation>&amp;Uppföljning efter:</translation>
    </message>
    <message>
        <source>Default &amp;travel distance:</source>
        <translation>Standard&amp;resväg:</translation>
    </message>
    <message>
        <source>Default &amp;handout language:</source>
        <translation>Utskri&amp;ftens standardspråk:</translation>
    </message>
    <message>
        <source>&amp;Referrals and handout</source>
        <translation>&amp;Hänvisningar och utskrift</translation>
    </message>
</context>
<context>
    <name>RegionActions</name>
    <message>
        <source>the service has ended or closed</source>
        <translation>tjänsten har upphört eller stängts</translation>
    </message>
    <message>
        <source>wrong phone number</source>
        <translation>fel telefonnummer</translation>
    </message>
    <message>
        <source>wrong address or place</source>
        <translation>fel adress eller plats</translation>
    </message>
    <message>
        <source>wrong times</source>
        <translation>fel tider</translation>
    </message>
    <message>
        <source>something else is wrong</source>
        <translation>något annat är fel</translation>
    </message>
    <message>
        <source>Report a wrong entry</source>
        <translation>Anmäl en felaktig uppgift</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Vad är fel</translation>
    </message>
    <message>
        <source>&amp;What is wrong:</source>
        <translation>&amp;Vad är fel:</translation>
    </message>
    <message>
        <source>Note about the service</source>
        <translation>Anteckning om tjänsten</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Anteckning (frivillig):</translation>
    </message>
    <message>
        <source>Write only about the service, never about a client: no names, no health details. The note goes to the welfare region.</source>
        <translation>Skriv bara om tjänsten, aldrig om en klient: inga namn, inga hälsouppgifter. Anteckningen går till välfärdsområdet.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Skicka anmälan</translation>
    </message>
    <message>
        <source>E&amp;xport report package…</source>
        <translation>Exportera &amp;rapportpaket…</translation>
    </message>
    <message>
        <source>Report a wrong entry…</source>
        <translation>Anmäl en felaktig uppgift…</translation>
    </message>
    <message>
        <source>Report this entry as wrong</source>
        <translation>Anmäl den här uppgiften som felaktig</translation>
    </message>
    <message>
        <source>You reported this entry as wrong on %1: %2. It stays in your list until the catalogue changes it.</source>
        <translation>Du anmälde uppgiften som felaktig %1: %2. Anmälan finns kvar i din lista tills katalogen ändrar uppgiften.</translation>
    </message>
    <message>
        <source>Report saved: it goes to the welfare region with the next report package.</source>
        <translation>Anmälan sparad: den går till välfärdsområdet med nästa rapportpaket.</translation>
    </message>
    <message>
        <source>Export report package to a folder (a USB stick)</source>
        <translation>Exportera rapportpaketet till en mapp (ett USB-minne)</translation>
    </message>
    <message>
        <source>%1 report packages exported to %2. Take the stick to the welfare region's coordinator.</source>
        <translation>%1 rapportpaket exporterades till %2. Lämna minnet till välfärdsområdets hyte-koordinator.</translation>
    </message>
    <message>
        <source>Export report package</source>
        <translation>Exportera rapportpaket</translation>
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
        <source>%1 (in Finnish)</source>
        <translation>%1 (på finska)</translation>
    </message>
    <message>
        <source>%1 (in Swedish)</source>
        <translation>%1 (på svenska)</translation>
    </message>
    <message>
        <source>%1 (in English)</source>
        <translation>%1 (på engelska)</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>på distans</translation>
    </message>
    <message>
        <source>remote: %1</source>
        <translation>på distans: %1</translation>
    </message>
    <message>
        <source>%1 (temporarily closed)</source>
        <translation>%1 (tillfälligt stängd)</translation>
    </message>
    <message>
        <source>Matches only some of the words; nothing found for: %1</source>
        <translation>Motsvarar bara en del av orden; hittades inte: %1</translation>
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
        <source>%1 (partial match)</source>
        <translation>%1 (delvis träff)</translation>
    </message>
    <message>
        <source>%1, sample entry</source>
        <translation>%1, exempeluppgift</translation>
    </message>
    <message>
        <source>Farther than the distance limit; listed because it works by phone or video.</source>
        <translation>Längre bort än största avståndet; med eftersom den fungerar per telefon eller video.</translation>
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
        <source>Pages of the settings</source>
        <translation>Inställningarnas sidor</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allmänt</translation>
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
    <message>
        <source>HyteDesk could not open its catalogue. Your saved data has not been changed. Restart HyteDesk; if this happens again, contact your support person and tell them the time it happened.</source>
        <translation>HyteDesk kunde inte öppna sin katalog. Dina sparade uppgifter har inte ändrats. Starta om HyteDesk; om detta händer igen, kontakta din stödperson och berätta när felet inträffade.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>Life situation</source>
        <translation>Livssituation</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Prioriterat område</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Staff service area</source>
        <translation>Personalens serviceområde</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Unmet need</source>
        <translation>Ouppfyllt behov</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Referrals per month</source>
        <translation>Hänvisningar per månad</translation>
    </message>
    <message>
        <source>Chart of the breakdown</source>
        <translation>Diagram över indelningen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Indelning:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>These are your own records, exact: not for publication. The CSV exports count whole months and show counts below 5 as &lt;5, so that no one can be recognised.</source>
        <translation>Detta är dina egna registreringar, exakta: inte för publicering. CSV-exporterna räknar hela månader och visar antal under fem som &lt;5, så att ingen kan kännas igen.</translation>
    </message>
    <message>
        <source>Export for &amp;Excel (CSV)…</source>
        <translation>Exportera för &amp;Excel (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;plain CSV…</source>
        <translation>Exportera &amp;vanlig CSV…</translation>
    </message>
    <message>
        <source>Referrals in the period: %1</source>
        <translation>Hänvisningar under perioden: %1</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Exportera statistik</translation>
    </message>
    <message>
        <source>referral-statistics</source>
        <translation>hanvisningsstatistik</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Statistics saved: %1</source>
        <translation>Statistiken sparad: %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Import offline bundle</source>
        <translation>Importera överföringspaket</translation>
    </message>
    <message>
        <source>Catalogue bundles (*.hyteoffline *.hytebundle);;All files (*)</source>
        <translation>Katalogpaket (*.hyteoffline *.hytebundle);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>Hämtar uppdateringen…</translation>
    </message>
    <message>
        <source>Taking the new catalogue into use…</source>
        <translation>Tar den nya katalogen i bruk…</translation>
    </message>
    <message>
        <source>Checking the offline bundle…</source>
        <translation>Kontrollerar överföringspaketet…</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Söker efter uppdateringar…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The catalogue was updated to version %1.</source>
        <translation>Tjänstekatalogen uppdaterades till version %1.</translation>
    </message>
    <message>
        <source>The catalogue is up to date (version %1).</source>
        <translation>Tjänstekatalogen är aktuell (version %1).</translation>
    </message>
    <message>
        <source>This bundle is not signed, and the settings do not allow unsigned catalogues. Use a signed offline bundle from your administrator. The current catalogue is still in use.</source>
        <translation>Det här paketet är inte signerat och inställningarna tillåter inte osignerade kataloger. Använd ett signerat överföringspaket från administratören. Den nuvarande tjänstekatalogen används fortfarande.</translation>
    </message>
    <message>
        <source>The current catalogue is still in use.</source>
        <translation>Den nuvarande tjänstekatalogen används fortfarande.</translation>
    </message>
    <message>
        <source>The update failed unexpectedly (%1). The current catalogue is still in use.</source>
        <translation>Uppdateringen misslyckades oväntat (%1). Den nuvarande tjänstekatalogen används fortfarande.</translation>
    </message>
    <message>
        <source>No update address is set on this computer, so it cannot check for updates over the network. Your administrator sets the address. Meanwhile you can bring a new catalogue on a USB stick with %1 › %2 The current catalogue is still in use.</source>
        <translation>Ingen uppdateringsadress är inställd på den här datorn, så uppdateringar kan inte hämtas via nätet. Administratören ställer in adressen. Under tiden kan du ta in en ny katalog med ett USB-minne: %1 › %2 Den nuvarande katalogen används fortfarande.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Uppdatera nu</translation>
    </message>
    <message>
        <source>Never verified: the information may be out of date</source>
        <translation>Aldrig verifierad – uppgifterna kan vara föråldrade</translation>
    </message>
    <message numerus="yes">
        <source>Not verified for %n days: the information may be out of date</source>
        <translation>
            <numerusform>Inte verifierad på %n dag – uppgifterna kan vara föråldrade</numerusform>
            <numerusform>Inte verifierad på %n dagar – uppgifterna kan vara föråldrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No signed update has confirmed this catalogue in the last %n days. Phone numbers and opening times may have changed. Sync now (F5) when you have a network, or import an offline bundle.</source>
        <translation>
            <numerusform>Ingen signerad uppdatering har verifierat katalogen under den senaste %n dagen. Telefonnummer och öppettider kan ha ändrats. Uppdatera (F5) när du har nätverk, eller importera ett överföringspaket.</numerusform>
            <numerusform>Ingen signerad uppdatering har verifierat katalogen under de senaste %n dagarna. Telefonnummer och öppettider kan ha ändrats. Uppdatera (F5) när du har nätverk, eller importera ett överföringspaket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified %1.</source>
        <translation>Senast verifierad %1.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Uppdatera &amp;nu</translation>
    </message>
    <message>
        <source>Check for a new signed catalogue and take it into use</source>
        <translation>Hämta en ny signerad katalog och ta den i bruk</translation>
    </message>
    <message>
        <source>&amp;Import offline bundle…</source>
        <translation>Importera över&amp;föringspaket…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>