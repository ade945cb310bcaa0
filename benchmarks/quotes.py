"""Quotes on PolNeAR: attribution content (direct and indirect) and who said it.

    python benchmarks/quotes.py ../shared/eval/quotes/polnear/dev [--limit N] [--errors K] [--json]

The argument is a split folder (``dev`` or ``train``) holding ``text/<name>.txt`` and brat
standoff ``attributions/<name>_<annotator>.ann``; ``metadata.tsv`` beside the splits gives
each article's ``publication_date``, passed to ``flashpoint.layers.quotes.quotes_in`` as
``published``. A few articles were annotated by several annotators: only the first
``.ann`` file in sorted order is used for each text.

Gold: one attribution per event (``E``) line that has a Content; its parts are the
``;``-separated spans of its Content (plus those of a ``Content2`` argument, which brat
uses when one attribution has two separate contents), and its source is its Source span,
if any. Discard and Discuss annotations are ignored. A gold attribution is *direct* when
its first part, stripped of whitespace, starts with a quote mark (straight or curly,
single or double, or ``«``), else *indirect*.

Scoring works on words: the ``\\w+`` matches of the text, identified by their position; a
span's words are those it overlaps, so punctuation and quote marks never count. A
prediction and a gold unit (the whole gold content, or one of its parts) match when
their shared words are at least half of the prediction's and at least half of the
unit's. Matching is one-to-one and greedy, largest shared word count first, per
document: a prediction matches at most one gold; a gold takes either one prediction for
the whole content or one prediction per part (on a tie a part goes first, leaving the
gold's other parts open). Prints:

- counts: documents, gold attributions (direct/indirect), predictions, and the
  Flashpoint run's seconds and articles per second (model loading not included);
- P (matched predictions / predictions), R (gold attributions with a match / gold
  attributions) and F1, for all quotes and per kind (recall by the gold's kind,
  precision by the prediction's kind), for Flashpoint and for a baseline that calls
  every sentence a quote (direct when it starts with a quote mark; no speaker; sentences
  end at ``[.!?]``, plus a closing quote, before whitespace, and at newlines);
- speaker accuracy over matched pairs whose gold has a source: the gold source overlaps
  the predicted speaker mention or the mention it was resolved to.

``--errors K`` lists K missed gold attributions and K unmatched Flashpoint predictions;
``--limit N`` scores the first N articles only; ``--json`` prints the figures as one
JSON object instead of the table.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from _common import prf, table

Span = tuple[int, int]
KINDS = ("direct", "indirect")
QUOTE_MARKS = "\"\u201c\u201d'\u2018\u2019\u00ab"
_WORD = re.compile(r"\w+")
_CHAR = re.compile(r"\w")
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t", re.M)
_E_LINE = re.compile(r"^E\d+\t(.*)$", re.M)
_SENTENCE_END = re.compile('[.!?]["\u201d\u2019]?\\s+|\n+')


@dataclass(frozen=True)
class Gold:
    """One gold attribution: its kind, content parts and source span(s) (empty: none)."""

    kind: str
    parts: tuple[Span, ...]
    source: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Pred:
    """One predicted quote: its kind, content parts and speaker spans (mention, antecedent)."""

    kind: str
    parts: tuple[Span, ...]
    speaker: tuple[Span, ...] = ()


@dataclass(frozen=True)
class DocScore:
    """What one document adds to the totals, and its matched (gold, prediction) pairs."""

    counts: Counter[str]
    pairs: list[tuple[int, int]]


def kind_of(text: str, parts: Iterable[Span]) -> str:
    """Return "direct" when the first part starts with a quote mark, else "indirect"."""
    s, e = min(parts, default=(0, 0))
    return "direct" if text[s:e].strip()[:1] in tuple(QUOTE_MARKS) else "indirect"


def _spans(field: str) -> tuple[Span, ...]:
    pairs = (x.split() for x in field.split(";"))
    return tuple((int(a), int(b)) for a, b in pairs)


def read_ann(ann: str, text: str) -> list[Gold]:
    """Return the gold attributions of one brat ``.ann`` file over ``text``."""
    spans = {m.group(1): _spans(m.group(3)) for m in _T_LINE.finditer(ann)}
    golds = []
    for m in _E_LINE.finditer(ann):
        content: list[Span] = []
        source: list[Span] = []
        for arg in m.group(1).split():
            role, _, tid = arg.partition(":")
            role = role.rstrip("0123456789")
            if role == "Content":
                content.extend(spans.get(tid, ()))
            elif role == "Source":
                source.extend(spans.get(tid, ()))
        if content:
            parts = tuple(sorted(content))
            golds.append(Gold(kind_of(text, parts), parts, tuple(source)))
    return golds


def sentences(text: str) -> list[Span]:
    """Split ``text`` at ``[.!?]`` (plus a closing quote) before whitespace, and at newlines."""
    out = []
    start = 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = len(text) if m is None else m.start() + len(m.group().rstrip())
        chunk = text[start:end]
        s = start + len(chunk) - len(chunk.lstrip())
        e = start + len(chunk.rstrip())
        if _WORD.search(text, s, e):
            out.append((s, e))
        if m is not None:
            start = m.end()
    return out


def baseline(text: str) -> list[Pred]:
    """Return every sentence as a quote: direct when it starts with a quote mark."""
    return [Pred(kind_of(text, [s]), (s,)) for s in sentences(text)]


def words(text: str, spans: Iterable[Span]) -> frozenset[Span]:
    """Return the positions of the ``\\w+`` words of ``text`` that overlap the spans."""
    out: set[Span] = set()
    for s, e in spans:
        while 0 < s < len(text) and _CHAR.match(text, s) and _CHAR.match(text, s - 1):
            s -= 1  # a span starting inside a word takes the whole word
        while 0 < e < len(text) and _CHAR.match(text, e - 1) and _CHAR.match(text, e):
            e += 1
        out.update(m.span() for m in _WORD.finditer(text, s, e))
    return frozenset(out)


def match(text: str, gold: list[Gold], preds: list[Pred]) -> list[tuple[int, int]]:
    """Return the matched (gold index, prediction index) pairs of one document.

    Candidates are taken largest shared word count first; on a tie a part goes before the
    whole content, so that the gold's other parts stay open to other predictions.
    """
    pred_words = [words(text, p.parts) for p in preds]
    cands = []
    for gi, g in enumerate(gold):
        whole = len(g.parts)  # the whole content's unit number: after every part
        units = [(whole, words(text, g.parts))]
        if len(g.parts) > 1:
            units += [(i, words(text, [part])) for i, part in enumerate(g.parts)]
        for pi, pw in enumerate(pred_words):
            for unit, uw in units:
                shared = len(pw & uw)
                if shared and 2 * shared >= len(pw) and 2 * shared >= len(uw):
                    cands.append((-shared, pi, gi, unit))
    cands.sort()
    used: set[int] = set()  # predictions matched
    taken: dict[int, set[int]] = {}  # gold -> units matched
    pairs = []
    for _, pi, gi, unit in cands:
        units_taken = taken.setdefault(gi, set())
        whole = len(gold[gi].parts)
        if pi in used or whole in units_taken or unit in units_taken:
            continue
        if unit == whole and units_taken:
            continue  # one prediction per part, or one for the whole content
        units_taken.add(unit)
        used.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _overlaps(a: Iterable[Span], b: Iterable[Span]) -> bool:
    return any(max(s1, s2) < min(e1, e2) for s1, e1 in a for s2, e2 in b)


def score_doc(text: str, gold: list[Gold], preds: list[Pred]) -> DocScore:
    """Count one document's gold, predictions, matches and speaker checks."""
    pairs = match(text, gold, preds)
    c: Counter[str] = Counter()
    hit_gold = {gi for gi, _ in pairs}
    hit_pred = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        c[f"gold_{g.kind}"] += 1
        c[f"gold_hit_{g.kind}"] += gi in hit_gold
    for pi, p in enumerate(preds):
        c[f"pred_{p.kind}"] += 1
        c[f"pred_hit_{p.kind}"] += pi in hit_pred
    for gi, pi in pairs:
        if gold[gi].source:
            c["speaker_n"] += 1
            c["speaker_ok"] += _overlaps(gold[gi].source, preds[pi].speaker)
    return DocScore(c, pairs)


