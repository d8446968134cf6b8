"""Messages of the publisher (``hytedesk-admin init-repo/publish/...``)."""

from __future__ import annotations

from hytedesk.base import i18n

i18n.register(
    {
        "publish.keys_missing": {
            "fi": "Roolin {role} allekirjoitusavaimia löytyi {found}, tarvitaan {threshold}: "
            "kansiossa {key_dir} pitää olla {files}. Avaimen vaihdon (rotate-key) jälkeen "
            "kopioi uusi avaintiedosto julkaisukoneen avainkansiosta (juuriavaimet "
            "säilytetään erillään verkosta) ja yritä uudelleen. Julkaistua luetteloa ei "
            "muutettu.",
            "sv": "Hittade {found} signeringsnycklar för rollen {role}, {threshold} behövs: "
            "mappen {key_dir} ska innehålla {files}. Efter ett nyckelbyte (rotate-key) "
            "kopierar du den nya nyckelfilen från publiceringsdatorns nyckelmapp (rotnycklarna "
            "förvaras offline) och försöker igen. Den publicerade katalogen ändrades inte.",
            "en": "Found {found} signing key(s) for the {role} role, {threshold} needed: "
            "{key_dir} must hold {files}. After a key rotation (rotate-key) copy the new key "
            "file from the publishing machine's key folder (root keys are kept offline) and "
            "try again. The published catalogue was not changed.",
        },
        "publish.repo_exists": {
            "fi": "Kansiossa {path} on jo julkaisukansio. Valitse toinen kansio.",
            "sv": "Mappen {path} innehåller redan ett publiceringsförråd. Välj en annan mapp.",
            "en": "{path} already holds a repository. Choose another folder.",
        },
        "publish.not_repo": {
            "fi": "{path} ei ole julkaisukansio (puuttuu metadata/). Luo se komennolla "
            "hytedesk-admin init-repo.",
            "sv": "{path} är inget publiceringsförråd (metadata/ saknas). Skapa det med "
            "hytedesk-admin init-repo.",
            "en": "{path} is not a repository (no metadata/). Create one with "
            "hytedesk-admin init-repo.",
        },
        "publish.keys_inside_repo": {
            "fi": "Avainkansio {key_dir} ei saa olla julkaistavan kansion sisällä.",
            "sv": "Nyckelmappen {key_dir} får inte ligga i mappen som publiceras.",
            "en": "The key folder {key_dir} must not lie inside the published folder.",
        },
        "publish.bad_threshold": {
            "fi": "Juuriavainten kynnys {threshold} ei sovi avainmäärään {count}.",
            "sv": "Tröskeln {threshold} för rotnycklar passar inte antalet nycklar {count}.",
            "en": "Root threshold {threshold} does not fit {count} root key(s).",
        },
        "publish.not_full": {
            "fi": "{path} on muutospaketti; julkaise täysi paketti (muutokset lasketaan "
            "julkaistaessa).",
            "sv": "{path} är ett ändringspaket; publicera ett fullständigt paket (ändringarna "
            "räknas ut vid publiceringen).",
            "en": "{path} is a delta bundle; publish a full bundle (deltas are computed when "
            "publishing).",
        },
        "publish.other_catalogue": {
            "fi": "Kansioon julkaistaan luetteloa {published}, paketti on luettelosta "
            "{catalogue}. Käytä toista julkaisukansiota.",
            "sv": "Förrådet publicerar katalogen {published}, paketet gäller {catalogue}. "
            "Använd ett annat förråd.",
            "en": "The repository publishes catalogue {published}; the bundle is of "
            "{catalogue}. Use another repository.",
        },
        "publish.older_version": {
            "fi": "Paketin versio {version} ei ole uudempi kuin julkaistu versio {published}. "
            "Vanhempaa versiota ei julkaista; rakenna uusi versio.",
            "sv": "Paketets version {version} är inte nyare än den publicerade versionen "
            "{published}. En äldre version publiceras inte; bygg en ny version.",
            "en": "The bundle's version {version} is not newer than the published version "
            "{published}. An older version is not published; build a new version.",
        },
        "publish.unchanged": {
            "fi": "Sisältö on sama kuin julkaistussa versiossa {published}; uutta versiota ei "
            "tehty.",
            "sv": "Innehållet är detsamma som i den publicerade versionen {published}; ingen "
            "ny version gjordes.",
            "en": "The content is the same as the published version {published}; no new "
            "version was made.",
        },
        "publish.nothing_published": {
            "fi": "Kansiossa ei ole vielä julkaistua luetteloa. Julkaise ensin komennolla "
            "hytedesk-admin publish.",
            "sv": "Förrådet har ännu ingen publicerad katalog. Publicera först med "
            "hytedesk-admin publish.",
            "en": "The repository has no published catalogue yet. Publish one first with "
            "hytedesk-admin publish.",
        },
        "publish.bad_role": {
            "fi": "Tuntematon rooli {role}; vaihtoehdot: root, targets, snapshot, timestamp.",
            "sv": "Okänd roll {role}; alternativ: root, targets, snapshot, timestamp.",
            "en": "Unknown role {role}; choose root, targets, snapshot or timestamp.",
        },
        "publish.bad_bundle": {
            "fi": "Pakettia {path} ei voi julkaista: {detail}",
            "sv": "Paketet {path} kan inte publiceras: {detail}",
            "en": "The bundle {path} cannot be published: {detail}",
        },
    }
)
