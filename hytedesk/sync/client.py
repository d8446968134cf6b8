"""One sync: verify the repository's metadata with TUF, fetch what is needed, import it.

``sync_once`` runs on any thread (the GUI runs it on a worker and passes a cancel event
and a progress callback); it never touches Qt. Steps:

1. python-tuf's ``Updater`` refreshes root (following rotations), timestamp, snapshot and
   targets from ``<url>/metadata/``, checking signatures, expiry, rollback and
   mix-and-match against the trusted root and the metadata cached in
   ``paths.tuf_metadata``.
2. The plan: nothing when the current catalogue's digest is the newest full target's; the
   chain of deltas from the current version when it is complete and smaller than the
   full bundle; otherwise the full bundle.
3. Each target is downloaded by ``hytedesk.sync.download`` (resumable, capped at the
   signed length, verified against the signed hashes) and handed to
   ``hytedesk.catalogue.importer.import_bundle`` with the signed content digest; the importer builds
   a new catalogue file and switches the pointer in ``local.db`` only when it matches. A
   delta that fails falls back to the full bundle.

Every failure is raised as a ``UserError`` saying the current catalogue is still in use.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tuf.api import exceptions as tuf_exc
from tuf.api.metadata import Metadata, TargetFile, Targets
from tuf.ngclient import FetcherInterface, Updater

import hytedesk.sync.messages  # noqa: F401
from hytedesk.base.i18n import UserError
from hytedesk.base.lock import writer_lock
from hytedesk.base.logs import logged
from hytedesk.base.paths import Paths
from hytedesk.sync.download import DownloadStats, download_target
from hytedesk.sync.net import (
    DEFAULT_DEADLINE,
    DEFAULT_SOCKET_TIMEOUT,
    Budget,
    Cancelled,
    CaptivePortal,
    DeadlineExceeded,
    HttpFetcher,
    Progress,
)
from hytedesk.sync.trust import trusted_root_bytes

Fetch = Callable[[TargetFile], tuple[Path, DownloadStats]]

# Caps checked on the signed metadata before anything is downloaded (docs/bundle-format.md).
MAX_TARGET_BYTES = 2 * 1024**3
MAX_UNCOMPRESSED_BYTES = 16 * 1024**3


@dataclass
class Step:
    target: TargetFile

    @property
    def custom(self) -> dict[str, Any]:
        c = self.target.custom
        return c if isinstance(c, dict) else {}


@dataclass
class Plan:
    newest: TargetFile
    steps: list[Step]
    route: str  # "none", "delta", "full"
    fallback: Step | None = None


@dataclass
class SyncResult:
    status: str  # "up-to-date" or "updated"
    catalogue_id: str
    version: int
    previous_version: int | None = None
    route: str = "none"  # "none", "delta", "full"
    services: int = 0
    bytes_downloaded: int = 0
    downloads: list[DownloadStats] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def _custom(t: TargetFile) -> dict[str, Any]:
    c = t.custom
    return c if isinstance(c, dict) else {}


def _pointer(paths: Paths) -> Any:
    from hytedesk.local.localdb import LocalDB

    with LocalDB(paths) as local:
        return local.pointer()


def _usable_pointer(paths: Paths) -> Any:
    """The pointer to plan from; None when its file is missing or damaged, so that a sync
    fetches the full catalogue instead of calling a broken one up to date."""
    from hytedesk.catalogue import catdb as cat

    pointer = _pointer(paths)
    if pointer is None:
        return None
    try:
        cat.check_file(paths.data / pointer.file, digest=pointer.content_digest)
    except cat.DamagedCatalogue:
        return None
    return pointer


def choose_plan(targets: dict[str, TargetFile], pointer: Any) -> Plan:
    """What to fetch, given the signed target list and the current catalogue pointer."""
    fulls = [t for t in targets.values() if _custom(t).get("kind") == "full"]
    if not fulls:
        raise UserError("sync.no_catalogue")
    newest = max(fulls, key=lambda t: int(_custom(t)["version"]))
    c = _custom(newest)
    full = Plan(newest, [Step(newest)], "full")
    if pointer is None or pointer.catalogue_id != c["catalogue_id"]:
        return full
    if pointer.content_digest == c["content_digest"] and pointer.version == int(c["version"]):
        return Plan(newest, [], "none")
    if pointer.signed and pointer.version > int(c["version"]):
        # Only signed versions are compared: an unsigned (development) catalogue, whatever
        # its number, never holds back one the trusted root verified.
        raise UserError("sync.rollback")
    deltas = {
        int(_custom(t)["base_version"]): t
        for t in targets.values()
        if _custom(t).get("kind") == "delta" and _custom(t).get("catalogue_id") == c["catalogue_id"]
    }
    chain: list[Step] = []
    version, digest = pointer.version, pointer.content_digest
    while version < int(c["version"]):
        d = deltas.get(version)
        base_digest = _custom(d).get("base_content_digest") if d else None
        if d is None or (base_digest is not None and base_digest != digest):
            return full
        chain.append(Step(d))
        version, digest = int(_custom(d)["version"]), _custom(d)["content_digest"]
    if chain and sum(s.target.length for s in chain) < newest.length:
        return Plan(newest, chain, "delta", fallback=Step(newest))
    return full


# No clock that says a time before this is right: the day this version was released
# (raised with each release), or the publisher's time of the current catalogue if later.
BUILT = datetime(2026, 12, 1, tzinfo=UTC)
CLOCK_SKEW = timedelta(hours=12)  # a server's Date further off than this: the clock is wrong


def _now() -> datetime:
    return datetime.now(UTC)


def _clock_error(budget: Budget | None, paths: Paths | None) -> UserError | None:
    """When the laptop's clock looks wrong, the message that says so, else None."""
    now = _now()
    made = BUILT
    with contextlib.suppress(Exception):  # no pointer, no created time: the release's
        created = _pointer(paths).created if paths is not None else None
        if created:
            made = max(made, datetime.fromisoformat(created.replace("Z", "+00:00")))
    stamp = "%Y-%m-%d %H:%M UTC"
    if now < made:
        return UserError("sync.clock_behind", now=now.strftime(stamp), made=made.strftime(stamp))
    server = budget.server_date if budget is not None else None
    if server is not None and server.tzinfo is not None and abs(now - server) > CLOCK_SKEW:
        return UserError("sync.clock_server", now=now.strftime(stamp),
                         server=server.astimezone(UTC).strftime(stamp))
    return None


