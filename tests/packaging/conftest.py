"""Presets and signed catalogues for the packaging tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from hytedesk.publish.repo import Repository
from tests.fixtures import mini

REPO = Path(__file__).resolve().parents[2]
DEMO_ROOT = REPO / "hytedesk" / "resources" / "tuf" / "demo-root.json"

GOOD = """\
[sync]
url = "https://hyte.example.fi/hytedesk/"
trusted_root = "root.json"
stale_days = 21

[catalogue]
initial = "{initial}"
allow_unsigned_imports = false

[organisation]
name = "Kainuun hyvinvointialue"

[[units]]
name = "Kotihoito, Kuhmo"
phone = "08 123 4567"

[[units]]
name = "Etäpäivätoiminta"
phone = "08 765 4321"

[staff]
service_areas = ["day-activities", "home-care"]

[defaults]
municipality = "Kuhmo"
language = "sv"
"""


@dataclass
class SignedCatalogue:
    root: Path  # the repository's root.json
    offline: Path  # a signed offline bundle of the mini catalogue
    plain: Path  # the same catalogue as a plain bundle


def _signed(tmp: Path, name: str) -> SignedCatalogue:
    plain = tmp / f"{name}.hytebundle"
    mini.build(plain, catalogue_id=f"mini-{name}")
    repo = Repository.init(tmp / f"{name}-site", tmp / f"{name}-keys")
    repo.publish(plain)
    offline = tmp / f"{name}.hyteoffline"
    repo.offline_bundle(offline, valid_days=30)
    return SignedCatalogue(repo.metadata_dir / "root.json", offline, plain)


@pytest.fixture(scope="session")
def signed(tmp_path_factory: pytest.TempPathFactory) -> SignedCatalogue:
    return _signed(tmp_path_factory.mktemp("signed"), "region")


@pytest.fixture(scope="session")
def other_repo(tmp_path_factory: pytest.TempPathFactory) -> SignedCatalogue:
    """A second repository with its own keys: its catalogue must not verify against ``signed``."""
    return _signed(tmp_path_factory.mktemp("other"), "other")


WritePreset = Callable[..., Path]


@pytest.fixture
def write_preset(tmp_path: Path, signed: SignedCatalogue) -> WritePreset:
    """Writes a preset (GOOD, or the text given) beside copies of the root and catalogue."""

    def write(text: str | None = None, *, initial: Path | None = None,
              root: Path | None = None) -> Path:
        folder = tmp_path / "preset"
        folder.mkdir(exist_ok=True)
        shutil.copyfile(root or signed.root, folder / "root.json")
        source = initial or signed.offline
        shutil.copyfile(source, folder / source.name)
        path = folder / "region.toml"
        path.write_text((text or GOOD).replace("{initial}", source.name), "utf-8")
        return path

    return write
