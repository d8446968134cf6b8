"""The judged referral scenarios (benchmarks/eval/referral_scenarios.json) run against a
catalogue bundle: passed / failed per scenario kind, and what failed.

    python benchmarks/eval_referrals.py [BUNDLE] [-v]

Without BUNDLE the embedded demo catalogue is used. The bundle is imported into a
temporary home; the clock is fixed (Monday 2026-11-30 09:00, Helsinki time) so that
"next session" reasons do not change from day to day.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from hytedesk.app.session import demo_bundle_path  # noqa: E402
from hytedesk.base.paths import Paths  # noqa: E402
from hytedesk.catalogue import catdb as cat  # noqa: E402
from hytedesk.catalogue.importer import import_bundle  # noqa: E402
from hytedesk.referrals.checklist import load_checklist  # noqa: E402
from hytedesk.referrals.model import ClientContext  # noqa: E402
from hytedesk.referrals.recommend import recommend, unmet_needs  # noqa: E402

SCENARIOS = REPO / "benchmarks" / "eval" / "referral_scenarios.json"
NOW = datetime(2026, 11, 30, 9, 0)
TOP = 5


@dataclass
class Outcome:
    id: str
    kind: str
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


def load_scenarios(path: Path = SCENARIOS) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text("utf-8"))["scenarios"])


def judge(s: dict[str, Any], crisis: list[str], ordinary: list[str],
          unmet: list[str]) -> list[str]:
    """The failed checks of one scenario (empty: passed)."""
    out: list[str] = []
    top = ordinary[:TOP]
    shown = set(crisis) | set(ordinary)
    for sid in s.get("top5", []):
        if sid not in top:
            where = f"at {ordinary.index(sid) + 1}" if sid in ordinary else "missing"
            out.append(f"{sid} not in the first {TOP} ({where})")
    for group in s.get("top5_any", []):
        if not set(group) & set(top):
            out.append(f"none of {', '.join(group)} in the first {TOP}")
    for sid in s.get("absent", []):
        if sid in shown:
            out.append(f"{sid} suggested")
    first = s.get("crisis_first", [])
    if first and crisis[: len(first)] != first:
        out.append(f"crisis contacts {crisis[: len(first) + 1]}, expected to start {first}")
    for sid in s.get("crisis_includes", []):
        if sid not in crisis:
            out.append(f"{sid} not among the crisis contacts")
    for sid in s.get("crisis_excludes", []):
        if sid in crisis:
            out.append(f"{sid} among the crisis contacts")
    if s.get("no_crisis") and crisis:
        out.append(f"crisis contacts shown: {crisis}")
    for item in s.get("met", []):
        if item in unmet:
            out.append(f"{item} reported as an unmet need")
    for item in s.get("unmet", []):
        if item not in unmet:
            out.append(f"{item} not reported as an unmet need")
    return out


def context_of(s: dict[str, Any]) -> ClientContext:
    c = s["context"]
    return ClientContext(age_band=c["age_band"], municipality=c.get("municipality"),
                         place_id=c.get("place"), max_km=c.get("max_km"),
                         modes=tuple(c["modes"]), language=c.get("language", "fi"))


def check_references(conn: Any, scenarios: list[dict[str, Any]]) -> None:
    """A scenario naming a service or item the catalogue lacks is a mistake in the set,
    not a failed recommendation: stop with the names."""
    services = {r[0] for r in conn.execute("SELECT id FROM services")}
    items = {i.id for i in load_checklist(conn).items()}
    bad = []
    for s in scenarios:
        named = [*s.get("top5", []), *(x for g in s.get("top5_any", []) for x in g),
                 *s.get("absent", []), *s.get("crisis_first", []),
                 *s.get("crisis_includes", []), *s.get("crisis_excludes", [])]
        bad += [f"{s['id']}: service {x}" for x in named if x not in services]
        bad += [f"{s['id']}: item {x}" for x in [*s["items"], *s.get("met", []),
                                                 *s.get("unmet", [])] if x not in items]
    if bad:
        raise SystemExit("unknown references in the scenarios:\n  " + "\n  ".join(bad))


def evaluate(conn: Any, scenarios: list[dict[str, Any]]) -> list[Outcome]:
    check_references(conn, scenarios)
    checklist = load_checklist(conn)
    results = []
    for s in scenarios:
        ctx = context_of(s)
        recs = recommend(conn, ctx, s["items"], now=NOW, checklist=checklist)
        crisis = [r.service_id for r in recs if r.crisis]
        ordinary = [r.service_id for r in recs if not r.crisis]
        unmet = [u.situation for u in unmet_needs(checklist, ctx, s["items"], recs)]
        results.append(Outcome(s["id"], s["kind"], judge(s, crisis, ordinary, unmet)))
    return results


def run(bundle: Path | None = None, scenarios: list[dict[str, Any]] | None = None
        ) -> list[Outcome]:
    """Imports ``bundle`` (default: the demo catalogue) into a temporary home and judges
    every scenario."""
    bundle = bundle or demo_bundle_path()
    scenarios = scenarios if scenarios is not None else load_scenarios()
    with tempfile.TemporaryDirectory(prefix="hytedesk-eval-") as tmp:
        root = Path(tmp)
        paths = Paths(data=root / "data", cache=root / "cache", logs=root / "logs",
                      config=root / "config").ensure()
        result = import_bundle(paths, bundle)
        conn = cat.connect(result.file, readonly=True)
        try:
            return evaluate(conn, scenarios)
        finally:
            conn.close()


def summary(results: list[Outcome]) -> dict[str, tuple[int, int]]:
    """``{kind: (passed, total)}`` plus ``"all"``."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        for key in (r.kind, "all"):
            per[key][0] += r.passed
            per[key][1] += 1
    return {k: (v[0], v[1]) for k, v in per.items()}


def table(results: list[Outcome]) -> str:
    rows = ["| kind | passed | of | rate |", "| --- | --- | --- | --- |"]
    for kind, (ok, n) in sorted(summary(results).items(), key=lambda kv: kv[0] == "all"):
        rows.append(f"| {kind} | {ok} | {n} | {100 * ok / n:.0f} % |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("bundle", nargs="?", type=Path, help="catalogue bundle (default: demo)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failed check")
    args = parser.parse_args(argv)
    results = run(args.bundle)
    for r in results:
        if not r.passed:
            print(f"FAIL {r.kind:13} {r.id}")
            for f in r.failures if args.verbose else r.failures[:1]:
                print(f"     {f}")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
