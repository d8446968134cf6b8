"""Every page at 1024×600, at 1366×768 and at 150 % on 1366×768 (issue 13).

Each size is a separate process running ``tests.ui.tour``: the screen size and
``QT_SCALE_FACTOR=1.5`` must be set before Qt starts, so the 150 % case is real scaling on
a configured offscreen screen (911×512 device-independent pixels), not an emulation. The
tour opens the window at the size it chooses on that screen, visits every page (search,
details, each referral step, follow-ups, statistics, local services, the settings
dialogs) in Finnish and Swedish, and reports what is cut off: a widget beyond the window,
a scroll area cutting its content on the right, a one-line label, button or check box
narrower than its text, a wrapped label shorter than its text, a service name showing
fewer than 12 characters, a recommendation list with room for fewer than three.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hytedesk.app.session import demo_bundle_path
from tests.ui import tour

REPO = Path(__file__).resolve().parents[2]
PAGES = ("search", "details", "referral-1", "referral-2", "referral-3", "referral-4",
         "followups", "statistics", "local", "settings")

pytestmark = pytest.mark.skipif(not demo_bundle_path().exists(),
                                reason="the demo catalogue has not been built")


def run_tour(size: str, tmp_path: Path) -> dict:
    report = tmp_path / f"{size}.json"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_SCALE_FACTOR",)}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    done = subprocess.run([sys.executable, "-m", "tests.ui.tour", "--size", size,
                           "--lang", "fi,sv", "--report", str(report)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(report.read_text("utf-8"))


@pytest.mark.parametrize("size", sorted(tour.SIZES))
def test_every_page_is_readable_at_this_size(size: str, tmp_path: Path) -> None:
    report = run_tour(size, tmp_path)
    width, height, scale = tour.SIZES[size]
    assert report["screen"] == [round(width / scale), round(height / scale)]
    for lang in ("fi", "sv"):
        for page in PAGES:
            assert f"{page}-{lang}" in report["pages"]
    assert report["problems"] == []


def test_the_checks_see_a_cut_name_and_a_widget_beyond_the_window(qtbot) -> None:
    """The tour's checks are not blind."""
    from PySide6.QtCore import QRect, QStringListModel
    from PySide6.QtWidgets import QLabel, QListView, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    root.resize(300, 200)
    label = QLabel("Omaishoitajien vertaistukiryhmä", root)
    label.setGeometry(10, 10, 60, 20)  # one line, far narrower than its text
    beyond = QLabel("x", root)
    beyond.setGeometry(280, 10, 60, 20)
    view = QListView(root)
    view.setModel(QStringListModel(["Omaishoitajien vertaistukiryhmä"], view))
    view.setGeometry(10, 50, 70, 100)
    root.show()
    qtbot.waitExposed(root)
    found = tour.problems(root, QRect(0, 0, 300, 200))
    assert any("cut on the right" in p for p in found)
    assert any("reaches outside the window" in p for p in found)
    assert tour.view_name_problems(view, 0, "list")
    assert not tour.name_problems(view.fontMetrics(), "Omaishoitajien", 400, "wide")
