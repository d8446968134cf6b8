"""Builds and tests the HyteDesk Linux distribution (``make installer``, ``make installer-test``).

    python packaging/build.py check-preset PRESET [--dev]
    python packaging/build.py build [--preset PRESET] [--dev]   (or: build.py [--preset P])
    python packaging/build.py test [TARBALL]                    (or: build.py --test-only)
    python packaging/build.py stage [--preset PRESET] [--dev]   (Windows/macOS, before PyInstaller)

``build`` validates the preset (one line per problem, naming the key; exit 2), stages it
into ``build/stage/preset/``, runs PyInstaller with ``packaging/hytedesk.spec``, adds a
``.desktop`` file and the icon, and writes ``dist/hytedesk-<version>-linux-<arch>.tar.gz``.
Without ``--preset`` it builds the demo edition. ``test`` unpacks the tarball into an
empty folder and runs the frozen ``hytedesk --self-test`` there with a fresh
``HYTEDESK_HOME`` and no display.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hytedesk import __version__  # noqa: E402
from hytedesk.app.preset import PresetError, load_preset, stage_preset  # noqa: E402
from hytedesk.base.files import temp_beside  # noqa: E402

sys.path.insert(0, str(ROOT / "packaging"))
import notices  # noqa: E402

BUILD = ROOT / "build"
DIST = ROOT / "dist"
STAGE = BUILD / "stage"
SPEC = ROOT / "packaging" / "hytedesk.spec"
APP_NAME = "hytedesk"
SIZE_BUDGET = 100_000_000  # unpacked, the design's budget (docs/design.md); reported, not enforced

DESKTOP = """[Desktop Entry]
Type=Application
Version=1.5
Name=HyteDesk
GenericName=Hyvinvointipalvelujen opas
GenericName[sv]=Guide till välfärdstjänster
GenericName[en]=Well-being services guide
Comment=Hyte-palvelut asiakkaalle ilman verkkoyhteyttä
Comment[sv]=Tjänster för välfärd och hälsa, utan nätanslutning
Comment[en]=Well-being and health-promotion services, offline
Exec={exec}
Icon={icon}
Terminal=false
Categories=Office;Qt;
Keywords=hyte;palveluohjaus;kotihoito;
StartupWMClass=hytedesk
"""

INSTALL_SH = """#!/bin/sh
# Adds HyteDesk to this user's application menu, pointing at this folder.
set -e
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
sed -e "s|^Exec=.*|Exec=\\"$here/hytedesk\\"|" -e "s|^Icon=.*|Icon=$here/{icon_file}|" \\
    "$here/hytedesk.desktop" > "$apps/hytedesk.desktop"
