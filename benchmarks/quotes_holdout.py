"""Quotes on PolNeAR train, held out: a figure for the learned cue scorer that dev is too
small to show.

    python benchmarks/quotes_holdout.py ../shared/eval/quotes/polnear/train [--cache FILE]

The shipped scorer and its count tables (``data/quotes/cue_model.npz``,
``learned_cues.tsv``, ``learned_words.tsv``) are learned from all of train, so scoring
train with them flatters them, and dev's 84 articles move by a few thousandths from one
training run to the next. Here the whole of ``scripts/learn_cues.py``'s learning (the
count tables, the scorer and its threshold by 5-fold cross-validation) is redone on the
even articles of train (sorted by name, as ``benchmarks/quotes.py`` loads them), and the
quotes layer, with those in place of the shipped ones, is scored end to end on the odd
articles, exactly as ``benchmarks/quotes.py`` scores a split. Learned from half as many
articles, the figure sits below what the shipped tables give; it is for comparing one
version of the layer with another. ``--cache`` keeps the parsed training examples between
runs (they depend on the layer's rules: delete the file when those change).
"""

from __future__ import annotations

import argparse
import functools
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from quotes import KINDS, figures, flashpoint, load, score_doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path, help="PolNeAR train folder")
    parser.add_argument("--cache", type=Path, help="keep the training examples here")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    import learn_cues as lc

    from flashpoint.layers import quotes as layer
    from flashpoint.layers.cue_model import fit

    if args.cache and args.cache.exists():
        examples = pickle.loads(args.cache.read_bytes())
    else:
        examples = lc.examples(args.split)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(examples))
    docs = load(args.split)
    assert len(docs) == len(examples), "the cache is of another split"
    train = [e for i, e in enumerate(examples) if i % 2 == 0]
    threshold = lc.cross_validate_scorer(train, 5)
    seen, cues = lc.count(train)
    model = fit(*lc.scorer_rows(train, seen, cues, leave_out=True), threshold=threshold)
    counts = {k: (seen[k], cues[k]) for k in seen if seen[k] >= 2 and cues[k] >= 1}
    word_seen, word_cues = lc.by_word(seen), lc.by_word(cues)
    words = {k: (word_seen[k], word_cues[k]) for k in word_seen if word_seen[k] >= 2}
    table = {
        k: c / s
        for k, (s, c) in counts.items()
        if c >= layer.LEARNED_MIN_CUES and c >= layer.LEARNED_MIN_SHARE * s
    }
    # the layer reads these by name: put the half-trained ones in place of the shipped ones
    layer.cue_model = lambda: model  # type: ignore[assignment]
    layer.learned_counts = functools.cache(lambda: counts)  # type: ignore[assignment]
    layer.learned_word_counts = functools.cache(lambda: words)  # type: ignore[assignment]
    layer.learned_cues = functools.cache(lambda: table)  # type: ignore[assignment]

    total: Counter[str] = Counter()
    held = [d for i, d in enumerate(docs) if i % 2 == 1]
    for _, text, published, gold in held:
        total += score_doc(text, gold, flashpoint(text, published)).counts
    f = figures(total)
    result = {
        "trained_on": len(train),
        "scored": len(held),
        "threshold": threshold,
        "flashpoint": f,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"quotes, PolNeAR {args.split.name} held out: scorer and tables learned from "
        f"{len(train)} articles (threshold {threshold:.2f}), scored on the other {len(held)}"
    )
    for kind in ("all", *KINDS):
        x = f[kind]
        print(
            f"  {kind:8s} P {x['p']:.3f}  R {x['r']:.3f}  F1 {x['f1']:.3f}  "
            f"(gold {x['n_gold']}, predicted {x['n_pred']})"
        )
    print(f"  speaker accuracy {f['speaker']['accuracy']:.3f} (n={f['speaker']['n']})")


if __name__ == "__main__":
    main()
