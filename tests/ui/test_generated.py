"""Checked-in generated files are up to date: compiled forms, .qm files, .ts sources."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts import build_ui as build


@pytest.mark.parametrize("src", sorted(build.forms()), ids=lambda p: p.name)
def test_compiled_form_is_current(src: Path, tmp_path: Path) -> None:
    checked_in = build.forms()[src]
    fresh = tmp_path / checked_in.name
    build.compile_form(src, fresh)
    assert checked_in.exists(), f"{checked_in} missing: run python -m scripts.build_ui"
    assert build.without_version_line(checked_in.read_text(encoding="utf-8")) == \
        build.without_version_line(fresh.read_text(encoding="utf-8")), (
        f"{checked_in.name} is stale: run python -m scripts.build_ui")


@pytest.mark.parametrize("lang", build.LANGUAGES)
def test_compiled_translation_is_current(lang: str, tmp_path: Path) -> None:
    ts = build.ts_files()[lang]
    fresh = tmp_path / (ts.stem + ".qm")
    build.release(ts, fresh)
    assert build.qm_for(ts).read_bytes() == fresh.read_bytes(), (
        f"{ts.stem}.qm is stale: run python -m scripts.build_ui")


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


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in root.iter("context") for m in ctx.iter("message")}


@pytest.mark.parametrize("lang", build.LANGUAGES)
def test_ts_sources_hold_every_string_of_the_code(lang: str, tmp_path: Path) -> None:
    """Every tr() string of hytedesk/ui and ui/*.ui is in a hytedesk/resources/i18n/*_LANG.ts
    file."""
    fresh = tmp_path / f"found_{lang}.ts"
    sources = [str(p) for p in build.translation_sources()]
    subprocess.run([build.tool("pyside6-lupdate"), "-locations", "none", *sources,
                    "-ts", str(fresh)], check=True, capture_output=True)
    have: set[tuple[str, str]] = set()
    for ts in build.I18N.glob(f"*_{lang}.ts"):
        have |= _messages(ts)
    missing = sorted(_messages(fresh) - have)
    assert missing == [], (
        "strings without a translation entry: run python -m scripts.build_ui --lupdate, "
        "translate them in hytedesk/resources/i18n/*.ts, then python -m scripts.build_ui")
