"""The fetcher against a real local HTTP server (and httpx's mock transport); no internet."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from flashpoint.errors import ConfigError
from flashpoint.sources import fetch
from flashpoint.sources.fetch import Fetcher, is_public, url_refusal


@dataclass
class Reply:
    """What a route answers; ``framing`` is "length", "chunked" or "close" (read to EOF)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    framing: str = "length"
    delay: float = 0.0


Route = Callable[[int, Message], Reply]


@dataclass
class Site:
    """The local server's routes and what it saw: hits per path, headers, arrival times."""

    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    headers: list[Message] = field(default_factory=list)
    arrivals: list[float] = field(default_factory=list)
    active: int = 0
    max_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, reply: Reply | Route) -> None:
        self.routes[path] = reply if callable(reply) else (lambda _hit, _headers: reply)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        site: Site = self.server.site  # type: ignore[attr-defined]
        with site.lock:
            site.hits[self.path] += 1
            hit = site.hits[self.path]
            site.headers.append(self.headers)
            site.arrivals.append(time.monotonic())
            site.active += 1
            site.max_active = max(site.max_active, site.active)
        route = site.routes.get(self.path)
        reply = route(hit, self.headers) if route else Reply(404, b"not found")
        time.sleep(reply.delay)
        with site.lock:
            site.active -= 1
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.framing == "length":
            self.send_header("Content-Length", str(len(reply.body)))
        elif reply.framing == "chunked":
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if reply.framing == "chunked":
            for start in range(0, len(reply.body), 1000):
                piece = reply.body[start : start + 1000]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.wfile.write(reply.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # the fetcher hangs up on oversized bodies: a broken pipe here is expected


@pytest.fixture
def site() -> Iterator[Site]:
    """Run a threaded HTTP server on a free local port; unknown paths answer 404."""
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.site = Site(base=f"http://127.0.0.1:{httpd.server_port}")  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield httpd.site  # type: ignore[attr-defined]
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def make() -> Iterator[Callable[..., Fetcher]]:
    """Build fetchers for the local server: private addresses allowed, no pacing, fast backoff."""
    made: list[Fetcher] = []

    def build(**kw: Any) -> Fetcher:
        opts: dict[str, Any] = {"allow_private": True, "host_delay": 0, "backoff": 0.01}
        made.append(Fetcher(**(opts | kw)))
        return made[-1]

    yield build
    for fetcher in made:
        fetcher.close()


def test_plain_200_returns_body_validators_and_sends_our_user_agent(
    site: Site, make: Callable[..., Fetcher]
) -> None:
    headers = {"ETag": '"v1"', "Last-Modified": "Tue, 16 Jun 2020 10:00:00 GMT"}
    site.serve("/a", Reply(200, b"hello", headers | {"Content-Type": "text/plain"}))
    got = make().fetch(site.url("/a"))
    assert got.ok and got.error is None and not got.not_modified
    assert (got.status, got.body, got.content_type) == (200, b"hello", "text/plain")
    assert (got.etag, got.last_modified) == ('"v1"', "Tue, 16 Jun 2020 10:00:00 GMT")
    assert got.final_url == got.url == site.url("/a")
    assert site.hits == Counter({"/robots.txt": 1, "/a": 1})
    assert all(h["User-Agent"].startswith("Flashpoint/") for h in site.headers)


def test_conditional_request_gets_304_as_not_modified(
    site: Site, make: Callable[..., Fetcher]
) -> None:
    def route(_hit: int, headers: Message) -> Reply:
        fresh = headers.get("If-None-Match") == '"v1"'
        return Reply(304, headers={"ETag": '"v1"'}) if fresh else Reply(200, b"new")

    site.serve("/feed", route)
    fetcher = make()
    got = fetcher.fetch(site.url("/feed"), etag='"v1"', last_modified="Tue, 16 Jun 2020")
    assert got.not_modified and not got.ok and got.error is None
    assert (got.status, got.body, got.etag, got.last_modified) == (
        304,
        None,
        '"v1"',
        "Tue, 16 Jun 2020",  # the 304 did not repeat it: the caller's value comes back
    )
    assert site.headers[-1]["If-Modified-Since"] == "Tue, 16 Jun 2020"
    assert fetcher.fetch(site.url("/feed"), etag='"v0"').body == b"new"


def test_503_twice_then_200_succeeds_after_exponential_backoff(
    site: Site, make: Callable[..., Fetcher]
) -> None:
    site.serve("/flaky", lambda hit, _h: Reply(503) if hit <= 2 else Reply(200, b"ok"))
    sleeps: list[float] = []
    got = make(sleep=sleeps.append).fetch(site.url("/flaky"))
    assert got.ok and got.body == b"ok"
    assert site.hits["/flaky"] == 3
    assert 0.01 <= sleeps[0] <= 0.02 and 0.02 <= sleeps[1] <= 0.04  # backoff plus jitter


@pytest.mark.parametrize(
    ("status", "error", "hits"),
    [
        (503, "HTTP 503 after 3 tries", 3),
        (500, "HTTP 500 after 3 tries", 3),
        (404, "HTTP 404", 1),
        (403, "HTTP 403", 1),
        (410, "HTTP 410", 1),
    ],
)
def test_errors_retry_on_5xx_only(
    site: Site, make: Callable[..., Fetcher], status: int, error: str, hits: int
) -> None:
    site.serve("/x", Reply(status, b"no"))
    got = make().fetch(site.url("/x"))
    assert (got.ok, got.status, got.body, got.error) == (False, status, None, error)
    assert site.hits["/x"] == hits


def test_429_honours_retry_after(site: Site, make: Callable[..., Fetcher]) -> None:
    busy = Reply(429, headers={"Retry-After": "0"})
    site.serve("/busy", lambda hit, _h: busy if hit == 1 else Reply(200, b"ok"))
    site.serve("/later", Reply(429, headers={"Retry-After": "3600"}))
    sleeps: list[float] = []
    fetcher = make(sleep=sleeps.append)
    assert fetcher.fetch(site.url("/busy")).body == b"ok"
    assert sleeps == [0.0] and site.hits["/busy"] == 2
    later = fetcher.fetch(site.url("/later"))
    assert later.error == "HTTP 429 (server asks to wait 3600 s)"
    assert site.hits["/later"] == 1 and sleeps == [0.0]  # gave up rather than wait an hour


@pytest.mark.parametrize("framing", ["length", "chunked", "close"])
def test_body_over_the_cap_is_refused_with_or_without_content_length(
    site: Site, make: Callable[..., Fetcher], framing: str
) -> None:
    site.serve("/big", Reply(200, b"x" * 5000, framing=framing))
    site.serve("/fits", Reply(200, b"x" * 1000, framing=framing))
    fetcher = make(max_bytes=1000)
    got = fetcher.fetch(site.url("/big"))
    assert (got.body, got.error) == (None, "body larger than 1000 bytes")
    assert fetcher.fetch(site.url("/fits")).body == b"x" * 1000


def test_redirect_chain_is_followed(site: Site, make: Callable[..., Fetcher]) -> None:
    site.serve("/r1", Reply(302, headers={"Location": "/r2"}))
    site.serve("/r2", Reply(301, headers={"Location": site.url("/r3")}))
    site.serve("/r3", Reply(200, b"end"))
    got = make().fetch(site.url("/r1"))
    assert got.ok and got.body == b"end"
    assert (got.url, got.final_url) == (site.url("/r1"), site.url("/r3"))


def test_redirect_to_a_malformed_location_is_an_error(
    site: Site, make: Callable[..., Fetcher]
) -> None:
    site.serve("/bad", Reply(302, headers={"Location": "http://host:port/"}))
    got = make().fetch(site.url("/bad"))
    assert got.error is not None and got.final_url == site.url("/bad")
    assert got.error.startswith("bad response (Invalid URL in location header")


def test_redirect_loop_stops_after_the_limit(site: Site, make: Callable[..., Fetcher]) -> None:
    site.serve("/loop", Reply(302, headers={"Location": "/loop"}))
    got = make(max_redirects=4).fetch(site.url("/loop"))
    assert got.error == "too many redirects (more than 4)" and got.status == 302
    assert site.hits["/loop"] == 5


@pytest.mark.parametrize(
    "robots",
    [
        "User-agent: *\nDisallow: /private\n",
        "User-agent: Flashpoint\nDisallow: /private\n\nUser-agent: *\nAllow: /\n",
    ],
)
def test_robots_txt_disallowing_a_path_keeps_us_off_it(
    site: Site, make: Callable[..., Fetcher], robots: str
) -> None:
    site.serve("/robots.txt", Reply(200, robots.encode()))
    site.serve("/public", Reply(200, b"ok"))
    fetcher = make()
    assert fetcher.fetch(site.url("/private/x")).error == "robots.txt disallows this URL"
    assert fetcher.fetch(site.url("/public")).ok
    assert site.hits == Counter({"/robots.txt": 1, "/public": 1})


@pytest.mark.parametrize(
    ("status", "allowed"), [(404, True), (410, True), (500, True), (401, False), (403, False)]
)
def test_robots_txt_errors(
    site: Site, make: Callable[..., Fetcher], status: int, allowed: bool
) -> None:
    site.serve("/robots.txt", Reply(status, b"User-agent: *\nDisallow: /\n"))
    site.serve("/page", Reply(200, b"ok"))
    got = make().fetch(site.url("/page"))
    assert got.ok is allowed
    assert site.hits["/page"] == int(allowed)


def test_host_delay_spaces_requests_to_one_host(site: Site, make: Callable[..., Fetcher]) -> None:
    site.serve("/a", Reply(200, b"a"))
    fetcher = make(host_delay=0.2)
    start = time.monotonic()
    assert fetcher.fetch(site.url("/a")).ok and fetcher.fetch(site.url("/a")).ok
    assert time.monotonic() - start >= 0.2
    gaps = [b - a for a, b in zip(site.arrivals, site.arrivals[1:], strict=False)]
    # robots.txt is paced too; arrivals are stamped by the server's thread, which a busy
    # machine can wake late for one request and not the next, so the bound is loose (an
    # unpaced fetcher's requests arrive milliseconds apart)
    assert len(gaps) == 2 and min(gaps) >= 0.1


def test_fetch_many_fetches_everything_within_the_host_concurrency_cap(
    site: Site, make: Callable[..., Fetcher]
) -> None:
    for n in range(6):
        site.serve(f"/p{n}", Reply(200, f"page {n}".encode(), delay=0.05))
    fetcher = make(host_concurrency=2, workers=8)
    requests = [(site.url(f"/p{n}"), None, None) for n in range(6)]
    got = list(fetcher.fetch_many(requests))
    assert sorted(r.body or b"" for r in got) == [f"page {n}".encode() for n in range(6)]
    assert site.max_active == 2


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_default_fetcher_refuses_local_addresses_without_connecting(site: Site, host: str) -> None:
    port = site.base.rsplit(":", 1)[1]
    with Fetcher() as fetcher:
        got = fetcher.fetch(f"http://{host}:{port}/")
    assert got.error is not None and got.status is None
    assert got.error.startswith("address ") and f"of {host} is private or local" in got.error
    assert got.error.endswith("use --allow-private to fetch it")
    assert sum(site.hits.values()) == 0


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("ftp://example.org/feed.xml", "scheme ftp not allowed"),
        ("file:///etc/passwd", "scheme file not allowed"),
        ("example.org/feed", "scheme (none) not allowed"),
        ("http://127.0.0.1/", "address 127.0.0.1 of 127.0.0.1 is private or local"),
        ("http://169.254.169.254/latest", "address 169.254.169.254 of 169.254.169.254 is"),
        ("http://[::1]:8080/", "address ::1 of ::1 is private or local"),
    ],
)
def test_url_refusal(url: str, error: str) -> None:
    refusal = url_refusal(url)
    assert refusal is not None and refusal.startswith(error)
    with Fetcher() as fetcher:
        assert fetcher.fetch(url).error == refusal


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("100.64.0.1", False),  # carrier-grade NAT
        ("169.254.169.254", False),  # cloud metadata
        ("224.0.0.1", False),
        ("0.0.0.0", False),
        ("240.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
    ],
)
def test_is_public(address: str, public: bool) -> None:
    assert is_public(address) is public