def figures(c: Counter[str]) -> dict[str, Any]:
    """Return P, R, F1, n_gold and n_pred for all quotes and per kind, and speaker accuracy."""
    out: dict[str, Any] = {}
    for name, kinds in (("all", KINDS), *((k, (k,)) for k in KINDS)):
        n_gold = sum(c[f"gold_{k}"] for k in kinds)
        n_pred = sum(c[f"pred_{k}"] for k in kinds)
        hit_gold = sum(c[f"gold_hit_{k}"] for k in kinds)
        hit_pred = sum(c[f"pred_hit_{k}"] for k in kinds)
        p = prf(hit_pred, n_pred - hit_pred, 0)[0]
        r = prf(hit_gold, 0, n_gold - hit_gold)[1]
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[name] = {"p": p, "r": r, "f1": f, "n_gold": n_gold, "n_pred": n_pred}
    n = c["speaker_n"]
    out["speaker"] = {"accuracy": c["speaker_ok"] / n if n else 0.0, "n": n}
    return out


def load(
    split: Path, limit: int | None = None
) -> list[tuple[str, str, dt.date | None, list[Gold]]]:
    """Return (name, text, publication date, gold) per article of a split, sorted by name."""
    with (split.parent / "metadata.tsv").open(encoding="utf-8", newline="") as f:
        dates = {r["filename"]: r["publication_date"] for r in csv.DictReader(f, delimiter="\t")}
    anns: dict[str, Path] = {}
    for path in sorted((split / "attributions").glob("*.ann")):
        anns.setdefault(path.stem.rsplit("_", 1)[0], path)  # first annotator only
    docs = []
    for path in sorted((split / "text").glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        ann = anns.get(path.stem)
        gold = read_ann(ann.read_text(encoding="utf-8"), text) if ann else []
        day = dates.get(path.stem, "")
        published = dt.date.fromisoformat(day) if re.fullmatch(r"\d{4}-\d\d-\d\d", day) else None
        docs.append((path.stem, text, published, gold))
    return docs


def flashpoint(text: str, published: dt.date | None) -> list[Pred]:
    """Return Flashpoint's quotes in ``text`` as predictions."""
    from flashpoint.layers.quotes import quotes_in

    preds = []
    for q in quotes_in(text, published=published):
        sp = q.speaker
        speaker: list[Span] = []
        if sp is not None:
            speaker.append((sp.start, sp.end))
            if sp.resolved_start is not None and sp.resolved_end is not None:
                speaker.append((sp.resolved_start, sp.resolved_end))
        preds.append(Pred(q.kind, tuple(q.parts), tuple(speaker)))
    return preds


def _show(text: str, parts: Iterable[Span]) -> str:
    s = " … ".join(text[a:b] for a, b in parts)
    s = " ".join(s.split())
    return s if len(s) <= 160 else s[:159] + "…"


def _spread(items: list[Any], k: int) -> list[Any]:
    """Return up to k items spread evenly over the list."""
    if len(items) <= k:
        return items
    return [items[i * len(items) // k] for i in range(k)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path, help="a PolNeAR split folder (dev or train)")
    parser.add_argument("--limit", type=int, help="score the first N articles only")
    parser.add_argument("--errors", type=int, default=0, help="list K misses of each kind")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    docs = load(args.split, args.limit)

    from flashpoint.nlp import load_nlp

    load_nlp()  # not timed
    fp: Counter[str] = Counter()
    base: Counter[str] = Counter()
    missed: list[tuple[str, str, str]] = []
    unmatched: list[tuple[str, str, str]] = []
    elapsed = 0.0
    for name, text, published, gold in docs:
        t0 = time.perf_counter()
        preds = flashpoint(text, published)
        elapsed += time.perf_counter() - t0
        s = score_doc(text, gold, preds)
        fp += s.counts
        base += score_doc(text, gold, baseline(text)).counts
        hit_g, hit_p = {g for g, _ in s.pairs}, {p for _, p in s.pairs}
        missed += [
            (g.kind, _show(text, g.parts), name) for i, g in enumerate(gold) if i not in hit_g
        ]
        unmatched += [
            (p.kind, _show(text, p.parts), name) for i, p in enumerate(preds) if i not in hit_p
        ]

    f_fp, f_base = figures(fp), figures(base)
    result = {
        "split": str(args.split),
        "documents": len(docs),
        "gold": {k: fp[f"gold_{k}"] for k in KINDS},
        "predictions": sum(fp[f"pred_{k}"] for k in KINDS),
        "seconds": elapsed,
        "articles_per_second": len(docs) / elapsed if elapsed else 0.0,
        "flashpoint": f_fp,
        "baseline": f_base,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    n_gold = f_fp["all"]["n_gold"]
    print(
        f"quotes on PolNeAR {args.split.name}: {len(docs)} documents, {n_gold} gold attributions "
        f"({fp['gold_direct']} direct, {fp['gold_indirect']} indirect)"
    )
    print(
        f"flashpoint: {result['predictions']} predictions in {elapsed:.1f}s "
        f"({result['articles_per_second']:.1f} articles/s); "
        f"baseline: {f_base['all']['n_pred']} sentences\n"
    )
    rows = [
        (f"{system} {kind}", *(f[kind][k] for k in ("p", "r", "f1", "n_gold", "n_pred")))
        for system, f in (("flashpoint", f_fp), ("baseline", f_base))
        for kind in ("all", *KINDS)
    ]
    print(table(rows, ("system", "P", "R", "F1", "n_gold", "n_pred")))
    sp = f_fp["speaker"]
    print(
        f"\nspeaker accuracy on matched quotes whose gold has a source: "
        f"{sp['accuracy']:.3f} (n={sp['n']})"
    )
    for title, items in (("missed gold", missed), ("unmatched predictions", unmatched)):
        if args.errors and items:
            print(f"\n{title} ({min(args.errors, len(items))} of {len(items)}):")
            for kind, shown, name in _spread(items, args.errors):
                print(f"- [{kind}] {shown}  ({name})")


if __name__ == "__main__":
    main()
