"""Bad input gets a precise error (file, line, field) and never a traceback."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import zstandard

from hytedesk.admin.inputs import CHUNK, iter_json
from tests.admin.conftest import PTV, run_build, texts, write_json


def svc(i: int, **extra: object) -> dict[str, object]:
    rec: dict[str, object] = {"id": f"s-{i}", "name": f"Palvelu {i}", "status": "active",
                              "organization": {"id": "o-1", "name": "Yhdistys ry"},
                              "service_areas": [{"id": f"a-{i}", "name": "Kuhmo"}]}
    rec.update(extra)
    return rec


def test_malformed_json_names_the_line(tmp_path: Path) -> None:
    src = tmp_path / "rikki.json"
    src.write_text('[\n{"id": "a", "name": "A", "status": "active"},\n{"id": "b" "name": "B"}\n]\n')
    result, _ = run_build(src, fmt="hsds")
    assert f"{src}:3: malformed JSON: Expecting ',' delimiter" in texts(result.problems.errors)
    assert result.blocking


def test_truncated_json_and_not_json(tmp_path: Path) -> None:
    src = tmp_path / "kesken.json"
    src.write_text('{"itemList": [{"id": "a", "serviceNames": []},\n', encoding="utf-8")
    result, _ = run_build(src, fmt="ptv")
    assert texts(result.problems.errors)[0].startswith(f"{src}:2: malformed JSON")
    src2 = tmp_path / "teksti.json"
    src2.write_text("hello\n", encoding="utf-8")
    result2, _ = run_build(src2)
    assert texts(result2.problems.errors)[0].startswith(f"{src2}:1: malformed JSON")


def test_json_that_is_not_utf8(tmp_path: Path) -> None:
    src = tmp_path / "latin.json"
    src.write_bytes('[\n{"id": "a",\n "name": "Päiväkerho"}]'.encode("latin-1"))
    result, _ = run_build(src, fmt="hsds")
    assert texts(result.problems.errors) == [
        f"{src}:3: the file is not UTF-8 (byte 0xe4); save it as UTF-8"]


def test_streaming_across_chunks_with_line_numbers(tmp_path: Path) -> None:
    pad = "x" * 3000
    items = [svc(i, description=pad) for i in range(900)]  # > 2 MiB: several chunks
    src = tmp_path / "iso.json"
    src.write_text("[\n" + ",\n".join(json.dumps(r) for r in items) + "\n]\n", encoding="utf-8")
    assert src.stat().st_size > 2 * CHUNK
    with src.open("rb") as f:
        got = [(line, rec["id"]) for line, rec, _env in iter_json(f)]
    assert got == [(i + 2, f"s-{i}") for i in range(900)]
    # JSON Lines and a paged response stream the same way.
    jl = tmp_path / "rivit.jsonl"
    jl.write_text("".join(json.dumps(r) + "\n" for r in items[:5]), encoding="utf-8")
    with jl.open("rb") as f:
        assert [line for line, _r, _e in iter_json(f)] == [1, 2, 3, 4, 5]
    page = io.BytesIO(json.dumps({"total_items": 2, "contents": items[:2], "page_number": 1},
                                 indent=1).encode())
    records = list(iter_json(page))
    assert [r["id"] for _l, r, _e in records] == ["s-0", "s-1"]
    assert records[-1][2]["total_items"] == 2


def test_file_over_2_gib_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "valtava.json"
    with big.open("wb") as f:
        f.truncate(2 * 1024**3 + 1)  # sparse: costs no disk
    result, _ = run_build(big, fmt="ptv")
    assert texts(result.problems.errors) == [
        f"{big}: the file is too large (2048 MiB, at most 2048 MiB); split it into parts"]


def test_zstd_bomb_stops_early(tmp_path: Path) -> None:
    bomb = tmp_path / "pommi.json.zst"
    cctx = zstandard.ZstdCompressor(level=3)
    with bomb.open("wb") as f, cctx.stream_writer(f) as w:
        w.write(b"[")
        block = b" " * (1 << 20)
        for _ in range(128):  # 128 MiB of spaces, a few kB compressed
            w.write(block)
    assert bomb.stat().st_size < 1024**2
    result, _ = run_build(bomb, fmt="ptv")
    (err,) = texts(result.problems.errors)
    assert "decompresses to more than 64 MiB" in err and "decompression bomb" in err


def test_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    bomb = tmp_path / "pommi.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("services.csv", "id,name\n" + " " * (100 * 1024**2))
    result, _ = run_build(bomb)
    (err,) = texts(result.problems.errors)
    assert "decompression bomb" in err


def test_duplicate_id_with_different_content_in_one_source(tmp_path: Path) -> None:
    src = tmp_path / "tuplat.json"
    src.write_text("[\n" + ",\n".join(json.dumps(r) for r in [
        svc(1), svc(1), svc(1, description="toinen")]) + "\n]\n", encoding="utf-8")
    result, services = run_build(src)
    assert texts(result.problems.errors) == [
        f"{src}:4: id: id 's-1' already appears on line 2 with different content"]
    assert "s-1" not in services


def test_same_id_from_two_sources_is_merged(tmp_path: Path) -> None:
    a = write_json(tmp_path / "a.json", [svc(1, phones=[{"id": "p1", "number": "040 1"}])])
    b = write_json(tmp_path / "b.json", [svc(1, description="Kuvaus B", email="b@example.fi",
                                             phones=[{"id": "p2", "number": "040 2"}])])
    result, services = run_build(a, b)
    rec = services["s-1"]
    assert rec["description"] == "Kuvaus B" and rec["email"] == "b@example.fi"
    assert [p["number"] for p in rec["phones"]] == ["040 1", "040 2"]  # type: ignore[index]
    assert result.report.merged_count == 1 and result.report.merged == ["s-1"]


def test_probable_duplicate_is_reported_not_doubled(tmp_path: Path) -> None:
    a = write_json(tmp_path / "a.json", [svc(1, name="Kahvikerho")])
    b = write_json(tmp_path / "b.json", [svc(2, name="KAHVIKERHO ")])
    result, services = run_build(a, b)
    assert result.report.duplicates == [["s-1", "s-2"]]
    assert any("probable duplicate: same name, organiser and municipality as service s-1" in w
               for w in texts(result.problems.warnings))
    assert len(services) == 2


def test_unknown_format_and_missing_file(tmp_path: Path) -> None:
    weird = write_json(tmp_path / "outo.json", [{"foo": 1}])
    result, _ = run_build(weird, tmp_path / "puuttuu.json")
    errors = texts(result.problems.errors)
    assert errors[0].startswith(f"{weird}: the source's format was not recognised")
    assert errors[1] == f"{tmp_path / 'puuttuu.json'}: file not found"


def test_coordinates_outside_finland_are_a_warning(tmp_path: Path) -> None:
    channels = json.loads((PTV / "channels.json").read_text(encoding="utf-8"))
    street = channels[0]["addresses"][0]["streetAddress"]
    street["latitude"], street["longitude"] = "5000000", "500000"  # far south of Finland
    bad = write_json(tmp_path / "channels.json", channels)
    result, services = run_build(PTV / "services.json", bad, PTV / "organizations.json")
    assert any(": addresses[0].latitude: coordinates 5000000, 500000 are not in Finland" in w
               for w in texts(result.problems.warnings))
    loc = services["05000000-0000-4000-8000-000000000001"]["service_at_locations"][0]
    assert "latitude" not in loc["location"]  # type: ignore[index]


def test_wrong_types_inside_a_record_name_the_record(tmp_path: Path) -> None:
    page = json.loads((PTV / "services.json").read_text(encoding="utf-8"))
    page["itemList"][0]["serviceChannels"] = [{"serviceChannel": {"id": {"x": 1}}}, True]
    page["itemList"][1]["serviceNames"] = [{"language": ["fi"], "value": 3}]
    page["itemList"][2]["organizations"] = "Kajaanin seurakunta"
    src = write_json(tmp_path / "tyypit.json", page)
    result, services = run_build(src, PTV / "channels.json", PTV / "organizations.json")
    errors = texts(result.problems.errors)
    assert any(":" in e and "serviceNames: required value is missing" in e for e in errors)
    assert any("organizations: the service has no responsible organisation" in e
               for e in errors)
    assert "Traceback" not in "\n".join(errors)


def test_truncated_multibyte_character_at_the_end(tmp_path: Path) -> None:
    src = tmp_path / "katkennut.json"
    src.write_bytes('[{"id": "a", "name": "Päivä'.encode()[:-3])
    result, _ = run_build(src, fmt="hsds")
    assert result.blocking and "Traceback" not in str(texts(result.problems.errors))


def test_pyproj_is_imported_only_when_converting() -> None:
    import subprocess
    import sys

    code = ("import sys, hytedesk.admin.build_cmd, hytedesk.admin.build; "
            "print('pyproj' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr
    import hytedesk

    core = Path(hytedesk.__file__).parent
    users = [p for p in core.rglob("*.py") if "pyproj" in p.read_text(encoding="utf-8")]
    assert all("admin" in p.parts for p in users), users
