"""Canonical record form and the catalogue content digest."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any


def canonical_json(record: Any) -> str:
    """Keys sorted, no insignificant white space, non-ASCII kept as is."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_hash(record: Any) -> str:
    return hashlib.sha256(canonical_json(record).encode("utf-8")).hexdigest()


def content_digest_sorted(entries: Iterable[tuple[str, str, str]]) -> str:
    """Digest over ``(kind, id, record hash)`` triples already sorted by kind, then id
    (byte order): streams, so memory does not grow with the catalogue."""
    h = hashlib.sha256()
    for kind, rid, rh in entries:
        h.update(f"{kind}\t{rid}\t{rh}\n".encode())
    return "sha256:" + h.hexdigest()


def content_digest(entries: Iterable[tuple[str, str, str]]) -> str:
    """Digest over ``(kind, id, record hash)`` triples, in any order."""
    lines = sorted(
        (f"{kind}\t{rid}\t{h}\n".encode() for kind, rid, h in entries),
    )
    h = hashlib.sha256()
    for line in lines:
        h.update(line)
    return "sha256:" + h.hexdigest()
