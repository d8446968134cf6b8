"""``hytedesk sync [--url URL] [--trusted-root FILE] [--replace-root]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from hytedesk.base.i18n import UserError, text
from hytedesk.base.paths import default_paths
from hytedesk.sync.client import sync_once
from hytedesk.sync.trust import set_trusted_root


class _Printer:
    """Progress on stderr, one line per tenth (a terminal or a log, no control codes)."""

    def __init__(self) -> None:
        self.last = -1

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != "download" or total <= 0:
            return
        tenth = done * 10 // total
        if tenth != self.last:
            self.last = tenth
            print(f"{stage}: {done}/{total} bytes", file=sys.stderr, flush=True)


def cmd_sync(args: argparse.Namespace) -> int:
    from hytedesk.local.localdb import LocalDB

    paths = default_paths().ensure()
    if args.trusted_root:
        root_file = Path(args.trusted_root)
        try:
            data = root_file.read_bytes()
        except OSError as exc:
            raise UserError("sync.root_unreadable", path=str(root_file), detail=exc) from None
        status = set_trusted_root(paths, data, str(root_file), replace=args.replace_root)
        print(f"trusted root: {status}", file=sys.stderr)
    if args.url:
        with LocalDB(paths) as local:
            try:
                local.set("sync.url", args.url)
            except UserError:
                raise UserError("sync.bad_url", url=args.url) from None
    result = sync_once(
        paths,
        progress=None if args.quiet else _Printer(),
        deadline_seconds=args.deadline,
    )
    if result.status == "updated":
        print(
            text(
                "sync.updated",
                catalogue_id=result.catalogue_id,
                version=result.version,
                route=result.route,
            )
        )
    else:
        print(text("sync.up_to_date", catalogue_id=result.catalogue_id, version=result.version))
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "sync", help="bring the catalogue up to date from the signed repository"
    )
    p.add_argument("--url", help="the repository's base URL (saved as the sync.url setting)")
    p.add_argument(
        "--trusted-root", metavar="FILE", help="root metadata to trust from now on (root.json)"
    )
    p.add_argument(
        "--replace-root",
        action="store_true",
        help="allow --trusted-root to replace an unrelated root trusted before",
    )
    p.add_argument("--deadline", type=float, default=None, help="give up after this many seconds")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=cmd_sync)
