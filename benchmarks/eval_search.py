"""The judged search evaluation: ``benchmarks/eval/search_queries.tsv`` on the demo catalogue.

Each query of the file lists the services a nurse would want for it, judged by reading the
services (not by running the search). This script imports the demo bundle into a temporary
home, runs every query through ``hytedesk.catalogue.search.search`` as the window does, and
reports per kind of query:

- success@5: at least one relevant service among the first five;
- recall@10: relevant services among the first ten, out of min(relevant, 10);
- MRR: the mean of 1 / rank of the first relevant service (0 if none is listed).

For the kind ``nothing`` (needs nothing in the catalogue meets) a query succeeds when it
lists nothing, or only results labelled partial; its MRR is the same figure and recall is
not defined.

Beside it, a baseline measured in the same run over the same texts: SQLite FTS5 with
bm25 ranking and prefix queries (every word ``"w"*``, all words required), over each
service's names, descriptions, organisation and taxonomy-term names in every language;
its filters are the same service sets the app's filters give.

``python benchmarks/eval_search.py [--write before|current] [--failures]``; ``make bench``
runs it with ``--write current`` (docs/performance.md).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from hytedesk.catalogue import catdb as cat  # noqa: E402
from hytedesk.catalogue.finnish import words  # noqa: E402
from hytedesk.catalogue.search import SearchQuery, search  # noqa: E402

QUERIES = REPO / "benchmarks" / "eval" / "search_queries.tsv"
DEMO = REPO / "hytedesk" / "resources" / "demo" / "kainuu-demo.hytebundle"
LIMIT = 50
KIND_ORDER = ("inflection", "derivation", "compound", "colloquial", "typo", "no-umlaut",
              "prefix", "multiword", "swedish", "english", "filter", "nothing")


@dataclass
class Judged:
    kind: str
    text: str
    relevant: list[str]
    filters: dict[str, str]


@dataclass
class Outcome:
    ids: list[str]
    partial: list[bool] = field(default_factory=list)


def load_queries(path: Path = QUERIES) -> list[Judged]:
    out: list[Judged] = []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    for ln in lines[1:]:  # the header row
        kind, text, relevant, filters = (ln.split("\t") + ["", "", "", ""])[:4]
        f = dict(kv.split("=", 1) for kv in filters.split(";") if kv)
        out.append(Judged(kind, text, relevant.split(), f))
    return out


def to_query(j: Judged, text: str | None = None, limit: int = LIMIT) -> SearchQuery:
    f = j.filters
    return SearchQuery(text=j.text if text is None else text, municipality=f.get("municipality"),
                       near_place=f.get("near"),
                       max_km=float(f["max_km"]) if "max_km" in f else None,
                       ui_language=f.get("ui", "fi"), limit=limit)


def run_app(conn: sqlite3.Connection, j: Judged) -> Outcome:
    hits = search(conn, to_query(j))
    return Outcome([h.id for h in hits], [bool(getattr(h, "partial", False)) for h in hits])


# -- the baseline: plain FTS5 + bm25 over the same texts -----------------------------------

def build_baseline(conn: sqlite3.Connection) -> sqlite3.Connection:
    terms = {r[0]: [x for x in r[1:] if x] for r in
             conn.execute("SELECT id, name, name_sv, name_en FROM terms")}
    base = sqlite3.connect(":memory:")
    base.execute("CREATE VIRTUAL TABLE b USING fts5(id UNINDEXED, name, terms, body, "
                 "tokenize = 'unicode61 remove_diacritics 2')")
    for (raw,) in conn.execute("SELECT hd_record(json) FROM records WHERE kind = 'service'"):
        rec = json.loads(raw)
        names = cat.all_texts(rec, "name")
        body = [t for f in cat.BODY_FIELDS for t in cat.all_texts(rec, f)]
        body += cat.all_texts(rec.get("organization") or {}, "name")
        tnames = [n for a in rec.get("attributes") or []
                  for n in terms.get(a["taxonomy_term_id"], [])]
        base.execute("INSERT INTO b VALUES (?, ?, ?, ?)",
                     (rec["id"], "\n".join(names), "\n".join(tnames), "\n".join(body)))
    return base


def run_baseline(base: sqlite3.Connection, conn: sqlite3.Connection, j: Judged) -> Outcome:
    ws = words(j.text)
    if not ws:
        return Outcome([])
    match = " AND ".join(f'"{w}"*' for w in ws)
    ids = [r[0] for r in base.execute(
        "SELECT id FROM b WHERE b MATCH ? ORDER BY bm25(b, 10.0, 5.0, 1.0) LIMIT 1000", (match,))]
    if j.filters:
        allowed = {h.id for h in search(conn, to_query(j, text="", limit=100_000))}
        ids = [i for i in ids if i in allowed]
    return Outcome(ids[:LIMIT])


# -- scoring -------------------------------------------------------------------------------

@dataclass
class Score:
    n: int = 0
    success: float = 0.0
    recall: float = 0.0
    rr: float = 0.0
    recall_n: int = 0

    def add(self, j: Judged, o: Outcome) -> bool:
        self.n += 1
        if not j.relevant:
            ok = all(o.partial[i] if i < len(o.partial) else False for i in range(len(o.ids)))
            self.success += ok
            self.rr += ok
            return ok
        rel = set(j.relevant)
        first = next((i for i, sid in enumerate(o.ids) if sid in rel), None)
        ok = first is not None and first < 5
        self.success += ok
        self.rr += 0.0 if first is None else 1.0 / (first + 1)
        self.recall += len(rel & set(o.ids[:10])) / min(len(rel), 10)
        self.recall_n += 1
        return ok

    def row(self) -> tuple[str, str, str]:
        rec = f"{100 * self.recall / self.recall_n:.0f} %" if self.recall_n else "—"
        return (f"{100 * self.success / self.n:.0f} %", rec, f"{self.rr / self.n:.2f}")


def evaluate(conn: sqlite3.Connection, queries: list[Judged],
             runner: Callable[[Judged], Outcome]) -> tuple[dict[str, Score], list[str]]:
    scores: dict[str, Score] = {}
    failures: list[str] = []
    for j in queries:
        o = runner(j)
        ok = scores.setdefault(j.kind, Score()).add(j, o)
        scores.setdefault("all", Score()).add(j, o)
        if not ok:
            failures.append(f"{j.kind:11} {j.text!r} {j.filters or ''} -> {o.ids[:5]}")
    return scores, failures


def empty_with_a_matching_word(conn: sqlite3.Connection, queries: list[Judged]) -> list[str]:
    """Queries that list nothing although one of their words alone would list something."""
    out = []
    for j in queries:
        if search(conn, to_query(j)):
            continue
        ws = j.text.split()
        if len(ws) > 1 and any(search(conn, to_query(j, text=w)) for w in ws):
            out.append(j.text)
    return out


def demo_connection(tmp: Path) -> sqlite3.Connection:
    from hytedesk.base.paths import Paths
    from hytedesk.catalogue.importer import import_bundle

    paths = Paths(data=tmp / "data", cache=tmp / "cache", logs=tmp / "logs", config=tmp / "cfg")
    result = import_bundle(paths, DEMO)
    return cat.connect(result.file)


def report(write: str | None = None, show_failures: bool = False) -> str:
    queries = load_queries()
    with tempfile.TemporaryDirectory(prefix="hytedesk-eval-") as tmp:
        conn = demo_connection(Path(tmp))
        known = {r[0] for r in conn.execute("SELECT id FROM services")}
        unknown = sorted({i for j in queries for i in j.relevant} - known)
        if unknown:
            raise SystemExit(f"judged ids not in the demo catalogue: {unknown}")
        t = time.perf_counter()
        app, app_fail = evaluate(conn, queries, lambda j: run_app(conn, j))
        app_ms = (time.perf_counter() - t) * 1000 / len(queries)
        base_conn = build_baseline(conn)
        base, _ = evaluate(conn, queries, lambda j: run_baseline(base_conn, conn, j))
        empties = empty_with_a_matching_word(conn, queries)
        conn.close()
    lines = [
        f"{len(queries)} judged queries (`benchmarks/eval/search_queries.tsv`) on the demo "
        f"catalogue; HyteDesk search at limit {LIMIT}, {app_ms:.1f} ms a query on average.",
        "",
        "| kind | queries | success@5 | recall@10 | MRR | FTS5 bm25 success@5 | recall@10 | MRR |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    extra = sorted(set(app) - set(KIND_ORDER) - {"all"})
    for kind in (*[k for k in KIND_ORDER if k in app], *extra, "all"):
        a, b = app[kind], base[kind]
        lines.append(f"| {'**all**' if kind == 'all' else kind} | {a.n} | "
                     + " | ".join(a.row()) + " | " + " | ".join(b.row()) + " |")
    lines += ["", f"Queries with a matching word that list nothing: {len(empties)}"
              + (f" ({', '.join(repr(e) for e in empties)})" if empties else "") + "."]
    text = "\n".join(lines)
    if show_failures:
        text += "\n\nNot successful:\n" + "\n".join(app_fail)
    if write:
        _write_block(write, "\n".join(lines))
    return text


def _write_block(name: str, body: str) -> None:
    doc = REPO / "docs" / "performance.md"
    start, end = f"<!-- eval-{name}:start -->", f"<!-- eval-{name}:end -->"
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    block = f"{start}\nMeasured {stamp}.\n\n{body}\n{end}"
    old = doc.read_text(encoding="utf-8")
    if start in old and end in old:
        new = old[: old.index(start)] + block + old[old.index(end) + len(end):]
    else:
        new = old.rstrip() + "\n\n" + block + "\n"
    doc.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", choices=("before", "current"),
                    help="also write the table into docs/performance.md")
    ap.add_argument("--failures", action="store_true", help="list the unsuccessful queries")
    args = ap.parse_args(argv)
    print(report(args.write, args.failures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
