"""Measure throughput: annotate (no store) and ingest (with the DuckDB store).

    python benchmarks/speed.py [PATH ...] [--workers N] [--repeat K]

Defaults to the bundled demo corpus. Prints articles/s and words/s for each path; the
spaCy model is loaded before timing starts.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from flashpoint.nlp import load_nlp
from flashpoint.pipeline import annotate_records, ingest
from flashpoint.settings import Settings
from flashpoint.sources.demo import demo_paths
from flashpoint.sources.files import read_paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = args.paths or demo_paths()
    settings = Settings(workers=args.workers)
    load_nlp()
    best = float("inf")
    articles = words = events = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        articles = words = events = 0
        for ann in annotate_records(read_paths(paths, settings=settings), settings=settings):
            if ann.article is not None:
                articles += 1
                words += len(ann.article.text.split())
                events += len(ann.mentions)
        best = min(best, time.perf_counter() - started)
    print(
        f"annotate ({args.workers} worker(s), best of {args.repeat}): {articles} articles, "
        f"{words} words, {events} events in {best:.2f}s -> {articles / best:.2f} articles/s, "
        f"{words / best:,.0f} words/s"
    )
    with tempfile.TemporaryDirectory() as tmp:
        db_settings = settings.replace(db=Path(tmp) / "speed.duckdb")
        started = time.perf_counter()
        report = ingest(paths, settings=db_settings)
        first = time.perf_counter() - started
        started = time.perf_counter()
        ingest(paths, settings=db_settings)
        again = time.perf_counter() - started
    print(
        f"ingest into DuckDB: {report.articles} articles in {first:.2f}s "
        f"({report.articles / first:.2f} articles/s); re-ingest (no change) {again:.2f}s"
    )


if __name__ == "__main__":
    main()
