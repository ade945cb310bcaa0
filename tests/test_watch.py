"""flashpoint watch: feeds and pages fetched from a local server, coded, stored once; alerts
pushed once per identity."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from flashpoint import analysis
from flashpoint.cli import main
from flashpoint.settings import Settings
from flashpoint.sources.demo import demo_root
from flashpoint.sources.fetch import Fetcher
from flashpoint.store import Store
from flashpoint.watch import SourcesError, Watcher, parse_every, post_json, read_sources

pytestmark = pytest.mark.model

HTML = demo_root() / "html"
PAGES = {
    "/news/galwan.html": HTML / "mw-galwan-officer-two-soldiers-killed.html",
    "/news/moscow.html": HTML / "ald-rajnath-wei-fenghe-moscow.html",
    "/news/leh.html": HTML / "fh-modi-leh-visit-expansionism.html",
}


BAD = ["/news/gone.html", "/loop/a", "/huge.html", "/slow.html", "/private/memo.html"]
LATER = "/news/later.html"  # in the feed from its second version on


def _feed(base: str, version: int) -> bytes:
    paths = [*PAGES, *BAD] + ([LATER] if version > 1 else [])
    items = "".join(
        f"<item><title>Story {n}</title><link>{base}{path}</link>"
        f"<pubDate>Wed, 17 Jun 2020 0{n % 10}:00:00 GMT</pubDate></item>"
        for n, path in enumerate(paths, start=1)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Border Wire</title>'
        f"<link>{base}/</link><description>test</description>{items}</channel></rss>"
    ).encode()


class _Site(http.server.BaseHTTPRequestHandler):
    hits: Counter[str]
    base: str
    feed_version: list[int]
    posted: list[bytes]

    def do_GET(self) -> None:
        self.hits[self.path] += 1
        version = self.feed_version[0]
        if self.path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n")
        elif self.path == "/feed.xml":
            etag = f'"feed-v{version}"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"")
            else:
                self._send(200, _feed(self.base, version), "application/rss+xml", etag=etag)
        elif self.path in PAGES or self.path == LATER:
            page = PAGES.get(self.path, HTML / "mw-putin-lukashenko-sochi-talks.html")
            self._send(200, page.read_bytes(), "text/html; charset=utf-8")
        elif self.path.startswith("/loop/"):
            self.send_response(302)
            self.send_header("Location", "/loop/b" if self.path == "/loop/a" else "/loop/a")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/huge.html":
            self._send(200, b"<html><body>" + b"x" * 6_000_000, "text/html")
        elif self.path == "/slow.html":
            time.sleep(1.5)
            self._send(200, b"<html>late</html>", "text/html")
        elif self.path == "/broken-feed.xml":
            self._send(500, b"oops")
        else:
            self._send(404, b"not here")

    def _send(self, status: int, body: bytes, ctype: str = "text/plain", etag: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def do_POST(self) -> None:
        self.posted.append(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        self._send(204, b"")

    def log_message(self, *args: Any) -> None:
        pass


@dataclass
class Site:
    base: str
    hits: Counter[str]
    feed_version: list[int]
    posted: list[bytes]


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site("", Counter(), [1], [])
    handler = type(
        "Handler",
        (_Site,),
        {"hits": state.hits, "feed_version": state.feed_version, "posted": state.posted},
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    state.base = handler.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()


def _fetcher() -> Fetcher:
    return Fetcher(allow_private=True, host_delay=0, backoff=0.01, retries=2, timeout=0.5)


def test_rounds_store_each_good_item_once_and_record_every_failure(
    site: Site, settings: Settings
) -> None:
    base, hits = site.base, site.hits
    sources = [f"{base}/feed.xml", f"{base}/broken-feed.xml"]
    with _fetcher() as fetcher:
        watcher = Watcher(settings, sources, fetcher=fetcher)
        first = watcher.round()
        assert (first.sources, first.fetched, first.stored) == (2, 3, 3)
        store = Store(settings.db)
        articles = store.articles()
        assert {a.url for a in articles} == {base + p for p in PAGES}
        assert {a.source for a in articles} == {"Border Wire"}
        assert all(a.published == dt.date(2020, 6, 17) for a in articles)
        assert store.count_events() > 0
        reasons = {r.input: (r.stage, r.reason) for r in store.rejections()}
        assert {i for i, (stage, _) in reasons.items() if stage == "fetch"} == {
            base + p for p in [*BAD, "/broken-feed.xml"]
        }
        assert reasons[f"{base}/news/gone.html"][1] == "HTTP 404"
        assert "500" in reasons[f"{base}/broken-feed.xml"][1]
        assert "robots.txt" in reasons[f"{base}/private/memo.html"][1]
        assert "redirect" in reasons[f"{base}/loop/a"][1]
        assert "larger than" in reasons[f"{base}/huge.html"][1]
        assert "time" in reasons[f"{base}/slow.html"][1]
        assert hits["/private/memo.html"] == 0  # disallowed: never requested
        assert hits["/news/gone.html"] == 1  # a 404 is not retried
        tables = {t: store.table_rows(t) for t in ("articles", "mentions", "events", "quotes")}
        page_hits = {p: hits[p] for p in PAGES}

        second = watcher.round()  # the feed answers 304: nothing is fetched or stored
        assert (second.fetched, second.stored) == (0, 0)
        assert {p: hits[p] for p in PAGES} == page_hits
        assert {t: store.table_rows(t) for t in tables} == tables

        site.feed_version[0] = 2  # the feed changes: only its new item is fetched
        third = watcher.round()
        assert (third.fetched, third.stored) == (1, 1)
        assert {p: hits[p] for p in PAGES} == page_hits and hits[LATER] == 1
        assert hits["/feed.xml"] == 3

    # a restart keeps the state: a new watcher on the same database stores nothing again
    with _fetcher() as fetcher:
        again = Watcher(settings, [f"{base}/feed.xml"], fetcher=fetcher).round()
    assert again.stored == 0 and {p: hits[p] for p in PAGES} == page_hits
    assert len(Store(settings.db).articles()) == 4


def test_a_page_source_is_its_own_item_and_a_stop_ends_the_round(
    site: Site, settings: Settings
) -> None:
    base, hits = site.base, site.hits
    with _fetcher() as fetcher:
        watcher = Watcher(settings, [f"{base}/news/leh.html"], fetcher=fetcher)
        watcher.stop.set()
        stopped = watcher.round()
        assert stopped.sources == 0 and hits["/news/leh.html"] == 0
        watcher.stop.clear()
        assert watcher.round().stored == 1
        assert watcher.round().stored == 0  # seen by URL: stored once
    assert hits["/news/leh.html"] == 2  # a page source is checked each round


def test_private_addresses_are_refused_by_default(site: Site, settings: Settings) -> None:
    base, hits = site.base, site.hits
    with Fetcher(host_delay=0, backoff=0.01, retries=1) as fetcher:
        report = Watcher(settings, [f"{base}/feed.xml"], fetcher=fetcher).round()
    assert report.stored == 0 and sum(hits.values()) == 0
    (rej,) = Store(settings.db).rejections()
    assert rej.stage == "fetch" and "private" in rej.reason


def _alert(start: str, n: int, *, provisional: bool) -> analysis.Alert:
    day = dt.date.fromisoformat(start)
    return analysis.Alert(
        dyad=("CHN", "IND"),
        freq="week",
        start=day,
        end=day + dt.timedelta(days=6),
        score=10.0 * n,
        baseline=1.0,
        spread=1.0,
        z=3.0 + n,
        n_events=n,
        events=(),
        provisional=provisional,
    )


def test_alerts_are_pushed_once_per_identity_and_updates_are_updates(
    site: Site, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A round computes alerts before coding its articles and after: what it codes shows in
    # the second call. ``coming`` is what this round's articles will change.
    now: list[analysis.Alert] = [_alert("2020-05-04", 3, provisional=False)]  # history
    coming: list[analysis.Alert] = []
    calls = [0]

    def fake_alerts(*args: Any, **kwargs: Any) -> list[analysis.Alert]:
        calls[0] += 1
        if calls[0] % 2 == 0:  # after the round's articles
            for a in coming:
                now[:] = [x for x in now if x.id != a.id] + [a]
            coming.clear()
        return list(now)

    monkeypatch.setattr(analysis, "alerts", fake_alerts)
    posted: list[dict[str, Any]] = []
    failing = [False]

    def post(url: str, message: dict[str, Any]) -> None:
        if failing[0]:
            raise OSError("connection refused")
        posted.append(message)
        post_json(url, message)  # the real POST, to the local receiver

    with _fetcher() as fetcher:
        w = Watcher(settings, [], fetcher=fetcher, webhook=f"{site.base}/hook", post=post)
        assert w.round().alerts == []  # an alert already there when watching began
        coming.append(_alert("2020-06-15", 4, provisional=True))  # raised by this round
        (new,) = w.round().alerts
        assert new["update"] is False and new["alert"]["period"] == "2020-06-15"
        assert w.round().alerts == []  # unchanged: not repeated
        coming.append(_alert("2020-06-15", 6, provisional=False))  # the week fills in
        failing[0] = True
        assert w.round().alerts == []  # the webhook is down ...
        failing[0] = False
        (update,) = w.round().alerts  # ... so it is sent next round, as an update
        assert update["update"] is True and update["alert"]["n_events"] == 6
        assert w.round().alerts == []
    assert [m["alert"]["n_events"] for m in posted] == [4, 6]
    received = [json.loads(b) for b in site.posted]
    assert [(m["type"], m["update"], m["alert"]["n_events"]) for m in received] == [
        ("alert", False, 4),
        ("alert", True, 6),
    ]


def test_sources_file_and_interval(tmp_path: Path) -> None:
    f = tmp_path / "sources.txt"
    f.write_text(
        "# outlets\nhttps://example.org/feed.xml  # main feed\n\nhttps://example.org/a.html\n"
        "https://example.org/feed.xml\n"
    )
    assert read_sources(f) == ["https://example.org/feed.xml", "https://example.org/a.html"]
    f.write_text("file:///etc/passwd\n")
    with pytest.raises(SourcesError, match="line 1"):
        read_sources(f)
    f.write_text("# nothing\n")
    with pytest.raises(SourcesError, match="no URL"):
        read_sources(f)
    assert parse_every("15m") == 900 and parse_every("1h") == 3600 and parse_every("30") == 1800
    with pytest.raises(SourcesError):
        parse_every("often")
    with pytest.raises(SourcesError):
        parse_every("1s")


def test_cli_watch_once(site: Site, tmp_path: Path) -> None:
    base = site.base
    sources = tmp_path / "sources.txt"
    sources.write_text(f"{base}/news/moscow.html\n")
    db = tmp_path / "w.duckdb"
    out = CliRunner().invoke(
        main, ["watch", str(sources), "--db", str(db), "--once", "--allow-private"]
    )
    assert out.exit_code == 0, out.output
    assert "1 articles stored" in out.output
    assert len(Store(db).articles()) == 1
    bad = CliRunner().invoke(main, ["watch", str(tmp_path / "missing.txt"), "--db", str(db)])
    assert bad.exit_code == 1 and "cannot read sources file" in bad.output


def test_sigterm_ends_the_watch_cleanly(site: Site, tmp_path: Path) -> None:
    sources = tmp_path / "sources.txt"
    sources.write_text(f"{site.base}/news/galwan.html\n")
    db = tmp_path / "w.duckdb"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from flashpoint.cli import main; main()",
            "watch",
            str(sources),
            "--db",
            str(db),
            "--every",
            "10s",
            "--allow-private",
            "--workers",
            "1",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    deadline = time.monotonic() + 120
    line = ""
    while time.monotonic() < deadline and not line.startswith("round "):
        line = proc.stderr.readline()
        assert line or proc.poll() is None, "watch exited early"
    assert line.startswith("round "), "no round finished in time"
    assert "1 articles stored" in line
    proc.send_signal(signal.SIGTERM)  # waiting between rounds: it stops at once
    assert proc.wait(timeout=30) == 0
    assert len(Store(db).articles()) == 1
    assert not list(tmp_path.glob("w.duckdb.write-intent.*"))
