"""Safe text (issue 10, case 8): catalogue text and file names never reach a terminal as
control sequences, and a huge field cannot make a huge handout.

A service named ``Kerho ESC[2J BEL`` would clear the terminal of whoever searched for it
and ring its bell; a bundle file or a tar member named so would do the same through an
error message. The command-line tools print such characters as escapes (``\\x1b``).
"""

from __future__ import annotations

import io
import json
import re
import tarfile
from datetime import date
from pathlib import Path

import pytest

from hytedesk.admin.main import main as admin_main
from hytedesk.bundle import write_bundle
from hytedesk.commands.main import main as app_main
from hytedesk.referrals.handout import Handout, build_html
from hytedesk.referrals.services import ServiceDetail
from tests.fixtures import mini

EVIL = "\x1b[2J\x07\x9b31m"
RAW = ("\x1b", "\x07", "\x9b")


def _clean(text: str) -> None:
    for ch in RAW:
        assert ch not in text, repr(text)


def _evil_catalogue(path: Path) -> None:
    services = [dict(s) for s in mini.SERVICES]
    services[0] = {**services[0], "name": f"Velkaneuvonta {EVIL}loppu",
                   "organization": {"id": "org-velka", "name": f"Yhdistys{EVIL}"}}
    write_bundle(path, catalogue_id="mini", version=1, source=f"lähde {EVIL}",
                 sample_data=True, created="2026-11-01T00:00:00Z", services=services,
                 taxonomies=mini.TAXONOMIES, taxonomy_terms=mini.TERMS,
                 checklists=[mini.CHECKLIST], places=mini.PLACES)


def test_search_and_info_escape_catalogue_text(tmp_home: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    bundle = tmp_path / "mini-1.hytebundle"
    _evil_catalogue(bundle)
    assert app_main(["import-bundle", "--allow-unsigned", str(bundle)]) == 0
    capsys.readouterr()
    assert app_main(["search", "velkaneuvonta"]) == 0
    out = capsys.readouterr().out
    _clean(out)
    # The importer removes control characters from stored text; what is left is printed
    # escaped (either way, nothing raw reaches the terminal).
    assert re.search(r"Velkaneuvonta (\\x1b)?\[2J(\\x07)?(\\x9b)?31mloppu — Yhdistys", out), out
    assert app_main(["info"]) == 0
    out = capsys.readouterr().out
    _clean(out)
    assert "source: lähde \\x1b[2J\\x07\\x9b31m" in out
    parsed = []
    for argv in (["search", "--json", "velkaneuvonta"], ["info", "--json"]):
        assert app_main(argv) == 0
        out = capsys.readouterr().out
        _clean(out)
        parsed.append(json.loads(out))  # still the same JSON values, with \u escapes
    assert parsed[0][0]["name"] in (f"Velkaneuvonta {EVIL}loppu", "Velkaneuvonta [2J31mloppu")
    assert parsed[1]["source"] == f"lähde {EVIL}"


def test_import_errors_escape_file_and_member_names(tmp_home: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    not_a_bundle = tmp_path / f"luettelo{EVIL}.hytebundle"
    not_a_bundle.write_bytes(b"just text, not a tar file" * 40)
    assert app_main(["import-bundle", "--allow-unsigned", str(not_a_bundle)]) == 2
    err = capsys.readouterr().err
    _clean(err)
    assert "luettelo\\x1b[2J\\x07\\x9b31m.hytebundle" in err
    member = tmp_path / "members.hytebundle"
    with tarfile.open(member, "w", format=tarfile.USTAR_FORMAT) as t:
        info = tarfile.TarInfo(f"x{EVIL}")
        info.size = 2
        t.addfile(info, io.BytesIO(b"{}"))
    assert app_main(["import-bundle", "--allow-unsigned", str(member)]) == 2
    err = capsys.readouterr().err
    _clean(err)
    assert "x\\x1b[2J\\x07\\x9b31m: unexpected file in the bundle" in err, err
    assert admin_main(["validate", "--lang", "en", str(member)]) == 2
    out = capsys.readouterr()
    _clean(out.out + out.err)
    assert "x\\x1b[2J\\x07\\x9b31m: unexpected file in the bundle" in out.out + out.err


def test_real_terminal_output_holds_no_escape_bytes(tmp_path: Path) -> None:
    """The same through a real process: the bytes on stderr, not Python's strings."""
    import os
    import subprocess
    import sys

    bad = tmp_path / f"a{EVIL}.hytebundle"
    bad.write_bytes(b"no")
    env = {**os.environ, "HYTEDESK_HOME": str(tmp_path / "home"), "HYTEDESK_LANG": "en"}
    proc = subprocess.run([sys.executable, "-m", "hytedesk.commands.main", "import-bundle",
                           "--allow-unsigned", str(bad)], capture_output=True, env=env,
                          timeout=120)
    assert proc.returncode == 2
    assert b"\x1b" not in proc.stderr and b"\x07" not in proc.stderr
    assert b"\xc2\x9b" not in proc.stderr
    assert b"a\\x1b[2J" in proc.stderr


# -- the handout -----------------------------------------------------------------------------

def _long_service() -> ServiceDetail:
    rec = json.loads(json.dumps(mini.SERVICES[0]))
    rec["description"] = ("Neuvontaa raha-asioihin ja velkoihin. " * 30_000)[:1_000_000]
    rec["fees_description"] = "x" * 200_000
    rec["name"] = "Velkaneuvonta " + "hyvin " * 10_000
    return ServiceDetail.from_record(rec)


def test_handout_caps_very_long_fields() -> None:
    doc = build_html(Handout([_long_service()], lang="fi", day=date(2026, 11, 30)))
    assert len(doc) < 20_000, len(doc)
    assert doc.count("…") >= 3
    assert "Neuvontaa raha-asioihin ja velkoihin. Neuvontaa" in doc


def test_a_1mb_description_makes_a_short_pdf(qapp: object, tmp_path: Path) -> None:
    from hytedesk.ui.referral.pdf import render_pdf

    doc = build_html(Handout([_long_service()], lang="fi", day=date(2026, 11, 30)))
    pdf = render_pdf(doc, tmp_path / "ohje.pdf", title="t").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2, pages
