<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
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
        <source>Temporarily closed: no sessions now. Ask the organiser when it opens again.</source>
        <translation>Temporarily closed: no sessions now. Ask the organiser when it opens again.</translation>
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
        <source>%1: over a year ago, check the details before referring</source>
        <translation>%1: over a year ago, check the details before referring</translation>
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
    <name>FollowUpsPage</name>
    <message>
        <source>Reached the service</source>
        <translation>Reached the service</translation>
    </message>
    <message>
        <source>Tried but did not get in</source>
        <translation>Tried but did not get in</translation>
    </message>
    <message>
        <source>Did not try</source>
        <translation>Did not try</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Too far</source>
        <translation>Too far</translation>
    </message>
    <message>
        <source>No transport</source>
        <translation>No transport</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Referrals to follow up</source>
        <translation>Referrals to follow up</translation>
    </message>
    <message>
        <source>Referrals whose follow-up date has come, oldest first, and every saved referral, newest first. Ask the client at the next visit whether it worked, select the referral and record the outcome.</source>
        <translation>Referrals whose follow-up date has come, oldest first, and every saved referral, newest first. Ask the client at the next visit whether it worked, select the referral and record the outcome.</translation>
    </message>
    <message>
        <source>Due for follow-up</source>
        <translation>Due for follow-up</translation>
    </message>
    <message>
        <source>Saved referrals</source>
        <translation>Saved referrals</translation>
    </message>
    <message>
        <source>&amp;Show also those with an outcome</source>
        <translation>Show &amp;also those with an outcome</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>Chosen services</source>
        <translation>Chosen services</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Referrals due for follow-up</source>
        <translation>Referrals due for follow-up</translation>
    </message>
    <message>
        <source>Saved referrals, newest first</source>
        <translation>Saved referrals, newest first</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation>&amp;Why not:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Record the outcome</source>
        <translation>&amp;Record the outcome</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>%1 referrals to follow up</source>
        <translation>%1 referrals to follow up</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>No follow-ups due.</translation>
    </message>
    <message>
        <source>No referral selected.</source>
        <translation>No referral selected.</translation>
    </message>
    <message>
        <source>Selected: referral of %1 (follow-up %2: %3)</source>
        <translation>Selected: referral of %1 (follow-up %2: %3)</translation>
    </message>
    <message>
        <source>Select a referral in one of the lists first.</source>
        <translation>Select a referral in one of the lists first.</translation>
    </message>
    <message>
        <source>Choose the outcome first.</source>
        <translation>Choose the outcome first.</translation>
    </message>
    <message>
        <source>Outcome recorded for the referral of %1: %2.</source>
        <translation>Outcome recorded for the referral of %1: %2.</translation>
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
    <name>LocalServicesPage</name>
    <message>
        <source>Local services</source>
        <translation>Local services</translation>
    </message>
    <message>
        <source>Your local services</source>
        <translation>Your local services</translation>
    </message>
    <message>
        <source>The local service's details</source>
        <translation>The local service's details</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Opens at</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Closes at</translation>
    </message>
    <message>
        <source>Your own entries for services no register lists, such as a village coffee morning or your remote groups. They stay on this computer through every catalogue update and show up in search and suggestions marked as local.</source>
        <translation>Your own entries for services no register lists, such as a village coffee morning or your remote groups. They stay on this computer through every catalogue update and show up in search and suggestions marked as local.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;What it is:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>M&amp;unicipality:</translation>
    </message>
    <message>
        <source>Village or p&amp;lace:</source>
        <translation>&amp;Village or place:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>V&amp;enue:</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>S&amp;treet address:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>Postal &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>We&amp;b address:</translation>
    </message>
    <message>
        <source>How to take part:</source>
        <translation>How to take part:</translation>
    </message>
    <message>
        <source>Si&amp;tuations:</source>
        <translation>S&amp;ituations:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <source>Meets every wee&amp;k on:</source>
        <translation>Meets every wee&amp;k on:</translation>
    </message>
    <message>
        <source>Time of da&amp;y (hh:mm):</source>
        <translation>Time of da&amp;y (hh:mm):</translation>
    </message>
    <message>
        <source>&amp;Curator:</source>
        <translation>Cu&amp;rator:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>E&amp;xpires:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Choose the municipality</source>
        <translation>Choose the municipality</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>&amp;New local service</source>
        <translation>&amp;New local service</translation>
    </message>
    <message>
        <source>E&amp;xport as HSDS JSON…</source>
        <translation>Export as HSDS &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expired)</translation>
    </message>
    <message>
        <source>Local service saved.</source>
        <translation>Local service saved.</translation>
    </message>
    <message>
        <source>Select a local service in the list first.</source>
        <translation>Select a local service in the list first.</translation>
    </message>
    <message>
        <source>Delete the local service?</source>
        <translation>Delete the local service?</translation>
    </message>
    <message>
        <source>Delete “%1” from your local services? It no longer shows in search or suggestions.</source>
        <translation>Delete “%1” from your local services? It no longer shows in search or suggestions.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nothing was deleted.</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>“%1” deleted.</translation>
    </message>
    <message>
        <source>The local service is back.</source>
        <translation>The local service is back.</translation>
    </message>
    <message>
        <source>Export local services</source>
        <translation>Export local services</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>%1 local services exported to %2</source>
        <translation>%1 local services exported to %2</translation>
    </message>
