"""The bundle reader: valid bundles pass; each kind of invalid bundle is rejected whole."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path
from typing import Any

import pytest
import zstandard

from hytedesk.bundle import BundleError, BundleReader, validate_bundle, write_bundle, write_delta
from hytedesk.bundle.reader import MAX_LINE_BYTES
from tests.fixtures import mini


def _members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def _repack(path: Path, members: dict[str, bytes]) -> None:
    with tarfile.open(path, "w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def _rewrite_member(path: Path, member: str, lines: list[bytes], *, fix_manifest: bool) -> None:
    """Replaces a member's content; optionally updates the manifest's figures to match."""
    import hashlib

    raw = b"".join(lines)
    comp = zstandard.ZstdCompressor().compress(raw)
    members = _members(path)
    members[member] = comp
    if fix_manifest:
        m = json.loads(members["manifest.json"])
        m["files"][member] = {"sha256": hashlib.sha256(comp).hexdigest(), "size": len(comp),
                              "uncompressed_size": len(raw), "lines": len(lines)}
        key = {"services.jsonl.zst": "services"}.get(member)
        if key:
            m["counts"][key] = len(lines)
        members["manifest.json"] = json.dumps(m).encode()
    _repack(path, members)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    path = tmp_path / "mini-1.hytebundle"
    mini.build(path)
    return path


def test_valid_bundle_reads_and_digest_matches(bundle: Path) -> None:
    manifest = validate_bundle(bundle)
    assert manifest["counts"]["services"] == len(mini.SERVICES)
    with BundleReader(bundle) as r:
        ids = [rec["id"] for _n, rec, _ in r.records("service")]
    assert ids == [s["id"] for s in mini.SERVICES]


def test_writer_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    mini.build(a)
    mini.build(b)
    assert a.read_bytes() == b.read_bytes()


def test_folder_form_is_accepted(bundle: Path, tmp_path: Path) -> None:
    folder = tmp_path / "unpacked"
    folder.mkdir()
    for name, data in _members(bundle).items():
        (folder / name).write_bytes(data)
    assert validate_bundle(folder)["content_digest"] == validate_bundle(bundle)["content_digest"]


def _service_lines(bundle: Path) -> list[bytes]:
    raw = zstandard.ZstdDecompressor().stream_reader(
        io.BytesIO(_members(bundle)["services.jsonl.zst"])).read()
    return raw.splitlines(keepends=True)


def _problems(path: Path) -> list[str]:
    with pytest.raises(BundleError) as err:
        validate_bundle(path)
    return [p.text("en") for p in err.value.problems]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda r: r.pop("name"), "services.jsonl.zst:3: name: required field is missing"),
        (lambda r: r.update(status="open"), "services.jsonl.zst:3: status: value 'open'"),
        (lambda r: r.update(url="javascript:alert(1)"), "services.jsonl.zst:3: url:"),
        (lambda r: r.update(schedules=[{"id": "x", "freq": "WEEKLY", "opens_at": "25:00"}]),
         "services.jsonl.zst:3: schedules[0].opens_at: value '25:00'"),
        (lambda r: r["service_at_locations"][0]["location"].update(latitude=27.7, longitude=64.2),
         "services.jsonl.zst:3: service_at_locations[0].location.latitude: coordinates"),
        (lambda r: r.update(attributes=[{"id": "z", "taxonomy_term_id": "nope:1"}]),
         "services.jsonl.zst:3: attributes: refers to an unknown id 'nope:1'"),
        (lambda r: r.update(translations={"de": {"name": "x"}}),
         "services.jsonl.zst:3: translations: translations: unknown language 'de'"),
        (lambda r: r.update(minimum_age="ten"), "services.jsonl.zst:3: minimum_age: wrong type"),
    ],
)
def test_invalid_record_is_rejected_with_member_line_field(
    bundle: Path, mutate: Any, expected: str
) -> None:
    lines = _service_lines(bundle)
    rec = json.loads(lines[2])
    mutate(rec)
    lines[2] = (json.dumps(rec, ensure_ascii=False) + "\n").encode()
    _rewrite_member(bundle, "services.jsonl.zst", lines, fix_manifest=True)
    problems = _problems(bundle)
    assert any(p.startswith(expected) for p in problems), problems


def test_malformed_json_names_line(bundle: Path) -> None:
    lines = _service_lines(bundle)
    lines[4] = b'{"id": "x", "name": \n'
    _rewrite_member(bundle, "services.jsonl.zst", lines, fix_manifest=True)
    assert _problems(bundle)[0].startswith("services.jsonl.zst:5: invalid JSON")


def test_duplicate_id_is_rejected(bundle: Path) -> None:
    lines = _service_lines(bundle)
    lines.append(lines[0])
    _rewrite_member(bundle, "services.jsonl.zst", lines, fix_manifest=True)
    assert any("already appears on line 1" in p for p in _problems(bundle))


def test_tampered_member_fails_its_hash(bundle: Path) -> None:
    lines = _service_lines(bundle)
    lines[0] = lines[0].replace(b"Talous", b"Tulous")
    _rewrite_member(bundle, "services.jsonl.zst", lines, fix_manifest=False)
    problems = _problems(bundle)
    assert any("does not match the manifest" in p for p in problems), problems


def test_changed_content_fails_the_content_digest(bundle: Path) -> None:
    lines = _service_lines(bundle)
    lines[0] = lines[0].replace(b"Talous", b"Tulous")
    _rewrite_member(bundle, "services.jsonl.zst", lines, fix_manifest=True)
    assert any("content_digest" in p for p in _problems(bundle))


def test_zstd_bomb_stops_at_declared_size(bundle: Path) -> None:
    import hashlib

    bomb = zstandard.ZstdCompressor(level=19).compress(b"\n" * (64 * 1024 * 1024))
    members = _members(bundle)
    members["services.jsonl.zst"] = bomb
    m = json.loads(members["manifest.json"])
    m["files"]["services.jsonl.zst"].update(sha256=hashlib.sha256(bomb).hexdigest(),
                                            size=len(bomb))
    members["manifest.json"] = json.dumps(m).encode()
    _repack(bundle, members)
    assert len(bomb) < 100_000
    problems = _problems(bundle)
    assert any("empty line" in p or "larger when decompressed" in p for p in problems), problems


def test_overlong_line_is_rejected(bundle: Path) -> None:
    lines = [b'{"id":"a","name":"' + b"x" * (MAX_LINE_BYTES + 10) + b'"}\n']
    _rewrite_member(bundle, "services.jsonl.zst", lines, fix_manifest=True)
    assert any("line is too long" in p for p in _problems(bundle))


def test_unexpected_member_and_bad_manifest(bundle: Path, tmp_path: Path) -> None:
    members = _members(bundle)
    members["evil.sh"] = b"rm -rf /"
    _repack(bundle, members)
    assert any(p.startswith("evil.sh") for p in _problems(bundle))
    members.pop("evil.sh")
    m = json.loads(members["manifest.json"])
    m["format_version"] = 2
    members["manifest.json"] = json.dumps(m).encode()
    _repack(bundle, members)
    assert any("format_version" in p for p in _problems(bundle))


def test_not_a_bundle(tmp_path: Path) -> None:
    junk = tmp_path / "junk.hytebundle"
    junk.write_bytes(b"PK\x03\x04 this is a zip, not a tar" * 20)
    assert "is not a catalogue bundle" in _problems(junk)[0]
    assert "file not found" in _problems(tmp_path / "missing")[0]


def test_checklist_labels_need_all_languages(tmp_path: Path) -> None:
    bad = json.loads(json.dumps(mini.CHECKLIST))
    del bad["groups"][0]["items"][0]["label"]["sv"]
    path = tmp_path / "b"
    write_bundle(path, catalogue_id="mini", version=1, source="t", checklists=[bad],
                 taxonomies=mini.TAXONOMIES, taxonomy_terms=mini.TERMS)
    assert any("groups[0].items[0].label.sv" in p for p in _problems(path))


def test_delta_holds_changes_and_deletions(tmp_path: Path) -> None:
    a, b, d = tmp_path / "a", tmp_path / "b", tmp_path / "d"
    mini.build(a, version=1)
    changed = [dict(s) for s in mini.SERVICES[1:]]
    changed[0]["name"] = "Kuntosaliohjaus kaikille"
    mini.build(b, version=2, services=changed)
    m = write_delta(a, b, d)
    assert m["kind"] == "delta" and m["base_version"] == 1 and m["version"] == 2
    assert m["counts"]["services"] == 1 and m["counts"]["deletions"] == 1
    assert m["content_digest"] == validate_bundle(b)["content_digest"]
    with BundleReader(d) as r:
        assert [rec for _n, rec, _ in r.deletions()] == [{"kind": "service", "id": "velka"}]


def test_a_line_that_is_not_canonical_is_refused(bundle: Path) -> None:
    """Equal records must travel as equal lines; otherwise deltas and digests drift."""
    lines = _service_lines(bundle)
    rec = json.loads(lines[0])
    lines[0] = (json.dumps(rec, ensure_ascii=True, indent=None) + "\n").encode()  # not sorted
    _rewrite_member(bundle, "services.jsonl.zst", lines, fix_manifest=True)
    assert any("content_digest" in p for p in _problems(bundle))


def test_checklist_crisis_fields_are_checked(tmp_path: Path) -> None:
    good = json.loads(json.dumps(mini.CHECKLIST))
    item = good["groups"][0]["items"][0]
    item.update(red_flag=True, crisis_contacts=["velka"], urgency=1, about_close_one=True)
    ok = tmp_path / "ok"
    write_bundle(ok, catalogue_id="mini", version=1, source="t", checklists=[good],
                 taxonomies=mini.TAXONOMIES, taxonomy_terms=mini.TERMS)
    validate_bundle(ok)
    item.update(crisis_contacts=["velka", 112, "velka"], urgency=0, about_close_one="yes")
    bad = tmp_path / "bad"
    write_bundle(bad, catalogue_id="mini", version=1, source="t", checklists=[good],
                 taxonomies=mini.TAXONOMIES, taxonomy_terms=mini.TERMS)
    problems = " | ".join(_problems(bad))
    for field in ("items[0].crisis_contacts[1]", "items[0].crisis_contacts[2]",
                  "items[0].urgency", "items[0].about_close_one"):
        assert field in problems, field
