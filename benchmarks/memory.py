"""Memory over a long stream: resident memory of every Flashpoint process while N articles
are ingested.

    python benchmarks/memory.py N [--workers 2] [--every 1000] [--warmup 2000] [--keep DIR]
                                  [--per-day K] [--diagnose [--trace]]

Builds the same corpus as ``benchmarks/throughput.py`` (N varied ~600-word articles from
the demo corpus's stories) and ingests it into a new database through the Python API
(``flashpoint.pipeline.ingest``, the code ``flashpoint ingest`` runs), with ``--workers``
worker processes. Every ``--every`` articles it sums the resident memory of this process
and all its children (psutil) and prints a row. At the end it prints the peak, and the
growth per 1,000 articles after ``--warmup`` articles: the slope of a least-squares line
through the rows from there on.

With ``--diagnose`` each row also says where the main process's memory is: what its C
allocator (glibc ``malloc``) holds in use and keeps free, and the number of objects the
garbage collector tracks. ``--trace`` adds the Python memory that ``tracemalloc`` sees
(started at the first checkpoint), now and at its peak since the previous checkpoint, and
at the end the source lines whose live Python memory grew most between the warm-up
checkpoint and the last one; it slows the main process and fragments its memory more, so
its resident figures are not comparable with a run without it. Growth that ``malloc``
keeps free is fragmentation; growth in use but not in Python objects is in a C library;
growth in Python objects names its line.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import gc
import logging
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))

from flashpoint.pipeline import ingest
from flashpoint.records import Annotation
from flashpoint.settings import Settings
from throughput import build


def resident() -> tuple[int, int]:
    """Return the resident memory of this process and of all its children, in bytes."""
    me = psutil.Process()
    children = 0
    for p in me.children(recursive=True):
        with contextlib.suppress(psutil.Error):
            children += p.memory_info().rss
    return me.memory_info().rss, children


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
            "uordblks", "fordblks", "keepcost",
        )
    ]  # fmt: skip


def malloc_state() -> tuple[int, int]:
    """Return (bytes in use, bytes kept free) by glibc's allocator in this process, or
    (0, 0) where ``mallinfo2`` is missing (not glibc, or glibc < 2.33)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
        fn = libc.mallinfo2
    except (OSError, AttributeError, TypeError):
        return 0, 0
    fn.restype = _MallInfo2
    info = fn()
    return info.uordblks + info.hblkhd, info.fordblks


def slope(points: list[tuple[int, int]]) -> float:
    """Return the least-squares slope of (x, y) points (0 with fewer than two)."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    sxy = sum((x - mx) * (y - my) for x, y in points)
    return sxy / sxx if sxx else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--every", type=int, default=1000)
    ap.add_argument("--warmup", type=int, default=2000)
    ap.add_argument(
        "--diagnose",
        action="store_true",
        help="also report the main process's allocator state and object count",
    )
    ap.add_argument(
        "--trace",
        action="store_true",
        help="with --diagnose, also trace Python memory (tracemalloc)",
    )
    ap.add_argument("--keep", type=Path, help="build the corpus and database here")
    ap.add_argument(
        "--per-day",
        type=int,
        help="publication days move forward one day every this many articles, as in a "
        "live stream (default: spread over two years in no order, as throughput.py's)",
    )
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    work = args.keep or Path(tempfile.mkdtemp(prefix="fp-memory-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus, db = work / "corpus.jsonl", work / "memory.duckdb"
    db.unlink(missing_ok=True)
    build(args.n, corpus, per_day=args.per_day)
    settings = Settings(db=db, workers=args.workers)
    rows: list[tuple[int, int, int]] = []
    snapshots: list[tuple[int, tracemalloc.Snapshot]] = []
    done = 0
    t0 = time.perf_counter()
    extra = f" {'in use MB':>9} {'free MB':>8} {'Python MB':>9} {'peak MB':>8} {'objects':>9}"
    print(
        f"{'articles':>8} {'seconds':>8} {'RSS MB':>8} {'main MB':>8} {'workers MB':>10}"
        + (extra if args.diagnose else ""),
        flush=True,
    )

    def diagnose() -> str:
        used, free = malloc_state()
        python = peak = 0
        if tracemalloc.is_tracing():
            used -= tracemalloc.get_tracemalloc_memory()  # its own tables are not ours
            python, peak = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
        objects = len(gc.get_objects())
        if args.trace and not tracemalloc.is_tracing():
            tracemalloc.start(1)
        elif args.trace and done >= args.warmup:  # the first snapshot after warm-up, the last
            snapshots[1 if snapshots else 0 :] = [(done, tracemalloc.take_snapshot())]
        return (
            f" {used / 1e6:>9.0f} {free / 1e6:>8.0f} {python / 1e6:>9.0f} {peak / 1e6:>8.0f}"
            f" {objects:>9}"
        )

    def step(ann: Annotation) -> None:
        nonlocal done
        done += 1
        if done % args.every == 0:
            main, workers = resident()
            if tracemalloc.is_tracing():  # tracemalloc's own tables are not Flashpoint's
                main -= tracemalloc.get_tracemalloc_memory()
            rows.append((done, main, workers))
            print(
                f"{done:>8} {time.perf_counter() - t0:>8.0f} {(main + workers) / 1e6:>8.0f} "
                f"{main / 1e6:>8.0f} {workers / 1e6:>10.0f}"
                + (diagnose() if args.diagnose else ""),
                flush=True,
            )

    ingest([corpus], settings=settings, on_item=step)
    took = time.perf_counter() - t0
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    print(
        f"{done} articles in {took:.0f} s ({done / took:.2f} articles/s); CPU seconds: main "
        f"process {me.ru_utime + me.ru_stime:.0f}, workers {kids.ru_utime + kids.ru_stime:.0f}"
    )
    after = [r for r in rows if r[0] >= args.warmup]
    peak = max((m + w for _, m, w in rows), default=0)
    print(f"peak resident memory at the checkpoints: {peak / 1e6:.0f} MB")
    for name, pick in (
        ("all processes", lambda r: r[1] + r[2]),
        ("main process", lambda r: r[1]),
        ("workers", lambda r: r[2]),
    ):
        growth = slope([(r[0], pick(r)) for r in after]) * 1000 / 1e6
        print(
            f"growth after {args.warmup} articles, {name}: {growth:.1f} MB per 1,000 "
            f"articles (least squares over {len(after)} checkpoints)"
        )

    if len(snapshots) == 2 and snapshots[0][0] < snapshots[1][0]:
        (a, first), (b, last) = snapshots
        print(f"Python memory that grew most from {a} to {b} articles (main process):")
        for stat in last.compare_to(first, "lineno")[:15]:
            grew = f"{stat.size_diff / 1e6:+8.2f} MB {stat.count_diff:+9} blocks"
            print(f"  {grew}  {stat.traceback}")


if __name__ == "__main__":
    main()
