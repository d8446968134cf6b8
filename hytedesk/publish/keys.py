"""Private signing keys of a repository, kept in their own folder with owner-only permissions.

One PEM file (PKCS#8, Ed25519) per key, named ``<role>.<keyid>.pem``. The root keys are
needed only to sign a new root (``init-repo``, ``rotate-key``), so they can live on an
offline medium; ``publish`` needs the targets, snapshot and timestamp keys, the daily
``refresh-timestamp`` job only the timestamp key.
"""

from __future__ import annotations

import os
from pathlib import Path

from securesystemslib.signer import CryptoSigner, Key, Signer

from hytedesk.base.i18n import UserError

ROLES = ("root", "targets", "snapshot", "timestamp")


def ensure_key_dir(key_dir: Path) -> None:
    key_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(key_dir, 0o700)


def new_key(key_dir: Path, role: str) -> CryptoSigner:
    """Generate an Ed25519 key for ``role`` and write its private half with mode 0600."""
    ensure_key_dir(key_dir)
    signer = CryptoSigner.generate_ed25519()
    path = key_path(key_dir, role, signer.public_key.keyid)
    # O_EXCL + 0600 at creation: the key is never readable by others, not even briefly.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(signer.private_bytes)
    return signer


def fingerprint(keyid: str) -> str:
    """A key id (SHA-256 of the public key) in groups of four, as people compare them; the
    admin tool prints it and ``hytedesk trust`` shows the same."""
    return " ".join(keyid[i:i + 4] for i in range(0, len(keyid), 4))


def key_path(key_dir: Path, role: str, keyid: str) -> Path:
    return key_dir / f"{role}.{keyid}.pem"


def load_signer(key_dir: Path, role: str, public_key: Key) -> Signer | None:
    """The signer for ``public_key`` if its private key is in ``key_dir``, else ``None``."""
    path = key_path(key_dir, role, public_key.keyid)
    if not path.exists():
        return None
    return CryptoSigner.from_priv_key_uri(f"file2:{path}", public_key)


def retire_key(key_dir: Path, role: str, keyid: str) -> None:
    """Move a key that is no longer trusted out of the way (kept for the record)."""
    path = key_path(key_dir, role, keyid)
    if path.exists():
        retired = key_dir / "retired"
        retired.mkdir(mode=0o700, exist_ok=True)
        os.replace(path, retired / path.name)


def require_signers(key_dir: Path, role: str, keys: list[Key], threshold: int) -> list[Signer]:
    """Signers for at least ``threshold`` of ``keys``, or a UserError naming what is missing."""
    signers = [s for s in (load_signer(key_dir, role, k) for k in keys) if s is not None]
    if len(signers) < threshold:
        raise UserError(
            "publish.keys_missing",
            role=role,
            found=len(signers),
            threshold=threshold,
            key_dir=str(key_dir),
            files=", ".join(key_path(key_dir, role, k.keyid).name for k in keys),
        )
    return signers
