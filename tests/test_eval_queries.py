"""The judged search evaluation set (benchmarks/eval/search_queries.tsv) stays usable: enough
queries of every kind, each judged against services that exist in the demo catalogue."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from benchmarks.eval_search import KIND_ORDER, demo_connection, load_queries


def test_judged_set_has_every_kind_and_real_ids(tmp_path: Path) -> None:
    queries = load_queries()
    assert len(queries) >= 150
    kinds = Counter(q.kind for q in queries)
    assert set(kinds) == set(KIND_ORDER)
    assert all(n >= 10 for n in kinds.values())
    assert all(q.relevant for q in queries if q.kind != "nothing")
    assert not any(q.relevant for q in queries if q.kind == "nothing")
    conn = demo_connection(tmp_path)
    try:
        known = {r[0] for r in conn.execute("SELECT id FROM services")}
    finally:
        conn.close()
    assert {i for q in queries for i in q.relevant} <= known


def test_benchmark_times_the_windows_first_page() -> None:
    from benchmarks.run import WINDOW_PAGE
    from hytedesk.ui.worker import FIRST_PAGE

    assert WINDOW_PAGE == FIRST_PAGE
