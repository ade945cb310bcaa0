"""Watch the news: follow feeds and pages, code what is new, push alerts out.

A round, every ``--every`` minutes (or once with ``--once``):

1. Each source in the SOURCES file (one URL per line, ``#`` comments) is fetched with the
   ETag and Last-Modified it gave last time; a ``304`` costs nothing.
2. A source that parses as RSS or Atom (feedparser) gives its entries' links; any other
   page is itself an item. Items already stored (by URL, then by the hash of their bytes)
   are neither fetched nor stored again.
3. New items' pages are fetched (:mod:`flashpoint.sources.fetch`: per-host rate limit,
   robots.txt, retries, size cap, private addresses refused) and go through the usual
   pipeline into the store. A failure is a rejection at stage ``fetch`` naming the URL and
   the reason; a source that fails does not stop the round.
4. Escalation alerts (:mod:`flashpoint.analysis`) are computed again. An alert identity
   not met before, or one whose state changed this round (a provisional alert that grew or
   closed), is printed and, with ``--webhook URL``, POSTed as JSON
   ``{"type": "alert", "update": bool, "alert": {...}}``. Alerts that were already there
   when watching began are recorded, not sent. A POST that fails is tried again next round.

All state (validators, seen items, alerts sent, rounds) lives in the database, so a watch
that is stopped and started again goes on where it was. SIGINT or SIGTERM finishes the
article in hand, stores what is done, and exits.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser

from flashpoint.errors import FlashpointError
from flashpoint.records import Annotation, RawArticle, Rejection
from flashpoint.settings import Settings
from flashpoint.sources.feeds import entry_date
from flashpoint.sources.fetch import Fetcher, FetchResult

log = logging.getLogger(__name__)

FREQ = "week"
_PENDING = "pending"  # an alert whose webhook POST failed: sent again next round
"""The period of the alerts watch pushes (as ``flashpoint alerts``' default)."""


class SourcesError(FlashpointError):
    """The SOURCES file cannot be used."""


def read_sources(path: Path) -> list[str]:
    """Return the URLs of a SOURCES file: one per line, blank lines and ``#`` comments skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"cannot read sources file {path}: {exc}") from exc
    urls: list[str] = []
    for n, line in enumerate(lines, start=1):
        url = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not url:
            continue
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SourcesError(f"{path}, line {n}: {url!r} is not an http(s) URL")
        if url not in urls:
            urls.append(url)
    if not urls:
        raise SourcesError(f"{path} lists no URL")
    return urls


def parse_every(text: str) -> float:
    """Parse an interval like ``15m``, ``1h``, ``90s`` or ``30`` (minutes) into seconds."""
    text = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600}
    unit = units.get(text[-1:]) if text else None
    number = text[:-1] if unit else text
    try:
        value = float(number) * (unit or 60)
    except ValueError:
        raise SourcesError(f"--every: {text!r} is not an interval such as 15m, 1h or 90s") from None
    if value < 10:
        raise SourcesError("--every: rounds less than 10 seconds apart would hammer the sources")
    return value


@dataclass
class RoundReport:
    """What one round did."""

    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    sources: int = 0
    fetched: int = 0
    stored: int = 0
    rejected: int = 0
    alerts: list[dict[str, Any]] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        """Return the round as a ``watch_rounds`` row."""
        return {
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "sources": self.sources,
            "fetched": self.fetched,
            "stored": self.stored,
            "rejected": self.rejected,
            "alerts": len(self.alerts),
        }


@dataclass(frozen=True, slots=True)
class _Item:
    url: str
    source_url: str
    published: dt.date | None
    outlet: str | None


class Watcher:
    """Runs watch rounds over one database; ``stop`` ends the work between articles."""

    def __init__(
        self,
        settings: Settings,
        sources: list[str],
        *,
        fetcher: Fetcher,
        webhook: str | None = None,
        post: Callable[[str, dict[str, Any]], None] | None = None,
        on_alert: Callable[[dict[str, Any]], None] | None = None,
        today: dt.date | None = None,
    ) -> None:
        from flashpoint.store import Store

        self.settings = settings
        self.sources = sources
        self.fetcher = fetcher
        self.webhook = webhook
        self.post = post or post_json
        self.on_alert = on_alert
        self.today = today
        self.stop = threading.Event()
        self.store = Store(settings.db, lock_timeout=settings.lock_timeout)
        self.store.init()

    # -- one round -------------------------------------------------------------------
    def round(self) -> RoundReport:
        """Fetch, code and store what is new; push the alerts it raises."""
        report = RoundReport(started_at=dt.datetime.now(dt.UTC))
        self._note_alerts(send=False)  # alerts already there are history, not news
        items: list[_Item] = []
        pages: dict[str, FetchResult] = {}
        for url in self.sources:
            if self.stop.is_set():
                break
            report.sources += 1
            found, page = self._check_source(url, report)
            items.extend(found)
            if page is not None:
                pages[url] = page
        known = self.store.watched_urls([i.url for i in items]) if items else set()
        new = [i for i in items if i.url not in known and i.url not in pages]
        new = list({i.url: i for i in new}.values())
        by_url = {i.url: i for i in new}
        results = list(pages.values())
        if new and not self.stop.is_set():
            results.extend(self.fetcher.fetch_many([(i.url, None, None) for i in new]))
        self._ingest(results, by_url, report)
        report.alerts = self._note_alerts(send=True)
        report.finished_at = dt.datetime.now(dt.UTC)
        self.store.save_watch_round(report.row())
        return report

    def _check_source(
        self, url: str, report: RoundReport
    ) -> tuple[list[_Item], FetchResult | None]:
        """Fetch one source: a feed gives items, a page is its own item."""
        etag, modified = self.store.watch_validators(url)
        res = self.fetcher.fetch(url, etag=etag, last_modified=modified)
        if res.error is not None or res.body is None:
            if res.error is not None:
                self._reject(url, res.error, report)
            self.store.save_watch_source(
                url,
                etag=res.etag,
                last_modified=res.last_modified,
                status=res.status,
                error=res.error,
                items=0,
            )
            return [], None
        parsed: Any = feedparser.parse(res.body)
        if parsed.get("version") and parsed.entries:
            outlet = (parsed.feed.get("title") or "").strip() or urlsplit(url).netloc
            items = [
                _Item(str(e.get("link")).strip(), url, entry_date(e), outlet)
                for e in parsed.entries
                if e.get("link")
            ]
            page = None
        else:
            items, page = [_Item(url, url, None, urlsplit(url).netloc)], res
        self.store.save_watch_source(
            url,
            etag=res.etag,
            last_modified=res.last_modified,
            status=res.status,
            error=None,
            items=len(items),
        )
        return items, page

    def _ingest(
        self, results: list[FetchResult], items: dict[str, _Item], report: RoundReport
    ) -> None:
        """Code the fetched pages and store them, in batches; record them as seen."""
        from flashpoint.pipeline import process

        raws: list[RawArticle | Rejection] = []
        digests: dict[str, tuple[str, str]] = {}
        for res in results:
            if res.error is not None or res.body is None:
                if res.error is not None:
                    self._reject(res.url, res.error, report)
                continue
            report.fetched += 1
            digest = hashlib.sha256(res.body).hexdigest()
            first = self.store.watched_hash(digest)
            item = items.get(res.url) or _Item(res.url, res.url, None, urlsplit(res.url).netloc)
            if first is not None:  # a page source unchanged, or a copy under another URL
                if first != res.url:
                    log.info("%s: same bytes as %s, already stored", res.url, first)
                    self.store.mark_watched([(res.url, digest, None, item.source_url)])
                continue
            digests[res.url] = (digest, item.source_url)
            raws.append(
                RawArticle(
                    input=res.url,
                    kind="text" if (res.content_type or "").startswith("text/plain") else "html",
                    data=res.body,
                    url=res.final_url,
                    published=item.published,
                    published_from="input" if item.published else None,
                    source=item.outlet,
                )
            )
        batch: list[Annotation] = []
        for ann in process(_until(raws, self.stop), settings=self.settings):
            batch.append(ann)
            if len(batch) >= self.settings.batch_size:
                self._store(batch, digests, report)
                batch = []
        self._store(batch, digests, report)

    def _store(
        self, batch: list[Annotation], digests: dict[str, tuple[str, str]], report: RoundReport
    ) -> None:
        if not batch:
            return
        from flashpoint.clean import dedup

        copies = {
            ann.article.id: dedup.to_bytes(dedup.signature(ann.article.text))
            for ann in batch
            if ann.article is not None
        }
        self.store.write_batch(batch, copies)
        seen = []
        for ann in batch:
            if ann.article is not None:
                report.stored += 1
            else:
                report.rejected += 1
            digest, source_url = digests.get(ann.input_id, ("", ""))
            if digest:
                art = ann.article.id if ann.article is not None else None
                seen.append((ann.input_id, digest, art, source_url))
        self.store.mark_watched(seen)

    def _reject(self, url: str, reason: str, report: RoundReport) -> None:
        log.warning("%s: %s", url, reason)
        report.rejected += 1
        self.store.write_batch([Rejection(url, "fetch", reason)])

    # -- alerts ----------------------------------------------------------------------
    def _note_alerts(self, *, send: bool) -> list[dict[str, Any]]:
        """Record alert identities; with ``send``, push those new or changed this round."""
        from flashpoint import analysis

        facts = self.store.event_facts()
        found = analysis.alerts(facts, freq=FREQ, today=self.today)
        known = self.store.watch_alert_states()
        changes: dict[str, tuple[str, bool]] = {}
        pushed: list[dict[str, Any]] = []
        for alert in found:
            payload = alert.to_json()
            state = json.dumps(
                {k: payload[k] for k in ("provisional", "n_events", "z", "score")}, sort_keys=True
            )
            old = known.get(alert.id)
            if not send:
                if old is None:
                    changes[alert.id] = (state, False)  # there before this round: history
                continue
            if old is not None and old[0] == state:
                continue  # sent before, or history, and unchanged
            message = {"type": "alert", "update": old is not None and old[1], "alert": payload}
            if self.webhook:
                try:
                    self.post(self.webhook, message)
                except Exception as exc:
                    log.warning("webhook %s failed (%s); will retry next round", self.webhook, exc)
                    changes[alert.id] = (_PENDING, old[1] if old else False)
                    continue
            if self.on_alert is not None:
                self.on_alert(message)
            changes[alert.id] = (state, True)
            pushed.append(message)
        self.store.save_watch_alerts(changes)
        return pushed

    # -- the loop --------------------------------------------------------------------
    def run(self, *, every: float, once: bool = False) -> Iterator[RoundReport]:
        """Run rounds until stopped (or once); yield each round's report."""
        while not self.stop.is_set():
            yield self.round()
            if once or self.stop.wait(every):
                break


def _until(items: list[RawArticle | Rejection], stop: threading.Event) -> Iterator[Any]:
    for item in items:
        if stop.is_set():
            log.info("stopping: the pages not coded yet are fetched again next round")
            return
        yield item


def post_json(url: str, message: dict[str, Any]) -> None:
    import httpx

    from flashpoint import __version__

    r = httpx.post(
        url,
        content=json.dumps(message, default=str).encode("utf-8"),
        headers={
            "content-type": "application/json",
            "user-agent": f"Flashpoint/{__version__} (alert webhook)",
        },
        timeout=10.0,
    )
    r.raise_for_status()


def stop_on_signals(watcher: Watcher) -> None:
    """Make SIGINT and SIGTERM finish the article in hand and end the watch."""

    def handler(signum: int, frame: Any) -> None:
        log.warning("signal %d: finishing the current article, then stopping", signum)
        watcher.stop.set()

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
