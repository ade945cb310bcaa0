"""Measure how fast the dashboard's pages and their JSON twins load over HTTP.

    python benchmarks/web.py [--db flashpoint-demo.duckdb] [--repeat 20]

Starts ``flashpoint serve`` (uvicorn, in this process) on a free loopback port over the
database (built from the demo corpus if it does not exist), requests each page ``repeat``
times after one warm-up request, and prints the median and the worst time per page.
The acceptance target of the web issue is under 300 ms per page on the demo database.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from flashpoint.settings import Settings
from flashpoint.store import EventQuery, Store
from flashpoint.web.app import create_app


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("flashpoint-demo.duckdb"))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    if not args.db.exists():
        from flashpoint.pipeline import ingest
        from flashpoint.sources.demo import demo_paths

        print(f"building {args.db} from the demo corpus...")
        ingest(demo_paths(), settings=Settings(db=args.db))
    store = Store(args.db)
    fused = store.events(EventQuery(min_articles=3, limit=1))
    event_id = fused[0].id if fused else store.events(EventQuery(limit=1))[0].id
    article_id = store.articles(limit=1)[0].id
    pages = [
        "/",
        "/events",
        "/events?dyad=CHN,IND&type=ASSAULT",
        "/events?text=clash",
        f"/events/{event_id}",
        "/dyads",
        "/dyads/CHN/IND",
        "/dyads/CHN/IND?freq=day",
        "/alerts",
        "/articles",
        f"/articles/{article_id}",
        "/rejections",
    ]
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    summary = store.summary()
    print(
        f"database {args.db}: {summary['articles']} articles, {summary['events']} events; "
        f"{args.repeat} requests per page after one warm-up"
    )
    print(f"{'page':45} {'html median':>12} {'worst':>8} {'json median':>12} {'bytes':>8}")
    worst_median = 0.0
    with httpx.Client(base_url=base, timeout=60) as client:
        for page in pages:
            row = []
            size = 0
            for path in (page, "/api" + page if page != "/" else "/api/overview"):
                client.get(path).raise_for_status()
                times = []
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    r = client.get(path)
                    times.append((time.perf_counter() - started) * 1000)
                    r.raise_for_status()
                size = size or len(r.content)
                row.append((statistics.median(times), max(times)))
            worst_median = max(worst_median, row[0][0])
            print(
                f"{page[:45]:45} {row[0][0]:10.1f}ms {row[0][1]:6.1f}ms "
                f"{row[1][0]:10.1f}ms {size:8d}"
            )
    print(f"slowest page median: {worst_median:.1f} ms (target < 300 ms)")
    server.should_exit = True
    thread.join(timeout=10)


if __name__ == "__main__":
    main()
