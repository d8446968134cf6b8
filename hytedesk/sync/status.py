"""What the status bar says about the catalogue's freshness (core side, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hytedesk.base.paths import Paths


@dataclass(frozen=True)
class Freshness:
    catalogue_id: str | None
    version: int | None
    verified_at: datetime | None  # last time signed metadata confirmed it (None: never)
    stale_days: int  # the ``sync.stale_days`` setting (0: never warn)
    stale: bool  # warn: the information may be out of date


def freshness(paths: Paths, now: datetime | None = None) -> Freshness:
    """When the current catalogue was last verified, and whether to warn about it."""
    from hytedesk.local.localdb import LocalDB

    with LocalDB(paths) as local:
        pointer = local.pointer()
        stale_days = int(local.get("sync.stale_days"))
    verified = None
    if pointer is not None and pointer.verified_at:
        verified = datetime.fromisoformat(pointer.verified_at.replace("Z", "+00:00"))
    now = now or datetime.now(UTC)
    stale = bool(stale_days) and (verified is None or now - verified > timedelta(days=stale_days))
    return Freshness(
        pointer.catalogue_id if pointer else None,
        pointer.version if pointer else None,
        verified,
        stale_days,
        stale,
    )
