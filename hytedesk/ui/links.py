"""Which catalogue links may be opened: https, tel and mailto, and nothing else.

A link is opened only after the user has seen the full address it will open. Anything
else (``file:``, ``javascript:``, ``http:``, odd phone numbers) is shown as inert text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QUrl

EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")


@dataclass(frozen=True)
class Link:
    kind: str  # "web", "phone", "email"
    shown: str  # the catalogue text, shown as plain text
    url: QUrl | None  # None: not openable

    @property
    def address(self) -> str:
        """The exact address that would open (ASCII, so look-alike letters show)."""
        return "" if self.url is None else bytes(self.url.toEncoded().data()).decode("ascii")


def web_link(text: str) -> Link:
    value = text.strip()
    url = QUrl(value, QUrl.ParsingMode.StrictMode)
    ok = (
        url.isValid()
        and url.scheme().lower() == "https"
        and bool(url.host())
        and not url.userName()
        and not url.password()
        and not any(c.isspace() for c in value)
    )
    return Link("web", value, url if ok else None)


def phone_links(field: str) -> list[Link]:
    """One link per number in a phone field (``hytedesk.base.phones``): the national form
    is shown and the E.164 form dialled; what does not parse as a number is inert text."""
    # libphonenumber's tables load on the first service shown, not at the window's start
    from hytedesk.base.phones import parse_numbers

    return [Link("phone", p.shown, QUrl(p.tel) if p.tel else None)
            for p in parse_numbers(field)]


def phone_link(number: str) -> Link:
    """The first number of a phone field (inert text when there is none)."""
    links = phone_links(number)
    return links[0] if links else Link("phone", number.strip(), None)


def email_link(address: str) -> Link:
    value = address.strip()
    if not EMAIL.match(value):
        return Link("email", value, None)
    return Link("email", value, QUrl("mailto:" + value))


def is_openable(url: QUrl) -> bool:
    """The last check before anything is handed to the desktop."""
    scheme = url.scheme().lower()
    if scheme == "https":
        return url.isValid() and bool(url.host())
    return scheme in ("tel", "mailto") and url.isValid()
