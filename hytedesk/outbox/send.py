"""Sending upload packages: HTTP PUT to the region's upload folder, or a folder on a stick.

Over the network each pending package is PUT to ``<upload.url>/<package_id>.age`` (any
WebDAV-capable server, or an object-store folder whose write token is the address's
query string, kept after the name). Redirects are not followed. Packages are a few KB,
so a failed one is retried whole at the next run. A package is marked sent only after
the server answered 200, 201 or 204; anything else (a 500, a full disk's 507, a timeout,
a cut connection) leaves it pending with its error, and nothing is lost. The run has an
overall deadline like sync, so a weak link cannot hold it forever. By hand, ``export``
writes the pending packages to a folder (a USB stick) and marks them sent.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from hytedesk.base import i18n
from hytedesk.base.files import write_atomic
from hytedesk.bundle.upload import SUFFIX
from hytedesk.local.localdb import LocalDB
from hytedesk.outbox.prepare import mark_failed, mark_sent, pending

DEFAULT_DEADLINE = 120.0
SOCKET_TIMEOUT = 20.0
OK_STATUS = (200, 201, 204)

i18n.register(
    {
        "outbox.no_url": {
            "fi": "Raportointipaketeille ei ole lähetysosoitetta (asetus upload.url, jonka "
            "ylläpitäjä asettaa). Vie paketit muistitikulle: Tiedosto › Vie "
            "raportointipaketti… tai hytedesk outbox export KANSIO.",
            "sv": "Det finns ingen adress för rapportpaketen (inställningen upload.url, som "
            "administratören anger). Exportera paketen till ett USB-minne: Arkiv › Exportera "
            "rapportpaket… eller hytedesk outbox export MAPP.",
            "en": "There is no upload address for report packages (setting upload.url, set by "
            "the administrator). Export the packages to a USB stick: File › Export report "
            "package… or hytedesk outbox export FOLDER.",
        },
        "outbox.bad_url": {
            "fi": "Lähetysosoite {url} ei kelpaa: käytä https-osoitetta.",
            "sv": "Uppladdningsadressen {url} duger inte: använd en https-adress.",
            "en": "The upload address {url} is not valid: use an https address.",
        },
        "outbox.http_error": {
            "fi": "palvelin vastasi {status}",
            "sv": "servern svarade {status}",
            "en": "the server answered {status}",
        },
        "outbox.server_full": {
            "fi": "palvelimen levy on täynnä (507)",
            "sv": "serverns disk är full (507)",
            "en": "the server's disk is full (507)",
        },
        "outbox.unreachable": {
            "fi": "palvelimeen ei saatu yhteyttä ({detail})",
            "sv": "servern kunde inte nås ({detail})",
            "en": "the server could not be reached ({detail})",
        },
        "outbox.deadline": {
            "fi": "lähetys keskeytettiin aikarajan ({seconds} s) vuoksi",
            "sv": "sändningen avbröts av tidsgränsen ({seconds} s)",
            "en": "sending was stopped by its deadline ({seconds} s)",
        },
        "outbox.export_failed": {
            "fi": "Paketteja ei voitu kirjoittaa kansioon {path}: {detail}. Paketit odottavat "
            "yhä lähtevissä; valitse toinen kansio.",
            "sv": "Paketen kunde inte skrivas till mappen {path}: {detail}. Paketen väntar "
            "fortfarande i utkorgen; välj en annan mapp.",
            "en": "The packages could not be written to {path}: {detail}. They are still "
            "waiting in the outbox; choose another folder.",
        },
        "outbox.sent": {
            "fi": "Lähetetty {sent} pakettia, odottamassa {left}.",
            "sv": "Skickade {sent} paket, {left} väntar.",
            "en": "Sent {sent} packages, {left} waiting.",
        },
        "outbox.failed": {
            "fi": "Lähetetty {sent} pakettia; {left} jäi odottamaan ja lähetetään "
            "myöhemmin: {error}.",
            "sv": "Skickade {sent} paket; {left} väntar och skickas senare: {error}.",
            "en": "Sent {sent} packages; {left} are waiting and will be sent later: {error}.",
        },
        "outbox.exported": {
            "fi": "Viety {count} pakettia kansioon {path}.",
            "sv": "Exporterade {count} paket till mappen {path}.",
            "en": "Exported {count} packages to {path}.",
        },
    }
)


@dataclass(frozen=True)
class SendResult:
    sent: int
    left: int
    error: str | None = None

    def message(self) -> str:
        if self.error:
            return i18n.text("outbox.failed", sent=self.sent, left=self.left, error=self.error)
        return i18n.text("outbox.sent", sent=self.sent, left=self.left)


def upload_base(url: str) -> str:
    """The upload folder's URL, checked: https, or plain http to this machine only (tests,
    development) — the host parsed, not matched as a prefix."""
    parts = urllib.parse.urlsplit(url.strip())
    host = parts.hostname or ""
    if parts.username is None and parts.password is None and (
            (parts.scheme == "https" and host)
            or (parts.scheme == "http" and host in ("localhost", "127.0.0.1", "::1"))):
        return urllib.parse.urlunsplit(parts._replace(path=parts.path.rstrip("/") + "/",
                                                      fragment=""))
    raise i18n.UserError("outbox.bad_url", url=url)


def package_url(base: str, name: str) -> str:
    """The address of one package in the upload folder ``base``: the name goes at the end
    of the path, and a query string (a storage service's access token) is kept after it."""
    parts = urllib.parse.urlsplit(base)
    return urllib.parse.urlunsplit(parts._replace(
        path=parts.path.rstrip("/") + "/" + urllib.parse.quote(name), fragment=""))


def send(local: LocalDB, *, url: str | None = None,
         deadline: float = DEFAULT_DEADLINE) -> SendResult:
    """PUTs every pending package; marks each sent only on the server's success."""
    url = url or local.get("upload.url")
    if not url:
        raise i18n.UserError("outbox.no_url")
    base = upload_base(url)
    todo = pending(local)
    sent, error = 0, None
    stop = time.monotonic() + deadline
    for package in todo:
        left = stop - time.monotonic()
        if left <= 0:
            error = i18n.text("outbox.deadline", seconds=int(deadline))
            break
        target = package_url(base, package.uuid + SUFFIX)
        request = urllib.request.Request(
            target, data=package.payload, method="PUT",
            headers={"Content-Type": "application/octet-stream",
                     "Content-Length": str(len(package.payload))})
        try:
            with urllib.request.urlopen(request, timeout=min(SOCKET_TIMEOUT, left)) as reply:
                status = reply.status
                reply.read(64 * 1024)
        except urllib.error.HTTPError as exc:
            status = exc.code
        except OSError as exc:  # URLError, timeouts, a cut connection
            reason = getattr(exc, "reason", exc)
            error = i18n.text("outbox.unreachable", detail=str(reason)[:120])
            mark_failed(local, package.uuid, error)
            break  # the link is down: the rest waits for the next run
        if status in OK_STATUS:
            mark_sent(local, package.uuid)
            sent += 1
            continue
        error = i18n.text("outbox.server_full") if status == 507 else \
            i18n.text("outbox.http_error", status=status)
        mark_failed(local, package.uuid, error)
        break
    return SendResult(sent, len(todo) - sent, error)


def export(local: LocalDB, folder: Path) -> int:
    """Writes every pending package to ``folder`` (a USB stick) and marks it sent."""
    todo = pending(local)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for package in todo:
            write_atomic(folder / (package.uuid + SUFFIX), package.payload)
            mark_sent(local, package.uuid)
    except OSError as exc:
        raise i18n.UserError("outbox.export_failed", path=folder,
                             detail=exc.strerror or exc) from exc
    return len(todo)
