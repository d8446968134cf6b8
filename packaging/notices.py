"""THIRD-PARTY-NOTICES.txt for the installer, generated from the bundled distributions.

Nothing here is a hand-kept list: the PyInstaller spec records the top-level modules it put
into the build (``bundled-modules.json`` in the staging folder), and this module maps them to
their installed distributions with ``importlib.metadata`` and writes, for each one, its name,
version, licence (the ``License-Expression``/``License`` field and the licence classifiers)
and the text of every licence file the distribution ships. Python itself is included (its
``LICENSE.txt``), and Qt for Python gets what the LGPL asks for: where its source is, that
the Qt libraries in the one-folder build may be replaced, and the LGPL-3.0 and GPL-3.0
texts (``packaging/licenses/``), which the PySide6 wheels do not carry.

    python packaging/notices.py [-o FILE] [--modules bundled-modules.json]

Without ``--modules`` the distributions are the runtime requirements of the installed
``hytedesk`` distribution, followed to their own requirements (the same set a field build
bundles, without the administrator's extras).
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import json
import re
import sys
import sysconfig
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
LICENCE_TEXTS = HERE / "licenses"
LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice|copyright|authors)", re.IGNORECASE)
QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
RULE = "=" * 78


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def distributions_for_modules(modules: Iterable[str]) -> list[md.Distribution]:
    """The installed distributions that provide these top-level modules."""
    provided = md.packages_distributions()
    names: dict[str, str] = {}
    for module in modules:
        for dist in provided.get(module, []):
            names.setdefault(_key(dist), dist)
    found = []
    for key in sorted(names):
        try:
            dist = md.distribution(names[key])
        except md.PackageNotFoundError:
            continue
        if _key(dist.metadata["Name"]) != "hytedesk":  # the app itself: LICENSE, NOTICE.md
            found.append(dist)
    return found


def _requirement_name(req: str) -> tuple[str, str]:
    name = re.split(r"[\s;<>=!~\[(]", req, maxsplit=1)[0]
    marker = req.split(";", 1)[1].strip() if ";" in req else ""
    return name, marker


def _marker_applies(marker: str) -> bool:
    """Evaluates the environment markers the runtime requirements use (no extras)."""
    if not marker:
        return True
    if "extra" in marker:
        return False
    try:
        from packaging.markers import Marker

        return bool(Marker(marker).evaluate())
    except ImportError:  # packaging missing: only sys_platform markers are understood
        m = re.fullmatch(r"sys_platform\s*(==|!=)\s*['\"]([^'\"]+)['\"]", marker)
        if m is None:
            return True
        return (sys.platform == m.group(2)) == (m.group(1) == "==")


def runtime_distributions(root: str = "hytedesk") -> list[md.Distribution]:
    """``root``'s runtime requirements and theirs, as installed here (extras left out)."""
    seen: dict[str, md.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        key = _key(dist.metadata["Name"])
        if key in seen:
            continue
        seen[key] = dist
        for req in dist.requires or []:
            req_name, marker = _requirement_name(req)
            if _marker_applies(marker):
                todo.append(req_name)
    seen.pop(_key(root), None)
    return [seen[k] for k in sorted(seen)]


def licence_of(dist: md.Distribution) -> str:
    meta = dist.metadata
    parts = []
    expression = meta.get("License-Expression")
    if expression:
        parts.append(expression)
    else:
        field = (meta.get("License") or "").strip()
        if field and "\n" not in field and len(field) < 200:
            parts.append(field)
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    parts += [c for c in classifiers if c not in parts]
    return "; ".join(parts) or "not stated in the metadata"


def licence_files(dist: md.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files in the distribution's metadata folder."""
    declared = {Path(p).name for p in dist.metadata.get_all("License-File") or []}
    out = []
    for path in dist.files or []:
        parts = path.parts
        if not parts or not parts[0].endswith((".dist-info", ".egg-info")):
            continue
        if path.name in declared or LICENCE_FILE.match(path.name) or "licenses" in parts[1:-1]:
            try:
                text = Path(str(path.locate())).read_text("utf-8", errors="replace")
            except OSError:
                continue
            out.append(("/".join(parts[1:]), text.strip()))
    return out


def _qt_section(dists: list[md.Distribution]) -> list[str]:
    versions = sorted({d.version for d in dists if _key(d.metadata["Name"]) in QT_DISTRIBUTIONS})
    if not versions:
        return []
    v = versions[0]
    lines = [
        RULE,
        f"Qt for Python (PySide6, shiboken6) {v} and the Qt {v.rsplit('.', 1)[0]} libraries",
        RULE,
        "",
        "HyteDesk uses Qt and Qt for Python under the GNU Lesser General Public License,",
        "version 3 (LGPL-3.0-only). Their texts, and that of the GNU General Public License",
        "version 3 which the LGPL builds on, are at the end of this file.",
        "",
        "Source code: the complete corresponding source of Qt for Python " + v + " is at",
        f"  https://download.qt.io/official_releases/QtForPython/pyside6/PySide6-{v}-src/",
        f"  https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{v})",
        "and that of the Qt libraries at",
        f"  https://download.qt.io/official_releases/qt/{v.rsplit('.', 1)[0]}/{v}/single/"
        f" (qt-everywhere-src-{v})",
        f"  https://code.qt.io/cgit/qt/qt5.git/ (tag v{v})",
        "",
        "Replacing the Qt libraries: this installation is one folder. Qt and Qt for Python",
        "are in it as ordinary shared libraries and Python extension modules (on Linux",
        "_internal/PySide6/ and _internal/PySide6/Qt/lib/libQt6*.so.6; on Windows",
        "_internal/PySide6/*.dll; on macOS inside the .app under Contents/Frameworks). You",
        "may replace them with your own build or a modified version of the same Qt and",
        "Qt for Python release; HyteDesk loads whatever libraries are in that folder, does",
        "not check them, and nothing in its licence forbids the reverse engineering needed",
        "to debug such modifications. HyteDesk's own source code (EUPL-1.2) is public, so",
        "the whole application can also be rebuilt against another Qt.",
        "",
    ]
    return lines


def _python_section() -> list[str]:
    licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    lines = [RULE, f"Python {sys.version.split()[0]} (the interpreter inside the build)", RULE,
             "Licence: PSF-2.0 (Python Software Foundation License)", ""]
    if licence.is_file():
        lines += [licence.read_text("utf-8", errors="replace").strip(), ""]
    else:
        lines += ["The licence text: https://docs.python.org/3/license.html", ""]
    return lines


def render(dists: list[md.Distribution]) -> str:
    lines = [
        "HyteDesk — third-party software in this installation",
        "",
        "HyteDesk itself is licensed under the EUPL-1.2 (LICENSE, NOTICE.md). The installer",
        "also contains the software below, each under its own licence. This file was",
        "generated when the installer was built, from the metadata of the Python",
        "distributions the build bundled.",
        "",
        "Contents:",
    ]
    lines += [f"  {d.metadata['Name']} {d.version} — {licence_of(d)}" for d in dists]
    lines += ["  Python — PSF-2.0", ""]
    lines += _qt_section(dists)
    for d in dists:
        meta = d.metadata
        lines += [RULE, f"{meta['Name']} {d.version}", RULE, f"Licence: {licence_of(d)}"]
        home = meta.get("Home-page") or next(
            (u.split(",", 1)[1].strip() for u in meta.get_all("Project-URL") or []
             if u.lower().startswith(("source", "homepage", "repository"))), None)
        if home:
            lines.append(f"Project: {home}")
        lines.append("")
        files = licence_files(d)
        if not files:
            lines += ["(The distribution ships no licence file; its licence is named above.)",
                      ""]
        for name, text in files:
            lines += [f"--- {name} ---", text, ""]
    lines += _python_section()
    if any(_key(d.metadata["Name"]) in QT_DISTRIBUTIONS for d in dists):
        for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
            lines += [RULE, name.removesuffix(".txt"), RULE,
                      (LICENCE_TEXTS / name).read_text("utf-8").strip(), ""]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    parser.add_argument("--modules", type=Path,
                        help="JSON list of the build's top-level modules (from the spec)")
    args = parser.parse_args(argv)
    if args.modules:
        dists = distributions_for_modules(json.loads(args.modules.read_text("utf-8")))
    else:
        dists = runtime_distributions()
    text = render(dists)
    if args.output:
        sys.path.insert(0, str(HERE.parent))
        from hytedesk.base.files import write_atomic

        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
