"""Where HyteDesk keeps its files.

Every location comes from here. ``HYTEDESK_HOME`` moves all of them under one folder
(tests, development, portable use); a file named ``portable`` next to a frozen executable
does the same with a folder beside it; otherwise platformdirs decides.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from hytedesk.base.i18n import UserError, register

register(
    {
        "paths.not_writable": {
            "fi": "Tietokansiota {path} ei voi luoda tai kirjoittaa ({detail}). Jos sovellus "
            "on kannettavassa tilassa (portable-tiedosto ohjelman vieressä), kansion on oltava "
            "kirjoitettavissa: siirrä ohjelma kirjoitettavaan paikkaan tai poista portable-"
            "tiedosto. Mitään tietoja ei muutettu.",
            "sv": "Datamappen {path} kan inte skapas eller skrivas ({detail}). Om programmet "
            "körs i portabelt läge (filen portable bredvid programmet) måste mappen vara "
            "skrivbar: flytta programmet till en skrivbar plats eller ta bort filen portable. "
            "Inga data ändrades.",
            "en": "The data folder {path} cannot be created or written ({detail}). If the app "
            "runs in portable mode (a file named portable next to it), that folder must be "
            "writable: move the app somewhere writable or remove the portable file. No data "
            "was changed.",
        },
    }
)

APP_NAME = "HyteDesk"
APP_AUTHOR = "HyteDesk"


@dataclass(frozen=True)
class Paths:
    data: Path  # local.db, catalogue-*.db
    cache: Path  # partial downloads
    logs: Path
    config: Path  # trusted root metadata, preset copy

    @property
    def local_db(self) -> Path:
        return self.data / "local.db"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def downloads(self) -> Path:
        return self.cache / "downloads"

    @property
    def tuf_metadata(self) -> Path:
        return self.data / "tuf"

    def catalogue_file(self, catalogue_id: str, version: int) -> Path:
        return self.data / f"catalogue-{catalogue_id}-{version}.db"

    def ensure(self) -> Paths:
        """Creates the folders the app cannot work without. Not the log folder: logging
        (``hytedesk.base.logs``) creates it and goes on without a file when it cannot."""
        for d in (self.data, self.cache, self.config):
            try:
                d.mkdir(parents=True, exist_ok=True)
            except OSError as exc:  # read-only stick or install folder, full disk
                raise UserError("paths.not_writable", path=d,
                                detail=exc.strerror or exc) from None
        return self


PORTABLE_MARKER = "portable"
PORTABLE_DATA = "HyteDesk-data"


def portable_root(executable: Path | str | None = None, frozen: bool | None = None) -> Path | None:
    """The portable data folder when a ``portable`` marker sits next to the executable.

    Only a frozen build is portable (from source, ``sys.executable`` is Python itself).
    Symlinks are resolved, so a link on a desktop to a USB stick's copy still finds the
    stick's marker; on macOS the marker sits beside the ``.app`` bundle, not inside it.
    """
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    if not frozen:
        return None
    exe_dir = Path(executable or sys.executable).resolve().parent
    if exe_dir.name == "MacOS" and exe_dir.parent.name == "Contents":
        exe_dir = exe_dir.parent.parent.parent  # HyteDesk.app/Contents/MacOS -> beside .app
    if (exe_dir / PORTABLE_MARKER).is_file():
        return exe_dir / PORTABLE_DATA
    return None


def default_paths() -> Paths:
    home = os.environ.get("HYTEDESK_HOME")
    root = Path(home).expanduser().resolve() if home else portable_root()
    if root is not None:
        return Paths(
            data=root / "data", cache=root / "cache", logs=root / "logs", config=root / "config"
        )
    return Paths(
        data=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        cache=Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
    )


def resources_dir() -> Path:
    """The read-only resources shipped with the app (demo catalogue, translations, icons)."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