@contextlib.contextmanager
def translate_errors(budget: Budget | None = None, paths: Paths | None = None
                     ) -> Iterator[None]:
    """Turns python-tuf, network and disk errors into the user's messages.

    With the sync's ``budget``, a network failure at the deadline is reported as the
    deadline, and an expiry or certificate failure while the laptop's clock looks wrong
    (before this version was made or before the current catalogue of ``paths`` was
    published; or far from the server's ``Date``) as a clock problem, not the
    administrator's."""
    try:
        yield
    except UserError:
        raise
    except Cancelled:
        raise UserError("sync.cancelled") from None
    except DeadlineExceeded as exc:
        raise UserError("sync.deadline", seconds=int(exc.seconds)) from None
    except CaptivePortal:
        raise UserError("sync.captive_portal") from None
    except tuf_exc.ExpiredMetadataError as exc:
        clock = _clock_error(budget, paths)
        if clock is not None:
            raise clock from None
        raise UserError("sync.expired", role=_role_of(str(exc))) from None
    except tuf_exc.EqualVersionNumberError:
        raise UserError("sync.rollback") from None
    except tuf_exc.BadVersionNumberError:
        raise UserError("sync.rollback") from None
    except tuf_exc.LengthOrHashMismatchError:
        raise UserError("sync.digest_mismatch") from None
    except tuf_exc.RepositoryError:
        raise UserError("sync.signature_invalid") from None
    except tuf_exc.DownloadLengthMismatchError:
        raise UserError("sync.too_large", limit="?") from None
    except tuf_exc.DownloadHTTPError as exc:
        raise UserError("sync.server_error", status=exc.status_code) from None
    except tuf_exc.DownloadError as exc:
        cause = exc.__cause__
        if isinstance(cause, tuf_exc.DownloadHTTPError):
            raise UserError("sync.server_error", status=cause.status_code) from None
        if isinstance(cause, OSError) and cause.errno == errno.ENOSPC:
            raise UserError("sync.disk_full") from None
        raise _network_error(budget, paths, exc) from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise UserError("sync.disk_full") from None
        if exc.errno in _UNWRITABLE and exc.filename:
            # A file of the data folder (python-tuf's metadata, a download), not the network.
            raise UserError("sync.not_writable", path=exc.filename,
                            detail=exc.strerror or exc) from None
        raise _network_error(budget, paths, exc) from None
    except Exception as exc:
        from hytedesk.bundle import BundleError

        if isinstance(exc, BundleError):
            raise UserError("sync.bundle_invalid", detail=str(exc)[:400]) from None
        raise


_UNWRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS)


def _network_error(budget: Budget | None, paths: Paths | None,
                   exc: BaseException) -> UserError:
    if budget is not None and budget.expired():
        return UserError("sync.deadline", seconds=int(budget.seconds))
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, ssl.SSLCertVerificationError):
        clock = _clock_error(budget, paths)
        if clock is not None:
            return clock
    return UserError("sync.no_network")


@contextlib.contextmanager
def exclusive(paths: Paths, wait: float | None = None) -> Iterator[None]:
    """One writer per data folder: a sync or offline import holds the data folder's writer
    lock (the one every import takes) from start to end; python-tuf's cache is
    single-writer too. The OS drops the lock with the process, so a kill leaves none."""
    with writer_lock(paths.data, wait=wait):
        yield


def _role_of(message: str) -> str:
    for role in ("timestamp", "snapshot", "targets", "root"):
        if role in message:
            return role
    return "metadata"


def make_updater(
    paths: Paths, metadata_url: str, targets_url: str, fetcher: FetcherInterface
) -> Updater:
    paths.tuf_metadata.mkdir(parents=True, exist_ok=True)
    return Updater(
        metadata_dir=str(paths.tuf_metadata),
        metadata_base_url=metadata_url,
        target_dir=str(paths.downloads),
        target_base_url=targets_url,
        fetcher=fetcher,
        bootstrap=trusted_root_bytes(paths),
    )


def verified_targets(updater: Updater, paths: Paths) -> dict[str, TargetFile]:
    """The target list of the targets metadata ``refresh()`` just verified.

    The listing is read from the copy python-tuf persisted after verifying it (only used
    to choose); the targets actually fetched are looked up again with
    ``get_targetinfo``, the public, verified route.
    """
    md = Metadata[Targets].from_file(str(paths.tuf_metadata / "targets.json"))
    names = list(md.signed.targets)
    found: dict[str, TargetFile] = {}
    for name in names:
        info = updater.get_targetinfo(name)
        if info is not None:
            found[name] = info
    return found


def refresh_and_plan(updater: Updater, paths: Paths,
                     pointer: Any) -> tuple[dict[str, TargetFile], Plan, SyncResult]:
    """Refreshes the signed metadata and plans the route from the current catalogue; the
    result says "up-to-date" until a step is applied."""
    updater.refresh()
    targets = verified_targets(updater, paths)
    plan = choose_plan(targets, pointer)
    newest = _custom(plan.newest)
    result = SyncResult(
        status="up-to-date",
        catalogue_id=str(newest["catalogue_id"]),
        version=int(newest["version"]),
        previous_version=pointer.version if pointer else None,
    )
    return targets, plan, result


def check_caps(step: Step) -> None:
    if step.target.length > MAX_TARGET_BYTES:
        raise UserError("sync.too_large", limit=MAX_TARGET_BYTES)
    if int(step.custom.get("uncompressed_size", 0)) > MAX_UNCOMPRESSED_BYTES:
        raise UserError("sync.too_large", limit=MAX_UNCOMPRESSED_BYTES)


def apply_file(paths: Paths, file: Path, step: Step, progress: Progress | None) -> int:
    """Imports a verified target; returns the number of services."""
    from hytedesk.bundle import BundleReader
    from hytedesk.catalogue.importer import import_bundle

    c = step.custom
    with BundleReader(file) as reader:
        m = reader.manifest
        declared = sum(int(f.get("uncompressed_size", 0)) for f in m["files"].values())
        # The bytes are the signed ones; this catches a publisher bug, not an attacker.
        if (
            m["catalogue_id"] != c.get("catalogue_id")
            or int(m["version"]) != int(c.get("version", -1))
            or m["content_digest"] != c.get("content_digest")
            or declared > int(c.get("uncompressed_size", declared))
        ):
            raise UserError("sync.digest_mismatch")
    result = import_bundle(
        paths, file, expected_digest=str(c["content_digest"]), signed=True, progress=progress
    )
    return int(result.services)