</context>
<context>
    <name>LogFolder</name>
    <message>
        <source>No log file could be written in the folder %1.</source>
        <translation>No log file could be written in the folder %1.</translation>
    </message>
    <message>
        <source>The log files are in the folder %1.</source>
        <translation>The log files are in the folder %1.</translation>
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
        <source>did you mean: %1?</source>
        <translation>did you mean: %1?</translation>
    </message>
    <message>
        <source>partial matches; nothing found for: %1</source>
        <translation>partial matches; nothing found for: %1</translation>
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
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
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
        <source>The log folder could not be opened.</source>
        <translation>The log folder could not be opened.</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>Show Size</source>
        <translation>Show Size</translation>
    </message>
    <message>
        <source>Show Type</source>
        <translation>Show Type</translation>
    </message>
    <message>
        <source>Show Date Modified</source>
        <translation>Show Date Modified</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <source>The catalogue's checklist has no items. You can still add services from the search on the next step.</source>
        <translation>The catalogue's checklist has no items. You can still add services from the search on the next step.</translation>
    </message>
    <message>
        <source>Who are the services for? Nothing here identifies the client: no name, personal identity code, address or phone is asked or stored.</source>
        <translation>Who are the services for? Nothing here identifies the client: no name, personal identity code, address or phone is asked or stored.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Largest travel distance</source>
        <translation>Largest travel distance</translation>
    </message>
    <message>
        <source>Situations of the client</source>
        <translation>Situations of the client</translation>
    </message>
    <message>
        <source>Suggested services</source>
        <translation>Suggested services</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Unmet needs</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Handout preview</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Village or place:</source>
        <translation>&amp;Village or place:</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>&amp;Age band:</translation>
    </message>
    <message>
        <source>Can take part:</source>
        <translation>Can take part:</translation>
    </message>
    <message>
        <source>Client's &amp;language:</source>
        <translation>&amp;Client's language:</translation>
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
        <translation>75 or over</translation>
    </message>
    <message>
        <source>In &amp;person, travelling up to</source>
        <translation>In &amp;person, travelling up to</translation>
    </message>
    <message>
        <source>By ph&amp;one</source>
        <translation>By ph&amp;one</translation>
    </message>
    <message>
        <source>By vi&amp;deo</source>
        <translation>By vi&amp;deo</translation>
    </message>
    <message>
        <source>&amp;Home visits</source>
        <translation>Hom&amp;e visits</translation>
    </message>
    <message>
        <source>Safety first: crisis and victim-support contacts will be shown at the top. If anyone's life or health is in danger now, call 112.</source>
        <translation>Safety first: crisis and victim-support contacts will be shown at the top. If anyone's life or health is in danger now, call 112.</translation>
    </message>
    <message>
        <source>Safety first: the crisis and victim-support contacts are at the top of the list, ticked for the handout (untick any you do not want to give). If anyone's life or health is in danger now, call 112.</source>
        <translation>Safety first: the crisis and victim-support contacts are at the top of the list, ticked for the handout (untick any you do not want to give). If anyone's life or health is in danger now, call 112.</translation>
    </message>
    <message>
        <source>Tick the services to give the client (1–3 is usually enough). Each shows why it was suggested.</source>
        <translation>Tick the services to give the client (1–3 is usually enough). Each shows why it was suggested.</translation>
    </message>
    <message>
        <source>&amp;Add the service selected in Search</source>
        <translation>&amp;Add the service selected in Search</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>Remove from &amp;the list</translation>
    </message>
    <message>
        <source>Unmet need</source>
        <translation>Unmet need</translation>
    </message>
    <message>
        <source>Nothing suitable was found within the client's reach for these situations. Ticked ones are recorded as unmet needs for the region's report.</source>
        <translation>Nothing suitable was found within the client's reach for these situations. Ticked ones are recorded as unmet needs for the region's report.</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>Large &amp;type</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage:</source>
        <translation>Handout lan&amp;guage:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Save the referral</source>
        <translation>S&amp;ave the referral</translation>
    </message>
    <message>
        <source>New re&amp;ferral</source>
        <translation>New &amp;referral</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situations</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Handout and record</source>
        <translation>Handout and record</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Tick at least one situation, or go on and add services from the search.</source>
        <translation>Tick at least one situation, or go on and add services from the search.</translation>
    </message>
    <message>
        <source>Finding services…</source>
        <translation>Finding services…</translation>
    </message>
    <message>
        <source>%1 services suggested</source>
        <translation>%1 services suggested</translation>
    </message>
    <message>
        <source>No suitable services found within reach.</source>
        <translation>No suitable services found within reach.</translation>
    </message>
    <message>
        <source>[local entry]</source>
        <translation>[local entry]</translation>
    </message>
    <message>
        <source>Select a service on the Search page first, then come back and add it.</source>
        <translation>Select a service on the Search page first, then come back and add it.</translation>
    </message>
    <message>
        <source>That service is no longer in the catalogue.</source>
        <translation>That service is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>Added from the search</source>
        <translation>Added from the search</translation>
    </message>
    <message>
        <source>Preparing the handout…</source>
        <translation>Preparing the handout…</translation>
    </message>
    <message>
        <source>Handout with %1 services</source>
        <translation>Handout with %1 services</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Save the handout as PDF</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>handout</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: no file was chosen.</source>
        <translation>Not saved: no file was chosen.</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
    <message>
        <source>Handout saved: %1</source>
        <translation>Handout saved: %1</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Print the handout</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was printed.</source>
        <translation>Printing cancelled; nothing was printed.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>The handout was sent to the printer.</source>
        <translation>The handout was sent to the printer.</translation>
    </message>
    <message>
        <source>This referral is already saved. Start a new one with New referral.</source>
        <translation>This referral is already saved. Start a new one with New referral.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Referral saved. Follow-up on %1.</source>
        <translation>Referral saved. Follow-up on %1.</translation>
    </message>
