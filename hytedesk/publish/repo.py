"""A TUF repository of static files that publishes HyteDesk catalogue bundles.

Layout of the served folder (any web server, object store or CDN can host it as is)::

    DIR/metadata/<n>.root.json       every root version (clients walk key rotations)
    DIR/metadata/root.json           a copy of the newest root, for installers
    DIR/metadata/<n>.targets.json    consistent snapshots: versioned, never overwritten
    DIR/metadata/<n>.snapshot.json
    DIR/metadata/timestamp.json      the only file that changes in place (short expiry)
    DIR/targets/<sha256>.<name>      targets, named by content: cacheable forever
    DIR/hytedesk-repo.json           publisher settings (expiry periods), not secret

Targets are bundles as ``hytedesk-admin build`` writes them: a tar whose data members are
already zstd-compressed, so they are stored as they are (compressing again gains nothing).
Each target carries custom metadata that lets a client choose what to fetch::

    {"catalogue_id", "kind": "full"|"delta", "version", "base_version",
     "content_digest", "size", "uncompressed_size"}

plus, on a delta, ``base_content_digest`` (the digest of the version it applies to).

The targets metadata lists the newest full bundle and a chain of deltas between
consecutive published versions (the last ``keep_deltas`` of them).
"""

from __future__ import annotations

import hashlib
import json
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from securesystemslib.signer import Signer
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

import hytedesk.publish.messages  # noqa: F401  (registers the messages)
from hytedesk.base.files import copy_atomic, temp_beside, write_atomic
from hytedesk.base.i18n import UserError
from hytedesk.publish import keys as keystore

CONFIG_NAME = "hytedesk-repo.json"
OFFLINE_FORMAT = "hytedesk-offline"
OFFLINE_MANIFEST = "hytedesk-offline.json"
TARGET_SUFFIX = ".hytebundle"

DEFAULT_EXPIRY_DAYS = {"root": 365, "targets": 120, "snapshot": 120, "timestamp": 7}
DEFAULT_KEEP_DELTAS = 30
# refresh-timestamp renews targets and snapshot when they would lapse this soon after
# the new timestamp does.
RENEW_MARGIN = timedelta(days=14)

T = TypeVar("T", Root, Targets, Snapshot, Timestamp)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def full_target_name(catalogue_id: str, version: int) -> str:
    return f"{catalogue_id}-{version}{TARGET_SUFFIX}"


def delta_target_name(catalogue_id: str, base: int, version: int) -> str:
    return f"{catalogue_id}-{base}-to-{version}{TARGET_SUFFIX}"


@dataclass
class RepoConfig:
    expiry_days: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_EXPIRY_DAYS))
    keep_deltas: int = DEFAULT_KEEP_DELTAS

    @classmethod
    def load(cls, path: Path) -> RepoConfig:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text("utf-8"))
        days = dict(DEFAULT_EXPIRY_DAYS)
        days.update({k: int(v) for k, v in data.get("expiry_days", {}).items()})
        return cls(expiry_days=days, keep_deltas=int(data.get("keep_deltas", DEFAULT_KEEP_DELTAS)))

    def save(self, path: Path) -> None:
        data = {"expiry_days": self.expiry_days, "keep_deltas": self.keep_deltas}
        _write_atomic(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))


@dataclass
class PublishResult:
    status: str  # "published" or "unchanged"
    catalogue_id: str
    version: int
    targets: list[str] = field(default_factory=list)
    previous: int | None = None  # the version published before, if any


@dataclass
class _State:
    root: Metadata[Root]
    targets: Metadata[Targets]
    snapshot: Metadata[Snapshot]
    timestamp: Metadata[Timestamp]


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data, mode=0o644)  # served to every laptop


def _serialize(md: Metadata[Any]) -> bytes:
    return md.to_bytes(JSONSerializer(compact=False))


def _meta_file(version: int, data: bytes) -> MetaFile:
    return MetaFile(version, len(data), {"sha256": hashlib.sha256(data).hexdigest()})


def target_custom(target: TargetFile) -> dict[str, Any]:
    custom = target.custom
    return custom if isinstance(custom, dict) else {}


