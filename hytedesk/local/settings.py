"""The settings registry: every setting declared once, typed, with its default.

Values live in ``local.db`` (table ``settings``) as JSON; ``LocalDB.get``/``set`` parse
them through the declaration, so a bad stored value falls back to the default instead of
breaking the app. Installer presets (packaging) set the same keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    doc: str
    choices: tuple[Any, ...] = ()
    check: Callable[[Any], None] | None = field(default=None, compare=False)

    def parse(self, value: Any) -> Any:
        if value is None:
            return self.default
        if self.type is bool:
            if not isinstance(value, bool):
                raise TypeError("expected true or false")
        elif self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError("expected a whole number")
        elif self.type is list:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise TypeError("expected a list of texts")
        elif not isinstance(value, self.type):
            raise TypeError(f"expected {self.type.__name__}")
        if self.choices and value not in self.choices:
            raise ValueError("allowed: " + ", ".join(map(str, self.choices)))
        if self.check is not None:
            self.check(value)
        return value


def _non_negative(value: int) -> None:
    if value < 0:
        raise ValueError("must be 0 or more")


LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def check_sync_url(value: str) -> None:
    """A repository URL must be https with a host; plain http only to this laptop itself
    (the host exactly 127.0.0.1, localhost or ::1: development). The URL is parsed, so
    ``http://localhost.evil.example/`` and ``http://localhost@evil.example/`` are not
    local."""
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018  (a bad port raises ValueError)
    except ValueError:
        raise ValueError("not a valid address") from None
    if not host or parts.username is not None or parts.password is not None:
        raise ValueError("must start with https:// and name a server")
    if parts.scheme == "https":
        return
    if parts.scheme == "http" and host in LOCAL_HOSTS:
        return
    raise ValueError("must start with https://")


def _https_url(value: str) -> None:
    if value:
        check_sync_url(value)


SETTINGS: dict[str, Setting] = {}


def declare(setting: Setting) -> Setting:
    SETTINGS[setting.key] = setting
    return setting


declare(Setting("ui.language", str, "fi", "Language of the user interface.", ("fi", "sv", "en")))
declare(Setting("ui.window_geometry", str, "",
                "Size and place of the main window when it was last closed (Qt, base64)."))
declare(Setting("ui.search_splitter", str, "",
                "Widths of the search page's filter, result and detail panes (Qt, base64)."))
declare(Setting("ui.page_splitters", str, "",
                "Pane sizes of the other pages, by splitter name (JSON of Qt states, base64)."))
declare(Setting("search.default_place", str, "", "Place id searches are measured from."))
declare(Setting("search.max_km", int, 0, "Default distance limit, km (0: none).",
                check=_non_negative))
declare(Setting("sync.url", str, "", "Base URL of the signed catalogue repository.",
                check=_https_url))
declare(Setting("sync.stale_days", int, 30,
                "Days without a verified update before the catalogue may be out of date.",
                check=_non_negative))
declare(Setting("import.allow_unsigned", bool, False,
                "Whether bundles without a signature may be imported."))
declare(Setting("unit.name", str, "", "Name of the unit, printed on handouts."))
declare(Setting("unit.phone", str, "", "Phone of the unit, printed on handouts."))
declare(Setting("unit.organisation", str, "", "Organisation, printed on handouts."))
declare(Setting("staff.service_area", str, "home-care", "The staff member's service area.",
                ("home-care", "day-activities", "health-services", "social-family", "other")))
declare(Setting("client.default_municipality", str, "", "Default municipality of a client."))
declare(Setting("referral.follow_up_days", int, 14, "Days until a referral's follow-up.",
                check=_non_negative))
declare(Setting("referral.default_max_km", int, 30,
                "Default travel distance of a client in the referral workflow, km.",
                check=_non_negative))
declare(Setting("referral.default_language", str, "fi",
                "Default language of the client's handout.", ("fi", "sv", "en")))


def _age_keys(value: list[str]) -> None:
    for key in value:
        if not key.startswith("age1") or len(key) < 50:
            raise ValueError("expected age public keys (age1…)")


declare(Setting("upload.url", str, "",
                "Address the laptop sends its upload packages to with HTTP PUT (a folder).",
                check=_https_url))
declare(Setting("upload.recipients", list, [],
                "The region's public age keys the upload packages are encrypted to.",
                check=_age_keys))
