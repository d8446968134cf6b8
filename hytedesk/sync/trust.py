"""Which root metadata the client trusts.

The trust anchor is, in order: the root an administrator set (``hytedesk sync
--trusted-root FILE``, or the installer preset, copied to ``<config>/trusted-root.json``),
else the demo repository's root shipped in ``resources/tuf/demo-root.json``. Rotations
published in the repository are followed by python-tuf and cached in
``paths.tuf_metadata/root_history``; replacing the anchor with an unrelated root needs an
explicit ``replace=True`` (``--replace-root``) and drops the cached metadata of the old
repository.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tuf.api import exceptions as tuf_exc
from tuf.api.metadata import Metadata, Root

import hytedesk.sync.messages  # noqa: F401
from hytedesk.base.files import write_atomic
from hytedesk.base.i18n import UserError
from hytedesk.base.paths import Paths, resources_dir

TRUSTED_ROOT_NAME = "trusted-root.json"


def shipped_root_path() -> Path:
    return resources_dir() / "tuf" / "demo-root.json"


def anchor_path(paths: Paths) -> Path:
    return paths.config / TRUSTED_ROOT_NAME


def trusted_root_bytes(paths: Paths) -> bytes:
    """The trust anchor's bytes, or UserError ``sync.no_trusted_root``."""
    for p in (anchor_path(paths), shipped_root_path()):
        if p.is_file():
            return p.read_bytes()
    raise UserError("sync.no_trusted_root")


def parse_root(data: bytes, source: str) -> Metadata[Root]:
    """Parses root metadata and checks that it is signed by its own threshold."""
    try:
        md = Metadata[Root].from_bytes(data)
        if not isinstance(md.signed, Root):
            raise ValueError("not root metadata")
        md.signed.verify_delegate(Root.type, md.signed_bytes, md.signatures)
    except (ValueError, KeyError, TypeError, tuf_exc.RepositoryError) as exc:
        raise UserError("sync.root_unreadable", path=source, detail=str(exc)[:200]) from None
    except Exception as exc:  # deserialization errors of python-tuf
        raise UserError("sync.root_unreadable", path=source, detail=str(exc)[:200]) from None
    return md


def _known_roots(paths: Paths) -> list[Metadata[Root]]:
    """Roots this laptop already trusts: the anchor and every cached rotation."""
    found: list[bytes] = []
    if anchor_path(paths).is_file():
        found.append(anchor_path(paths).read_bytes())
    history = paths.tuf_metadata / "root_history"
    if history.is_dir():
        found += [p.read_bytes() for p in sorted(history.glob("*.root.json"))]
    roots = []
    for data in found:
        try:
            roots.append(Metadata[Root].from_bytes(data))
        except Exception:  # a damaged cache file: not a trusted root
            continue
    return roots


def _continues(known: list[Metadata[Root]], new: Metadata[Root]) -> bool:
    for old in known:
        if old.signed == new.signed:
            return True
    newest = max(known, key=lambda m: m.signed.version)
    if new.signed.version <= newest.signed.version:
        return False
    try:
        # A later root signed by the threshold of the root keys trusted now is a rotation.
        newest.signed.verify_delegate(Root.type, new.signed_bytes, new.signatures)
    except tuf_exc.UnsignedMetadataError:
        return False
    return True


def set_trusted_root(paths: Paths, data: bytes, source: str, *, replace: bool = False) -> str:
    """Makes ``data`` the trust anchor; returns ``"same"``, ``"set"`` or ``"replaced"``."""
    new = parse_root(data, source)
    known = _known_roots(paths)
    if known and not _continues(known, new):
        if not replace:
            raise UserError("sync.root_unrelated", path=source)
        if paths.tuf_metadata.exists():
            shutil.rmtree(paths.tuf_metadata)
        status = "replaced"
    elif known and any(k.signed == new.signed for k in known):
        status = "same"
    else:
        status = "set"
    paths.config.mkdir(parents=True, exist_ok=True)
    write_atomic(anchor_path(paths), data)
    return status
