"""Score actor recognition and coding on the team's gold mentions.

    python benchmarks/actors.py [--split dev|test|dev2|test2|...|dev5|test5] [--errors N]

Each gold item marks a phrase in a sentence (with earlier sentences of its story as
context) and gives its actor code, or no actor at all (negative items: "a protest in
Moscow", "Jordan Henderson"). The sentence is parsed with its context the way an article
is, and the predicted actor is the one whose span overlaps the gold phrase most. Prints:

- country accuracy: the predicted actor's country equals the gold country (IGOs and
  international NGOs: the code must match, with the NGO rule below), a missed actor counts
  as wrong;
- country+sector accuracy: the predicted code equals the gold code; for capitals used as
  actors ("Moscow said") the bare country is accepted as well, and an international NGO
  coded ``NGO`` + three letters (the ontology's rule) matches the gold's bare ``NGO`` (the
  gold README says it left the letters out);
- negatives: no actor predicted on the phrase;
- both by category.

The test split is for reporting only: do not tune on it (``--errors`` is refused there).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from _common import split_names
from flashpoint.layers.actors import find_actors, without_places
from flashpoint.layers.places import find_places
from flashpoint.nlp import load_nlp, mask_datelines
from flashpoint.records import Actor

GOLD = Path(__file__).parent / "gold" / "actors"


def _best(actors: list[Actor], start: int, end: int) -> Actor | None:
    def overlap(a: Actor) -> int:
        return max(0, min(a.end, end) - max(a.start, start))

    hits = [a for a in actors if overlap(a) > 0]
    return max(hits, key=lambda a: (overlap(a), -(a.end - a.start))) if hits else None


def score(items: list[dict[str, Any]]) -> tuple[dict[str, Any], list[tuple[dict[str, Any], Any]]]:
    nlp = load_nlp()
    by_text: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        ctx = item["context"]
        text = f"{ctx} {item['sentence']}" if ctx else item["sentence"]
        by_text[(text, item["date"])].append(item)
    rows: list[tuple[dict[str, Any], Actor | None]] = []
    for (text, day), group in by_text.items():
        doc = nlp(mask_datelines(text))
        spans = find_actors(doc, published=dt.date.fromisoformat(day), text=text)
        found = [s.actor for s in without_places(doc, spans, find_places(doc, spans))]  # as ingest
        for item in group:
            offset = len(text) - len(item["sentence"])
            rows.append((item, _best(found, item["start"] + offset, item["end"] + offset)))
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors = []
    for item, pred in rows:
        cat = item["category"]
        t = tally[cat]
        t["n"] += 1
        if item["code"] is None:
            ok = pred is None
            t["neg_ok"] += ok
            if not ok:
                errors.append((item, pred))
            continue
        gold_country, gold_code = item["country"], item["code"]
        if pred is None:
            country_ok = code_ok = False
        else:
            # an international NGO: the gold's bare "NGO" stands for the ontology's NGO + 3
            # letters, for the country check as for the code check
            ngo = gold_code == "NGO" and pred.code.startswith("NGO")
            country_ok = (
                pred.country == gold_country
                if gold_country is not None
                else pred.code == gold_code or ngo
            )
            code_ok = (
                pred.code == gold_code
                or (cat == "capital-metonymy" and pred.code == gold_country)
                or ngo
            )
        t["country_ok"] += country_ok
        t["code_ok"] += code_ok
        if not code_ok:
            errors.append((item, pred))
    return tally, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=split_names(7),
        default="dev",
    )
    parser.add_argument("--errors", type=int, default=0, help="Print N errors (dev only).")
    args = parser.parse_args()
    if args.split.startswith("test") and args.errors:
        parser.error("the test split is for reporting only: no error listing")
    items = [json.loads(line) for line in (GOLD / f"{args.split}.jsonl").open(encoding="utf-8")]
    tally, errors = score(items)
    print(f"actors {args.split}: {len(items)} gold mentions")
    print(f"{'category':20} {'n':>4} {'country':>8} {'code':>8} {'negatives':>10}")
    pos_n = pos_country = pos_code = neg_n = neg_ok = 0
    for cat in sorted(tally):
        t = tally[cat]
        if cat.startswith("negative"):
            neg_n += t["n"]
            neg_ok += t["neg_ok"]
            print(f"{cat:20} {t['n']:4d} {'':>8} {'':>8} {t['neg_ok'] / t['n']:10.3f}")
        else:
            pos_n += t["n"]
            pos_country += t["country_ok"]
            pos_code += t["code_ok"]
            print(
                f"{cat:20} {t['n']:4d} {t['country_ok'] / t['n']:8.3f} {t['code_ok'] / t['n']:8.3f}"
            )
    print(
        f"{'all actors':20} {pos_n:4d} {pos_country / pos_n:8.3f} {pos_code / pos_n:8.3f}\n"
        f"{'all negatives':20} {neg_n:4d} {'':>8} {'':>8} {neg_ok / neg_n:10.3f}"
    )
    print(
        f"country accuracy {pos_country / pos_n:.3f}, country+sector accuracy "
        f"{pos_code / pos_n:.3f} (targets 0.95 / 0.85), negatives {neg_ok / neg_n:.3f}"
    )
    for item, pred in errors[: args.errors]:
        got = f"{pred.code} {pred.text!r}" if pred else "no actor"
        print(
            f"- {item['id']} [{item['category']}] {item['text']!r}: gold {item['code']}, "
            f"got {got} | {item['sentence'][:140]}"
        )


if __name__ == "__main__":
    main()
