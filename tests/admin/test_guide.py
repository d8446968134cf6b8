"""The administrators' guide cannot drift: every command shown in its building and
publishing sections runs, in order, against the fixtures (issue 11)."""

from __future__ import annotations

import glob
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from tests.admin.conftest import PTV, REPO

GUIDE = REPO / "docs" / "administrators.md"
EXAMPLE_SHEET = REPO / "hytedesk" / "resources" / "spreadsheet-template-example.csv"


def guide_commands() -> list[str]:
    """The command lines of the guide's indented code blocks, continuation lines joined,
    from "Building the catalogue" up to "Installers"."""
    text = GUIDE.read_text(encoding="utf-8")
    text = text[text.index("## Building the catalogue"):text.index("## Installers")]
    out: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if re.match(r"^    hytedesk(-admin)? ", line):
            cmd = line.strip()
            while cmd.endswith("\\"):
                i += 1
                cmd = cmd[:-1].rstrip() + " " + lines[i].strip()
            out.append(cmd)
        i += 1
    return out


def test_the_guide_shows_the_commands_an_administrator_needs() -> None:
    names = [c.split()[1] for c in guide_commands()]
    for needed in ("validate", "build", "init-repo", "publish", "refresh-timestamp",
                   "rotate-key", "offline-bundle", "import-bundle", "trust"):
        assert needed in names, needed


def test_every_command_in_the_guide_runs_against_the_fixtures(tmp_path: Path) -> None:
    work = tmp_path / "work"
    (work / "ptv").mkdir(parents=True)
    for f in PTV.glob("*.json"):
        shutil.copy(f, work / "ptv" / f.name)
    shutil.copy(EXAMPLE_SHEET, work / "kerhot.csv")
    (work / "hsds-export.json").write_text(
        '[{"id": "hsds-1", "name": "Puhelinystävä", "organization": {"id": "o", "name": '
        '"Kainuun SPR"}, "phones": [{"id": "p", "number": "040 123 4567"}], '
        '"service_areas": [{"id": "a", "name": "Kainuu"}]}]\n', encoding="utf-8")
    srv, keys = tmp_path / "srv" / "repo", tmp_path / "keys"
    srv.parent.mkdir()
    env = {**os.environ, "HYTEDESK_HOME": str(tmp_path / "laptop"), "HYTEDESK_LANG": "en"}

    def run(cmd: str) -> subprocess.CompletedProcess[str]:
        cmd = (cmd.replace("/srv/hytedesk/repo", str(srv))
               .replace("/secure/hytedesk-keys", str(keys))
               .replace("/secure/timestamp-only", str(keys)))
        argv: list[str] = []
        for tok in shlex.split(cmd):
            argv += sorted(glob.glob(str(work / tok))) if "*" in tok else [tok]
        prog = "hytedesk.admin.main" if argv[0] == "hytedesk-admin" else "hytedesk.commands.main"
        return subprocess.run([sys.executable, "-m", prog, *argv[1:]], cwd=work, env=env,
                              capture_output=True, text=True, timeout=600)

    # What the guide takes for granted: last time's bundle for --previous.
    first = run("hytedesk-admin build ptv/*.json kerhot.csv --version 2 -o kainuu-2.hytebundle")
    assert first.returncode == 0, first.stdout + first.stderr
    for cmd in guide_commands():
        if cmd.startswith("hytedesk trust "):
            # "Give the laptop the repository's metadata/root.json".
            shutil.copy(srv / "metadata" / "root.json", work / "root.json")
        r = run(cmd)
        assert r.returncode == 0, f"{cmd}\n{r.stdout}\n{r.stderr}"
        assert "Traceback" not in r.stdout + r.stderr, cmd
    assert (work / "kainuu-3.hyteoffline").is_file()
