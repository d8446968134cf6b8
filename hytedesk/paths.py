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
        for d in (self.data, self.cache, self.logs, self.config):
            d.mkdir(parents=True, exist_ok=True)
        return self


def portable_root() -> Path | None:
    """The portable data folder when a ``portable`` marker sits next to the executable."""
    exe_dir = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False) and (exe_dir / "portable").exists():
        return exe_dir / "HyteDesk-data"
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
