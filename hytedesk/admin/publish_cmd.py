"""``hytedesk-admin init-repo | publish | refresh-timestamp | rotate-key | offline-bundle``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hytedesk.base.i18n import text
from hytedesk.publish.repo import DEFAULT_EXPIRY_DAYS, DEFAULT_KEEP_DELTAS, Repository


def _repo(args: argparse.Namespace) -> Repository:
    return Repository(Path(args.repo), Path(args.keys) if args.keys else None)


def _cmd_init(args: argparse.Namespace) -> int:
    expiry = {
        role: days
        for role in DEFAULT_EXPIRY_DAYS
        if (days := getattr(args, f"{role}_expiry_days")) is not None
    }
    repo = Repository.init(
        Path(args.dir),
        Path(args.keys) if args.keys else None,
        root_keys=args.root_keys,
        root_threshold=args.root_threshold,
        expiry_days=expiry,
        keep_deltas=args.keep_deltas,
    )
    days = repo.config.expiry_days
    print(f"Repository:  {repo.path}")
    print(f"Private keys: {repo.key_dir}  (folder 0700, files 0600)")
    print(
        "Expiry (days): "
        + ", ".join(f"{role} {days[role]}" for role in ("root", "targets", "snapshot", "timestamp"))
    )
    print()
    print("Keep the root keys offline: copy the root.*.pem files from the key folder to")
    print("two encrypted USB sticks kept in separate safes, then delete them from this")
    print("machine. They are needed only for 'hytedesk-admin rotate-key'. The publishing")
    print("machine keeps the targets, snapshot and timestamp keys; the daily")
    print("'hytedesk-admin refresh-timestamp' job needs only the timestamp key.")
    print()
    print("Installers must carry this root metadata as their trusted root:")
    print(repo.root_path())
    return 0


def _cmd_publish(args: argparse.Namespace) -> int:
    repo = _repo(args)
    result = repo.publish(Path(args.bundle))
    if result.status == "unchanged":
        print(text("publish.unchanged", published=result.version))
        return 0
    print(f"Published {result.catalogue_id} version {result.version}:")
    targets = repo.targets()
    full = targets[result.targets[0]].length
    for name in result.targets:
        size = targets[name].length
        share = f", {100 * size / full:.1f} % of the full bundle" if size != full else ""
        print(f"  {name} ({size / 1024:,.0f} KiB{share})")
    if len(result.targets) == 1 and result.previous is not None:
        print("  (no delta: the previous version's file is missing or the delta was not smaller)")
    return 0


def _cmd_refresh(args: argparse.Namespace) -> int:
    repo = _repo(args)
    warnings = repo.refresh_timestamp(args.days)
    for role, when in sorted(repo.expiries().items()):
        print(f"{role:10} expires {when.isoformat()}")
    for warning in warnings:
        print(f"warning: {warning}; its key is not here, renew it where the key is")
    return 1 if warnings else 0


def _cmd_rotate(args: argparse.Namespace) -> int:
    repo = _repo(args)
    keyids = repo.rotate_key(args.role)
    print(f"New {args.role} key(s): {', '.join(keyids)}")
    print(f"New root metadata: {repo.root_path()} (version {repo.root_versions()[-1]})")
    print("Laptops follow the rotation on their next sync; new installers may carry the new root.")
    if args.role == "root":
        print("Move the new root.*.pem files offline like the old ones.")
    return 0


def _cmd_offline(args: argparse.Namespace) -> int:
    repo = _repo(args)
    result = repo.offline_bundle(Path(args.output), args.valid_days)
    expires = repo.expiries()["timestamp"]
    print(f"Wrote {args.output}: {result.catalogue_id} version {result.version}")
    print(f"Laptops accept it until {expires.isoformat()} (the timestamp's expiry).")
    return 0


def _add_repo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--repo", required=True, help="the repository folder (the one served)")
    p.add_argument(
        "--keys", help="the private key folder (default: <repo>-keys beside the repository)"
    )


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "init-repo", help="create a signed (TUF) repository folder and its keys"
    )
    p.add_argument("dir", help="the folder to create; it is what a web server serves")
    p.add_argument("--keys", help="where to write the private keys (default: <dir>-keys)")
    p.add_argument("--root-keys", type=int, default=1, help="number of root keys (default 1)")
    p.add_argument(
        "--root-threshold",
        type=int,
        default=1,
        help="how many root keys must sign a new root (default 1)",
    )
    for role, days in DEFAULT_EXPIRY_DAYS.items():
        p.add_argument(
            f"--{role}-expiry-days",
            type=int,
            default=None,
            help=f"days the {role} metadata stays valid (default {days})",
        )
    p.add_argument(
        "--keep-deltas",
        type=int,
        default=DEFAULT_KEEP_DELTAS,
        help=f"how many deltas to keep listed (default {DEFAULT_KEEP_DELTAS})",
    )
    p.set_defaults(func=_cmd_init)

    p = subparsers.add_parser("publish", help="sign and publish a full catalogue bundle")
    p.add_argument("bundle", help="a full bundle written by 'hytedesk-admin build'")
    _add_repo_args(p)
    p.set_defaults(func=_cmd_publish)

    p = subparsers.add_parser(
        "refresh-timestamp", help="re-sign the timestamp (run daily from a scheduler)"
    )
    _add_repo_args(p)
    p.add_argument("--days", type=int, default=None, help="validity in days (default: config)")
    p.set_defaults(func=_cmd_refresh)

    p = subparsers.add_parser("rotate-key", help="replace a role's signing key(s)")
    _add_repo_args(p)
    p.add_argument("--role", required=True, choices=("root", "targets", "snapshot", "timestamp"))
    p.set_defaults(func=_cmd_rotate)

    p = subparsers.add_parser(
        "offline-bundle", help="write one file with the signed catalogue for a USB stick"
    )
    _add_repo_args(p)
    p.add_argument("-o", "--output", required=True, help="the file to write")
    p.add_argument(
        "--valid-days",
        type=int,
        default=None,
        help="re-sign the timestamp to stay valid this many days (for sticks that travel)",
    )
    p.set_defaults(func=_cmd_offline)
