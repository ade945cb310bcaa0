"""Fetch feeds and news pages over HTTP: politely, robustly and safely.

One :class:`Fetcher` holds one ``httpx.Client`` and a pool of worker threads. The rules:

* **Polite.** Requests name us in the User-Agent (``Flashpoint/<version> (+<repo>; ...)``).
  Requests to one host start at least ``host_delay`` seconds apart and at most
  ``host_concurrency`` run at once. Each origin's ``/robots.txt`` is read once per Fetcher
  (again after ``robots_ttl`` seconds) and checked with our User-Agent token: a robots.txt
  that answers 401 or 403 forbids everything, as is conventional; any other answer without a
  usable file (404 and other 4xx, a network failure, and, unlike RFC 9309, a 5xx after
  retries) allows everything.
* **Robust.** A request is tried up to ``retries`` times in all, with exponential backoff and
  jitter, on timeouts, connection errors, 429 and 5xx; a numeric ``Retry-After`` is honoured
  up to 60 s (asked to wait longer, we give up until the next run). Other 4xx answers are not
  retried. ``etag`` and ``last_modified`` make the request conditional; a 304 is a result with
  ``not_modified=True``. Bodies are streamed: one longer than ``max_bytes`` once decoded is
  a failure, never a truncated body. ``sleep`` (backoff and pacing) can be replaced in tests.
* **Safe by default.** Only http and https URLs are fetched, and each host's addresses are
  resolved first: a private, loopback, link-local, multicast, reserved or unspecified address
  is refused unless ``allow_private`` is set. Redirects are followed by hand (at most
  ``max_redirects``) so that every hop, robots.txt included, passes the same check. The DNS
  answer can change between our check and httpx's connection (DNS rebinding): this check is a
  guard against mistakes and casual abuse, not a sandbox.

Network and HTTP problems never raise: they come back as a :class:`FetchResult` whose
``error`` is a short reason ("HTTP 404", "timed out after 3 tries").
"""

from __future__ import annotations

import contextlib
import dataclasses
import ipaddress
import itertools
import logging
import random
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from types import TracebackType
from urllib.robotparser import RobotFileParser

import httpx

from flashpoint import __version__
from flashpoint.errors import ConfigError

log = logging.getLogger(__name__)

