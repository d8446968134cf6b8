"""The judged referral scenarios (benchmarks/eval/referral_scenarios.json) on the embedded
demo catalogue: the bar of issue 12 is at least 90 % passed and every crisis-order case
passed. The judgments are data written from the catalogue's texts; this test only runs
them."""

from __future__ import annotations

import pytest

from benchmarks import eval_referrals
from hytedesk.app.session import demo_bundle_path

pytestmark = pytest.mark.skipif(not demo_bundle_path().exists(),
                                reason="the demo catalogue has not been built")


def test_scenarios_pass_on_the_demo_catalogue() -> None:
    scenarios = eval_referrals.load_scenarios()
    assert len(scenarios) >= 40
    results = eval_referrals.run()
    failed = {r.id: r.failures for r in results if not r.passed}
    passed = len(results) - len(failed)
    assert passed / len(results) >= 0.9, failed
    crisis = [r for r in results if r.kind == "crisis-order"]
    assert len(crisis) >= 5
    assert all(r.passed for r in crisis), {r.id: r.failures for r in crisis}


def test_a_failed_check_is_reported() -> None:
    """The judge itself: each kind of check fails when its condition is not met."""
    s = {"top5": ["a"], "top5_any": [["b", "c"]], "absent": ["z"],
         "crisis_first": ["112", "mieli"], "crisis_includes": ["riku"],
         "crisis_excludes": ["poison"], "met": ["debt"], "unmet": ["care"]}
    failures = eval_referrals.judge(s, ["mieli", "112", "poison"],
                                    ["x", "y", "z", "w", "v", "a"], ["debt"])
    text = " | ".join(failures)
    for part in ("a not in the first 5 (at 6)", "none of b, c", "z suggested",
                 "expected to start ['112', 'mieli']", "riku not among",
                 "poison among", "debt reported as an unmet need",
                 "care not reported as an unmet need"):
        assert part in text, part
    assert eval_referrals.judge(s, ["112", "mieli", "riku"], ["a", "b"], ["care"]) == []
    assert eval_referrals.judge({"no_crisis": True}, ["112"], [], []) != []
