"""Score the event coder on PLV (Hu et al. 2024): the PLOVER type between marked actors.

    python benchmarks/plover.py ../shared/eval/events/plv_train.tsv [--part tune|held|all]

The file is split once, by ``sentence_id`` and stratified by label with a fixed seed, into
an 80% ``tune`` part (read it, tune on it) and a 20% ``held`` part (score only; never look
at its errors). Scoring is end to end: the gold spans only pick which coded event to
compare.

For each sentence the coder annotates the plain sentence; the predicted type is that of
the first coded event whose source overlaps the marked source and whose target overlaps
the marked target (else one whose source overlaps the source; else "NONE"). PLV's YIELD
is PLOVER's CONCEDE or RETREAT. Prints coverage, accuracy and macro-F1 over the gold types.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import prf, table
from flashpoint.pipeline import annotate

YIELD = {"CONCEDE", "RETREAT"}
SEED = 20241202
HELD_SHARE = 0.2


def split(rows: list[dict[str, str]]) -> dict[str, str]:
    """Return the part ("tune" or "held") of every sentence_id, stratified by label."""
    first_label: dict[str, str] = {}
    for r in rows:
        first_label.setdefault(r["sentence_id"], r["gold_root"])
    by_label: dict[str, list[str]] = {}
    for sid, label in sorted(first_label.items()):
        by_label.setdefault(label, []).append(sid)
    rng = random.Random(SEED)
    part = {}
    for label in sorted(by_label):
        ids = by_label[label]
        rng.shuffle(ids)
        n_held = round(len(ids) * HELD_SHARE)
        for i, sid in enumerate(ids):
            part[sid] = "held" if i < n_held else "tune"
    return part


def _overlaps(span: list[int] | None, start: int, end: int) -> bool:
    return span is not None and span[0] < end and start < span[1]


def predict(sentence: str, source: str, target: str) -> str:
    """Return the coder's PLOVER type for the marked pair, or NONE."""
    out = annotate(sentence).to_json()
    s0 = sentence.find(source)
    t0 = sentence.find(target)
    s = (s0, s0 + len(source)) if s0 >= 0 else (-1, -1)
    t = (t0, t0 + len(target)) if t0 >= 0 else (-1, -1)
    both, source_only = None, None
    for ev in out["events"]:
        spans = ev["mentions"][0]["spans"]
        if _overlaps(spans["source"], *s):
            if _overlaps(spans["target"], *t):
                both = both or ev["plover"]
            source_only = source_only or ev["plover"]
    label = both or source_only or "NONE"
    return "YIELD" if label in YIELD else label


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--part", choices=["tune", "held", "all"], default="tune")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    with args.path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    parts = split(rows)
    if args.part != "all":
        rows = [r for r in rows if parts[r["sentence_id"]] == args.part]
    rows = rows[: args.limit]
    started = time.perf_counter()
    pairs = [(r["gold_root"], predict(r["sentence"], r["source"], r["target"])) for r in rows]
    elapsed = time.perf_counter() - started
    labels = sorted({g for g, _ in pairs})
    per = {}
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        per[label] = (*prf(tp, fp, fn), sum(1 for g, _ in pairs if g == label))
    covered = [(g, p) for g, p in pairs if p != "NONE"]
    print(
        f"PLV {args.path.name}, part {args.part}: {len(pairs)} pairs in {elapsed:.1f}s "
        f"({1000 * elapsed / len(pairs):.1f} ms per sentence)"
    )
    print(table([(k, *v) for k, v in per.items()], ("gold type", "P", "R", "F1", "n")))
    macro = sum(v[2] for v in per.values()) / len(per)
    acc_cov = sum(g == p for g, p in covered) / len(covered) if covered else 0.0
    print(f"\nno event found:                  {1 - len(covered) / len(pairs):.3f}")
    print(f"accuracy on covered pairs:       {acc_cov:.3f}")
    print(f"accuracy on all pairs:           {sum(g == p for g, p in pairs) / len(pairs):.3f}")
    print(f"macro-F1 over {len(per)} gold types:    {macro:.3f}")
    confusions = Counter((g, p) for g, p in covered if g != p).most_common(8)
    print(
        "most common confusions (gold -> predicted):",
        ", ".join(f"{g}->{p} {n}" for (g, p), n in confusions),
    )


if __name__ == "__main__":
    main()
