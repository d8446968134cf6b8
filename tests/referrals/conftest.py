"""Fixtures of the referral tests: a home with the referral test catalogue imported."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

import hytedesk.referrals  # noqa: F401  (installs the local-services search hook)
from hytedesk.app.session import Session, open_session
from hytedesk.base.paths import Paths, default_paths
from hytedesk.catalogue.importer import import_bundle
from hytedesk.local.localdb import LocalDB
from tests.referrals import fixture

# A Monday morning: the peer-support group meets on Tuesdays, the phone friend on Mondays.
NOW = datetime(2026, 11, 30, 9, 0)


@pytest.fixture
def paths(tmp_home: Path, tmp_path: Path) -> Paths:
    p = default_paths().ensure()
    bundle = tmp_path / "reftest-1.hytebundle"
    fixture.build(bundle)
    import_bundle(p, bundle)
    return p


@pytest.fixture
def session(paths: Paths) -> Iterator[Session]:
    s = open_session(paths)
    yield s
    s.close()


@pytest.fixture
def local(paths: Paths) -> Iterator[LocalDB]:
    db = LocalDB(paths)
    yield db
    db.close()
