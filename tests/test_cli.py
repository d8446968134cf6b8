"""The hytedesk command line, run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures import mini


def run(home: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HYTEDESK_HOME": str(home), "HYTEDESK_LANG": lang}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-m", "hytedesk.commands.main", *args], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    mini.build(tmp_path / "mini.hytebundle")
    r = run(home, "import-bundle", "--allow-unsigned", str(tmp_path / "mini.hytebundle"))
    assert r.returncode == 0, r.stderr
    assert "Imported catalogue mini version 1: 8 services" in r.stdout
    return home


def test_search_json(imported: Path) -> None:
    r = run(imported, "search", "velkaneuvontaan", "--json")
    assert r.returncode == 0, r.stderr
    hits = json.loads(r.stdout)
    assert hits[0]["id"] == "velka"
    for key in ("id", "name", "organization", "municipality", "distance_km", "modes"):
        assert key in hits[0]
    r = run(imported, "search", "--near", "Ämmänsaari", "--max-km", "10", "--mode", "phone",
            "--json")
    hits = json.loads(r.stdout)
    assert {h["id"] for h in hits} == {"omais", "velka"}
    assert all("phone" in h["modes"] for h in hits)


def test_search_text_output_and_filters(imported: Path) -> None:
    r = run(imported, "search", "kuntosali", "--municipality", "Kuhmo", "--free")
    assert r.returncode == 0
    assert "No results." in r.stdout  # the Kuhmo gym costs money
    r = run(imported, "search", "kuntosali", "--municipality", "Kuhmo")
    assert "Kuntosaliohjaus ikäihmisille" in r.stdout


def test_info(imported: Path) -> None:
    r = run(imported, "info", "--json")
    info = json.loads(r.stdout)
    assert info["catalogue_id"] == "mini" and info["version"] == 1
    assert info["sample_data"] is True and info["counts"]["services"] == 8
    r = run(imported, "info", lang="fi")
    assert "source: test fixture" in r.stdout


def test_bad_usage_and_bad_input_exit_2_with_one_line(imported: Path, tmp_path: Path) -> None:
    r = run(imported, "search", "--mode", "teleport")
    assert r.returncode == 2
    r = run(imported, "search", "--near", "Atlantis", "--max-km", "3")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Atlantis" in r.stderr
    junk = tmp_path / "junk.hytebundle"
    junk.write_text("not a bundle")
    r = run(imported, "import-bundle", "--allow-unsigned", str(junk), lang="fi")
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert "hylättiin" in r.stderr and "Traceback" not in r.stderr
    r = run(imported, "import-bundle", str(tmp_path / "mini.hytebundle"))
    assert r.returncode == 2 and "not signed" in r.stderr


def test_gui_without_display_says_so(tmp_path: Path) -> None:
    r = run(tmp_path / "home")
    assert r.returncode == 2
    assert "No display found" in r.stderr and "QT_QPA_PLATFORM=offscreen" in r.stderr
    assert r.stderr.count("\n") == 1


def test_gui_with_an_unreachable_x_display_says_so(tmp_path: Path) -> None:
    env = {**os.environ, "HYTEDESK_HOME": str(tmp_path / "home"), "HYTEDESK_LANG": "en",
           "DISPLAY": ":87"}
    for var in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    r = subprocess.run([sys.executable, "-m", "hytedesk.commands.main"], env=env,
                       capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2
    assert r.stderr.strip() == ("Cannot connect to the display :87, so the "
                                "window cannot open. Start HyteDesk from the desktop, or use "
                                "the commands (hytedesk --help).")


def test_first_start_imports_the_demo_catalogue(tmp_path: Path) -> None:
    demo = Path(__file__).resolve().parent.parent / "hytedesk/resources/demo/kainuu-demo.hytebundle"
    assert demo.exists(), "the embedded demo catalogue is missing"
    r = run(tmp_path / "home", "info", "--json")
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["catalogue_id"] == "kainuu-demo" and info["sample_data"] is True
    assert info["counts"]["services"] >= 80
