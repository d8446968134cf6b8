"""The signed offline bundle (USB stick): one tar file verified exactly like a download.

``hytedesk-admin offline-bundle`` writes a tar whose first member is
``hytedesk-offline.json``, followed by ``metadata/<n>.root.json`` (every root version),
``metadata/timestamp.json``, the snapshot and targets metadata they name, and
``targets/<sha256>.<name>`` (the newest full bundle). The members are served to
python-tuf's ``Updater`` through a fetcher that reads the tar instead of the network, with
the same trusted root and the same metadata cache as online sync — so signatures, expiry,
rollback and mix-and-match are checked the same way — and the target is checked against
its signed length and hashes before the importer sees it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import tarfile
from collections.abc import Iterator
from pathlib import Path

from tuf.api import exceptions as tuf_exc
from tuf.api.metadata import TargetFile
from tuf.ngclient import FetcherInterface

from hytedesk.base.files import temp_beside
from hytedesk.base.i18n import UserError
from hytedesk.base.logs import logged
from hytedesk.base.paths import Paths
from hytedesk.bundle.reader import first_tar_member
from hytedesk.sync.client import (
    Step,
    SyncResult,
    _usable_pointer,
    apply_file,
    check_caps,
    describe,
    exclusive,
    make_updater,
    refresh_and_plan,
    translate_errors,
)
from hytedesk.sync.net import CHUNK, Progress

OFFLINE_MANIFEST = "hytedesk-offline.json"
OFFLINE_FORMAT = "hytedesk-offline"
_BASE = "offline:///"
_MEMBER = re.compile(r"^(metadata/[A-Za-z0-9._-]+\.json|targets/[0-9a-f]{64}\.[A-Za-z0-9._-]+)$")
MAX_MEMBERS = 10_000
MAX_HEADER_BYTES = 64 * 1024


def is_offline_bundle(path: Path | str) -> bool:
    """Whether ``path`` is an offline bundle (a tar starting with ``hytedesk-offline.json``)."""
    # The first header is looked at before tarfile reads anything: tarfile would read a
    # PAX or GNU extension header whole into memory, however large it says it is.
    if first_tar_member(path) != OFFLINE_MANIFEST:
        return False
    try:
        with tarfile.open(path, "r:") as tar:
            first = tar.next()
            return first is not None and first.name == OFFLINE_MANIFEST
    except (tarfile.TarError, OSError):
        return False


class TarFetcher(FetcherInterface):
    """Serves the members of an offline bundle to python-tuf as if they were URLs."""

    def __init__(self, tar: tarfile.TarFile, members: dict[str, tarfile.TarInfo]) -> None:
        self.tar = tar
        self.members = members

    def _fetch(self, url: str) -> Iterator[bytes]:
        info = self.members.get(url.removeprefix(_BASE))
        if info is None:
            raise tuf_exc.DownloadHTTPError(f"{url} is not in the offline bundle", 404)
        f = self.tar.extractfile(info)
        if f is None:
            raise tuf_exc.DownloadHTTPError(f"{url} is not a file", 404)
        return iter(lambda: f.read(CHUNK), b"")


def _invalid(path: Path, detail: str) -> UserError:
    return UserError("sync.offline_invalid", path=str(path), detail=detail)


def _members(path: Path, tar: tarfile.TarFile) -> dict[str, tarfile.TarInfo]:
    members: dict[str, tarfile.TarInfo] = {}
    for n, info in enumerate(tar):
        if n > MAX_MEMBERS:
            raise _invalid(path, "too many files")
        if n == 0:
            if info.name != OFFLINE_MANIFEST:
                raise _invalid(path, f"first member is {info.name}")
            continue
        if not info.isfile() or not _MEMBER.match(info.name) or info.name in members:
            raise _invalid(path, f"unexpected member {info.name}")
        members[info.name] = info
    return members


def _extract(
    tar: tarfile.TarFile, info: tarfile.TarInfo, target: TargetFile, directory: Path
) -> Path:
    """Copies the target out of the tar (capped at its signed length) and verifies it."""
    directory.mkdir(parents=True, exist_ok=True)
    final = directory / target.get_prefixed_paths()[0]
    src = tar.extractfile(info)
    if src is None or info.size > target.length:
        raise UserError("sync.too_large", limit=target.length)
    try:
        with temp_beside(final) as part:
            with part.open("wb") as out:
                while chunk := src.read(CHUNK):
                    out.write(chunk)
            with part.open("rb") as f:
                target.verify_length_and_hashes(f)
    except BaseException:
        raise
    return final


log = logging.getLogger(__name__)


@logged(log, lambda paths, file, **_: f"offline import of {Path(file).name}", describe)
def import_offline_bundle(
    paths: Paths, file: Path | str, *, progress: Progress | None = None
) -> SyncResult:
    """Verifies an offline bundle against the trusted root and imports its catalogue."""
    path = Path(file)
    paths.ensure()
    try:
        tar = tarfile.open(path, "r:")  # noqa: SIM115  (closed by the with below)
    except (tarfile.TarError, OSError) as exc:
        raise _invalid(path, str(exc)[:200]) from None
    with exclusive(paths), tar, translate_errors(None, paths):
        pointer = _usable_pointer(paths)  # under the lock: no other writer moves it now
        try:
            members = _members(path, tar)
        except tarfile.TarError as exc:
            raise _invalid(path, str(exc)[:200]) from None
        head = tar.getmember(OFFLINE_MANIFEST)
        src = tar.extractfile(head)
        if src is None or head.size > MAX_HEADER_BYTES:
            raise _invalid(path, OFFLINE_MANIFEST)
        try:
            header = json.loads(src.read())
        except ValueError:
            raise _invalid(path, OFFLINE_MANIFEST) from None
        if header.get("format") != OFFLINE_FORMAT or header.get("format_version") != 1:
            raise _invalid(path, "format")
        if progress is not None:
            progress("metadata", 0, 0)
        updater = make_updater(
            paths, f"{_BASE}metadata/", f"{_BASE}targets/", TarFetcher(tar, members)
        )
        _targets, plan, result = refresh_and_plan(updater, paths, pointer)
        if not plan.steps:
            from hytedesk.local.localdb import LocalDB

            with LocalDB(paths) as local:
                local.mark_verified(signed=True)
            return result
        step = Step(plan.newest)  # the bundle carries the full target only
        check_caps(step)
        info = members.get("targets/" + plan.newest.get_prefixed_paths()[0])
        if info is None:
            raise _invalid(path, "the catalogue file is missing")
        file_path = _extract(tar, info, plan.newest, paths.downloads)
        try:
            result.services = apply_file(paths, file_path, step, progress)
        finally:
            with contextlib.suppress(OSError):
                file_path.unlink()
        result.status = "updated"
        result.route = "offline"
        return result