</context>
<context>
    <name>ReferralPages</name>
    <message>
        <source>local entry</source>
        <translation>local entry</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>New &amp;referral</source>
        <translation>New &amp;referral</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistics</translation>
    </message>
    <message>
        <source>Local services</source>
        <translation>Local services</translation>
    </message>
    <message>
        <source>&amp;Local services</source>
        <translation>&amp;Local services</translation>
    </message>
</context>
<context>
    <name>ReferralSettingsPage</name>
    <message>
        <source>The unit's name and phone are printed on every handout. The other values are the defaults of a new referral.</source>
        <translation>The unit's name and phone are printed on every handout. The other values are the defaults of a new referral.</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Home care</translation>
    </message>
    <message>
        <source>Day activities</source>
        <translation>Day activities</translation>
    </message>
    <message>
        <source>Health services</source>
        <translation>Health services</translation>
    </message>
    <message>
        <source>Social and family services</source>
        <translation>Social and family services</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Unit &amp;name:</source>
        <translation>Unit &amp;name:</translation>
    </message>
    <message>
        <source>Unit &amp;phone:</source>
        <translation>Unit &amp;phone:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Staff service area:</source>
        <translation>&amp;Staff service area:</translation>
    </message>
    <message>
        <source>Default m&amp;unicipality:</source>
        <translation>Default m&amp;unicipality:</translation>
    </message>
    <message>
        <source>&amp;Follow-up after:</source>
        <translation>&amp;Follow-up after:</translation>
    </message>
    <message>
        <source>Default &amp;travel distance:</source>
        <translation>Default &amp;travel distance:</translation>
    </message>
    <message>
        <source>Default &amp;handout language:</source>
        <translation>Default &amp;handout language:</translation>
    </message>
    <message>
        <source>&amp;Referrals and handout</source>
        <translation>&amp;Referrals and handout</translation>
    </message>
