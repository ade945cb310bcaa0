"""Count, in PolNeAR train, which words carry reported words: ``data/quotes/learned_cues.tsv``.

    python scripts/learn_cues.py ../shared/eval/quotes/polnear/train \
        [--out src/flashpoint/data/quotes/learned_cues.tsv] [--folds 5] [--cache FILE] \
        [--model src/flashpoint/data/quotes/cue_model.npz]

``--out`` also writes ``learned_words.tsv`` beside the table: each word's counts over all
its frames, which the scorer reads too.

The curated cues (``data/quotes/cues.tsv``) cover the common verbs of saying and believing.
PolNeAR marks many more ways of attributing words or a stance ("mocked the ambitions of",
"reserved his passion for", "sees a chance that"). For every word the curated rules leave
alone, :func:`flashpoint.layers.quotes.learning_examples` gives the frame it would govern
reported words by (its clause, its object, its first preposition's object) and those
words. Here each is counted as *seen*, and as a *cue* when PolNeAR has an attribution
whose cue holds the word and whose content the span matches as ``benchmarks/quotes.py``
scores it (shared words at least half of both). The table keeps every (lemma, part of
speech, frame) seen at least twice with a cue at least once; the quotes layer uses those at
or above ``LEARNED_MIN_CUES`` and ``LEARNED_MIN_SHARE``.

``--folds K`` first estimates, by K-fold cross-validation over the articles, what each
pair of thresholds would add: the cues found and the false ones, on articles not counted.
``--model`` trains the scorer of :mod:`flashpoint.layers.cue_model` on the same examples
(each row's counts leave the row out) after choosing, by the same cross-validation, the
probability at which a frame is kept. Only train is read; ``benchmarks/quotes.py`` on dev
scores the result.
"""

from __future__ import annotations

import argparse
import logging
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import numpy as np

from quotes import load, words

log = logging.getLogger("learn_cues")
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t", re.M)
_E_LINE = re.compile(r"^E\d+\t(.*)$", re.M)
Example = tuple[int, str, bool, np.ndarray]
"""A word, a frame key, whether it carried an attribution, and its scorer features (the
parse part, :func:`flashpoint.layers.quotes.candidate_vector`)."""


def attributions(ann: str) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """Return (cue spans, content spans) of every attribution in a brat ``.ann`` file."""
    spans = {
        m.group(1): [tuple(map(int, p.split())) for p in m.group(3).split(";")]
        for m in _T_LINE.finditer(ann)
    }
    out = []
    for m in _E_LINE.finditer(ann):
        cue: list[tuple[int, int]] = []
        content: list[tuple[int, int]] = []
        for arg in m.group(1).split():
            role, _, tid = arg.partition(":")
            role = role.rstrip("0123456789")
            if role == "Cue":
                cue.extend(spans.get(tid, []))  # type: ignore[arg-type]
            elif role == "Content":
                content.extend(spans.get(tid, []))  # type: ignore[arg-type]
        if cue and content:
            out.append((cue, content))
    return out


def _matches(text: str, span: tuple[int, int], content: list[tuple[int, int]]) -> bool:
    mine = words(text, [span])
    if not mine:
        return False
    for unit in [content, *([[p] for p in content] if len(content) > 1 else [])]:
        gold = words(text, unit)
        shared = len(mine & gold)
        if gold and 2 * shared >= len(mine) and 2 * shared >= len(gold):
            return True
    return False


def examples(split: Path) -> list[list[Example]]:
    """Return each article's examples: (word, frame key, carried an attribution)."""
    from flashpoint.layers.quotes import learning_examples
    from flashpoint.nlp import load_nlp, parse_text

    nlp = load_nlp()
    anns = {}
    for path in sorted((split / "attributions").glob("*.ann")):
        anns.setdefault(path.stem.rsplit("_", 1)[0], path)  # first annotator, as the benchmark
    out = []
    for k, (name, text, _, _) in enumerate(load(split, None)):
        ann = anns.get(name)
        gold = attributions(ann.read_text(encoding="utf-8")) if ann else []
        doc = nlp(parse_text(text))
        found = []
        for tok, key, span, vector in learning_examples(doc):
            hit = any(
                any(a <= tok.idx < b for a, b in cue) and _matches(text, span, content)
                for cue, content in gold
            )
            found.append((tok.i, key, hit, vector))
        out.append(found)
        if k % 100 == 0:
            log.info("%d articles", k)
    return out


