"""Event-level precision and recall over whole crawled articles (benchmarks/gold/articles).

    python benchmarks/events.py [--split dev|test|dev2|test2|dev3|test3] [--show]

Each article goes through the full pipeline (cleaning, actors, coder) as a crawled text.
A coded event matches a gold event when it comes from the gold event's sentence and has
the same PLOVER type, source country and target country (country = ISO3, or the IGO code).
Events coded from boilerplate or from sentences with no gold event are false positives;
this is what PLV, which has an event in every sentence, cannot see. ``dev2``/``test2`` are
a second set of 30 articles by another writer, ``dev3``/``test3`` a third of 24 by a third
(``gold/articles/README.md``). Never tune on ``test``, ``test2`` or ``test3``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from _common import country, prf, split_names, table
from flashpoint.pipeline import process_one
from flashpoint.records import Mention, RawArticle
from flashpoint.settings import Settings

GOLD = Path(__file__).parent / "gold" / "articles"


def _sentence_id(text: str, sentences: list[str], start: int, end: int) -> int | None:
    """Return the index of the gold sentence the span [start, end) falls in, or None."""
    for i, sentence in enumerate(sentences):
        pos = text.find(sentence)
        while pos >= 0:
            if pos <= start and end <= pos + len(sentence):
                return i
            pos = text.find(sentence, pos + 1)
    return None


def raw_article(item: dict[str, Any]) -> RawArticle:
    """A gold article as the pipeline reads it: a crawled text with its publication day."""
    return RawArticle(
        input=item["id"],
        kind="text",
        data=item["text"].encode(),
        title=item.get("title"),
        published=dt.date.fromisoformat(item["published"]),
        published_from="input",
    )


def gold_events(item: dict[str, Any]) -> tuple[list[str], Counter[tuple[object, ...]]]:
    """A gold article's event sentences and its events as matching keys (sentence index,
    PLOVER type, source country, target country)."""
    sentences = sorted({e["sentence"] for e in item["events"]})
    gold: Counter[tuple[object, ...]] = Counter(
        (
            sentences.index(e["sentence"]),
            e["plover"],
            country(e["source_country"]),
            country(e["target_country"]),
        )
        for e in item["events"]
    )
    return sentences, gold


def mention_key(text: str, sentences: list[str], m: Mention) -> tuple[object, ...]:
    """A coded event's matching key; its sentence is ``x<offset>`` outside the gold's."""
    sid = _sentence_id(text, sentences, *m.trigger)
    return (
        sid if sid is not None else f"x{m.sentence[0]}",
        str(m.plover),
        country(m.source.code),
        country(m.target.code) if m.target else None,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=split_names(19),
        default="dev",
    )
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--show", action="store_true", help="print misses and false events")
    parser.add_argument(
        "--judge", action="store_true", help="drop the events the learned judge doubts"
    )
    args = parser.parse_args()
    items = [
        json.loads(x)
        for x in (args.gold / f"{args.split}.jsonl").read_text().splitlines()
        if x.strip()
    ]
    tp = fp = fn = 0
    per_type: dict[str, list[int]] = {}
    started = time.perf_counter()
    for item in items:
        raw = raw_article(item)
        # A generous time limit: on a loaded machine the default 60 s would drop whole
        # articles from the score; any article still rejected is named on stderr.
        judge = "on" if args.judge else "off"
        ann = process_one(raw, settings=Settings(article_timeout=600.0, judge=judge))
        if ann.rejection is not None:
            print(f"warning: {item['id']} rejected: {ann.rejected}", file=sys.stderr)
        text = ann.article.text if ann.article else ""
        sentences, gold = gold_events(item)
        pred = Counter(mention_key(text, sentences, m) for m in ann.mentions)
        hit = gold & pred
        tp += sum(hit.values())
        fp += sum((pred - gold).values())
        fn += sum((gold - pred).values())
        for key, n in (gold - pred).items():
            per_type.setdefault(key[1], [0, 0, 0])[2] += n
        for key, n in (pred - gold).items():
            per_type.setdefault(key[1], [0, 0, 0])[1] += n
        for key, n in hit.items():
            per_type.setdefault(key[1], [0, 0, 0])[0] += n
        if args.show:
            for key in sorted(pred - gold, key=str):
                sid = key[0]
                where = sentences[sid][:100] if isinstance(sid, int) else _at(text, ann, key)
                print(f"FALSE {item['id']} {key[1:]} | {where}")
            for key in sorted(gold - pred, key=str):
                print(f"MISS  {item['id']} {key[1:]} | {sentences[key[0]][:100]}")
    elapsed = time.perf_counter() - started
    p, r, f = prf(tp, fp, fn)
    print(f"gold articles, {args.split}: {len(items)} articles in {elapsed:.1f}s")
    print(f"event-level precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(table([(k, *prf(*v)) for k, v in sorted(per_type.items())], ("PLOVER", "P", "R", "F1")))


def _at(text: str, ann: object, key: tuple[object, ...]) -> str:
    start = int(str(key[0])[1:])
    return text[start : start + 100].replace("\n", " ")


if __name__ == "__main__":
    main()
