"""`scripts/system-deps.sh` installs what Qt's xcb platform plugin needs to open a window on
a minimal Debian desktop (issue 13 item 16): `ldd` lists what the plugin in this venv's
PySide6 links against, and each library is either on this machine or installed by the
script (as the Debian package named after it)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "system-deps.sh"
# Sonames whose Debian package does not follow the usual naming rule.
SPECIAL = {"libz.so.1": "zlib1g", "libglib-2.0.so.0": "libglib2.0-0",
           "libgthread-2.0.so.0": "libglib2.0-0", "libpcre2-8.so.0": "libpcre2-8-0",
           "libstdc++.so.6": "libstdc++6"}
X11_FAMILY = ("libxcb", "libX11", "libxkbcommon")


def script_packages() -> set[str]:
    text = SCRIPT.read_text("utf-8")
    found: set[str] = set()
    for body in re.findall(r"pkgs\+?=\((.*?)\)", text, re.S):
        found.update(w for w in body.split() if not w.startswith("#"))
    return found


def debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 → libxcb-icccm4; libxkbcommon-x11.so.0 → libxkbcommon-x11-0."""
    if soname in SPECIAL:
        return SPECIAL[soname]
    base, _, version = soname.partition(".so.")
    sep = "-" if base[-1:].isdigit() else ""
    return f"{base}{sep}{version.split('.')[0]}".lower()


def linked(library: Path) -> dict[str, bool]:
    """soname → found, as `ldd` reports it."""
    out = subprocess.run(["ldd", str(library)], capture_output=True, text=True,
                         check=True).stdout
    result = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+\.so[.\d]*)\s+=>\s+(not found|\S+)", line)
        if m:
            result[m.group(1)] = m.group(2) != "not found"
    return result


def xcb_libraries() -> list[Path]:
    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = qt / "platforms" / "libqxcb.so"
    qpa = sorted(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
                 .glob("libQt6XcbQpa.so*"))
    return [p for p in [plugin, *qpa[:1]] if p.exists()]


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd is not available")
def test_the_script_installs_what_the_xcb_plugin_links() -> None:
    libraries = xcb_libraries()
    assert len(libraries) == 2, libraries  # the plugin and libQt6XcbQpa
    packages = script_packages()
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
            "libxcb-randr0", "libxcb-shape0", "libxcb-xkb1"} <= packages
    missing_here: list[str] = []
    for library in libraries:
        for soname, present in linked(library).items():
            if soname.startswith("libQt6") or soname.startswith("libicu"):
                continue  # inside the PySide6 wheel
            package = debian_package(soname)
            if not present:
                missing_here.append(soname)
                assert package in packages, f"{library.name} needs {soname} ({package})"
            if soname.startswith(X11_FAMILY):
                # X11 libraries are what a minimal desktop may lack: listed even when here
                assert package in packages, f"{library.name} links {soname} ({package})"
    print("missing on this machine:", sorted(set(missing_here)))


def test_debian_names() -> None:
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert debian_package("libdbus-1.so.3") == "libdbus-1-3"
