"""The coder may not get worse on the gold dev split than the pinned baseline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

BENCH = Path(__file__).parent.parent / "benchmarks"


def test_gold_dev_scores_do_not_drop_below_the_baseline() -> None:
    sys.path.insert(0, str(BENCH))
    from coder_gold import score

    baseline = json.loads((BENCH / "baseline.json").read_text())
    tol = baseline["tolerance"]
    pinned = baseline["gold_dev"]
    got = score("dev", BENCH / "gold" / "events")
    micro = got["micro"]
    assert isinstance(micro, dict)
    now = {
        "strict_f1": micro["strict"][2],
        "type_f1": micro["type"][2],
        "macro_type_f1": got["macro_type_f1"],
    }
    drops = {k: (pinned[k], round(float(v), 3)) for k, v in now.items() if v < pinned[k] - tol}
    assert not drops, f"quality dropped (baseline, now): {drops}"


def test_casualty_counts_on_the_dev_splits_stay_at_the_acceptance_level() -> None:
    sys.path.insert(0, str(BENCH))
    from casualties import score

    for split in ("dev", "dev2"):
        got = score(split)
        assert got["exact"] >= 0.95, (split, got)
