"""THIRD-PARTY-NOTICES.txt, generated from the installed distributions' metadata (the
generator the installer build runs; tried here on this environment, not a full build)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.packaging.conftest import REPO

GENERATOR = REPO / "packaging" / "notices.py"


def generate(tmp_path: Path, *args: str) -> str:
    out = tmp_path / "THIRD-PARTY-NOTICES.txt"
    r = subprocess.run([sys.executable, str(GENERATOR), "-o", str(out), *args],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return out.read_text("utf-8")


def section(text: str, title: str) -> str:
    start = text.index("\n" + title)
    end = text.find("\n" + "=" * 78 + "\n", start + len(title) + 81)
    return text[start:end]


def test_notices_cover_every_runtime_distribution_with_version_and_licence(
        tmp_path: Path) -> None:
    import importlib.metadata as md

    text = generate(tmp_path)
    for name in ("PySide6-Essentials", "shiboken6", "tuf", "cryptography", "zstandard",
                 "platformdirs", "sqlite-utils", "PyStemmer", "securesystemslib"):
        dist = md.distribution(name)
        assert f"  {dist.metadata['Name']} {dist.version} — " in text, name
    # Licence fields and the licence files' own text.
    tuf = section(text, f"tuf {md.version('tuf')}")
    assert "Licence: Apache-2.0 OR MIT" in tuf and "Apache License" in tuf
    assert "Permission is hereby granted" in tuf  # its LICENSE-MIT, verbatim
    assert "--- licenses/LICENSE.BSD ---" in section(
        text, f"cryptography {md.version('cryptography')}")
    # Not the app itself, nor test or packaging tools.
    for absent in ("\n  hytedesk ", "\n  pytest ", "\n  pyinstaller ", "\n  pyproj "):
        assert absent not in text.lower()


def test_qt_gets_what_the_lgpl_asks_for(tmp_path: Path) -> None:
    import importlib.metadata as md

    text = generate(tmp_path)
    v = md.version("PySide6-Essentials")
    qt = section(text, f"Qt for Python (PySide6, shiboken6) {v}")
    assert "LGPL-3.0-only" in qt
    assert f"https://download.qt.io/official_releases/QtForPython/pyside6/PySide6-{v}-src/" in qt
    assert f"qt-everywhere-src-{v}" in qt
    assert "may replace them" in qt and "libQt6" in qt
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    assert "PSF" in text  # the interpreter inside the build


def test_notices_from_the_modules_a_build_recorded(tmp_path: Path) -> None:
    import importlib.metadata as md

    modules = tmp_path / "bundled-modules.json"
    modules.write_text(json.dumps(["PySide6", "shiboken6", "zstandard", "hytedesk",
                                   "encodings", "libQt6Core"]))
    text = generate(tmp_path, "--modules", str(modules))
    contents = text[text.index("Contents:"):text.index("\n\n", text.index("Contents:"))]
    names = sorted(line.split()[0] for line in contents.splitlines()[1:])
    assert names == sorted([md.distribution("PySide6-Essentials").metadata["Name"], "Python",
                            "shiboken6", "zstandard"])