</context>
<context>
    <name>RegionActions</name>
    <message>
        <source>the service has ended or closed</source>
        <translation>the service has ended or closed</translation>
    </message>
    <message>
        <source>wrong phone number</source>
        <translation>wrong phone number</translation>
    </message>
    <message>
        <source>wrong address or place</source>
        <translation>wrong address or place</translation>
    </message>
    <message>
        <source>wrong times</source>
        <translation>wrong times</translation>
    </message>
    <message>
        <source>something else is wrong</source>
        <translation>something else is wrong</translation>
    </message>
    <message>
        <source>Report a wrong entry</source>
        <translation>Report a wrong entry</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>&amp;What is wrong:</source>
        <translation>&amp;What is wrong:</translation>
    </message>
    <message>
        <source>Note about the service</source>
        <translation>Note about the service</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (optional):</translation>
    </message>
    <message>
        <source>Write only about the service, never about a client: no names, no health details. The note goes to the welfare region.</source>
        <translation>Write only about the service, never about a client: no names, no health details. The note goes to the welfare region.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Send report</translation>
    </message>
    <message>
        <source>E&amp;xport report package…</source>
        <translation>E&amp;xport report package…</translation>
    </message>
    <message>
        <source>Report a wrong entry…</source>
        <translation>Report a wrong entry…</translation>
    </message>
    <message>
        <source>Report this entry as wrong</source>
        <translation>Report this entry as wrong</translation>
    </message>
    <message>
        <source>You reported this entry as wrong on %1: %2. It stays in your list until the catalogue changes it.</source>
        <translation>You reported this entry as wrong on %1: %2. It stays in your list until the catalogue changes it.</translation>
    </message>
    <message>
        <source>Report saved: it goes to the welfare region with the next report package.</source>
        <translation>Report saved: it goes to the welfare region with the next report package.</translation>
    </message>
    <message>
        <source>Export report package to a folder (a USB stick)</source>
        <translation>Export report package to a folder (a USB stick)</translation>
    </message>
    <message>
        <source>%1 report packages exported to %2. Take the stick to the welfare region's coordinator.</source>
        <translation>%1 report packages exported to %2. Take the stick to the welfare region's coordinator.</translation>
    </message>
    <message>
        <source>Export report package</source>
        <translation>Export report package</translation>
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
        <source>%1 (in Finnish)</source>
        <translation>%1 (in Finnish)</translation>
    </message>
    <message>
        <source>%1 (in Swedish)</source>
        <translation>%1 (in Swedish)</translation>
    </message>
    <message>
        <source>%1 (in English)</source>
        <translation>%1 (in English)</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <source>remote: %1</source>
        <translation>remote: %1</translation>
    </message>
    <message>
        <source>%1 (temporarily closed)</source>
        <translation>%1 (temporarily closed)</translation>
    </message>
    <message>
        <source>Matches only some of the words; nothing found for: %1</source>
        <translation>Matches only some of the words; nothing found for: %1</translation>
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
        <source>%1 (partial match)</source>
        <translation>%1 (partial match)</translation>
    </message>
    <message>
        <source>%1, sample entry</source>
        <translation>%1, sample entry</translation>
    </message>
    <message>
        <source>Farther than the distance limit; listed because it works by phone or video.</source>
        <translation>Farther than the distance limit; listed because it works by phone or video.</translation>
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
        <source>Pages of the settings</source>
        <translation>Pages of the settings</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
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
    <message>
        <source>HyteDesk could not open its catalogue. Your saved data has not been changed. Restart HyteDesk; if this happens again, contact your support person and tell them the time it happened.</source>
        <translation>HyteDesk could not open its catalogue. Your saved data has not been changed. Restart HyteDesk; if this happens again, contact your support person and tell them the time it happened.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>Life situation</source>
        <translation>Life situation</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>Priority area</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Staff service area</source>
        <translation>Staff service area</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Unmet need</source>
        <translation>Unmet need</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Referrals per month</source>
        <translation>Referrals per month</translation>
    </message>
    <message>
        <source>Chart of the breakdown</source>
        <translation>Chart of the breakdown</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Breakdown:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>These are your own records, exact: not for publication. The CSV exports count whole months and show counts below 5 as &lt;5, so that no one can be recognised.</source>
        <translation>These are your own records, exact: not for publication. The CSV exports count whole months and show counts below 5 as &lt;5, so that no one can be recognised.</translation>
    </message>
    <message>
        <source>Export for &amp;Excel (CSV)…</source>
        <translation>Export for &amp;Excel (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;plain CSV…</source>
        <translation>Export &amp;plain CSV…</translation>
    </message>
    <message>
        <source>Referrals in the period: %1</source>
        <translation>Referrals in the period: %1</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <source>referral-statistics</source>
        <translation>referral-statistics</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Statistics saved: %1</source>
        <translation>Statistics saved: %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Import offline bundle</source>
        <translation>Import offline bundle</translation>
    </message>
    <message>
        <source>Catalogue bundles (*.hyteoffline *.hytebundle);;All files (*)</source>
        <translation>Catalogue bundles (*.hyteoffline *.hytebundle);;All files (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Downloading the update…</source>
        <translation>Downloading the update…</translation>
    </message>
    <message>
        <source>Taking the new catalogue into use…</source>
        <translation>Taking the new catalogue into use…</translation>
    </message>
    <message>
        <source>Checking the offline bundle…</source>
        <translation>Checking the offline bundle…</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Checking for updates…</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The catalogue was updated to version %1.</source>
        <translation>The catalogue was updated to version %1.</translation>
    </message>
    <message>
        <source>The catalogue is up to date (version %1).</source>
        <translation>The catalogue is up to date (version %1).</translation>
    </message>
    <message>
        <source>This bundle is not signed, and the settings do not allow unsigned catalogues. Use a signed offline bundle from your administrator. The current catalogue is still in use.</source>
        <translation>This bundle is not signed, and the settings do not allow unsigned catalogues. Use a signed offline bundle from your administrator. The current catalogue is still in use.</translation>
    </message>
    <message>
        <source>The current catalogue is still in use.</source>
        <translation>The current catalogue is still in use.</translation>
    </message>
    <message>
        <source>The update failed unexpectedly (%1). The current catalogue is still in use.</source>
        <translation>The update failed unexpectedly (%1). The current catalogue is still in use.</translation>
    </message>
    <message>
        <source>No update address is set on this computer, so it cannot check for updates over the network. Your administrator sets the address. Meanwhile you can bring a new catalogue on a USB stick with %1 › %2 The current catalogue is still in use.</source>
        <translation>No update address is set on this computer, so it cannot check for updates over the network. Your administrator sets the address. Meanwhile you can bring a new catalogue on a USB stick with %1 › %2 The current catalogue is still in use.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Never verified: the information may be out of date</source>
        <translation>Never verified: the information may be out of date</translation>
    </message>
    <message numerus="yes">
        <source>Not verified for %n days: the information may be out of date</source>
        <translation>
            <numerusform>Not verified for %n day: the information may be out of date</numerusform>
            <numerusform>Not verified for %n days: the information may be out of date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No signed update has confirmed this catalogue in the last %n days. Phone numbers and opening times may have changed. Sync now (F5) when you have a network, or import an offline bundle.</source>
        <translation>
            <numerusform>No signed update has confirmed this catalogue in the last %n day. Phone numbers and opening times may have changed. Sync now (F5) when you have a network, or import an offline bundle.</numerusform>
            <numerusform>No signed update has confirmed this catalogue in the last %n days. Phone numbers and opening times may have changed. Sync now (F5) when you have a network, or import an offline bundle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified %1.</source>
        <translation>Last verified %1.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Check for a new signed catalogue and take it into use</source>
        <translation>Check for a new signed catalogue and take it into use</translation>
    </message>
    <message>
        <source>&amp;Import offline bundle…</source>
        <translation>&amp;Import offline bundle…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>