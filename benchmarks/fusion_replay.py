"""Fusion alone, at scale: replay a stored database's mentions through incremental fusion.

    python benchmarks/fusion_replay.py DB [--batch 50] [--seed -1] [--show 3]

Takes a database that ``flashpoint ingest`` wrote (for example the one
``benchmarks/throughput.py N --keep DIR`` leaves), copies it, empties its events, and
writes its mentions back article by article in batches of ``--batch`` (in corpus order
for ``--seed -1``, else shuffled with that seed), regrouping after each batch exactly as
an ingest does (``store._fuse``). No language processing runs, so the time printed is
fusion's own: the cost of keeping events up to date as reports arrive.

Then it clusters every mention at once (``fusion.cluster``) and prints how many events
differ between the two. The grouping is meant not to depend on arrival order; a batch
only regroups the reports within a window of its own dates, so a chain of compatible
reports longer than the window can make the two differ (see the CHANGELOG).
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import duckdb

from flashpoint import fusion, store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--batch", type=int, default=50)
    ap.add_argument("--seed", type=int, default=-1)
    ap.add_argument("--show", type=int, default=3, help="events that differ to print")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "replay.duckdb"
        shutil.copy(args.db, db)
        con = duckdb.connect(str(db))
        cols = store._MENTION_COLS
        rows = con.execute(f"SELECT {', '.join(cols)} FROM mentions").fetchall()
        at_once = fusion.cluster(store._candidates(con, "TRUE", None))
        whole = {frozenset(c.id for c in g) for g in at_once}
        for table in ("mentions", "events", "event_aliases"):
            con.execute(f"DELETE FROM {table}")
        by_article: dict[str, list[dict[str, object]]] = {}
        for r in rows:
            m = dict(zip(cols, r, strict=True))
            m["event_id"] = None
            by_article.setdefault(str(m["article_id"]), []).append(m)
        order = sorted(by_article)
        if args.seed >= 0:
            random.Random(args.seed).shuffle(order)
        else:
            order = [a for (a,) in con.execute("SELECT id FROM articles ORDER BY rowid").fetchall()]
            order = [a for a in order if a in by_article]
        start = time.perf_counter()
        for i in range(0, len(order), args.batch):
            batch = [m for a in order[i : i + args.batch] for m in by_article[a]]
            con.execute("BEGIN")
            store._insert(con, "mentions", cols, batch)
            store._fuse(con, [str(m["id"]) for m in batch], [])
            con.execute("COMMIT")
        seconds = time.perf_counter() - start
        events: dict[str, set[str]] = {}
        for m, e in con.execute("SELECT id, event_id FROM mentions").fetchall():
            events.setdefault(e, set()).add(m)
        replayed = {frozenset(v) for v in events.values()}
        con.close()
    n_batches = -(-len(order) // args.batch)
    print(
        f"{len(order)} articles, {len(rows)} mentions, {n_batches} batches of {args.batch}: "
        f"fusion {seconds:.1f} s ({seconds / max(1, n_batches):.2f} s per batch)"
    )
    print(
        f"events: {len(replayed)} replayed, {len(whole)} clustering everything at once; "
        f"{len(replayed - whole)} replayed events are not in the all-at-once grouping"
    )
    for g in sorted(replayed - whole, key=sorted)[: args.show]:
        print("  replayed:", " ".join(sorted(g)))


if __name__ == "__main__":
    main()
