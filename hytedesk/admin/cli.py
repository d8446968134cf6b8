"""What every ``hytedesk-admin`` command shares: ``--lang`` and its default, and never a
traceback in the administrator's face."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import traceback
from collections.abc import Callable

from hytedesk.base import i18n
from hytedesk.base.i18n import UserError


def add_lang(p: argparse.ArgumentParser) -> None:
    """``--lang``: every admin command takes it."""
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=None,
                   help="language of the messages (default: the app's setting, else fi)")


def default_language() -> str:
    """HYTEDESK_LANG, else the app's language setting on this machine, else Finnish."""
    env = os.environ.get("HYTEDESK_LANG")
    if env in i18n.LANGUAGES:
        return str(env)
    try:
        from hytedesk.base.paths import default_paths

        # Read-only, without the app's local layer (the admin tool never writes there).
        path = default_paths().local_db
        if path.exists():
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
            try:
                row = conn.execute("SELECT value FROM settings WHERE key = 'ui.language'"
                                   ).fetchone()
            finally:
                conn.close()
            lang = json.loads(row[0]) if row else None
            if lang in i18n.LANGUAGES:
                return str(lang)
    except Exception:  # no settings to read: the default
        pass
    return i18n.DEFAULT_LANGUAGE


def set_language(args: argparse.Namespace) -> None:
    i18n.set_language(getattr(args, "lang", None) or default_language())


def guard(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Never a traceback for the administrator: user errors and surprises become text."""

    def run(args: argparse.Namespace) -> int:
        set_language(args)
        try:
            return func(args)
        except (UserError, KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception as exc:
            if os.environ.get("HYTEDESK_DEBUG"):
                traceback.print_exc()
            print("hytedesk-admin: " + i18n.text("admin.internal",
                                                 error=f"{type(exc).__name__}: {exc}"),
                  file=sys.stderr)
            return 2

    return run
