<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DetailPresenter</name>
    <message>
        <source>Temporarily closed.</source>
        <translation>Temporarily closed.</translation>
    </message>
    <message>
        <source>Sample entry: invented for trying out the app. Do not refer clients to it.</source>
        <translation>Sample entry: invented for trying out the app. Do not refer clients to it.</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>Notice: %1</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>No description.</translation>
    </message>
    <message>
        <source>Priority area: %1</source>
        <translation>Priority area: %1</translation>
    </message>
    <message>
        <source>Life situations: %1</source>
        <translation>Life situations: %1</translation>
    </message>
    <message>
        <source>Not given.</source>
        <translation>Not given.</translation>
    </message>
    <message>
        <source>%1 km from %2 (straight line)</source>
        <translation>%1 km from %2 (straight line)</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Serves: %1</translation>
    </message>
    <message>
        <source>No fixed place given.</source>
        <translation>No fixed place given.</translation>
    </message>
    <message>
        <source>%1 %2, all day</source>
        <translation>%1 %2, all day</translation>
    </message>
    <message>
        <source>%1 %2, %3–%4</source>
        <translation>%1 %2, %3–%4</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 from %3</translation>
    </message>
    <message>
        <source>No regular sessions listed. Ask the organiser.</source>
        <translation>No regular sessions listed. Ask the organiser.</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>Ages %1–%2</translation>
    </message>
    <message>
        <source>Aged %1 or over</source>
        <translation>Aged %1 or over</translation>
    </message>
    <message>
        <source>Aged up to %1</source>
        <translation>Aged up to %1</translation>
    </message>
    <message>
        <source>A referral is needed.</source>
        <translation>A referral is needed.</translation>
    </message>
    <message>
        <source>Ask the organiser.</source>
        <translation>Ask the organiser.</translation>
    </message>
    <message>
        <source>Free of charge.</source>
        <translation>Free of charge.</translation>
    </message>
    <message>
        <source>Not given. Ask the organiser.</source>
        <translation>Not given. Ask the organiser.</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Not recorded.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Opens %1</translation>
    </message>
    <message>
        <source>Asks before opening the address.</source>
        <translation>Asks before opening the address.</translation>
    </message>
    <message>
        <source>(not opened: only https, phone and e-mail links open)</source>
        <translation>(not opened: only https, phone and e-mail links open)</translation>
    </message>
    <message>
        <source>No contact details given.</source>
        <translation>No contact details given.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>by video</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>Northern Sami</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>first %n services</source>
        <translation>
            <numerusform>first %n service</numerusform>
            <numerusform>first %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the address?</source>
        <translation>Open the address?</translation>
    </message>
    <message>
        <source>HyteDesk will open this address in another program:

%1

Open it?</source>
        <translation>HyteDesk will open this address in another program:

%1

