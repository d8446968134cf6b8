"""What a laptop cannot import, the publisher cannot publish (issue 10, case 5).

Each bundle below was once accepted somewhere and then crashed a laptop or the publisher:
a lone surrogate, NaN/Infinity costs, JSON nested 100,000 deep, a count of "many",
``format_version: true``, ids ``X`` and ``X\\n`` side by side, version 2^53. The reader
refuses each with the member, line and field; ``hytedesk-admin validate``, ``publish`` and
``hytedesk import-bundle`` refuse the same bundles with exit status 2 and no traceback,
and the catalogue in use stays as it was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hytedesk.admin.main import main as admin_main
from hytedesk.bundle import BundleError, validate_bundle
from hytedesk.commands.main import main as app_main
from tests.fixtures import mini
from tests.fixtures.rawbundle import assemble, line, mini_lines, service

DEEP = 100_000


def _plus_services(*raw: bytes) -> dict[str, list[bytes]]:
    lines = mini_lines()
    lines["service"] += list(raw)
    return lines


def _dumped(rec: dict[str, Any]) -> bytes:
    """JSON as Python writes it: ASCII escapes (so a lone surrogate survives), NaN allowed."""
    return json.dumps(rec, sort_keys=True, separators=(",", ":")).encode() + b"\n"


def _count(m: dict[str, Any]) -> None:
    m["counts"]["services"] = "many"


# name -> (build the bundle at path, text the first problem starts with, ...and contains)
Case = tuple[Callable[[Path], Path], str, str]
CASES: dict[str, Case] = {
    "lone-surrogate": (
        lambda p: assemble(p, _plus_services(_dumped(service(id="sur", name="Kerho \ud800"))),
                           version=5),
        "services.jsonl.zst:9: name:", "lone UTF-16 surrogate (\\ud800)"),
    "nan-cost": (
        lambda p: assemble(p, _plus_services(_dumped(service(
            id="nan", cost_options=[{"id": "c", "amount": float("nan")}]))), version=5),
        "services.jsonl.zst:9: cost_options[0].amount:", "NaN or infinite"),
    "infinite-cost": (
        lambda p: assemble(p, _plus_services(_dumped(service(
            id="inf", cost_options=[{"id": "c", "amount": float("inf")}]))), version=5),
        "services.jsonl.zst:9: cost_options[0].amount:", "NaN or infinite"),
    "overflowing-cost": (
        lambda p: assemble(p, _plus_services(_dumped(service(
            id="big", cost_options=[{"id": "c", "amount": 7}])).replace(b'"amount":7',
                                                                       b'"amount":1e999')),
                           version=5),
        "services.jsonl.zst:9: cost_options[0].amount:", "NaN or infinite"),
    "deep-line": (
        lambda p: assemble(p, _plus_services(
            b'{"id":"deep","x":' + b"[" * DEEP + b"]" * DEEP + b"}\n"), version=5),
        "services.jsonl.zst:9:", "nested deeper than 32 levels"),
    "deep-manifest": (
        lambda p: assemble(p, manifest_raw=b'{"format":' + b"[" * DEEP + b"]" * DEEP + b"}"),
        "manifest.json:", "nested deeper than 32 levels"),
    "format-version-true": (
        lambda p: assemble(p, version=5, edit=lambda m: m.update(format_version=True)),
        "manifest.json: format_version:", "not allowed"),
    "count-many": (
        lambda p: assemble(p, version=5, edit=_count),
        "manifest.json: counts.services:", "wrong type: expected integer"),
    "version-2-53": (
        lambda p: assemble(p, version=2**53), "manifest.json: version:", "out of range"),
    "version-text": (
        lambda p: assemble(p, version="5"), "manifest.json: version:", "expected integer"),
    "version-true": (
        lambda p: assemble(p, version=True), "manifest.json: version:", "expected integer"),
    "ids-x-and-x-newline": (
        lambda p: assemble(p, _plus_services(line(service(id="X")), line(service(id="X\n"))),
                           version=5),
        "services.jsonl.zst:10: id:", "control characters"),
    "id-with-escape": (
        lambda p: assemble(p, _plus_services(line(service(id="evil\x1b[2J"))), version=5),
        "services.jsonl.zst:9: id:", "control characters"),
    "catalogue-id-newline": (
        lambda p: assemble(p, version=5, catalogue_id="mini\n"),
        "manifest.json: catalogue_id:", "is not of the form"),
}


@pytest.fixture(params=sorted(CASES))
def bad(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str, str]:
    build, where, what = CASES[request.param]
    return build(tmp_path / f"{request.param}.hytebundle"), where, what


def test_the_good_assembled_bundle_is_accepted(tmp_path: Path) -> None:
    """The cases differ from a valid bundle only in what each puts in."""
    manifest = validate_bundle(assemble(tmp_path / "good.hytebundle"))
    assert manifest["counts"]["services"] == len(mini.SERVICES)


def test_reader_refuses_with_member_line_and_field(bad: tuple[Path, str, str]) -> None:
    path, where, what = bad
    with pytest.raises(BundleError) as err:
        validate_bundle(path)
    first = err.value.problems[0].text("en")
    assert first.startswith(where) and what in first, first
    assert path.name in str(err.value)


def test_admin_validate_refuses(bad: tuple[Path, str, str],
                                capsys: pytest.CaptureFixture[str]) -> None:
    path, where, what = bad
    assert admin_main(["validate", "--lang", "en", str(path)]) == 2
    out = capsys.readouterr().err  # problems go to stderr, the summary to stdout
    assert f"{path}:{where}" in out and what in out, out


def test_import_refuses_and_keeps_the_catalogue(bad: tuple[Path, str, str], tmp_home: Path,
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path, where, what = bad
    good = mini.build(tmp_path / "good.hytebundle", version=1)
    assert good["version"] == 1
    assert app_main(["import-bundle", "--allow-unsigned", str(tmp_path / "good.hytebundle")]) == 0
    capsys.readouterr()
    assert app_main(["import-bundle", "--allow-unsigned", str(path)]) == 2
    err = capsys.readouterr().err
    assert path.name in err and where in err, err
    assert app_main(["info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["catalogue_id"], info["version"]) == ("mini", 1)
    assert info["counts"]["services"] == len(mini.SERVICES)


def test_publish_refuses_each_and_the_next_publish_works(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    assert admin_main(["init-repo", str(repo), "--keys", str(keys)]) == 0
    mini.build(tmp_path / "v1.hytebundle", version=1)
    assert admin_main(["publish", str(tmp_path / "v1.hytebundle"), "--repo", str(repo),
                       "--keys", str(keys)]) == 0
    capsys.readouterr()
    for name, (build, where, what) in sorted(CASES.items()):
        path = build(tmp_path / f"{name}.hytebundle")
        status = admin_main(["publish", str(path), "--repo", str(repo), "--keys", str(keys)])
        err = capsys.readouterr().err
        assert status == 2, name
        assert where in err and what in err, (name, err)
    mini.build(tmp_path / "v6.hytebundle", version=6, services=mini.SERVICES[1:])
    assert admin_main(["publish", str(tmp_path / "v6.hytebundle"), "--repo", str(repo),
                       "--keys", str(keys)]) == 0
    from hytedesk.publish.repo import Repository

    names = set(Repository(repo, keys).targets())
    assert any(n.endswith("-6.hytebundle") for n in names), names
    assert not any("-5" in n or "9007199254740992" in n for n in names), names


@pytest.mark.parametrize("case", ["lone-surrogate", "deep-line", "deep-manifest"])
def test_real_processes_end_in_one_line_not_a_traceback(case: str, tmp_path: Path) -> None:
    build, where, what = CASES[case]
    path = build(tmp_path / f"{case}.hytebundle")
    env = {**os.environ, "HYTEDESK_HOME": str(tmp_path / "home"), "HYTEDESK_LANG": "en"}
    for argv in (["-m", "hytedesk.commands.main", "import-bundle", "--allow-unsigned"],
                 ["-m", "hytedesk.admin.main", "validate"]):
        proc = subprocess.run([sys.executable, *argv, str(path)], capture_output=True,
                              text=True, env=env, timeout=120)
        assert proc.returncode == 2, proc
        assert "Traceback" not in proc.stderr + proc.stdout
        assert what in proc.stderr + proc.stdout


# -- the admin build refuses the same values in its sources --------------------------------


def _hsds(i: int, **extra: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {"id": f"s-{i}", "name": f"Palvelu {i}", "status": "active",
                           "organization": {"id": "o-1", "name": "Yhdistys ry"},
                           "service_areas": [{"id": f"a-{i}", "name": "Kuhmo"}]}
    rec.update(extra)
    return rec


@pytest.mark.parametrize(("record", "field", "what"), [
    (_hsds(2, name="Kerho \ud800"), "name", "lone UTF-16 surrogate"),
    (_hsds(2, cost_options=[{"id": "c", "amount": float("nan")}]), "cost_options[0].amount",
     "out of range"),
    (_hsds(2, extra=json.loads("[" * 40 + "]" * 40)), "", "nested deeper than 32"),
    (_hsds(2, id="X\n"), "id", "control characters"),
], ids=["surrogate", "nan", "deep", "id-newline"])
def test_admin_build_refuses_what_the_laptop_refuses(
    record: dict[str, Any], field: str, what: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src = tmp_path / "palvelut.json"
    src.write_text("[\n" + json.dumps(_hsds(1)) + ",\n" + json.dumps(record) + "\n]\n")
    out = tmp_path / "alue-1.hytebundle"
    status = admin_main(["build", "--lang", "en", "--format", "hsds", str(src), "-o", str(out)])
    printed = capsys.readouterr().err  # problems go to stderr, the summary to stdout
    assert status == 2
    assert not out.exists() and not list(tmp_path.glob(".*part*"))
    where = f"{src}:3: {field}:" if field else f"{src}:3: "
    assert where in printed and what in printed, printed
    assert admin_main(["validate", "--lang", "en", "--format", "hsds", str(src)]) == 2
    assert what in capsys.readouterr().err


def test_a_bad_bundle_published_before_does_not_block_the_next_publish(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A region whose repository already holds a bundle that today's reader refuses (it was
    published before the reader was strict) publishes its next version in full."""
    from hytedesk.publish.repo import Repository

    repo, keys = tmp_path / "repo", tmp_path / "keys"
    assert admin_main(["init-repo", str(repo), "--keys", str(keys)]) == 0
    mini.build(tmp_path / "v1.hytebundle", version=1)
    assert admin_main(["publish", str(tmp_path / "v1.hytebundle"), "--repo", str(repo),
                       "--keys", str(keys)]) == 0
    r = Repository(repo, keys)
    (name,) = r.targets()
    old = CASES["lone-surrogate"][0](tmp_path / "old.hytebundle")
    r.target_file(r.targets()[name]).write_bytes(old.read_bytes())
    mini.build(tmp_path / "v2.hytebundle", version=2, services=mini.SERVICES[1:])
    assert admin_main(["publish", str(tmp_path / "v2.hytebundle"), "--repo", str(repo),
                       "--keys", str(keys)]) == 0
    assert "-2.hytebundle" in capsys.readouterr().out
    assert sorted(Repository(repo, keys).targets()) == ["mini-2.hytebundle"]
