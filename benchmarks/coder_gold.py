"""Score the event coder on the team's gold sentences (benchmarks/gold/events).

    python benchmarks/coder_gold.py                 # dev split
    python benchmarks/coder_gold.py --split test    # report only: never tune on test

Prints micro precision/recall/F1 for events matched as (PLOVER, source code, target code),
as the same with actors reduced to countries, and per-type F1 with its macro average.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import country, multiset_counts, prf, table
from flashpoint.pipeline import annotate
from flashpoint.records import Plover

GOLD = Path(__file__).parent / "gold" / "events"


def score(split: str, gold_dir: Path) -> dict[str, object]:
    """Annotate every gold sentence of a split and return the scores."""
    lines = (gold_dir / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    counts = {"strict": [0, 0, 0], "country": [0, 0, 0], "type": [0, 0, 0]}
    per_type = {p.value: [0, 0, 0] for p in Plover}
    started = time.perf_counter()
    for item in items:
        out = annotate(item["text"], input_id=item["id"]).to_json()
        pred = [
            (e["plover"], e["source"]["code"], (e["target"] or {}).get("code"))
            for e in out["events"]
        ]
        gold = [(e["plover"], e["source_code"], e["target_code"]) for e in item["events"]]
        views = {
            "strict": (gold, pred),
            "country": (
                [(t, country(s), country(g)) for t, s, g in gold],
                [(t, country(s), country(g)) for t, s, g in pred],
            ),
            "type": ({t for t, _, _ in gold}, {t for t, _, _ in pred}),
        }
        for name, (g, p) in views.items():
            for i, n in enumerate(multiset_counts(g, p)):
                counts[name][i] += n
        for plover in per_type:
            g_has = plover in {t for t, _, _ in gold}
            p_has = plover in {t for t, _, _ in pred}
            per_type[plover][0] += g_has and p_has
            per_type[plover][1] += p_has and not g_has
            per_type[plover][2] += g_has and not p_has
    elapsed = time.perf_counter() - started
    type_f1 = {t: prf(*c)[2] for t, c in per_type.items()}
    return {
        "split": split,
        "sentences": len(items),
        "seconds": elapsed,
        "micro": {k: prf(*v) for k, v in counts.items()},
        "per_type": {t: prf(*c) for t, c in per_type.items()},
        "macro_type_f1": sum(type_f1.values()) / len(type_f1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args()
    s = score(args.split, args.gold)
    if args.json:
        print(json.dumps(s, indent=2))
        return
    print(f"coder gold set, {s['split']} split: {s['sentences']} sentences in {s['seconds']:.1f}s")
    micro = s["micro"]
    assert isinstance(micro, dict)
    print(table([(name, *v) for name, v in micro.items()], ("match", "P", "R", "F1")))
    per = s["per_type"]
    assert isinstance(per, dict)
    print()
    print(table([(t, *v) for t, v in per.items()], ("PLOVER (sentence level)", "P", "R", "F1")))
    print(f"\nmacro F1 over the 16 types (sentence level): {s['macro_type_f1']:.3f}")


if __name__ == "__main__":
    main()
