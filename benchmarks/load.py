"""A bounded load test of the HTTP API on loopback while an ingest writes the same database.

    python benchmarks/load.py [--seconds 30] [--clients 8]

Builds a database from the demo corpus's text and HTML files, starts ``flashpoint serve``
on it in its own process, starts ``flashpoint ingest`` of the demo's JSONL file into the
same database (small batches, so it takes the write lock often), and has ``--clients``
threads request the main endpoints in turn for ``--seconds`` (at most 60). Prints
requests/s and p50/p99 latency per endpoint and in all, the errors, and how far the
ingest got meanwhile. A measurement, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx

from flashpoint.pipeline import ingest
from flashpoint.settings import Settings
from flashpoint.sources.demo import demo_root
from flashpoint.store import EventQuery, Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    seconds = min(args.seconds, 60.0)
    work = Path(tempfile.mkdtemp(prefix="flashpoint-load-"))
    db = work / "load.duckdb"
    root = demo_root()
    ingest([root / "txt", root / "html"], settings=Settings(db=db))
    store = Store(db)
    event_id = store.events(EventQuery(limit=1))[0].id
    endpoints = {
        "overview": "/api/overview",
        "events": "/api/events?limit=50",
        "events filtered": "/api/events?dyad=CHN,IND&type=ASSAULT",
        "event": f"/api/events/{event_id}",
        "dyad": "/api/dyads/CHN/IND",
        "alerts": "/api/alerts",
        "page: overview": "/",
        "page: event": f"/events/{event_id}",
    }
    port = _free_port()
    exe = [sys.executable, "-m", "flashpoint.cli"]
    server = subprocess.Popen(
        [*exe, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(base + "/api/health", timeout=1).raise_for_status()
            break
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    articles_before = store.summary()["articles"]
    writer = subprocess.Popen(
        [*exe, "ingest", "-q", "--db", str(db), str(root / "jsonl")],
        env={**os.environ, "FLASHPOINT_BATCH_SIZE": "5"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    times: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def client(k: int) -> None:
        names = list(endpoints)
        with httpx.Client(base_url=base, timeout=60) as http:
            i = k
            while time.monotonic() < stop:
                name = names[i % len(names)]
                i += 1
                started = time.perf_counter()
                try:
                    ok = http.get(endpoints[name]).status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    times[name].append(elapsed)
                    if not ok:
                        errors[name] += 1

    began = time.monotonic()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - began
    writing = writer.poll() is None
    articles_at_end = httpx.get(base + "/api/overview", timeout=60).json()["articles"]
    writer_rc = writer.wait(timeout=900)
    server.terminate()
    server.wait(timeout=30)
    articles_after = Store(db).summary()["articles"]
    print(
        f"load: {args.clients} clients for {wall:.0f} s on loopback, one server process, "
        f"while `flashpoint ingest` wrote {root / 'jsonl'} into the same database "
        f"(batches of 5): articles {articles_before} at the start, {articles_at_end} when the "
        f"load ended (ingest {'still writing' if writing else 'done'}), {articles_after} when "
        f"the ingest finished (exit code {writer_rc})"
    )
    print(f"{'endpoint':18} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    every: list[float] = []
    for name in endpoints:
        t = times[name]
        every += t
        print(
            f"{name:18} {len(t):9d} {len(t) / wall:8.1f} {statistics.median(t):8.1f} "
            f"{_pct(t, 0.99):8.1f} {errors[name]:7d}"
        )
    print(
        f"{'all':18} {len(every):9d} {len(every) / wall:8.1f} {statistics.median(every):8.1f} "
        f"{_pct(every, 0.99):8.1f} {sum(errors.values()):7d}"
    )


if __name__ == "__main__":
    main()
