"""``hytedesk-admin``: the administrator's command line.

Each group of subcommands lives in its own module with a ``register(subparsers)``
function that adds its parsers and sets ``func`` (returning the exit status).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from hytedesk import __version__
from hytedesk.admin import messages as _messages  # noqa: F401  (registers the messages)
from hytedesk.admin.cli import add_lang, set_language
from hytedesk.base.i18n import UserError
from hytedesk.base.logs import setup_logging
from hytedesk.base.terminal import safe_output

log = logging.getLogger("hytedesk.admin")  # also when run as __main__

# Modules that contribute subcommands.
COMMAND_MODULES = (
    "hytedesk.admin.build_cmd",
    "hytedesk.admin.publish_cmd",
    "hytedesk.admin.region_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hytedesk-admin",
        description="Build, validate and publish HyteDesk catalogues.",
    )
    parser.add_argument("--version", action="version", version=f"hytedesk-admin {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    # Every command speaks the administrator's language: --lang fi|sv|en everywhere.
    for sub in subparsers.choices.values():
        if not any("--lang" in a.option_strings for a in sub._actions):
            add_lang(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args)
    setup_logging("hytedesk-admin")
    log.info("command: %s", args.command)
    with safe_output():  # a terminal never receives control characters from data
        try:
            status = int(args.func(args))
        except UserError as exc:
            log.warning("command %s failed: %s [%s]", args.command, exc.text("en"), exc.key)
            print(f"hytedesk-admin: {exc}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            print("hytedesk-admin: keskeytetty / interrupted", file=sys.stderr)
            return 130
        except BrokenPipeError:
            # The reader went away (``validate | head``): end quietly, as other tools do.
            _quiet_closed_pipe()
            return 0
    log.info("command %s finished: exit status %d", args.command, status)
    return status


def _quiet_closed_pipe() -> None:
    """Points stdout at /dev/null so that Python's final flush does not complain."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    raise SystemExit(main())