class Repository:
    """One repository folder and its key folder."""

    def __init__(self, path: Path, key_dir: Path | None = None) -> None:
        self.path = Path(path).resolve()
        self.key_dir = (
            Path(key_dir).resolve() if key_dir else self.path.parent / f"{self.path.name}-keys"
        )
        self.metadata_dir = self.path / "metadata"
        self.targets_dir = self.path / "targets"
        self.config = RepoConfig.load(self.path / CONFIG_NAME)

    # -- creation ---------------------------------------------------------------------

    @classmethod
    def init(
        cls,
        path: Path,
        key_dir: Path | None = None,
        *,
        root_keys: int = 1,
        root_threshold: int = 1,
        expiry_days: dict[str, int] | None = None,
        keep_deltas: int = DEFAULT_KEEP_DELTAS,
    ) -> Repository:
        repo = cls(path, key_dir)
        if repo.metadata_dir.exists():
            raise UserError("publish.repo_exists", path=str(repo.path))
        if repo.key_dir == repo.path or repo.path in repo.key_dir.parents:
            raise UserError("publish.keys_inside_repo", key_dir=str(repo.key_dir))
        if not 1 <= root_threshold <= root_keys:
            raise UserError("publish.bad_threshold", threshold=root_threshold, count=root_keys)
        config = RepoConfig(keep_deltas=keep_deltas)
        config.expiry_days.update(expiry_days or {})
        repo.config = config

        now = utcnow()
        root = Root(expires=now + timedelta(days=config.expiry_days["root"]))
        root_signers = [keystore.new_key(repo.key_dir, "root") for _ in range(root_keys)]
        for signer in root_signers:
            root.add_key(signer.public_key, "root")
        root.roles["root"].threshold = root_threshold
        for role in ("targets", "snapshot", "timestamp"):
            root.add_key(keystore.new_key(repo.key_dir, role).public_key, role)
        root_md = Metadata(root)
        for signer in root_signers:
            root_md.sign(signer, append=True)

        repo.path.mkdir(parents=True, exist_ok=True)
        repo.targets_dir.mkdir(parents=True, exist_ok=True)
        repo._write_root(root_md)
        config.save(repo.path / CONFIG_NAME)
        state = _State(
            root=root_md,
            targets=Metadata(Targets()),
            snapshot=Metadata(Snapshot()),
            timestamp=Metadata(Timestamp()),
        )
        # _commit bumps every version: start them below 1 so the first files are version 1.
        for md in (state.targets, state.snapshot, state.timestamp):
            md.signed.version = 0
        repo._commit(state, targets_changed=True, snapshot_changed=True)
        return repo

    # -- reading ----------------------------------------------------------------------

    def _require_repo(self) -> None:
        if not (self.metadata_dir / "timestamp.json").exists():
            raise UserError("publish.not_repo", path=str(self.path))

    def root_versions(self) -> list[int]:
        versions = []
        for p in self.metadata_dir.glob("*.root.json"):
            head = p.name.split(".", 1)[0]
            if head.isdigit():
                versions.append(int(head))
        return sorted(versions)

    def root_path(self) -> Path:
        """The newest root metadata: the file installers carry as their trusted root."""
        return self.metadata_dir / "root.json"

    def _load(self) -> _State:
        self._require_repo()
        root = Metadata[Root].from_file(
            str(self.metadata_dir / f"{self.root_versions()[-1]}.root.json")
        )
        timestamp = Metadata[Timestamp].from_file(str(self.metadata_dir / "timestamp.json"))
        snap_v = timestamp.signed.snapshot_meta.version
        snapshot = Metadata[Snapshot].from_file(str(self.metadata_dir / f"{snap_v}.snapshot.json"))
        targets_v = snapshot.signed.meta["targets.json"].version
        targets = Metadata[Targets].from_file(str(self.metadata_dir / f"{targets_v}.targets.json"))
        return _State(root, targets, snapshot, timestamp)

    def targets(self) -> dict[str, TargetFile]:
        return dict(self._load().targets.signed.targets)

    def newest_full(self, targets: dict[str, TargetFile] | None = None) -> TargetFile | None:
        fulls = [
            t
            for t in (targets if targets is not None else self.targets()).values()
            if target_custom(t).get("kind") == "full"
        ]
        return max(fulls, key=lambda t: int(target_custom(t)["version"]), default=None)

    def target_file(self, target: TargetFile) -> Path:
        return self.targets_dir / target.get_prefixed_paths()[0]

    # -- signing ----------------------------------------------------------------------

    def _signers(self, root: Root, role: str) -> list[Signer]:
        r = root.roles[role]
        return keystore.require_signers(
            self.key_dir, role, [root.keys[k] for k in r.keyids], r.threshold
        )

    def _sign(self, md: Metadata[T], signers: list[Signer]) -> None:
        md.signatures.clear()
        for signer in signers:
            md.sign(signer, append=True)

    def _expiry(self, role: str, days: int | None = None) -> datetime:
        return utcnow() + timedelta(days=self.config.expiry_days[role] if days is None else days)

    def _write_root(self, root: Metadata[Root]) -> None:
        data = _serialize(root)
        _write_atomic(self.metadata_dir / f"{root.signed.version}.root.json", data)
        _write_atomic(self.root_path(), data)

    def _commit(
        self,
        state: _State,
        *,
        targets_changed: bool = False,
        snapshot_changed: bool = False,
        timestamp_days: int | None = None,
    ) -> None:
        """Sign and write what changed, then the timestamp.

        The versioned files go first and the timestamp last, so a client reading the
        folder while it changes sees either the old or the new consistent snapshot.
        Signers are loaded before anything is written: a missing key changes nothing.
        """
        root = state.root.signed
        t_signers = self._signers(root, "targets") if targets_changed else []
        s_signers = self._signers(root, "snapshot") if targets_changed or snapshot_changed else []
        ts_signers = self._signers(root, "timestamp")
        if targets_changed:
            state.targets.signed.version += 1
            state.targets.signed.expires = self._expiry("targets")
            self._sign(state.targets, t_signers)
            data = _serialize(state.targets)
            _write_atomic(self.metadata_dir / f"{state.targets.signed.version}.targets.json", data)
            state.snapshot.signed.meta["targets.json"] = _meta_file(
                state.targets.signed.version, data
            )
        if targets_changed or snapshot_changed:
            state.snapshot.signed.version += 1
            state.snapshot.signed.expires = self._expiry("snapshot")
            self._sign(state.snapshot, s_signers)
            data = _serialize(state.snapshot)
            _write_atomic(
                self.metadata_dir / f"{state.snapshot.signed.version}.snapshot.json", data
            )
            state.timestamp.signed.snapshot_meta = _meta_file(state.snapshot.signed.version, data)
        state.timestamp.signed.version += 1
        state.timestamp.signed.expires = self._expiry("timestamp", timestamp_days)
        self._sign(state.timestamp, ts_signers)
        _write_atomic(self.metadata_dir / "timestamp.json", _serialize(state.timestamp))

    # -- operations -------------------------------------------------------------------

    def _store_target(self, src: Path, name: str, custom: dict[str, Any]) -> TargetFile:
        target = TargetFile.from_file(name, str(src))
        target.unrecognized_fields["custom"] = custom
        dest = self.target_file(target)
        if not dest.exists():
            copy_atomic(src, dest, mode=0o644)
        return target

    def publish(self, bundle: Path) -> PublishResult:
        """Add a full bundle as the newest version, with a delta from the previous one."""
        from hytedesk.bundle import BundleError, validate_bundle, write_delta

        bundle = Path(bundle)
        manifest = _read_manifest(bundle)
        state = self._load()
        # Signing keys are checked before any work is done.
        for role in ("targets", "snapshot", "timestamp"):
            self._signers(state.root.signed, role)
        if manifest["kind"] != "full":
            raise UserError("publish.not_full", path=str(bundle))
        catalogue_id = str(manifest["catalogue_id"])
        version = int(manifest["version"])
        current = state.targets.signed.targets
        newest = self.newest_full(current)
        if newest is not None:
            published = target_custom(newest)
            if published["catalogue_id"] != catalogue_id:
                raise UserError(
                    "publish.other_catalogue",
                    published=published["catalogue_id"],
                    catalogue=catalogue_id,
                )
            if published["content_digest"] == manifest["content_digest"]:
                return PublishResult("unchanged", catalogue_id, int(published["version"]))
            if version <= int(published["version"]):
                raise UserError(
                    "publish.older_version", version=version, published=published["version"]
                )
        try:
            validate_bundle(bundle)
        except BundleError as exc:
            raise UserError("publish.bad_bundle", path=str(bundle), detail=str(exc)) from None

        full_size = bundle.stat().st_size
        full = self._store_target(
            bundle,
            full_target_name(catalogue_id, version),
            _custom(manifest, full_size),
        )
        new_targets = {full.path: full}
        added = [full.path]
        previous = self.target_file(newest) if newest is not None else None
        if newest is not None and previous is not None and previous.exists():
            base = int(target_custom(newest)["version"])
            with tempfile.TemporaryDirectory(dir=self.path.parent) as tmp:
                out = Path(tmp) / delta_target_name(catalogue_id, base, version)
                try:
                    write_delta(previous, bundle, out)
                except BundleError:
                    # The previous version was published before the reader refused what
                    # it holds: no delta from it; laptops take the full bundle.
                    size = full_size
                else:
                    delta_manifest = _read_manifest(out)
                    size = out.stat().st_size
                # A delta as large as the full bundle is of no use to anyone.
                if size < full_size:
                    custom = _custom(delta_manifest, size)
                    # Lets a client see before downloading whether its catalogue is the base.
                    custom["base_content_digest"] = target_custom(newest)["content_digest"]
                    delta = self._store_target(out, out.name, custom)
                    new_targets[delta.path] = delta
                    added.append(delta.path)
        deltas = sorted(
            (t for t in current.values() if target_custom(t).get("kind") == "delta"),
            key=lambda t: int(target_custom(t)["version"]),
        )
        keep = max(0, self.config.keep_deltas - (len(new_targets) - 1))
        for t in deltas[-keep:] if keep else []:
            new_targets[t.path] = t
        state.targets.signed.targets = dict(sorted(new_targets.items()))
        self._commit(state, targets_changed=True)
        prev = int(target_custom(newest)["version"]) if newest is not None else None
        return PublishResult("published", catalogue_id, version, added, prev)

    def refresh_timestamp(self, days: int | None = None) -> list[str]:
        """Re-sign the timestamp; renew targets and snapshot too when they lapse soon.

        Returns warnings (roles that lapse soon but whose keys are not here).
        """
        state = self._load()
        warnings: list[str] = []
        ts_expires = self._expiry("timestamp", days)
        limit = ts_expires + RENEW_MARGIN
        renew_targets = state.targets.signed.expires < limit
        renew_snapshot = renew_targets or state.snapshot.signed.expires < limit
        root = state.root.signed
        if renew_targets and not self._have_keys(root, "targets"):
            warnings.append(f"targets expires {state.targets.signed.expires.isoformat()}")
            renew_targets = False
        if renew_snapshot and not self._have_keys(root, "snapshot"):
            warnings.append(f"snapshot expires {state.snapshot.signed.expires.isoformat()}")
            renew_targets = renew_snapshot = False
        self._commit(
            state,
            targets_changed=renew_targets,
            snapshot_changed=renew_snapshot,
            timestamp_days=days,
        )
        return warnings

    def _have_keys(self, root: Root, role: str) -> bool:
        try:
            self._signers(root, role)
        except UserError:
            return False
        return True

    def expiries(self) -> dict[str, datetime]:
        state = self._load()
        return {
            "root": state.root.signed.expires,
            "targets": state.targets.signed.expires,
            "snapshot": state.snapshot.signed.expires,
            "timestamp": state.timestamp.signed.expires,
        }

    def rotate_key(self, role: str) -> list[str]:
        """Replace every key of ``role`` with a new one and sign a new root.

        The new root is signed by the threshold of the old root keys and, for a root
        rotation, of the new ones too, so clients can follow it. The rotated role (and the
        roles that point at it) is then re-signed with its new key. Returns the new key ids.
        """
        if role not in keystore.ROLES:
            raise UserError("publish.bad_role", role=role)
        state = self._load()
        root = state.root.signed
        old_root_signers = self._signers(root, "root")
        # The roles re-signed after the rotation need their keys: check before writing.
        resigned = {"targets": ("snapshot", "timestamp"), "snapshot": ("timestamp",)}
        for other in resigned.get(role, ()):
            self._signers(root, other)
        old_keyids = list(root.roles[role].keyids)
        new_signers = [keystore.new_key(self.key_dir, role) for _ in old_keyids]
        for keyid in old_keyids:
            root.revoke_key(keyid, role)
        for signer in new_signers:
            root.add_key(signer.public_key, role)
        root.version += 1
        root.expires = self._expiry("root")
        signers = list(old_root_signers)
        if role == "root":
            signers += new_signers
        self._sign(state.root, signers)
        self._write_root(state.root)
        for keyid in old_keyids:
            keystore.retire_key(self.key_dir, role, keyid)
        if role != "root":
            self._commit(
                state,
                targets_changed=role == "targets",
                snapshot_changed=role in ("targets", "snapshot"),
            )
        return [s.public_key.keyid for s in new_signers]

    def offline_bundle(self, out: Path, valid_days: int | None = None) -> PublishResult:
        """Write one file with the signed metadata and the newest full target (for USB).

        With ``valid_days`` the timestamp is first re-signed to stay valid that long, so
        the stick can travel for weeks; otherwise the current metadata is used as is.
        """
        if valid_days is not None:
            self.refresh_timestamp(valid_days)
        state = self._load()
        newest = self.newest_full(state.targets.signed.targets)
        if newest is None:
            raise UserError("publish.nothing_published")
        custom = target_custom(newest)
        header = {
            "format": OFFLINE_FORMAT,
            "format_version": 1,
            "catalogue_id": custom["catalogue_id"],
            "version": custom["version"],
            "target": newest.path,
            "created": utcnow().isoformat().replace("+00:00", "Z"),
            "expires": state.timestamp.signed.expires.isoformat().replace("+00:00", "Z"),
        }
        files: list[tuple[str, Path]] = [
            (f"metadata/{v}.root.json", self.metadata_dir / f"{v}.root.json")
            for v in self.root_versions()
        ]
        snap_v = state.snapshot.signed.version
        targets_v = state.targets.signed.version
        files += [
            ("metadata/timestamp.json", self.metadata_dir / "timestamp.json"),
            (f"metadata/{snap_v}.snapshot.json", self.metadata_dir / f"{snap_v}.snapshot.json"),
            (f"metadata/{targets_v}.targets.json", self.metadata_dir / f"{targets_v}.targets.json"),
            (f"targets/{newest.get_prefixed_paths()[0]}", self.target_file(newest)),
        ]
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with temp_beside(out, mode=0o644) as tmp, \
                tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as tar:
            data = (json.dumps(header, indent=2) + "\n").encode("utf-8")
            _add_bytes(tar, OFFLINE_MANIFEST, data)
            for name, path in files:
                with path.open("rb") as f:
                    info = tar.gettarinfo(fileobj=f, arcname=name)
                    _normalise(info)
                    tar.addfile(info, f)
        return PublishResult(
            "written", str(custom["catalogue_id"]), int(custom["version"]), [newest.path]
        )


def _normalise(info: tarfile.TarInfo) -> None:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode = 0o644


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    import io

    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(utcnow().timestamp())
    _normalise(info)
    tar.addfile(info, io.BytesIO(data))


def _read_manifest(bundle: Path) -> dict[str, Any]:
    from hytedesk.bundle import BundleError, BundleReader

    try:
        with BundleReader(bundle) as reader:
            return dict(reader.manifest)
    except BundleError as exc:
        raise UserError("publish.bad_bundle", path=str(bundle), detail=str(exc)) from None


def _custom(manifest: dict[str, Any], size: int) -> dict[str, Any]:
    files: dict[str, Any] = manifest.get("files", {})
    return {
        "catalogue_id": manifest["catalogue_id"],
        "kind": manifest["kind"],
        "version": int(manifest["version"]),
        "base_version": manifest.get("base_version"),
        "content_digest": manifest["content_digest"],
        "size": size,
        "uncompressed_size": sum(int(f.get("uncompressed_size", 0)) for f in files.values()),
    }