USER_AGENT = (
    f"Flashpoint/{__version__} (+https://github.com/flashpoint-events/flashpoint; "
    "news event coding)"
)
SCHEMES = frozenset({"http", "https"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_RETRY_AFTER = 60.0
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of fetching one URL: a body, "not modified", or an error saying why not."""

    url: str
    final_url: str
    status: int | None
    body: bytes | None
    content_type: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool = False
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Return whether a body was fetched."""
        return self.body is not None and self.error is None


@dataclass(frozen=True, slots=True)
class _Reply:
    """One HTTP exchange as seen by the fetcher; ``retry`` marks a failure worth retrying."""

    status: int | None
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    body: bytes | None = None
    error: str | None = None
    retry: bool = False
    wait: float | None = None


@dataclass(slots=True)
class _Host:
    """What the fetcher tracks per host: its concurrency slots, pacing and robots.txt files."""

    slots: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0
    robots_lock: threading.Lock = field(default_factory=threading.Lock)
    robots: dict[str, tuple[float, RobotFileParser]] = field(default_factory=dict)


def _resolve(host: str, port: int) -> list[str]:
    """Return the addresses a host name resolves to (tests replace this)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def is_public(address: str) -> bool:
    """Return whether an IP address is a public unicast address."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    local = ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_unspecified
    return not (local or ip.is_multicast or ip.is_reserved or not ip.is_global)


def url_refusal(url: str, *, allow_private: bool = False) -> str | None:
    """Return why a URL must not be fetched (scheme or address), or None if it may be."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        return f"invalid URL: {exc}"
    if parsed.scheme not in SCHEMES:
        return f"scheme {parsed.scheme or '(none)'} not allowed"
    if not parsed.host:
        return "URL has no host"
    if allow_private:
        return None
    host = parsed.raw_host.decode("ascii")
    try:
        addresses = _resolve(host, parsed.port or (443 if parsed.scheme == "https" else 80))
    except (OSError, UnicodeError) as exc:
        return f"cannot resolve {host}: {exc}"
    for address in addresses:
        if not is_public(address):
            return (
                f"address {address} of {parsed.host} is private or local; "
                "use --allow-private to fetch it"
            )
    return None


class Fetcher:
    """Fetch URLs politely (robots.txt, per-host pacing), robustly (retries) and safely."""

    def __init__(
        self,
        *,
        user_agent: str | None = None,
        timeout: float = 10.0,
        retries: int = 3,
        backoff: float = 0.5,
        max_bytes: int = 5_000_000,
        host_delay: float = 1.0,
        host_concurrency: int = 2,
        workers: int = 8,
        max_redirects: int = 5,
        allow_private: bool = False,
        robots_ttl: float = 86_400.0,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        limits = {"retries": retries, "host_concurrency": host_concurrency, "workers": workers}
        for name, value in {**limits, "max_bytes": max_bytes}.items():
            if value < 1:
                raise ConfigError(f"fetcher {name} must be at least 1, got {value!r}")
        if max_redirects < 0:
            raise ConfigError(f"fetcher max_redirects must be 0 or more, got {max_redirects!r}")
        self.user_agent = user_agent or USER_AGENT
        self._agent = self.user_agent.split("/", 1)[0].strip()
        self._retries, self._backoff, self._max_bytes = retries, backoff, max_bytes
        self._host_delay, self._concurrency = host_delay, host_concurrency
        self._max_redirects, self._allow_private = max_redirects, allow_private
        self._robots_ttl, self._sleep = robots_ttl, sleep
        self._client = httpx.Client(
            headers={"User-Agent": self.user_agent},
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            transport=transport,
        )
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch")
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker pool (dropping queued fetches) and close the HTTP client."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._client.close()

    def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """Fetch one URL, following redirects; never raise for network or HTTP problems."""
        headers = {"If-None-Match": etag, "If-Modified-Since": last_modified}
        final, reply = self._follow(url, {k: v for k, v in headers.items() if v}, robots=True)
        failed = FetchResult(url, final, reply.status, None, None, None, None, error=reply.error)
        if reply.error is not None:
            log.info("%s: %s", url, reply.error)
            return failed
        if reply.status == 304:
            etag = reply.headers.get("etag", etag)
            last_modified = reply.headers.get("last-modified", last_modified)
            return FetchResult(url, final, 304, None, None, etag, last_modified, not_modified=True)
        if reply.body is None:
            log.info("%s: HTTP %s", url, reply.status)
            return dataclasses.replace(failed, error=f"HTTP {reply.status}")
        h = reply.headers
        kind, etag, modified = h.get("content-type"), h.get("etag"), h.get("last-modified")
        return FetchResult(url, final, reply.status, reply.body, kind, etag, modified)

    def fetch_many(
        self, requests: Iterable[tuple[str, str | None, str | None]]
    ) -> Iterator[FetchResult]:
        """Fetch (url, etag, last_modified) triples on the worker pool, yielding as they finish.

        The queue takes hosts in turn, so one busy host does not hold every worker waiting.
        """
        queues: dict[str, list[tuple[str, str | None, str | None]]] = {}
        for request in requests:
            queues.setdefault(_host_key(request[0]), []).append(request)
        order = [r for turn in itertools.zip_longest(*queues.values()) for r in turn if r]
        futures = [self._pool.submit(self.fetch, u, etag=e, last_modified=m) for u, e, m in order]
        try:
            for future in as_completed(futures):
                yield future.result()
        finally:
            for future in futures:
                future.cancel()

    def _follow(self, url: str, headers: dict[str, str], *, robots: bool) -> tuple[str, _Reply]:
        """GET a URL, following redirects; check every hop; return the last URL and reply."""
        current = url
        for _hop in range(self._max_redirects + 1):
            refusal = url_refusal(current, allow_private=self._allow_private)
            if refusal is None and robots and not self._robots_allow(current):
                refusal = "robots.txt disallows this URL"
            if refusal is not None:
                return current, _Reply(None, error=refusal)
            reply = self._get(current, headers)
            location = reply.headers.get("location")
            if reply.error is not None or reply.status not in REDIRECTS or not location:
                return current, reply
            log.debug("%s: HTTP %s to %s", current, reply.status, location)
            current = str(httpx.URL(current).join(location))
        too_many = f"too many redirects (more than {self._max_redirects})"
        return current, dataclasses.replace(reply, error=too_many)

    def _get(self, url: str, headers: dict[str, str]) -> _Reply:
        """GET one URL, retrying with backoff; the error says how many tries it took."""
        for attempt in range(1, self._retries + 1):
            reply = self._once(url, headers)
            if not reply.retry or attempt == self._retries:
                break
            if reply.wait is not None and reply.wait > MAX_RETRY_AFTER:
                return dataclasses.replace(
                    reply, error=f"{reply.error} (server asks to wait {reply.wait:g} s)"
                )
            delay = self._backoff * 2 ** (attempt - 1)
            delay = reply.wait if reply.wait is not None else delay + random.uniform(0, delay)
            log.info("%s: %s; trying again in %.2f s", url, reply.error, delay)
            self._sleep(delay)
        if reply.retry and attempt > 1:
            return dataclasses.replace(reply, error=f"{reply.error} after {attempt} tries")
        return reply

    def _once(self, url: str, headers: dict[str, str]) -> _Reply:
        """Make one GET request within the host's limits; read at most ``max_bytes``."""
        with self._slot(_host_key(url)):
            log.debug("GET %s", url)
            try:
                with self._client.stream("GET", url, headers=headers) as response:
                    return self._read(response)
            except httpx.TimeoutException:
                return _Reply(None, error="timed out", retry=True)
            except httpx.NetworkError as exc:
                return _Reply(None, error=f"connection failed ({exc})", retry=True)
            except httpx.RemoteProtocolError as exc:  # also raised by httpx for a bad Location
                return _Reply(None, error=f"bad response ({exc})", retry=True)
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                return _Reply(None, error=f"request failed ({exc})")

    def _read(self, response: httpx.Response) -> _Reply:
        """Turn a streamed response into a reply, reading the body only for a 2xx."""
        status, headers = response.status_code, response.headers
        if status == 429 or status >= 500:
            wait = headers.get("retry-after", "").strip()
            seconds = float(wait) if wait.isdigit() else None
            return _Reply(status, headers, error=f"HTTP {status}", retry=True, wait=seconds)
        if not 200 <= status < 300:
            return _Reply(status, headers)
        too_big = f"body larger than {self._max_bytes} bytes"
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self._max_bytes:
            return _Reply(status, headers, error=too_big)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes(_CHUNK):
            size += len(chunk)
            if size > self._max_bytes:
                return _Reply(status, headers, error=too_big)
            chunks.append(chunk)
        return _Reply(status, headers, body=b"".join(chunks))

    @contextlib.contextmanager
    def _slot(self, host: str) -> Iterator[None]:
        """Hold one of the host's concurrency slots, starting no sooner than its pacing allows."""
        state = self._host(host)
        with state.slots:
            with state.lock:
                now = time.monotonic()
                start = max(now, state.next_start)
                state.next_start = start + self._host_delay
            if start > now:
                self._sleep(start - now)
            yield

    def _host(self, host: str) -> _Host:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = _Host(threading.Semaphore(self._concurrency))
            return self._hosts[host]

    def _robots_allow(self, url: str) -> bool:
        """Return whether the origin's robots.txt lets our User-Agent token fetch the URL."""
        parsed = httpx.URL(url)
        origin = f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"
        state = self._host(parsed.host)
        with state.robots_lock:  # one fetch of robots.txt per origin, even under concurrency
            cached = state.robots.get(origin)
            if cached is None or cached[0] <= time.monotonic():
                cached = (time.monotonic() + self._robots_ttl, self._load_robots(origin))
                state.robots[origin] = cached
        return cached[1].can_fetch(self._agent, url)

    def _load_robots(self, origin: str) -> RobotFileParser:
        """Fetch and parse an origin's robots.txt; see the module docstring for failures."""
        url = f"{origin}/robots.txt"
        _final, reply = self._follow(url, {}, robots=False)
        rules = RobotFileParser(url)
        if reply.status in (401, 403):
            rules.parse(["User-agent: *", "Disallow: /"])
        elif reply.body is not None and reply.error is None:
            rules.parse(reply.body.decode("utf-8", "replace").splitlines())
        else:
            log.debug("%s: %s; allowing everything", url, reply.error or f"HTTP {reply.status}")
            rules.parse([])
        return rules


def _host_key(url: str) -> str:
    """Return the host a URL points at, lowercased ("" if it has none)."""
    try:
        return httpx.URL(url).host
    except httpx.InvalidURL:
        return ""
