"""How fast the watch fetcher fetches, against local servers, with and without its
per-host limit.

    python benchmarks/fetch.py [--pages 200] [--hosts 4] [--delay 1.0]

Starts one small HTTP server per loopback address (127.0.0.1, 127.0.0.2, ...), each
serving ``--pages`` pages of 20 kB, and fetches them with
:class:`flashpoint.sources.fetch.Fetcher` (robots.txt checked, ``allow_private`` on since
the servers are local). Prints pages/s and MB/s for:

- one host, no per-host delay: the fetcher's own ceiling on this machine;
- one host with the default per-host delay (``--delay``, 1 s): what a single outlet sees;
- ``--hosts`` hosts with that delay: politeness per host, parallel across hosts.
"""

from __future__ import annotations

import argparse
import http.server
import threading
import time
from typing import Any

from flashpoint.sources.fetch import Fetcher

PAGE = b"<html><body>" + b"<p>The defence ministers met in Moscow.</p>" * 480 + b"</body></html>"


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"User-agent: *\nAllow: /\n" if self.path == "/robots.txt" else PAGE
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def _serve(address: str) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer((address, 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{address}:{server.server_address[1]}"


def run(bases: list[str], pages: int, delay: float) -> tuple[int, float, int]:
    """Fetch ``pages`` pages from each base; return (pages, seconds, bytes)."""
    urls = [(f"{b}/p/{i}.html", None, None) for i in range(pages) for b in bases]
    with Fetcher(allow_private=True, host_delay=delay) as fetcher:
        t0 = time.perf_counter()
        results = list(fetcher.fetch_many(urls))
        took = time.perf_counter() - t0
    ok = [r for r in results if r.ok]
    return len(ok), took, sum(len(r.body or b"") for r in ok)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200, help="pages per host without delay")
    ap.add_argument("--hosts", type=int, default=4)
    ap.add_argument("--delay", type=float, default=1.0, help="per-host delay, seconds")
    args = ap.parse_args()
    servers = [_serve(f"127.0.0.{i}") for i in range(1, args.hosts + 1)]
    bases = [b for _, b in servers]
    polite = max(3, int(5 / max(args.delay, 0.01)))  # a few seconds' worth per host
    rows = [
        ("1 host, no delay", *run(bases[:1], args.pages, 0.0)),
        (f"1 host, {args.delay:g} s per-host delay", *run(bases[:1], polite, args.delay)),
        (
            f"{args.hosts} hosts, {args.delay:g} s per-host delay",
            *run(bases, polite, args.delay),
        ),
    ]
    print(f"{'case':<34} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'MB/s':>6}")
    for name, n, took, size in rows:
        print(f"{name:<34} {n:>6} {took:>8.2f} {n / took:>8.1f} {size / took / 1e6:>6.1f}")
    for server, _ in servers:
        server.shutdown()


if __name__ == "__main__":
    main()
