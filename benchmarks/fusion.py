"""Cross-article fusion on the hand-written gold corpus (benchmarks/gold/fusion).

    python benchmarks/fusion.py [--split dev|dev2|...|dev11|test|test3|...|test7] [--show]

The split's articles are ingested into a fresh database (the whole pipeline: cleaning,
coding, copies, fusion). Each gold mention — a quoted sentence in an article, with its
event id — is matched to the stored mention of that sentence with the same type and
actors (the gold direction first, then either), else any stored mention of the sentence.
Prints:

- how many gold mentions the coder found at all (fusion can only group what was coded);
- B-cubed precision/recall/F1 of the stored events over the matched gold mentions, and
  over all gold mentions (an unmatched one counts as a singleton);
- the same B-cubed for the naive key GDELT-style tools use — (source, target, type,
  7-day window) — over the same matched mentions;
- how many planted disagreements (fatalities, date, location) the events flag in
  ``conflicts``;
- how many matched mentions give the date, fatalities and location their gold mention
  gives (a location is right when the words it came from hold the gold name, or its name
  is the gold name; where the gold has none, none must be stored).

``dev`` to ``dev6`` are for tuning; ``test``, ``test3`` and ``test4`` are held out (never tuned on).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from flashpoint.pipeline import ingest
from flashpoint.records import Event
from flashpoint.settings import Settings
from flashpoint.store import Store

GOLD = Path(__file__).parent / "gold" / "fusion"


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Return B-cubed precision, recall and F1 of a clustering over the same items."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_pred[pred[i]].add(i)
        by_gold[gold[i]].add(i)
    p = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_pred[pred[i]]) for i in items)
    r = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in items)
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(split: str, *, show: bool = False) -> dict[str, float | int]:
    """Ingest one split and score its fusion; return the printed figures."""
    gold = [json.loads(x) for x in (GOLD / f"{split}_mentions.jsonl").read_text().splitlines()]
    for g in gold:  # the gold predates Kosovo's PLOVER code: its XKX is KOS
        for side in ("source", "target"):
            if g.get(side) == "XKX":
                g[side] = "KOS"
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "fusion.duckdb"
        settings = Settings(db=db, workers=1)
        ingest([GOLD / f"{split}_articles.jsonl"], settings=settings)
        store = Store(db)
        events = store.events()
        texts = {a.id: a.text for a in store.articles()}
    where: dict[str, Event] = {}
    found = []  # (event id, mention) for every stored mention
    for e in events:
        for m, src in zip(e.mentions, e.sources, strict=True):
            found.append((e.id, m, src))
            where[m.id] = e
    by_article: dict[str, list[tuple[str, object, object]]] = defaultdict(list)
    for eid, m, src in found:
        by_article[m.article_id].append((eid, m, src))

    pred: dict[str, str] = {}
    naive: dict[str, str] = {}
    gold_of: dict[str, str] = {}
    event_of: dict[str, Event] = {}
    missed = []
    right: dict[str, list[int]] = {f: [0, 0] for f in _FIELDS}
    wrong: list[str] = []
    for k, g in enumerate(gold):
        key = f"g{k}"
        gold_of[key] = g["event"]
        text = texts.get(g["article_id"], "")
        at = text.find(g["quote"])
        best = None
        for eid, m, _ in by_article.get(g["article_id"], []):
            s, t = m.sentence  # type: ignore[attr-defined]
            if at < 0 or not (s <= at < t):
                continue
            lo, hi = m.trigger  # type: ignore[attr-defined]
            fit = (
                (m.plover == g["plover"]) * 4  # type: ignore[attr-defined]
                # of two acts in one sentence, the one whose trigger the quote holds
                + (at <= lo and hi <= at + len(g["quote"])) * 2
                + (m.source.country == g["source"])  # type: ignore[attr-defined]
                + (m.source.country in (g["source"], g["target"]))  # type: ignore[attr-defined]
                + (
                    m.target is not None  # type: ignore[attr-defined]
                    and m.target.country in (g["source"], g["target"])  # type: ignore[attr-defined]
                )
            )
            if best is None or fit > best[0]:
                best = (fit, eid, m)
        if best is None:
            missed.append(g)
            continue
        _, eid, m = best
        pred[key] = eid
        for field, ok in _fields_right(m, g, text).items():
            right[field][0] += ok
            right[field][1] += 1
            if show and not ok:
                wrong.append(
                    f"wrong {field}: {g['article_id']} {g['event']} gold {g[field]!r}, "
                    f"stored {_stored(m, field, text)!r}"
                )
        event_of[key] = where[m.id]  # type: ignore[attr-defined]
        d = m.date  # type: ignore[attr-defined]
        day = dt.date.fromisoformat(d.value[:10]) if d and len(d.value) >= 10 else None
        window = day.toordinal() // 7 if day else -1
        naive[key] = (
            f"{m.source.country}|{m.target.country if m.target else None}|"  # type: ignore[attr-defined]
            f"{m.plover}|{window}"  # type: ignore[attr-defined]
        )
    matched = {k: gold_of[k] for k in pred}
    p, r, f = bcubed(pred, matched)
    if show:
        split: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for k, ev in matched.items():
            split[ev][pred[k]].append(gold[int(k[1:])]["article_id"])
        for ev, parts in sorted(split.items()):
            if len(parts) > 1:
                print(f"split: {ev} into {sorted(map(sorted, parts.values()))}")
    everything = {k: pred.get(k, f"unmatched-{k}") for k in gold_of}
    pa, ra, fa = bcubed(everything, gold_of)
    pn, rn, fn = bcubed(naive, matched)

    planted = 0
    flagged = 0
    by_event: dict[str, list[str]] = defaultdict(list)
    for k, g in enumerate(gold):
        by_event[g["event"]].append(f"g{k}")
    for ev, keys in sorted(by_event.items()):
        rows = [gold[int(k[1:])] for k in keys]
        for field in ("fatalities", "date", "location"):
            values = {r[field] for r in rows if r[field] is not None}
            if len(values) < 2:
                continue
            planted += 1
            conflicts = {
                c["field"]
                for k in keys
                if k in event_of
                for c in event_of[k].to_json()["conflicts"]
            }
            ok = field in conflicts
            flagged += ok
            if show and not ok:
                print(f"not flagged: {ev} {field} {sorted(map(str, values))}")
    if show:
        for line in wrong:
            print(line)
        for g in missed:
            print(f"not coded: {g['article_id']} {g['event']} {g['plover']} {g['quote']!r}")
    return {
        "gold": len(gold),
        "matched": len(pred),
        "events": len(events),
        "p": p,
        "r": r,
        "f": f,
        "p_all": pa,
        "r_all": ra,
        "f_all": fa,
        "p_naive": pn,
        "r_naive": rn,
        "f_naive": fn,
        "planted": planted,
        "flagged": flagged,
        **{f"{f}_right": right[f][0] for f in _FIELDS},
        **{f"{f}_total": right[f][1] for f in _FIELDS},
    }


_FIELDS = ("date", "fatalities", "location")


def _stored(m: Any, field: str, text: str) -> object:
    """Return what a stored mention says for a gold field: the day, the count, or the
    words its location came from (else the location's name)."""
    if field == "date":
        return m.date.value[:10] if m.date else None
    if field == "fatalities":
        return m.fatalities
    if m.location is None:
        return None
    at = dict(m.spans).get("location")
    return text[at[0] : at[1]] if at else m.location.name


def _fields_right(m: Any, g: dict[str, Any], text: str) -> dict[str, bool]:
    """Say, for each field, whether a matched mention agrees with its gold mention. A
    location is right when its words hold the gold name ("the village of Mehikoorma")
    or its name is the gold name; a gold null needs no location stored."""
    out = {}
    if g["date"]:
        out["date"] = _stored(m, "date", text) == g["date"]
    out["fatalities"] = _stored(m, "fatalities", text) == g["fatalities"]
    where = _stored(m, "location", text)
    if g["location"] is None:
        out["location"] = where is None
    else:
        gold = str(g["location"]).lower()
        out["location"] = where is not None and (
            gold in str(where).lower() or (m.location.name or "").lower() == gold
        )
    return out


SPLITS = tuple(
    sorted(
        (p.name.removesuffix("_mentions.jsonl") for p in GOLD.glob("*_mentions.jsonl")),
        key=lambda name: (name.startswith("test"), len(name), name),
    )
)
"""The gold splits on disk: every ``<split>_mentions.jsonl`` beside its articles."""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--split",
        choices=SPLITS,
        default="dev",
    )
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    r = score(args.split, show=args.show)
    print(
        f"fusion {args.split}: {r['gold']} gold mentions, {r['matched']} coded and matched; "
        f"{r['events']} stored events"
    )
    print(f"B-cubed, matched mentions:   P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f']:.3f}")
    print(
        f"B-cubed, all gold mentions:  P {r['p_all']:.3f}  R {r['r_all']:.3f}  F1 {r['f_all']:.3f}"
    )
    print(
        f"naive key (dyad, type, 7-day window), matched: P {r['p_naive']:.3f}  "
        f"R {r['r_naive']:.3f}  F1 {r['f_naive']:.3f}"
    )
    print(f"planted disagreements flagged: {r['flagged']}/{r['planted']}")
    print(
        "matched mentions' fields as their gold says: "
        + ", ".join(f"{f} {r[f + '_right']}/{r[f + '_total']}" for f in _FIELDS)
    )


if __name__ == "__main__":
    main()