def count(docs: list[list[Example]]) -> tuple[Counter[str], Counter[str]]:
    seen: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    for doc in docs:
        for _, key, hit, _ in doc:
            seen[key] += 1
            cues[key] += hit
    return seen, cues


def keep(seen: Counter[str], cues: Counter[str], min_cues: int, share: float) -> dict[str, float]:
    return {
        k: cues[k] / seen[k] for k in seen if cues[k] >= min_cues and cues[k] >= share * seen[k]
    }


def chosen(doc: list[Example], table: dict[str, float]) -> list[bool]:
    """Return, for each word with a frame in ``table``, whether the frame the quotes layer
    would choose (the one most often a cue) carried an attribution."""
    best: dict[int, tuple[float, bool]] = {}
    for i, key, hit, _ in doc:
        share = table.get(key)
        if share is not None and share > best.get(i, (0.0, False))[0]:
            best[i] = (share, hit)
    return [hit for _, hit in best.values()]


def cross_validate(docs: list[list[Example]], folds: int) -> None:
    grid = [(m, s) for m in (2, 3, 4, 6) for s in (0.3, 0.4, 0.5, 0.6, 0.7)]
    found: Counter[tuple[int, float]] = Counter()
    false: Counter[tuple[int, float]] = Counter()
    for f in range(folds):
        held = [d for i, d in enumerate(docs) if i % folds == f]
        seen, cues = count([d for i, d in enumerate(docs) if i % folds != f])
        for m, s in grid:
            table = keep(seen, cues, m, s)
            for doc in held:
                for hit in chosen(doc, table):
                    found[m, s] += hit
                    false[m, s] += not hit
    print(f"{folds}-fold estimate on held-out articles: cues found / false ones added")
    for m, s in grid:
        print(f"  min_cues {m}  share {s:.1f}:  {found[m, s]:5d} / {false[m, s]:5d}")


WORTH = 0.56
"""What a false quote costs beside a found one. Adding a quote that is right with
probability p raises F1 when p > F1 / 2: near the layer's F1 of 0.72 a found quote gains
1 - 0.36 and a false one loses 0.36, a ratio of 0.56."""
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def by_word(counts: Counter[str]) -> Counter[str]:
    """Sum frame counts per word (lemma and part of speech)."""
    from flashpoint.layers.cue_model import word_key

    out: Counter[str] = Counter()
    for key, n in counts.items():
        out[word_key(key)] += n
    return out


def scorer_rows(
    docs: list[list[Example]], seen: Counter[str], cues: Counter[str], *, leave_out: bool
) -> tuple[np.ndarray, np.ndarray]:
    """Return the scorer's rows and labels. With ``leave_out``, a row's counts leave the
    row itself out, as the counts of articles it was not in would."""
    from flashpoint.layers.cue_model import table_features, word_key

    word_seen, word_cues = by_word(seen), by_word(cues)
    rows, labels = [], []
    for doc in docs:
        for _, key, hit, vector in doc:
            s, c = seen[key], cues[key]
            ws, wc = word_seen[word_key(key)], word_cues[word_key(key)]
            if leave_out:
                s, c, ws, wc = s - 1, c - hit, ws - 1, wc - hit
            rows.append(np.concatenate([table_features((s, c), (ws, wc)), vector]))
            labels.append(hit)
    return np.array(rows, dtype="float32"), np.array(labels, dtype="float32")


def best_frames(doc: list[Example], scores: np.ndarray) -> list[tuple[float, bool]]:
    """Return, per word, the score and outcome of its best-scoring frame."""
    best: dict[int, tuple[float, bool]] = {}
    for (i, _, hit, _), p in zip(doc, scores, strict=True):
        if p > best.get(i, (-1.0, False))[0]:
            best[i] = (float(p), hit)
    return list(best.values())


