"""Benchmark: rendering the client's handout PDF (A4) with five services.

``bench_handout(n_runs)`` builds the handout HTML (escaped template, fi, large type) for
five services of the demo catalogue near a Suomussalmi village and renders it to PDF with
``QTextDocument`` + ``QPdfWriter``, as the referral page does on its worker thread. The
budget (DESIGN.md) is 300 ms per PDF.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

BUDGET_MS = 300.0


def _five_services(home: Path) -> list[Any]:
    from hytedesk.app.session import open_session
    from hytedesk.base.paths import default_paths
    from hytedesk.referrals.model import ClientContext
    from hytedesk.referrals.recommend import recommend
    from hytedesk.referrals.workflow import context_place, details_for

    os.environ["HYTEDESK_HOME"] = str(home)
    session = open_session(default_paths())
    try:
        ctx = ClientContext(age_band="75+", place_id="place:suomussalmi:ammansaari",
                            max_km=30, modes=("in-person", "phone"))
        recs = recommend(session.conn, ctx, ["loneliness", "bereavement", "debt"],
                         now=datetime(2026, 11, 30, 9, 0))
        ids = [r.service_id for r in recs[:5]]
        return details_for(session.conn, None, ids, context_place(session.conn, ctx))
    finally:
        session.close()


def bench_handout(n_runs: int = 20) -> dict[str, float | int | bool]:
    """Times ``n_runs`` handout PDFs (HTML build + layout + PDF write); milliseconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from hytedesk.referrals.handout import Handout, build_html
    from hytedesk.ui.referral.pdf import render_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    old_home = os.environ.get("HYTEDESK_HOME")
    with tempfile.TemporaryDirectory() as tmp:
        try:
            services = _five_services(Path(tmp) / "home")
        finally:
            if old_home is None:
                os.environ.pop("HYTEDESK_HOME", None)
            else:
                os.environ["HYTEDESK_HOME"] = old_home
        target = Path(tmp) / "handout.pdf"
        times: list[float] = []
        render_pdf(build_html(Handout(services, lang="fi", large=True)), target)  # warm-up
        for _ in range(max(1, n_runs)):
            started = time.perf_counter()
            html = build_html(Handout(services, lang="fi", large=True,
                                      unit_name="Kotihoito Suomussalmi",
                                      unit_phone="040 000 0000", day=date(2026, 11, 30),
                                      now=datetime(2026, 11, 30, 9, 0)))
            render_pdf(html, target)
            times.append((time.perf_counter() - started) * 1000.0)
        size = target.stat().st_size
    del app
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {
        "services": len(services),
        "runs": len(times),
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(p95, 1),
        "max_ms": round(times[-1], 1),
        "pdf_bytes": size,
        "budget_ms": BUDGET_MS,
        "within_budget": p95 <= BUDGET_MS,
    }


def _bare_pdf_ms(n_runs: int) -> float:
    """Baseline: the same renderer writing a one-line PDF, so the figure above shows what
    the handout itself costs on this machine."""
    from hytedesk.ui.referral.pdf import render_pdf

    times = []
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "bare.pdf"
        render_pdf("<p>HyteDesk</p>", target)
        for _ in range(max(1, n_runs)):
            started = time.perf_counter()
            render_pdf("<p>HyteDesk</p>", target)
            times.append((time.perf_counter() - started) * 1000.0)
    return statistics.median(times)


def bench(out: Path, work: Path) -> list[tuple[str, str, str, str]]:
    """Rows for ``make bench`` (benchmarks/run.py)."""
    r = bench_handout(30)
    bare = _bare_pdf_ms(30)
    verdict = "met" if r["within_budget"] else "NOT met"
    return [(f"handout PDF, {r['services']} services, large type (median / p95 of {r['runs']})",
             f"{r['median_ms']} / {r['p95_ms']} ms", f"one-line PDF {bare:.1f} ms",
             f"target ≤ {BUDGET_MS} ms: {verdict}")]


if __name__ == "__main__":
    import json

    print(json.dumps(bench_handout(20), indent=2))
