"""Installer presets: strict validation (one line per problem, naming the key), staging,
and the first start that applies them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from hytedesk.app.preset import (
    PresetError,
    apply_settings,
    first_start,
    load_preset,
    stage_preset,
)
from hytedesk.base import i18n
from hytedesk.base.i18n import UserError
from hytedesk.base.paths import default_paths
from hytedesk.local.localdb import LocalDB
from tests.packaging.conftest import GOOD, REPO, SignedCatalogue, WritePreset


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.set_language("en")


def problems(path: Path, **kw: bool) -> list[str]:
    with pytest.raises(PresetError) as info:
        load_preset(path, **kw)
    return info.value.lines


def test_a_good_preset_with_a_signed_offline_bundle(write_preset: WritePreset) -> None:
    preset = load_preset(write_preset())
    assert preset.sync_url == "https://hyte.example.fi/hytedesk/"
    assert preset.stale_days == 21
    assert [u.name for u in preset.units] == ["Kotihoito, Kuhmo", "Etäpäivätoiminta"]
    assert preset.service_areas == ["day-activities", "home-care"]
    assert len(preset.notes) == 1  # signed and verified: only when its signatures expire
    assert "catalogue.initial" in preset.notes[0] and "valid until" in preset.notes[0]
    assert preset.settings() == {
        "sync.url": "https://hyte.example.fi/hytedesk/", "sync.stale_days": 21,
        "import.allow_unsigned": False, "unit.organisation": "Kainuun hyvinvointialue",
        "unit.name": "Kotihoito, Kuhmo", "unit.phone": "08 123 4567",
        "staff.service_area": "day-activities", "client.default_municipality": "Kuhmo",
        "ui.language": "sv",
    }


def test_a_plain_bundle_is_checked_for_format_and_the_build_says_so(
        write_preset: WritePreset, signed: SignedCatalogue) -> None:
    preset = load_preset(write_preset(initial=signed.plain))
    assert len(preset.notes) == 1
    assert "catalogue.initial" in preset.notes[0] and "unsigned" in preset.notes[0]


def test_the_example_preset_is_valid() -> None:
    preset = load_preset(REPO / "packaging" / "preset.example.toml")
    assert preset.organisation and preset.units and preset.trusted_root


BAD = [
    # (what, replace this, with this, the key the one line must name)
    ("wrong type", "stale_days = 21", 'stale_days = "21"', "sync.stale_days"),
    ("wrong type in a unit", 'phone = "08 123 4567"', "phone = 81234567", "units[0].phone"),
    ("unknown key", "stale_days = 21", "stale_days = 21\ncolour = \"blue\"", "sync.colour"),
    ("unknown table", "[staff]", "[printer]\nname = \"x\"\n[staff]", "printer"),
    ("unknown key in a unit", 'phone = "08 123 4567"', 'phone = "08 123 4567"\nfax = "1"',
     "units[0].fax"),
    ("missing required key", 'name = "Kainuun hyvinvointialue"', "", "organisation.name"),
    ("missing key in a unit", 'phone = "08 123 4567"\n', "", "units[0].phone"),
    ("missing file", 'trusted_root = "root.json"', 'trusted_root = "nowhere.json"',
     "sync.trusted_root"),
    ("missing catalogue", 'initial = "{initial}"', 'initial = "gone.hyteoffline"',
     "catalogue.initial"),
    ("url without https", 'url = "https://', 'url = "http://', "sync.url"),
    ("bad choice", 'language = "sv"', 'language = "de"', "defaults.language"),
    ("bad service area", '"day-activities", ', '"pharmacy", ', "staff.service_areas"),
    ("negative days", "stale_days = 21", "stale_days = 0", "sync.stale_days"),
    ("unknown municipality", 'municipality = "Kuhmo"', 'municipality = "Oulu"',
     "defaults.municipality"),
]


@pytest.mark.parametrize("what,old,new,key", BAD, ids=[b[0] for b in BAD])
def test_each_bad_input_is_one_line_naming_the_key(
        write_preset: WritePreset, what: str, old: str, new: str, key: str) -> None:
    assert old in GOOD
    path = write_preset(GOOD.replace(old, new, 1))
    lines = problems(path)
    assert len(lines) == 1, lines
    assert f": {key}: " in lines[0], lines[0]
    assert str(path) in lines[0]
    assert "\n" not in lines[0]


def test_a_table_given_as_a_value(write_preset: WritePreset) -> None:
    text = 'defaults = "Kuhmo"\n' + GOOD[:GOOD.index("[defaults]")]
    lines = problems(write_preset(text))
    assert len(lines) == 1 and ": defaults: wrong type" in lines[0]


def test_every_problem_is_reported_at_once(write_preset: WritePreset) -> None:
    text = GOOD.replace("stale_days = 21", 'stale_days = "x"').replace(
        'language = "sv"', 'language = "de"').replace("[staff]", "[printer]\n[staff]")
    lines = problems(write_preset(text))
    assert len(lines) == 3
    assert [k for k in ("sync.stale_days", "defaults.language", "printer")
            if any(f": {k}: " in line for line in lines)] == [
        "sync.stale_days", "defaults.language", "printer"]


def test_plain_http_only_with_dev(write_preset: WritePreset) -> None:
    path = write_preset(GOOD.replace('url = "https://', 'url = "http://', 1))
    assert load_preset(path, dev=True).sync_url.startswith("http://")


def test_not_toml(write_preset: WritePreset) -> None:
    lines = problems(write_preset("[sync\nurl = 1"))
    assert len(lines) == 1 and "not valid TOML" in lines[0]


def test_root_that_is_not_tuf_root_metadata(write_preset: WritePreset, tmp_path: Path) -> None:
    junk = tmp_path / "junk.json"
    junk.write_text(json.dumps({"signed": {"_type": "root"}, "signatures": []}))
    lines = problems(write_preset(root=junk))
    assert len(lines) == 1
    assert ": sync.trusted_root: " in lines[0] and "not valid TUF root metadata" in lines[0]


def test_root_whose_signature_does_not_match(write_preset: WritePreset,
                                             signed: SignedCatalogue, tmp_path: Path) -> None:
    data = json.loads(signed.root.read_text())
    data["signed"]["expires"] = "2099-01-01T00:00:00Z"  # edited after signing
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(data))
    lines = problems(write_preset(root=forged))
    assert len(lines) == 1 and ": sync.trusted_root: " in lines[0]


def test_targets_metadata_is_not_a_root(write_preset: WritePreset,
                                        signed: SignedCatalogue) -> None:
    targets = sorted(signed.root.parent.glob("*.targets.json"))[-1]
    lines = problems(write_preset(root=targets))
    assert len(lines) == 1 and ": sync.trusted_root: " in lines[0]


def test_catalogue_signed_by_another_repository_fails(
        write_preset: WritePreset, other_repo: SignedCatalogue) -> None:
    lines = problems(write_preset(initial=other_repo.offline))
    assert len(lines) == 1
    assert ": catalogue.initial: " in lines[0] and "does not verify" in lines[0]


def test_damaged_catalogue_fails(write_preset: WritePreset, tmp_path: Path) -> None:
    bad = tmp_path / "bad.hytebundle"
    bad.write_bytes(b"not a bundle at all")
    lines = problems(write_preset(initial=bad))
    assert len(lines) == 1 and ": catalogue.initial: " in lines[0]


def test_staged_preset_reads_back_the_same(write_preset: WritePreset, tmp_path: Path) -> None:
    preset = load_preset(write_preset())
    staged = stage_preset(preset, tmp_path / "stage" / "preset")
    again = load_preset(staged)
    assert again.settings() == preset.settings()
    assert again.units == preset.units
    assert again.trusted_root is not None and again.trusted_root.parent == staged.parent
    assert again.initial_catalogue is not None
    assert again.initial_catalogue.read_bytes() == preset.initial_catalogue.read_bytes()  # type: ignore[union-attr]


def test_first_start_applies_settings_root_and_catalogue(
        write_preset: WritePreset, tmp_home: Path) -> None:
    preset = load_preset(write_preset())
    paths = default_paths().ensure()
    with LocalDB(paths) as local:
        local.set("ui.language", "en")  # the user chose already: kept
    assert first_start(paths, lambda: preset) is True
    with LocalDB(paths) as local:
        assert local.get("ui.language") == "en"
        assert local.get("unit.name") == "Kotihoito, Kuhmo"
        assert local.get("sync.stale_days") == 21
        pointer = local.pointer()
    assert pointer is not None and pointer.signed and pointer.catalogue_id == "mini-region"
    assert (paths.config / "trusted-root.json").read_bytes() == preset.trusted_root.read_bytes()  # type: ignore[union-attr]
    assert apply_settings(paths, preset) == []  # a second time: nothing left to set


def test_without_a_baked_preset_the_demo_is_imported(tmp_home: Path) -> None:
    from hytedesk.app.session import ensure_catalogue

    pointer = ensure_catalogue(default_paths().ensure())
    assert pointer.catalogue_id == "kainuu-demo"


def test_build_check_preset_prints_one_line_per_problem(write_preset: WritePreset) -> None:
    path = write_preset(GOOD.replace("stale_days = 21", 'stale_days = "21"'))
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "check-preset", str(path)],
        capture_output=True, text=True, env={"HYTEDESK_LANG": "en", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert ": sync.stale_days: wrong type" in result.stderr


def test_an_expired_offline_bundle_is_refused_at_build_but_a_laptop_still_starts(
        write_preset: WritePreset, tmp_path: Path, tmp_home: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An installer used after its offline bundle's timestamp expired: the shipped catalogue
    is imported as shipped, unsigned, and the first sync verifies it."""
    from datetime import timedelta

    import hytedesk.publish.repo as repo_mod
    from hytedesk.publish.repo import Repository
    from tests.fixtures import mini

    plain = tmp_path / "late.hytebundle"
    mini.build(plain, catalogue_id="mini-late")
    repo = Repository.init(tmp_path / "late-site", tmp_path / "late-keys")
    repo.publish(plain)
    now = repo_mod.utcnow()
    monkeypatch.setattr(repo_mod, "utcnow", lambda: now - timedelta(days=10))
    expired = tmp_path / "late.hyteoffline"
    repo.offline_bundle(expired, valid_days=1)
    monkeypatch.undo()
    monkeypatch.setenv("HYTEDESK_HOME", str(tmp_home))

    path = write_preset(initial=expired, root=repo.metadata_dir / "root.json")
    lines = problems(path)
    assert len(lines) == 1 and ": catalogue.initial: " in lines[0] and "expired" in lines[0]

    preset = load_preset(path, verify_catalogue=False)
    paths = default_paths().ensure()
    assert first_start(paths, lambda: preset) is True
    with LocalDB(paths) as local:
        pointer = local.pointer()
    assert pointer is not None and pointer.catalogue_id == "mini-late" and not pointer.signed

    # Expiry is the only check waived: a replaced catalogue inside the same tar is refused.
    tampered = tmp_path / "tampered.hyteoffline"
    with tarfile.open(expired) as src, tarfile.open(tampered, "w") as out:
        for member in src.getmembers():
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            if member.name.startswith("targets/"):
                data = data[:-1] + bytes([data[-1] ^ 1])
            out.addfile(member, io.BytesIO(data))
    preset.initial_catalogue = tampered
    other_home = tmp_path / "home2"
    monkeypatch.setenv("HYTEDESK_HOME", str(other_home))
    with pytest.raises(UserError) as info:
        first_start(default_paths().ensure(), lambda: preset)
    assert info.value.key == "sync.digest_mismatch"