def run_plan(
    paths: Paths,
    plan: Plan,
    fetch: Fetch,
    progress: Progress | None,
    result: SyncResult,
    budget: Budget | None = None,
) -> None:
    """Downloads and applies the plan's steps; a failing delta falls back to the full."""
    for step in plan.steps:
        check_caps(step)
    try:
        with translate_errors(budget):
            for step in plan.steps:
                file, stats = fetch(step.target)
                result.downloads.append(stats)
                result.services = apply_file(paths, file, step, progress)
                _remove(file)
        result.route = plan.route
    except UserError as exc:
        if plan.fallback is None or exc.key in _FATAL:
            raise
        check_caps(plan.fallback)
        file, stats = fetch(plan.fallback.target)
        result.downloads.append(stats)
        result.services = apply_file(paths, file, plan.fallback, progress)
        _remove(file)
        result.route = "full"


# Errors that a fallback to the full bundle cannot help with.
_FATAL = {"sync.cancelled", "sync.deadline", "sync.disk_full", "sync.no_network"}


def _remove(file: Path) -> None:
    with contextlib.suppress(OSError):
        file.unlink()


def _prune_downloads(paths: Paths, targets: dict[str, TargetFile]) -> None:
    """Partial files of targets no longer published are of no use; drop them."""
    keep = {t.get_prefixed_paths()[0] for t in targets.values()}
    if not paths.downloads.is_dir():
        return
    for f in paths.downloads.iterdir():
        base = f.name.removesuffix(".part.json").removesuffix(".part")
        if base not in keep:
            _remove(f)


log = logging.getLogger(__name__)


def describe(r: SyncResult) -> str:
    """A sync's outcome for the log."""
    return (f"{r.status}, catalogue {r.catalogue_id} version {r.version} (was "
            f"{r.previous_version}), route {r.route}, {r.bytes_downloaded} bytes")


@logged(log, lambda paths, **kw: f"sync from {kw.get('url') or 'the sync.url setting'}",
        describe)
def sync_once(
    paths: Paths,
    *,
    url: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    deadline_seconds: float | None = None,
    socket_timeout: float | None = None,
) -> SyncResult:
    """Brings the catalogue up to date from the signed repository at ``url``.

    ``url`` defaults to the ``sync.url`` setting. ``progress(stage, done, total)`` is
    called from this thread; setting ``cancel`` stops at the next chunk.
    """
    from hytedesk.local.localdb import LocalDB
    from hytedesk.local.settings import check_sync_url

    paths.ensure()
    with LocalDB(paths) as local:
        url = url or str(local.get("sync.url") or "")
    if not url:
        raise UserError("sync.no_url")
    try:
        check_sync_url(url)
    except ValueError:
        raise UserError("sync.bad_url", url=url) from None
    base = url.rstrip("/")
    budget = Budget(
        deadline_seconds or DEFAULT_DEADLINE, socket_timeout or DEFAULT_SOCKET_TIMEOUT, cancel
    )
    with exclusive(paths), translate_errors(budget, paths):
        pointer = _usable_pointer(paths)  # under the lock: no other writer moves it now
        if progress is not None:
            progress("metadata", 0, 0)
        updater = make_updater(paths, f"{base}/metadata/", f"{base}/targets/", HttpFetcher(budget))
        targets, plan, result = refresh_and_plan(updater, paths, pointer)
        _prune_downloads(paths, targets)

        def fetch(target: TargetFile) -> tuple[Path, DownloadStats]:
            prefixed = target.get_prefixed_paths()[0]
            return download_target(
                f"{base}/targets/{prefixed}", target, paths.downloads, budget, progress
            )

        if plan.steps:
            run_plan(paths, plan, fetch, progress, result, budget)
            result.status = "updated"
        else:
            with LocalDB(paths) as local:
                local.mark_verified(signed=True)
        result.bytes_downloaded = budget.bytes_received
        result.requests = list(budget.requests)
        return result
