"""Checked-in generated files are up to date: compiled forms, .qm files, .ts sources."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hytedesk.ui import build


@pytest.mark.parametrize("src", sorted(build.forms()), ids=lambda p: p.name)
def test_compiled_form_is_current(src: Path, tmp_path: Path) -> None:
    checked_in = build.forms()[src]
    fresh = tmp_path / checked_in.name
    build.compile_form(src, fresh)
    assert checked_in.exists(), f"{checked_in} missing: run python -m hytedesk.ui.build"
    assert build.without_version_line(checked_in.read_text(encoding="utf-8")) == \
        build.without_version_line(fresh.read_text(encoding="utf-8")), (
        f"{checked_in.name} is stale: run python -m hytedesk.ui.build")


@pytest.mark.parametrize("lang", build.LANGUAGES)
def test_compiled_translation_is_current(lang: str, tmp_path: Path) -> None:
    ts = build.ts_files()[lang]
    fresh = tmp_path / (ts.stem + ".qm")
    build.release(ts, fresh)
    assert build.qm_for(ts).read_bytes() == fresh.read_bytes(), (
        f"{ts.stem}.qm is stale: run python -m hytedesk.ui.build")


@pytest.mark.parametrize("lang", build.LANGUAGES)
def test_translation_is_complete(lang: str) -> None:
    root = ET.parse(build.ts_files()[lang]).getroot()
    incomplete = []
    for msg in root.iter("message"):
        tr = msg.find("translation")
        assert tr is not None
        forms = [f.text for f in tr.findall("numerusform")]
        done = all(forms) if msg.get("numerus") == "yes" else bool(tr.text)
        if not done or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            incomplete.append(msg.findtext("source"))
    assert incomplete == []


def test_ts_sources_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate on a copy finds nothing new: every tr() string is in the .ts files."""
    ts = build.ts_files()["fi"]
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    sources = [str(p) for p in build.translation_sources()]
    out = subprocess.run([build.tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                          *sources, "-ts", str(copy)], check=True, capture_output=True,
                         text=True).stdout
    before = {(m.findtext("source"), m.get("numerus"))
              for m in ET.parse(ts).getroot().iter("message")}
    after = {(m.findtext("source"), m.get("numerus"))
             for m in ET.parse(copy).getroot().iter("message")}
    assert after == before, out
