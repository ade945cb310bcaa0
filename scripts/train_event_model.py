"""Train the coded-event judge (:mod:`flashpoint.coding.confidence`).

    python scripts/train_event_model.py [--out src/flashpoint/data/lexicon/event_model.npz] \
        [--cv] [--threshold P] [--before SPLIT]

Reads only the tuning splits of the whole-article gold (``benchmarks/gold/articles/dev.jsonl``,
``dev2.jsonl``, ...). Each article goes through the pipeline as ``benchmarks/events.py``
sends it (cleaning, parse, every layer, the rules) with the judge switched off; every event
the rules code is one example, labelled 1 when the benchmark's matching finds it in the gold
(same gold sentence, PLOVER type, source and target country; each gold event matched once).
``--cv`` first scores each batch with a model trained on the others (leave one batch out)
and prints, per threshold, the false events the judge would drop, the true ones it would
lose, and the batches' pooled precision, recall and F1 (the gold events the rules miss
counted too); the threshold written is the one of the grid with the best pooled F1 (the
higher of equals), or ``--threshold``. ``--before dev14`` trains only on older batches.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import numpy as np
from logreg import arguments, predict, save, train

from flashpoint.coding.confidence import ArticleContext, features
from flashpoint.learn import buckets
from flashpoint.nlp import load_nlp, parse_text
from flashpoint.pipeline import _cleaned, _code_parsed
from flashpoint.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from events import gold_events, mention_key, raw_article  # noqa: E402

log = logging.getLogger("train_event_model")
GOLD = ROOT / "benchmarks" / "gold" / "articles"
OUT = ROOT / "src" / "flashpoint" / "data" / "lexicon" / "event_model.npz"
GRID = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
L2 = 3.0

Data = tuple[list[list[int]], list[int], int]
"""A batch's examples: feature buckets, labels, and the gold events the rules missed."""


def examples(split: str) -> Data:
    """One row of feature buckets and one label per event the rules code in a split."""
    rows: list[list[int]] = []
    labels: list[int] = []
    missed = 0
    for raw_line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        if not raw_line.strip():
            continue
        item = json.loads(raw_line)
        raw = raw_article(item)
        sentences, gold = gold_events(item)
        cleaned = _cleaned(raw, settings=Settings(article_timeout=600.0))
        article = cleaned.article
        if article is None:
            missed += sum(gold.values())
            continue
        doc = load_nlp()(parse_text(article.text))
        mentions = _code_parsed(article, doc, input_id=article.input, judge=False).mentions
        context = ArticleContext(doc, article.text, article.published, mentions)
        for m in mentions:
            key = mention_key(article.text, sentences, m)
            label = 1 if gold[key] > 0 else 0
            gold[key] -= label
            rows.append(buckets(features(m, context)))
            labels.append(label)
        missed += sum(n for n in gold.values() if n > 0)
    log.info("%s: %d events coded, %d true, %d gold missed", split, len(rows), sum(labels), missed)
    return rows, labels, missed


def cross_validate(data: dict[str, Data]) -> float:
    """Print leave-one-batch-out figures per threshold; return the threshold to use."""
    probs: list[np.ndarray] = []
    for held in data:
        rows = [r for s, (rs, _, _) in data.items() if s != held for r in rs]
        labels = [y for s, (_, ys, _) in data.items() if s != held for y in ys]
        probs.append(predict(data[held][0], train(rows, labels, L2)))
    p = np.concatenate(probs)
    y = np.asarray([v for _, ys, _ in data.values() for v in ys])
    missed = sum(m for _, _, m in data.values())
    tp0, fp0 = int(y.sum()), int((1 - y).sum())
    print(
        f"rules alone: tp {tp0} fp {fp0} fn {missed}  F1 {2 * tp0 / (2 * tp0 + fp0 + missed):.3f}"
    )
    best = (-1.0, GRID[0])
    for t in GRID:
        tp = int(((p >= t) & (y == 1)).sum())
        fp = int(((p >= t) & (y == 0)).sum())
        fn = missed + tp0 - tp
        f1 = 2 * tp / (2 * tp + fp + fn)
        print(
            f"threshold {t:.2f}: false dropped {fp0 - fp} ({(fp0 - fp) / fp0:.2f}), true lost "
            f"{tp0 - tp} ({(tp0 - tp) / tp0:.3f}); P {tp / (tp + fp):.3f} R {tp / (tp + fn):.3f} "
            f"F1 {f1:.3f}"
        )
        best = max(best, (round(f1, 4), t))
    return best[1]


def main() -> None:
    args, splits = arguments(__doc__ or "", OUT, GOLD)
    data = {s: examples(s) for s in splits}
    threshold = args.threshold
    if args.cv:
        chosen = cross_validate(data)
        threshold = threshold if threshold is not None else chosen
    if threshold is None:
        threshold = 0.3
    w = train(
        [r for rs, _, _ in data.values() for r in rs],
        [y for _, ys, _ in data.values() for y in ys],
        L2,
    )
    kept = save(args.out, w, threshold, splits)
    log.info(
        "trained on %s (%d events), %d weights, threshold %.2f -> %s",
        ", ".join(splits),
        sum(len(ys) for _, ys, _ in data.values()),
        kept,
        threshold,
        args.out,
    )


if __name__ == "__main__":
    main()
