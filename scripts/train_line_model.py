"""Train the crawled-text line scorer (:mod:`flashpoint.clean.linemodel`).

    python scripts/train_line_model.py [--out src/flashpoint/data/clean/line_model.npz] \
        [--cv] [--threshold P] [--before SPLIT]

Reads only the tuning splits of the hand-written crawled-text gold
(``benchmarks/gold/crawl/dev.jsonl``, ``dev2.jsonl``, ...): every line labelled ``noise`` or
``story`` is one example. ``--cv`` first scores each batch with a model trained on the
others (leave one batch out) and prints, per threshold, the share of noise lines the model
alone would remove and the share of story lines it would lose; the threshold written is the
lowest of the grid whose pooled loss is at most ``MAX_LOSS`` (or ``--threshold``).
``--before dev10`` trains only on the batches older than ``dev10`` (to score that batch
with the rules of its day, as a check of what the scorer adds on text nobody tuned on).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import numpy as np
from logreg import arguments, predict, save, train

from flashpoint.clean import lift_head
from flashpoint.clean.linemodel import buckets, features
from flashpoint.clean.metadata import normalize

log = logging.getLogger("train_line_model")
ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "crawl"
OUT = ROOT / "src" / "flashpoint" / "data" / "clean" / "line_model.npz"
GRID = (0.8, 0.85, 0.9, 0.95, 0.98)
MAX_LOSS = 0.01
L2 = 1.0


def examples(split: str) -> tuple[list[list[int]], list[int]]:
    """One row of feature buckets and one label (1 = noise) per labelled line of a split."""
    rows: list[list[int]] = []
    labels: list[int] = []
    for raw in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        article = json.loads(raw)
        judged = judged_lines(article)
        texts = [text for text, _ in judged]
        for i, (_, label) in enumerate(judged):
            rows.append(buckets(features(texts, i)))
            labels.append(1 if label == "noise" else 0)
    return rows, labels


def judged_lines(article: dict[str, Any]) -> list[tuple[str, str]]:
    """The (text, label) of the lines the boilerplate pass judges, as ``split_text`` gives
    them to it: the headline and date line it lifts first are left out, as are blank lines."""
    gold = article["lines"]
    lines = normalize("\n".join(x["text"] for x in gold)).split("\n")
    if len(lines) != len(gold):
        log.warning("%s: normalising changed the number of lines; left out", article["id"])
        return []
    kept, *_ = lift_head(lines)
    body = normalize("\n".join(lines[i] for i in kept)).split("\n")
    if len(body) != len(kept):
        log.warning("%s: normalising changed the number of lines; left out", article["id"])
        return []
    return [(text, gold[i]["label"]) for text, i in zip(body, kept, strict=True) if text.strip()]


def cross_validate(data: dict[str, tuple[list[list[int]], list[int]]]) -> float:
    """Print leave-one-batch-out figures per threshold; return the threshold to use."""
    pooled = {t: [0, 0, 0, 0] for t in GRID}
    for held in data:
        rows = [r for s, (rs, _) in data.items() if s != held for r in rs]
        labels = [y for s, (_, ys) in data.items() if s != held for y in ys]
        p = predict(data[held][0], train(rows, labels, L2))
        y = np.asarray(data[held][1])
        cells = []
        for t in GRID:
            removed = int(((p >= t) & (y == 1)).sum())
            lost = int(((p >= t) & (y == 0)).sum())
            counts = pooled[t]
            counts[0] += removed
            counts[1] += int((y == 1).sum())
            counts[2] += lost
            counts[3] += int((y == 0).sum())
            cells.append(f"{t:.2f}: {removed / (y == 1).sum():.3f}/{lost / (y == 0).sum():.3f}")
        print(f"{held:<6} " + "  ".join(cells))
    print(
        "pooled "
        + "  ".join(f"{t:.2f}: {a / b:.3f}/{c / d:.3f}" for t, (a, b, c, d) in pooled.items())
    )
    print("(noise lines removed / story lines lost by the model alone, per threshold)")
    ok = [t for t, (_a, _b, c, d) in pooled.items() if c / d <= MAX_LOSS]
    return min(ok) if ok else max(GRID)


def main() -> None:
    args, splits = arguments(__doc__ or "", OUT, GOLD)
    data = {s: examples(s) for s in splits}
    threshold = args.threshold
    if args.cv:
        chosen = cross_validate(data)
        threshold = threshold if threshold is not None else chosen
    if threshold is None:
        threshold = 0.9
    w = train(
        [r for rs, _ in data.values() for r in rs],
        [y for _, ys in data.values() for y in ys],
        L2,
    )
    kept = save(args.out, w, threshold, splits)
    n = sum(len(ys) for _, ys in data.values())
    log.info(
        "trained on %s (%d lines), %d weights, threshold %.2f -> %s",
        ", ".join(splits),
        n,
        kept,
        threshold,
        args.out,
    )


if __name__ == "__main__":
    main()