Open it?</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>No place chosen</source>
        <translation>No place chosen</translation>
    </message>
    <message>
        <source>All priority areas</source>
        <translation>All priority areas</translation>
    </message>
    <message>
        <source>All life situations</source>
        <translation>All life situations</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>All providers</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Any way</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Sample data: this catalogue contains invented services for trying out HyteDesk. Do not refer clients to them.</source>
        <translation>Sample data: this catalogue contains invented services for trying out HyteDesk. Do not refer clients to them.</translation>
    </message>
    <message>
        <source>Catalogue version %1</source>
        <translation>Catalogue version %1</translation>
    </message>
    <message>
        <source>updated today</source>
        <translation>updated today</translation>
    </message>
    <message>
        <source>updated yesterday</source>
        <translation>updated yesterday</translation>
    </message>
    <message numerus="yes">
        <source>updated %n days ago</source>
        <translation>
            <numerusform>updated %n day ago</numerusform>
            <numerusform>updated %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>verified %1</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>sample data</translation>
    </message>
    <message>
        <source>About HyteDesk</source>
        <translation>About HyteDesk</translation>
    </message>
    <message>
        <source>HyteDesk helps find well-being and health-promotion services for clients, also with no network connection.</source>
        <translation>HyteDesk helps find well-being and health-promotion services for clients, also with no network connection.</translation>
    </message>
    <message>
        <source>Sample data notice</source>
        <translation>Sample data notice</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>Type words; results update as you type. Press Enter or Down to move to the results.</source>
        <translation>Type words; results update as you type. Press Enter or Down to move to the results.</translation>
    </message>
    <message>
        <source>Need, service or place, e.g. loneliness, gym, Kuhmo</source>
        <translation>Need, service or place, e.g. loneliness, gym, Kuhmo</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>&amp;Distance from:</source>
        <translation>&amp;Distance from:</translation>
    </message>
    <message>
        <source>Place to measure distance from</source>
        <translation>Place to measure distance from</translation>
    </message>
    <message>
        <source>Largest distance (&amp;km):</source>
        <translation>Largest distance (&amp;km):</translation>
    </message>
    <message>
        <source>Largest distance in kilometres</source>
        <translation>Largest distance in kilometres</translation>
    </message>
    <message>
        <source>&amp;Priority area:</source>
        <translation>&amp;Priority area:</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Priority area</translation>
    </message>
    <message>
        <source>Life si&amp;tuation:</source>
        <translation>Life si&amp;tuation:</translation>
    </message>
    <message>
        <source>Life situation</source>
        <translation>Life situation</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>Target &amp;group:</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>P&amp;rovider:</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Provider type</translation>
    </message>
    <message>
        <source>Ho&amp;w to take part:</source>
        <translation>Ho&amp;w to take part:</translation>
    </message>
    <message>
        <source>How to take part</source>
        <translation>How to take part</translation>
    </message>
    <message>
        <source>Service lang&amp;uage:</source>
        <translation>Service lang&amp;uage:</translation>
    </message>
    <message>
        <source>Language the service is offered in</source>
        <translation>Language the service is offered in</translation>
    </message>
    <message>
        <source>Free of charge &amp;only</source>
        <translation>Free of charge &amp;only</translation>
    </message>
    <message>
        <source>Free of charge only</source>
        <translation>Free of charge only</translation>
    </message>
    <message>
        <source>Hide temporarily &amp;closed</source>
        <translation>Hide temporarily &amp;closed</translation>
    </message>
    <message>
        <source>Hide temporarily closed services</source>
        <translation>Hide temporarily closed services</translation>
    </message>
    <message>
        <source>Clear filt&amp;ers</source>
        <translation>Clear filt&amp;ers</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Service details</translation>
    </message>
    <message>
        <source>Choose a service from the results to see what it is, where and when it meets, and how to get in touch.</source>
        <translation>Choose a service from the results to see what it is, where and when it meets, and how to get in touch.</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Service name</translation>
    </message>
    <message>
        <source>Service status</source>
        <translation>Service status</translation>
    </message>
    <message>
        <source>Notice from the provider</source>
        <translation>Notice from the provider</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who organises it</source>
        <translation>Who organises it</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>When: the next sessions</source>
        <translation>When: the next sessions</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Information last checked</source>
        <translation>Information last checked</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find a service</source>
        <translation>&amp;Find a service</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;About HyteDesk</source>
        <translation>&amp;About HyteDesk</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <source>%1 (temporarily closed)</source>
        <translation>%1 (temporarily closed)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>fee</translation>
    </message>
    <message>
        <source>%1, sample entry</source>
        <translation>%1, sample entry</translation>
    </message>
    <message>
        <source>Sample entry: invented for trying out the app.</source>
        <translation>Sample entry: invented for trying out the app.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>No place chosen</source>
        <translation>No place chosen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language of the app:</source>
        <translation>&amp;Language of the app:</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Language of the app</translation>
    </message>
    <message>
        <source>&amp;Measure distances from:</source>
        <translation>&amp;Measure distances from:</translation>
    </message>
    <message>
        <source>Default place to measure distances from</source>
        <translation>Default place to measure distances from</translation>
    </message>
    <message>
        <source>&amp;Default largest distance:</source>
        <translation>&amp;Default largest distance:</translation>
    </message>
    <message>
        <source>Default largest distance in kilometres</source>
        <translation>Default largest distance in kilometres</translation>
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
        <translation>Something went wrong, but your saved data is safe. If this happens again, restart HyteDesk. Details are in the log file.</translation>
    </message>
</context>
</TS>