echo "HyteDesk added to the menu: $apps/hytedesk.desktop"
"""


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def tarball_path() -> Path:
    return DIST / f"{APP_NAME}-{__version__}-linux-{arch()}.tar.gz"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def check_preset(preset_file: str, dev: bool) -> int:
    try:
        preset = load_preset(preset_file, dev=dev)
    except PresetError as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        return 2
    for note in preset.notes:
        print("note: " + note, file=sys.stderr)
    print(f"preset OK: {preset.source} ({preset.organisation}, {len(preset.units)} units)")
    return 0


def _icon() -> Path | None:
    icons = ROOT / "hytedesk" / "resources" / "icons"
    for pattern in ("hytedesk.svg", "hytedesk.png", "app*.svg", "app*.png", "*.svg", "*.png"):
        found = sorted(icons.glob(pattern))
        if found:
            return found[0]
    return None


def stage(preset_file: str | None, dev: bool) -> str | None:
    """Validates the preset and stages it in build/stage/preset; the edition, or None."""
    if STAGE.exists():
        shutil.rmtree(STAGE)
    STAGE.mkdir(parents=True)
    if not preset_file:
        return "demo"
    try:
        preset = load_preset(preset_file, dev=dev)
    except PresetError as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        return None
    for note in preset.notes:
        print("note: " + note, file=sys.stderr)
    stage_preset(preset, STAGE / "preset")
    return f"preset {preset.source.name} ({preset.organisation})"


LICENCE_FILES = ("LICENSE", "NOTICE.md")
NOTICES = "THIRD-PARTY-NOTICES.txt"


def write_licence_files(app_dir: Path) -> None:
    """HyteDesk's licence and notice, and the third-party notices generated from the
    distributions the spec bundled, beside the executable."""
    for name in LICENCE_FILES:
        shutil.copyfile(ROOT / name, app_dir / name)
    modules = STAGE / "bundled-modules.json"
    if modules.is_file():
        dists = notices.distributions_for_modules(json.loads(modules.read_text("utf-8")))
    else:  # a spec run that recorded nothing: the app's runtime requirements instead
        dists = notices.runtime_distributions()
    (app_dir / NOTICES).write_text(notices.render(dists), "utf-8")


def build(preset_file: str | None, dev: bool) -> int:
    started = time.monotonic()
    edition = stage(preset_file, dev)
    if edition is None:
        return 2
    print(f"building HyteDesk {__version__}, {edition}", flush=True)

    env = dict(os.environ, HYTEDESK_STAGE=str(STAGE))
    pyi_dist = BUILD / "pyinstaller-dist"
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(pyi_dist), "--workpath", str(BUILD / "pyinstaller-work"),
           str(SPEC)]
    if subprocess.run(cmd, cwd=ROOT, env=env).returncode != 0:
        print("PyInstaller failed (see above)", file=sys.stderr)
        return 1
    app_dir = pyi_dist / APP_NAME
    for link in app_dir.rglob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()  # a shortcut PyInstaller made to a library the spec pruned

    icon = _icon()
    icon_file = f"hytedesk{icon.suffix}" if icon else ""
    if icon is not None:
        shutil.copyfile(icon, app_dir / icon_file)
    else:
        print("warning: no icon in hytedesk/resources/icons for the .desktop file", file=sys.stderr)
    (app_dir / "hytedesk.desktop").write_text(
        DESKTOP.format(exec="hytedesk", icon="hytedesk"), "utf-8")
    install = app_dir / "install-desktop-entry.sh"
    install.write_text(INSTALL_SH.replace("{icon_file}", icon_file), "utf-8")
    install.chmod(0o755)
    write_licence_files(app_dir)

    DIST.mkdir(exist_ok=True)
    out = tarball_path()
    top = f"{APP_NAME}-{__version__}"
    with temp_beside(out) as part, tarfile.open(part, "w:gz", compresslevel=6) as tar:
        tar.add(app_dir, arcname=top)
    unpacked = folder_size(app_dir)
    verdict = "met" if unpacked < SIZE_BUDGET else "NOT met"
    print(f"{out.relative_to(ROOT)}: archive {mb(out.stat().st_size)}, unpacked "
          f"{mb(unpacked)} (budget {mb(SIZE_BUDGET)}: {verdict}), built in "
          f"{time.monotonic() - started:.0f} s")
    return 0


def test(tarball: str | None) -> int:
    """Unpacks into an empty folder and runs the frozen self-test there, headless."""
    archive = Path(tarball) if tarball else tarball_path()
    if not archive.is_file():
        print(f"no tarball at {archive}: run the build first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="hytedesk-installer-test-") as tmp:
        where = Path(tmp) / "unpacked"
        where.mkdir()
        with tarfile.open(archive) as tar:
            tar.extractall(where, filter="tar")
        exe = next(where.glob(f"*/{APP_NAME}"))
        env = {k: v for k, v in os.environ.items()
               if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH")}
        env["HYTEDESK_HOME"] = str(Path(tmp) / "home")
        print(f"running {exe.relative_to(where)} --self-test from {archive.name}", flush=True)
        result = subprocess.run([str(exe), "--self-test"], cwd=tmp, env=env)
        return result.returncode


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("build", "stage", "test", "check-preset", "-h", "--help"):
        # The Makefile's form: build.py [--preset P] [--dev] [--test-only [TARBALL]]
        flat = argparse.ArgumentParser(prog="packaging/build.py")
        flat.add_argument("--preset")
        flat.add_argument("--dev", action="store_true")
        flat.add_argument("--test-only", nargs="?", const="", metavar="TARBALL")
        a = flat.parse_args(argv)
        if a.test_only is not None:
            return test(a.test_only or None)
        return build(a.preset or None, a.dev)
    parser = argparse.ArgumentParser(prog="packaging/build.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("check-preset", help="validate a preset and exit")
    p.add_argument("preset")
    p.add_argument("--dev", action="store_true", help="allow a plain-http sync URL")
    p = sub.add_parser("build", help="build the Linux tarball")
    p.add_argument("--preset", help="the administrator's preset (default: demo edition)")
    p.add_argument("--dev", action="store_true", help="allow a plain-http sync URL")
    p = sub.add_parser("stage", help="validate and stage a preset only (Windows, macOS)")
    p.add_argument("--preset", help="the administrator's preset (default: demo edition)")
    p.add_argument("--dev", action="store_true", help="allow a plain-http sync URL")
    p = sub.add_parser("test", help="run the self-test of a built tarball, unpacked")
    p.add_argument("tarball", nargs="?")
    args = parser.parse_args(argv)
    if args.command == "check-preset":
        return check_preset(args.preset, args.dev)
    if args.command == "build":
        return build(args.preset or None, args.dev)
    if args.command == "stage":
        edition = stage(args.preset or None, args.dev)
        if edition is None:
            return 2
        print(f"staged {edition} in {STAGE}")
        return 0
    return test(args.tarball)


if __name__ == "__main__":
    raise SystemExit(main())