@pytest.mark.parametrize(
    ("location", "error"),
    [
        ("http://127.0.0.1:9/secret", "address 127.0.0.1 of 127.0.0.1 is private or local"),
        ("http://internal.example/admin", "address 10.0.0.5 of internal.example is private"),
        ("ftp://public.example/x", "scheme ftp not allowed"),
    ],
)
def test_redirect_from_a_public_host_to_a_private_one_is_refused(
    monkeypatch: pytest.MonkeyPatch, location: str, error: str
) -> None:
    fake_dns = {"public.example": ["93.184.216.34"], "internal.example": ["10.0.0.5"]}
    monkeypatch.setattr(fetch, "_resolve", lambda host, _port: fake_dns.get(host, [host]))
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/start":
            return httpx.Response(302, headers={"Location": location})
        return httpx.Response(404)

    with Fetcher(transport=httpx.MockTransport(handler), host_delay=0) as fetcher:
        got = fetcher.fetch("http://public.example/start")
    assert got.error is not None and got.error.startswith(error)
    assert got.final_url == location
    assert seen == ["http://public.example/robots.txt", "http://public.example/start"]


def test_closed_port_fails_after_retries_without_raising(make: Callable[..., Fetcher]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    got = make().fetch(f"http://127.0.0.1:{port}/feed")
    assert got.status is None and got.body is None and got.error is not None
    assert got.error.startswith("connection failed") and got.error.endswith("after 3 tries")


def test_slow_server_times_out_after_retries(site: Site, make: Callable[..., Fetcher]) -> None:
    site.serve("/slow", Reply(200, b"late", delay=0.5))
    got = make(timeout=0.1, retries=2).fetch(site.url("/slow"))
    assert got.error == "timed out after 2 tries" and site.hits["/slow"] == 2


@pytest.mark.parametrize(
    "bad", [{"retries": 0}, {"workers": 0}, {"max_bytes": 0}, {"max_redirects": -1}]
)
def test_bad_settings_are_config_errors(bad: dict[str, int]) -> None:
    with pytest.raises(ConfigError, match="must be"):
        Fetcher(**bad)  # type: ignore[arg-type]
