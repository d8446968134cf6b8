"""Builds the generated files of the UI: compiled Designer forms and Qt translations.

They are checked in; tests recompile them into a temporary folder and fail when the
checked-in copy is stale. ``python -m scripts.build_ui`` regenerates them all
(``--lupdate`` first refreshes the ``.ts`` sources from the code and forms).

One set of ``.ts`` files (``hytedesk/resources/i18n/hytedesk_{fi,sv,en}.ts``) holds every string of
``hytedesk/ui`` and ``ui/*.ui``; English is the source language, and the English file is
complete too (plural forms). ``--lupdate`` drops entries whose strings are no longer in the
code, so run it in a checkout that has every UI module. New strings arrive untranslated:
translate them (Qt Linguist or by hand) before committing; tests/ui/test_generated.py fails
while any string of the code lacks a translation in any of the three languages.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FORMS_SRC = REPO / "ui"
FORMS_OUT = REPO / "hytedesk" / "ui" / "forms"
I18N = REPO / "hytedesk" / "resources" / "i18n"
LANGUAGES = ("fi", "sv", "en")
TARGETS = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
UIC_VERSION_MARK = "Created by: Qt User Interface Compiler version"


def tool(name: str) -> str:
    """A PySide6 tool: next to the running Python first (a venv), then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found; install PySide6")
    return found


def forms() -> dict[Path, Path]:
    """Each ``ui/NAME.ui`` and the ``hytedesk/ui/forms/ui_NAME.py`` compiled from it."""
    return {src: FORMS_OUT / f"ui_{src.stem}.py" for src in sorted(FORMS_SRC.glob("*.ui"))}


def compile_form(src: Path, out: Path) -> None:
    subprocess.run([tool("pyside6-uic"), str(src), "-o", str(out)], check=True)


def without_version_line(text: str) -> str:
    """Compiled form text minus the header line naming the uic version."""
    return "\n".join(line for line in text.splitlines() if UIC_VERSION_MARK not in line)


def ts_files() -> dict[str, Path]:
    return {lang: I18N / f"hytedesk_{lang}.ts" for lang in LANGUAGES}


def qm_for(ts: Path, out_dir: Path | None = None) -> Path:
    return (out_dir or ts.parent) / (ts.stem + ".qm")


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def translation_sources() -> list[Path]:
    ui_dir = REPO / "hytedesk" / "ui"
    code = [p for p in sorted(ui_dir.rglob("*.py")) if "forms" not in p.parts]
    return [*code, *sorted(FORMS_SRC.glob("*.ui"))]


def lupdate() -> None:
    """Refreshes the .ts sources from the code and forms (obsolete entries dropped)."""
    sources = [str(p.relative_to(REPO)) for p in translation_sources()]
    for lang, ts in ts_files().items():
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        "-target-language", TARGETS[lang], *sources,
                        "-ts", str(ts.relative_to(REPO))], check=True, cwd=REPO)


def main(argv: list[str]) -> int:
    for src, out in forms().items():
        compile_form(src, out)
    if "--lupdate" in argv:
        lupdate()
    for ts in ts_files().values():
        release(ts, qm_for(ts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