def cross_validate_scorer(docs: list[list[Example]], folds: int) -> float:
    """Estimate by K-fold cross-validation what each threshold adds; return the best."""
    from flashpoint.layers.cue_model import fit

    found: Counter[float] = Counter()
    false: Counter[float] = Counter()
    for f in range(folds):
        train = [d for i, d in enumerate(docs) if i % folds != f]
        held = [d for i, d in enumerate(docs) if i % folds == f and d]
        seen, cues = count(train)
        model = fit(*scorer_rows(train, seen, cues, leave_out=True))
        for doc in held:
            rows, _ = scorer_rows([doc], seen, cues, leave_out=False)
            for p, hit in best_frames(doc, model.score(rows)):
                for t in THRESHOLDS:
                    if p >= t:
                        found[t] += hit
                        false[t] += not hit
        log.info("scorer fold %d done", f)
    print(f"scorer, {folds}-fold estimate: cues found / false ones added / net (false x {WORTH})")
    for t in THRESHOLDS:
        net = found[t] - WORTH * false[t]
        print(f"  threshold {t:.2f}:  {found[t]:5d} / {false[t]:5d} / {net:7.1f}")
    return max(THRESHOLDS, key=lambda t: found[t] - WORTH * false[t])


def write(path: Path, seen: Counter[str], cues: Counter[str], source: str) -> None:
    rows = sorted((k for k in seen if seen[k] >= 2 and cues[k] >= 1), key=lambda k: (-cues[k], k))
    lines = [
        "# Flashpoint learned quote cues: how often a word governing a frame carried reported",
        "# words in PolNeAR train. Written by scripts/learn_cues.py (do not edit by hand).",
        f"# Counted from: {source} (PolNeAR, Newell, Margolin & Ruths 2018: the counts, not",
        "# the texts). Columns: spaCy lemma, part of speech, frame (ccomp | xcomp | dobj | pass |",
        "# prep:<word>), times seen with that frame, times it carried an attribution there.",
        "lemma\tpos\tframe\tseen\tcues",
    ]
    for k in rows:
        lemma, pos, frame = k.split("|")
        lines.append(f"{lemma}\t{pos}\t{frame}\t{seen[k]}\t{cues[k]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows to {path}")


def write_words(path: Path, seen: Counter[str], cues: Counter[str], source: str) -> None:
    """Write the per-word table the scorer reads beside the frame counts: every word seen
    at least twice, marked or not (a word never marked is worth knowing too)."""
    seen, cues = by_word(seen), by_word(cues)
    rows = sorted((k for k in seen if seen[k] >= 2), key=lambda k: (-cues[k], -seen[k], k))
    lines = [
        "# Flashpoint learned quote cue words: how often a word, in any frame, carried reported",
        "# words in PolNeAR train. Written by scripts/learn_cues.py (do not edit by hand).",
        f"# Counted from: {source} (PolNeAR, Newell, Margolin & Ruths 2018: the counts, not",
        "# the texts). Columns: spaCy lemma, part of speech, times seen governing a frame,",
        "# times it carried an attribution there.",
        "lemma\tpos\tseen\tcues",
    ]
    for k in rows:
        lemma, pos = k.split("|")
        lines.append(f"{lemma}\t{pos}\t{seen[k]}\t{cues[k]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows to {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path, help="PolNeAR train folder")
    parser.add_argument("--out", type=Path, help="where to write the table")
    parser.add_argument("--folds", type=int, default=0, help="cross-validate the thresholds")
    parser.add_argument("--cache", type=Path, help="keep the examples here between runs")
    parser.add_argument("--model", type=Path, help="train the scorer and write it here")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.cache and args.cache.exists():
        docs = pickle.loads(args.cache.read_bytes())
    else:
        docs = examples(args.split)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(docs))
    if args.folds:
        cross_validate(docs, args.folds)
    if args.model:
        from flashpoint.layers.cue_model import fit, save

        threshold = cross_validate_scorer(docs, args.folds or 5)
        seen, cues = count(docs)
        model = fit(*scorer_rows(docs, seen, cues, leave_out=True), threshold=threshold)
        save(model, args.model)
        print(f"wrote the scorer, threshold {threshold:.2f}, to {args.model}")
    if args.out:
        seen, cues = count(docs)
        write(args.out, seen, cues, f"{args.split.name}, {len(docs)} articles")
        words = args.out.with_name("learned_words.tsv")
        write_words(words, seen, cues, f"{args.split.name}, {len(docs)} articles")


if __name__ == "__main__":
    main()
