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

import argparse
import datetime as dt
import json
import logging
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from logreg import predict, save, train

from flashpoint.coding.confidence import ArticleContext, features
from flashpoint.learn import buckets
from flashpoint.nlp import load_nlp, parse_text
from flashpoint.pipeline import _cleaned, _code_parsed
from flashpoint.records import RawArticle
from flashpoint.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import country  # noqa: E402
from events import _sentence_id  # noqa: E402

log = logging.getLogger("train_event_model")
GOLD = ROOT / "benchmarks" / "gold" / "articles"
OUT = ROOT / "src" / "flashpoint" / "data" / "lexicon" / "event_model.npz"
GRID = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
L2 = 3.0

Data = tuple[list[list[int]], list[int], int]
"""A batch's examples: feature buckets, labels, and the gold events the rules missed."""


def dev_splits() -> list[str]:
    """The tuning splits present, oldest first (``dev``, ``dev2``, ...)."""
    names = [p.stem for p in GOLD.glob("dev*.jsonl") if re.fullmatch(r"dev\d*", p.stem)]
    return sorted(names, key=lambda s: int(s[3:] or 1))


def examples(split: str) -> Data:
    """One row of feature buckets and one label per event the rules code in a split."""
    rows: list[list[int]] = []
    labels: list[int] = []
    missed = 0
    for raw_line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        if not raw_line.strip():
            continue
        item = json.loads(raw_line)
        raw = RawArticle(
            input=item["id"],
            kind="text",
            data=item["text"].encode(),
            title=item.get("title"),
            published=dt.date.fromisoformat(item["published"]),
            published_from="input",
        )
        sentences = sorted({e["sentence"] for e in item["events"]})
        gold = Counter(
            (
                sentences.index(e["sentence"]),
                e["plover"],
                country(e["source_country"]),
                country(e["target_country"]),
            )
            for e in item["events"]
        )
        cleaned = _cleaned(raw, settings=Settings(article_timeout=600.0))
        article = cleaned.article
        if article is None:
            missed += sum(gold.values())
            continue
        doc = load_nlp()(parse_text(article.text))
        mentions = _code_parsed(article, doc, input_id=article.input, judge=False).mentions
        context = ArticleContext(doc, article.text, article.published, mentions)
        for m in mentions:
            sid = _sentence_id(article.text, sentences, *m.trigger)
            key = (
                sid if sid is not None else f"x{m.sentence[0]}",
                str(m.plover),
                country(m.source.code),
                country(m.target.code) if m.target else None,
            )
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cv", action="store_true", help="leave-one-batch-out figures first")
    parser.add_argument("--threshold", type=float, help="use this threshold, not the CV's")
    parser.add_argument("--before", help="train only on the dev batches older than this one")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    splits = dev_splits()
    if args.before:
        if args.before not in splits:
            parser.error(f"--before must name a dev split: {', '.join(splits)}")
        splits = splits[: splits.index(args.before)]
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
