"""The DuckDB store: schema, migrations, batched upserts and queries.

The only module that speaks SQL. Every value from a user is a bound parameter.

Concurrency (DuckDB lets one process hold a file read-write, or many processes
hold it read-only, never both): **writers hold the file only for short
commits, readers open short read-only connections, and both retry while the
other holds the lock.** ``ingest`` opens the database for one transaction per
batch of articles (``settings.batch_size``) and closes it again, so a server or
a second shell can read between batches; a reader that meets a writer's lock
retries with backoff for up to ``settings.lock_timeout`` seconds, and so does a
writer that meets readers. Nothing is ever half-written: a batch is one
transaction.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import glob
import hashlib
import json
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flashpoint.errors import DatabaseBusy, DatabaseMissing, QueryError, StoreError
from flashpoint.records import (
    Actor,
    Annotation,
    Article,
    DateSource,
    Event,
    EventDate,
    FusedFields,
    Location,
    Mention,
    Plover,
    Precision,
    Quote,
    Rejection,
    Removed,
    Source,
    Speaker,
    Where,
    event_id_for,
)

if TYPE_CHECKING:
    from flashpoint.analysis import Alert, EventFact

log = logging.getLogger(__name__)

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, input VARCHAR, title VARCHAR, url VARCHAR, source VARCHAR,
            published DATE, published_from VARCHAR, language VARCHAR, text VARCHAR,
            n_removed INTEGER, removed VARCHAR);
        CREATE TABLE rejections (
            input VARCHAR PRIMARY KEY, stage VARCHAR, reason VARCHAR, rejected_at TIMESTAMPTZ);
        CREATE TABLE mentions (
            id VARCHAR PRIMARY KEY, event_id VARCHAR, article_id VARCHAR,
            sentence VARCHAR, sent_start INTEGER, sent_end INTEGER,
            trig_start INTEGER, trig_end INTEGER,
            plover VARCHAR, cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER,
            source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR,
            source_text VARCHAR, source_name VARCHAR, source_start INTEGER, source_end INTEGER,
            target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR,
            target_text VARCHAR, target_name VARCHAR, target_start INTEGER, target_end INTEGER,
            date VARCHAR, date_precision VARCHAR, date_source VARCHAR,
            fatalities INTEGER, injured INTEGER, quote_id VARCHAR, spans VARCHAR,
            coder VARCHAR, lexicon_version VARCHAR);
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY, date VARCHAR, date_precision VARCHAR, date_source VARCHAR,
            date_start DATE, date_end DATE,
            plover VARCHAR, cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER,
            source_code VARCHAR, source_key VARCHAR, target_code VARCHAR, target_key VARCHAR,
            location_country VARCHAR, fatalities INTEGER, injured INTEGER,
            n_articles INTEGER, conflicts VARCHAR, coder VARCHAR, lexicon_version VARCHAR);
        CREATE INDEX mentions_article ON mentions (article_id);
        CREATE INDEX mentions_event ON mentions (event_id);
        """,
    ),
    (
        "0002_stories",
        """
        CREATE TABLE signatures (article_id VARCHAR PRIMARY KEY, minhash BLOB);
        CREATE TABLE story_links (
            article_id VARCHAR, other_id VARCHAR, similarity DOUBLE,
            PRIMARY KEY (article_id, other_id));
        CREATE TABLE stories (article_id VARCHAR PRIMARY KEY, story_id VARCHAR);
        """,
    ),
    (
        "0003_places",
        """
        ALTER TABLE mentions ADD COLUMN location VARCHAR;
        ALTER TABLE mentions ADD COLUMN fatalities_approx BOOLEAN;
        ALTER TABLE mentions ADD COLUMN injured_approx BOOLEAN;
        ALTER TABLE events ADD COLUMN location_name VARCHAR;
        ALTER TABLE events ADD COLUMN location_precision VARCHAR;
        ALTER TABLE events ADD COLUMN lat DOUBLE;
        ALTER TABLE events ADD COLUMN lon DOUBLE;
        """,
    ),
    (
        "0004_fusion",
        """
        ALTER TABLE events ADD COLUMN location VARCHAR;
        ALTER TABLE events ADD COLUMN fatalities_approx BOOLEAN;
        ALTER TABLE events ADD COLUMN injured_approx BOOLEAN;
        ALTER TABLE events ADD COLUMN head_mention VARCHAR;
        ALTER TABLE events ADD COLUMN first_seen BIGINT;
        ALTER TABLE events ADD COLUMN fusion VARCHAR;
        CREATE TABLE event_aliases (alias VARCHAR PRIMARY KEY, event_id VARCHAR);
        CREATE INDEX mentions_source ON mentions (source_country, plover);
        """,
    ),
    (
        "0006_mention_dates",
        """
        ALTER TABLE mentions ADD COLUMN date_lo DATE;
        ALTER TABLE mentions ADD COLUMN date_hi DATE;
        """,
    ),
    (
        "0005_alerts",
        """
        CREATE TABLE alerts (
            id VARCHAR PRIMARY KEY, dyad_a VARCHAR, dyad_b VARCHAR, freq VARCHAR,
            period_start DATE, period_end DATE, method VARCHAR, score DOUBLE,
            baseline DOUBLE, spread DOUBLE, z DOUBLE, n_events INTEGER, events VARCHAR,
            provisional BOOLEAN);
        """,
    ),
    (
        "0007_quotes",
        """
        CREATE TABLE quotes (
            id VARCHAR PRIMARY KEY, article_id VARCHAR, kind VARCHAR, text VARCHAR,
            q_start INTEGER, q_end INTEGER, parts VARCHAR,
            cue VARCHAR, cue_start INTEGER, cue_end INTEGER,
            speaker VARCHAR, speaker_start INTEGER, speaker_end INTEGER, speaker_code VARCHAR,
            resolved VARCHAR, resolved_start INTEGER, resolved_end INTEGER);
        CREATE INDEX quotes_article ON quotes (article_id);
        """,
    ),
    (
        "0008_watch",
        """
        CREATE TABLE watch_sources (
            url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR,
            checked_at TIMESTAMPTZ, status INTEGER, error VARCHAR, items INTEGER);
        CREATE TABLE watch_items (
            url VARCHAR PRIMARY KEY, content_hash VARCHAR, article_id VARCHAR,
            source_url VARCHAR, seen_at TIMESTAMPTZ);
        CREATE INDEX watch_items_hash ON watch_items (content_hash);
        CREATE TABLE watch_alerts (
            id VARCHAR PRIMARY KEY, state VARCHAR, sent_at TIMESTAMPTZ);
        CREATE TABLE watch_rounds (
            started_at TIMESTAMPTZ PRIMARY KEY, finished_at TIMESTAMPTZ, sources INTEGER,
            fetched INTEGER, stored INTEGER, rejected INTEGER, alerts INTEGER);
        """,
    ),
    (
        "0009_story_bands",
        """
        CREATE TABLE story_bands (key BIGINT, article_id VARCHAR);
        """,
    ),
)

_QUOTE_COLS = (
    "id",
    "article_id",
    "kind",
    "text",
    "q_start",
    "q_end",
    "parts",
    "cue",
    "cue_start",
    "cue_end",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_code",
    "resolved",
    "resolved_start",
    "resolved_end",
)

Copies = Mapping[str, bytes]
"""Per stored article id: its MinHash signature (``dedup.to_bytes``)."""

_MENTION_COLS = (
    "id",
    "event_id",
    "article_id",
    "sentence",
    "sent_start",
    "sent_end",
    "trig_start",
    "trig_end",
    "plover",
    "cameo",
    "goldstein",
    "quad_class",
    "source_code",
    "source_country",
    "source_sector",
    "source_text",
    "source_name",
    "source_start",
    "source_end",
    "target_code",
    "target_country",
    "target_sector",
    "target_text",
    "target_name",
    "target_start",
    "target_end",
    "date",
    "date_precision",
    "date_source",
    "fatalities",
    "injured",
    "quote_id",
    "spans",
    "coder",
    "lexicon_version",
    "location",
    "fatalities_approx",
    "injured_approx",
    "date_lo",
    "date_hi",
)
_ARTICLE_COLS = (
    "id",
    "input",
    "title",
    "url",
    "source",
    "published",
    "published_from",
    "language",
    "text",
    "n_removed",
    "removed",
)
_EVENT_COLS = (
    "id",
    "date",
    "date_precision",
    "date_source",
    "date_start",
    "date_end",
    "plover",
    "cameo",
    "goldstein",
    "quad_class",
    "source_code",
    "source_key",
    "target_code",
    "target_key",
    "location_country",
    "fatalities",
    "injured",
    "n_articles",
    "conflicts",
    "coder",
    "lexicon_version",
    "location_name",
    "location_precision",
    "lat",
    "lon",
    "location",
    "fatalities_approx",
    "injured_approx",
    "head_mention",
    "first_seen",
    "fusion",
)


@dataclass(frozen=True, slots=True)
class BatchStats:
    """What one write did."""

    articles: int
    rejections: int
    mentions: int
    events: int


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for events; ``None`` means no filter."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    country: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    plover: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    min_articles: int | None = None
    text: str | None = None  # words in one of the event's source sentences
    article: str | None = None  # events with a report from this article
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        if self.plover is not None and self.plover.upper() not in Plover.__members__:
            raise QueryError(
                f"unknown PLOVER type {self.plover!r}; known: {', '.join(Plover.__members__)}"
            )


@dataclass(frozen=True, slots=True)
class QuoteQuery:
    """Filters for quotes; ``None`` means no filter."""

    speaker: str | None = None  # an actor code, or its first letters ("RUS" for RUSGOV)
    kind: str | None = None  # "direct" | "indirect"
    article: str | None = None
    since: dt.date | None = None  # by the article's publication date
    until: dt.date | None = None
    text: str | None = None  # words in the quote or the speaker's words
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in ("direct", "indirect"):
            raise QueryError(f"unknown quote kind {self.kind!r}; known: direct, indirect")


@dataclass(frozen=True, slots=True)
class StoredQuote:
    """A stored quote with the article it came from."""

    quote: Quote
    article_id: str
    published: dt.date | None
    outlet: str | None
    url: str | None
    title: str | None

    def to_json(self) -> dict[str, Any]:
        """Return the contract's JSON shape: the quote's, plus where it came from."""
        return {
            **self.quote.to_json(),
            "article_id": self.article_id,
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "url": self.url,
            "title": self.title,
        }


def actor_key(code: str | None, country: str | None) -> str | None:
    """Return the dyad key of an actor: its country, else its full code."""
    return country or code


def date_range(value: str, precision: str) -> tuple[dt.date, dt.date]:
    """Return the first and last day an event date of some precision covers."""
    if precision == "day":
        d = dt.date.fromisoformat(value)
        return d, d
    if precision == "week":
        year, week = value.split("-W")
        start = dt.date.fromisocalendar(int(year), int(week), 1)
        return start, start + dt.timedelta(days=6)
    if precision == "month":
        start = dt.date.fromisoformat(value + "-01")
        nxt = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    year_start = dt.date(int(value[:4]), 1, 1)
    return year_start, dt.date(year_start.year, 12, 31)


class Store:
    """A Flashpoint database file."""

    def __init__(self, path: Path | str, *, lock_timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._local = threading.local()  # this thread's open session, if any

    # -- connections -------------------------------------------------------------------
    def _connect(self, read_only: bool) -> Any:
        import duckdb

        if read_only and not self.path.exists():
            raise DatabaseMissing(
                f"no Flashpoint database at {self.path}; run `flashpoint ingest` first or pass --db"
            )
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.02
        if read_only:
            self._wait_for_writers(deadline)
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise StoreError(f"cannot open {self.path}: {exc}") from exc
                if time.monotonic() > deadline:
                    raise DatabaseBusy(
                        f"{self.path} stayed locked by another process for "
                        f"{self.lock_timeout:g}s; try again or raise lock_timeout"
                    ) from exc
                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 2, 0.5)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open {self.path}: {exc}") from exc

    # -- writers go first ------------------------------------------------------------------
    # DuckDB has no queue for its file lock: a server answering requests back to back could
    # hold the file read-only for minutes and starve an ingest. So a writer announces
    # itself with a file ``<db>.write-intent.<pid>`` while it waits and writes, and readers
    # in other processes wait (up to ``lock_timeout``) before opening the file while one is
    # there. A file left by a killed writer names a dead process and is ignored.
    def _intent(self) -> Path:
        return self.path.with_name(f"{self.path.name}.write-intent.{os.getpid()}")

    def _wait_for_writers(self, deadline: float) -> None:
        delay = 0.005
        while True:
            waiting = False
            for flag in self.path.parent.glob(f"{glob.escape(self.path.name)}.write-intent.*"):
                pid = flag.name.rsplit(".", 1)[1]
                if not pid.isdecimal() or int(pid) == os.getpid():
                    continue
                if _alive(int(pid)):
                    waiting = True
                    break
                flag.unlink(missing_ok=True)  # its writer died
            if not waiting:
                return
            if time.monotonic() > deadline:
                raise DatabaseBusy(
                    f"{self.path} is being written by another process for more than "
                    f"{self.lock_timeout:g}s; try again or raise lock_timeout"
                )
            time.sleep(delay)
            delay = min(delay * 2, 0.1)

    @contextmanager
    def session(self) -> Iterator[None]:
        """Share one read-only connection among the reads of this thread inside the block.

        Opening the file costs tens of milliseconds; a web request that makes several
        reads opens it once. The connection is closed at the end of the block, so a
        writer can take the file between requests.
        """
        if getattr(self._local, "con", None) is not None:
            yield
            return
        with self.reader() as con:
            self._local.con = con
            try:
                yield
            finally:
                self._local.con = None

    @contextmanager
    def reader(self) -> Iterator[Any]:
        """Yield a short-lived read-only connection to an up-to-date database."""
        shared = getattr(self._local, "con", None)
        if shared is not None:
            yield shared
            return
        con = self._connect(read_only=True)
        try:
            self._check_schema(con)
            yield con
        finally:
            con.close()

    @contextmanager
    def writer(self) -> Iterator[Any]:
        """Yield a read-write connection inside one transaction, committed on success."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        intent = self._intent()
        intent.touch()
        try:
            con = self._connect(read_only=False)
        except BaseException:
            intent.unlink(missing_ok=True)
            raise
        try:
            self._migrate(con)
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        finally:
            con.close()
            intent.unlink(missing_ok=True)

    def _migrate(self, con: Any) -> None:
        con.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name VARCHAR PRIMARY KEY, "
            "applied_at TIMESTAMPTZ)"
        )
        done = {r[0] for r in con.execute("SELECT name FROM _migrations").fetchall()}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            log.info("applying migration %s to %s", name, self.path)
            con.execute("BEGIN TRANSACTION")
            try:
                for statement in sql.split(";"):
                    if statement.strip():
                        con.execute(statement)
                if name == "0009_story_bands":
                    _fill_bands(con)
                con.execute("INSERT INTO _migrations VALUES (?, now())", [name])
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def _check_schema(self, con: Any) -> None:
        """Refuse to read a database that misses migrations: its queries would fail."""
        try:
            done = {r[0] for r in con.execute("SELECT name FROM _migrations").fetchall()}
        except Exception:  # duckdb.CatalogException: not a Flashpoint database at all
            done = set()
        missing = [name for name, _ in MIGRATIONS if name not in done]
        if missing:
            raise StoreError(
                f"{self.path} was made by an older Flashpoint (missing {', '.join(missing)}); "
                f"run `flashpoint recode --db {self.path}` once to upgrade it"
            )

    def init(self) -> None:
        """Create the database and apply migrations."""
        with self.writer():
            pass

    def migrations(self) -> list[str]:
        """Return the names of the applied migrations."""
        with self.reader() as con:
            return [
                r[0] for r in con.execute("SELECT name FROM _migrations ORDER BY name").fetchall()
            ]

    # -- writing -----------------------------------------------------------------------
    def write_batch(
        self, results: Sequence[Annotation | Rejection], copies: Copies | None = None
    ) -> BatchStats:
        """Store a batch in one transaction: articles, their events, copies and rejections.

        Re-storing an article replaces everything derived from it; storing the same
        batch twice leaves every table as it was. An article that another input already
        gave (the same bytes, or the same id) is rejected as a ``duplicate`` naming it.
        """
        articles: dict[str, Annotation] = {}
        rejections: dict[str, Rejection] = {}
        for item in results:
            if isinstance(item, Rejection):
                rejections[item.input] = item
            elif item.article is not None:
                first = articles.get(item.article.id)
                if (
                    first is not None
                    and first.article
                    and first.article.input != item.article.input
                ):
                    rejections[item.article.input] = _duplicate(item.article, first.article.input)
                    continue
                articles[item.article.id] = item
                rejections.pop(item.article.input, None)
            elif item.rejection is not None:
                rejections[item.rejection.input] = item.rejection
        with self.writer() as con:
            if articles:
                known = con.execute(
                    "SELECT id, input FROM articles WHERE list_contains(?, id)", [list(articles)]
                ).fetchall()
                for art_id, first_input in known:
                    art = articles[art_id].article
                    if art is not None and art.input != first_input:
                        rejections[art.input] = _duplicate(art, first_input)
                        del articles[art_id]
            return self._write(con, articles, rejections, copies)

    def _write(
        self,
        con: Any,
        articles: dict[str, Annotation],
        rejections: dict[str, Rejection],
        copies: Copies | None,
    ) -> BatchStats:
        stored_inputs = [a.article.input for a in articles.values() if a.article]
        article_rows = [_article_row(a.article) for a in articles.values() if a.article]
        mention_rows: dict[str, dict[str, Any]] = {}
        quote_rows: dict[str, dict[str, Any]] = {}
        for ann in articles.values():
            for q in ann.quotes:
                quote_rows[q.id] = _quote_row(q, ann.article.id)  # type: ignore[union-attr]
            for m in ann.mentions:
                row = _mention_row(m, ann.article)  # type: ignore[arg-type]
                row["event_id"] = None  # fusion decides
                mention_rows[m.id] = row
        n_events = 0
        ids = list(articles)
        old_events: list[str] = []
        if ids:
            previous = dict(
                con.execute(
                    "SELECT id, event_id FROM mentions WHERE list_contains(?, article_id)",
                    [ids],
                ).fetchall()
            )
            old_events = sorted({e for e in previous.values() if e})
            # a mention stored again keeps its event (so re-ingesting changes no id)
            for mid, row in mention_rows.items():
                row["event_id"] = previous.get(mid)
            con.execute("DELETE FROM mentions WHERE list_contains(?, article_id)", [ids])
            con.execute("DELETE FROM quotes WHERE list_contains(?, article_id)", [ids])
            con.execute("DELETE FROM articles WHERE list_contains(?, id)", [ids])
            con.execute("DELETE FROM rejections WHERE list_contains(?, input)", [stored_inputs])
        _insert(con, "articles", _ARTICLE_COLS, article_rows)
        _insert(con, "mentions", _MENTION_COLS, list(mention_rows.values()))
        _insert(con, "quotes", _QUOTE_COLS, list(quote_rows.values()))
        copies = {a: sig for a, sig in (copies or {}).items() if a in articles}
        if copies:
            _write_copies(con, copies)
        if mention_rows or old_events:
            n_events = _fuse(con, list(mention_rows), old_events)
        for rej in rejections.values():
            same = con.execute(
                "SELECT 1 FROM rejections WHERE input = ? AND stage = ? AND reason = ?",
                [rej.input, rej.stage, rej.reason],
            ).fetchone()
            if same is None:
                con.execute("DELETE FROM rejections WHERE input = ?", [rej.input])
                con.execute(
                    "INSERT INTO rejections VALUES (?, ?, ?, ?)",
                    [rej.input, rej.stage, rej.reason, rej.at],
                )
        return BatchStats(len(article_rows), len(rejections), len(mention_rows), n_events)

    # -- reading -----------------------------------------------------------------------
    def events(self, query: EventQuery | None = None) -> list[Event]:
        """Return events matching ``query``, newest first."""
        q = query or EventQuery()
        where, params = _event_where(q)
        sql = f"SELECT id FROM events WHERE {where} ORDER BY date_start DESC NULLS LAST, id"
        if q.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [q.limit, q.offset]
        with self.reader() as con:
            ids = [r[0] for r in con.execute(sql, params).fetchall()]
            return self._load_events(con, ids)

    def count_events(self, query: EventQuery | None = None) -> int:
        """Return how many events match ``query``, whatever its limit."""
        where, params = _event_where(query or EventQuery())
        with self.reader() as con:
            return int(
                con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]
            )

    def event_places(self) -> list[dict[str, Any]]:
        """Return every place events are located at, with how many and how violent."""
        with self.reader() as con:
            rows = con.execute(
                "SELECT location_name, location_country, location_precision, "
                "round(lat, 3) AS la, round(lon, 3) AS lo, count(*), "
                "sum(CASE WHEN quad_class >= 3 THEN 1 ELSE 0 END), sum(coalesce(fatalities, 0)) "
                "FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL "
                "GROUP BY ALL ORDER BY count(*) DESC, location_name"
            ).fetchall()
        return [
            {
                "name": r[0],
                "country": r[1],
                "precision": r[2],
                "lat": r[3],
                "lon": r[4],
                "events": r[5],
                "conflict_events": int(r[6]),
                "fatalities": int(r[7]),
            }
            for r in rows
        ]

    def event(self, event_id: str) -> Event | None:
        """Return one event by id — or by the id of an event merged into it — or None."""
        with self.reader() as con:
            found = self._load_events(con, [event_id])
            if not found:
                row = con.execute(
                    "SELECT event_id FROM event_aliases WHERE alias = ?", [event_id]
                ).fetchone()
                if row is not None:
                    found = self._load_events(con, [row[0]])
        return found[0] if found else None

    def _load_events(self, con: Any, ids: list[str]) -> list[Event]:
        if not ids:
            return []
        cols = ", ".join(f"m.{c}" for c in _MENTION_COLS)
        rows = con.execute(
            f"SELECT {cols}, a.url, a.source, a.published, e.n_articles, e.conflicts "
            "FROM mentions m JOIN articles a ON a.id = m.article_id "
            "JOIN events e ON e.id = m.event_id "
            "WHERE list_contains(?, m.event_id) "
            "ORDER BY m.event_id, (m.id = e.head_mention) DESC, a.published, m.id",
            [ids],
        ).fetchall()
        ecols = ", ".join(_EVENT_COLS)
        fused_rows = {
            r[0]: dict(zip(_EVENT_COLS, r, strict=True))
            for r in con.execute(
                f"SELECT {ecols} FROM events WHERE list_contains(?, id)", [ids]
            ).fetchall()
        }
        aliases: dict[str, list[str]] = {}
        for alias, target in con.execute(
            "SELECT alias, event_id FROM event_aliases WHERE list_contains(?, event_id) "
            "ORDER BY alias",
            [ids],
        ).fetchall():
            aliases.setdefault(target, []).append(alias)
        grouped: dict[str, list[tuple[Mention, Source, str, int, str]]] = {}
        for row in rows:
            rec = dict(zip(_MENTION_COLS, row[: len(_MENTION_COLS)], strict=True))
            url, outlet, published, n_articles, conflicts = row[len(_MENTION_COLS) :]
            grouped.setdefault(rec["event_id"], []).append(
                (
                    _mention_from_row(rec),
                    Source(url, outlet, published),
                    rec["sentence"],
                    n_articles,
                    conflicts,
                )
            )
        out = []
        for event_id in ids:
            items = grouped.get(event_id)
            if not items:
                continue
            out.append(
                Event(
                    id=event_id,
                    mentions=tuple(i[0] for i in items),
                    sources=tuple(i[1] for i in items),
                    sentences=tuple(i[2] for i in items),
                    n_articles=items[0][3],
                    conflicts=tuple(json.loads(items[0][4] or "[]")),
                    fused=_fused_from_row(fused_rows[event_id]) if event_id in fused_rows else None,
                    aliases=tuple(aliases.get(event_id, ())),
                )
            )
        return out

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """Yield every stored article's MinHash signature."""
        if not self.path.exists():
            return
        with self.reader() as con:
            rows = con.execute("SELECT article_id, minhash FROM signatures ORDER BY article_id")
            while batch := rows.fetchmany(10_000):
                yield from ((a, bytes(b)) for a, b in batch)

    def copies(self, article_id: str) -> list[tuple[str, float]]:
        """Return the stored articles linked to one article as copies, with similarity."""
        with self.reader() as con:
            return [
                (a, s)
                for a, s in con.execute(
                    "SELECT other_id, similarity FROM story_links WHERE article_id = ? "
                    "ORDER BY other_id",
                    [article_id],
                ).fetchall()
            ]

    def event_facts(self) -> list[EventFact]:
        """Return every stored event as the plain facts the analyses use."""
        from flashpoint.analysis import EventFact

        with self.reader() as con:
            rows = con.execute(
                "SELECT e.id, e.date_start, e.date_precision, e.plover, e.quad_class, "
                "e.goldstein, e.source_key, e.target_key, e.fatalities, e.n_articles, "
                "e.location_country, coalesce(m.sentence, '') FROM events e "
                "LEFT JOIN mentions m ON m.id = e.head_mention ORDER BY e.id"
            ).fetchall()
        return [EventFact(*r) for r in rows]

    def save_alerts(self, alerts: Sequence[Alert]) -> int:
        """Store alerts by identity (dyad, period, method): a provisional alert is updated
        in place, never repeated; return how many rows changed."""
        rows: list[dict[str, Any]] = [
            {
                "id": a.id,
                "dyad_a": a.dyad[0],
                "dyad_b": a.dyad[1],
                "freq": a.freq,
                "period_start": a.start,
                "period_end": a.end,
                "method": a.method,
                "score": round(a.score, 6),
                "baseline": round(a.baseline, 6),
                "spread": round(a.spread, 6),
                "z": round(a.z, 6),
                "n_events": a.n_events,
                "events": json.dumps(list(a.events)),
                "provisional": a.provisional,
            }
            for a in alerts
        ]
        cols = tuple(rows[0]) if rows else ()
        changed = 0
        with self.writer() as con:
            for r in rows:
                old = con.execute(
                    f"SELECT {', '.join(cols)} FROM alerts WHERE id = ?", [r["id"]]
                ).fetchone()
                if old is not None and dict(zip(cols, old, strict=True)) == r:
                    continue
                con.execute("DELETE FROM alerts WHERE id = ?", [r["id"]])
                changed += 1
            _insert(con, "alerts", cols, [r for r in rows if _absent(con, str(r["id"]))])
        return changed

    def article_ids(self) -> list[str]:
        """Return every stored article id, in id order."""
        with self.reader() as con:
            return [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]

    def articles_by_id(self, ids: Sequence[str]) -> list[Article]:
        """Return the stored articles with these ids, in id order."""
        cols = ", ".join(_ARTICLE_COLS)
        with self.reader() as con:
            rows = con.execute(
                f"SELECT {cols} FROM articles WHERE list_contains(?, id) ORDER BY id", [list(ids)]
            ).fetchall()
        return [_article_from_row(dict(zip(_ARTICLE_COLS, r, strict=True))) for r in rows]

    def articles(
        self,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        source: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Article]:
        """Return stored articles, newest first."""
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if since:
            where.append("published >= ?")
            params.append(since)
        if until:
            where.append("published <= ?")
            params.append(until)
        if source:
            where.append("source = ?")
            params.append(source)
        cols = ", ".join(f"a.{c}" for c in _ARTICLE_COLS)
        sql = (
            f"SELECT {cols}, s.story_id FROM articles a "
            f"LEFT JOIN stories s ON s.article_id = a.id WHERE {' AND '.join(where)} "
            "ORDER BY published DESC NULLS LAST, id"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        with self.reader() as con:
            rows = con.execute(sql, params).fetchall()
        return [
            dataclasses.replace(
                _article_from_row(dict(zip(_ARTICLE_COLS, r[:-1], strict=True))), story_id=r[-1]
            )
            for r in rows
        ]

    def rejections(
        self, *, stage: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[Rejection]:
        """Return rejected inputs, in input order."""
        sql = "SELECT input, stage, reason, rejected_at FROM rejections"
        params: list[Any] = []
        if stage:
            sql += " WHERE stage = ?"
            params.append(stage)
        sql += " ORDER BY input"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        with self.reader() as con:
            rows = con.execute(sql, params).fetchall()
        return [Rejection(r[0], r[1], r[2], r[3]) for r in rows]

    def summary(self, *, top: int = 10) -> dict[str, Any]:
        """Return counts: articles (and their publication dates), rejections by reason,
        events by type, top dyads."""
        with self.reader() as con:
            one = con.execute(
                "SELECT (SELECT count(*) FROM articles), "
                "(SELECT count(*) FROM rejections), "
                "(SELECT count(*) FROM events), "
                "(SELECT count(*) FROM mentions), "
                "(SELECT min(published) FROM articles), "
                "(SELECT max(published) FROM articles)"
            ).fetchone()
            by_type = con.execute(
                "SELECT plover, count(*) FROM events GROUP BY plover ORDER BY count(*) DESC, plover"
            ).fetchall()
            dyads = con.execute(
                "SELECT least(source_key, target_key) AS a, greatest(source_key, target_key) AS b,"
                " count(*) AS n, sum(CASE WHEN quad_class >= 3 THEN 1 ELSE 0 END) AS conflict,"
                " round(sum(goldstein), 1) AS goldstein "
                "FROM events WHERE target_key IS NOT NULL AND source_key <> target_key "
                "GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?",
                [top],
            ).fetchall()
            reasons = con.execute(
                "SELECT stage, reason, input FROM rejections ORDER BY input"
            ).fetchall()
        return {
            "articles": one[0],
            "rejections": one[1],
            "events": one[2],
            "mentions": one[3],
            "first_published": one[4].isoformat() if one[4] else None,
            "last_published": one[5].isoformat() if one[5] else None,
            "events_by_type": {p: n for p, n in by_type},
            "top_dyads": [
                {"dyad": [a, b], "events": n, "conflict_events": c, "goldstein": g}
                for a, b, n, c, g in dyads
            ],
            "rejected": [{"input": i, "stage": s, "reason": r} for s, r, i in reasons],
        }

    def quotes(self, query: QuoteQuery | None = None) -> list[StoredQuote]:
        """Return stored quotes matching ``query``: newest articles first, in text order."""
        q = query or QuoteQuery()
        where, params = _quote_where(q)
        cols = ", ".join(f"q.{c}" for c in _QUOTE_COLS)
        sql = (
            f"SELECT {cols}, a.published, a.source, a.url, a.title FROM quotes q "
            f"JOIN articles a ON a.id = q.article_id WHERE {where} "
            "ORDER BY a.published DESC NULLS LAST, q.article_id, q.q_start"
        )
        if q.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [q.limit, q.offset]
        with self.reader() as con:
            rows = con.execute(sql, params).fetchall()
        out = []
        for r in rows:
            row = dict(zip(_QUOTE_COLS, r[: len(_QUOTE_COLS)], strict=True))
            published, source, url, title = r[len(_QUOTE_COLS) :]
            out.append(
                StoredQuote(
                    quote=_quote_from_row(row),
                    article_id=row["article_id"],
                    published=published,
                    outlet=source,
                    url=url,
                    title=title,
                )
            )
        return out

    def count_quotes(self, query: QuoteQuery | None = None) -> int:
        """Return how many stored quotes match ``query`` (its limit and offset ignored)."""
        where, params = _quote_where(query or QuoteQuery())
        with self.reader() as con:
            row = con.execute(
                f"SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
                f"WHERE {where}",
                params,
            ).fetchone()
        return int(row[0]) if row else 0

    # -- watch state (flashpoint watch) -------------------------------------------------
    def watch_validators(self, url: str) -> tuple[str | None, str | None]:
        """Return the ETag and Last-Modified last seen for a watched source."""
        with self.reader() as con:
            row = con.execute(
                "SELECT etag, last_modified FROM watch_sources WHERE url = ?", [url]
            ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_watch_source(
        self,
        url: str,
        *,
        etag: str | None,
        last_modified: str | None,
        status: int | None,
        error: str | None,
        items: int,
    ) -> None:
        """Record what the last check of a watched source gave (validators kept on a 304)."""
        with self.writer() as con:
            old = con.execute(
                "SELECT etag, last_modified FROM watch_sources WHERE url = ?", [url]
            ).fetchone()
            if old is not None:
                etag = etag or old[0]
                last_modified = last_modified or old[1]
            con.execute("DELETE FROM watch_sources WHERE url = ?", [url])
            con.execute(
                "INSERT INTO watch_sources VALUES (?, ?, ?, now(), ?, ?, ?)",
                [url, etag, last_modified, status, error, items],
            )

    def watched_urls(self, urls: Sequence[str]) -> set[str]:
        """Return which of these item URLs were fetched and stored before."""
        with self.reader() as con:
            rows = con.execute(
                "SELECT url FROM watch_items WHERE list_contains(?, url)", [list(urls)]
            ).fetchall()
        return {r[0] for r in rows}

    def watched_hash(self, content_hash: str) -> str | None:
        """Return the URL an item with these bytes was stored under, if any."""
        with self.reader() as con:
            row = con.execute(
                "SELECT url FROM watch_items WHERE content_hash = ? LIMIT 1", [content_hash]
            ).fetchone()
        return row[0] if row else None

    def mark_watched(self, items: Sequence[tuple[str, str, str | None, str | None]]) -> None:
        """Record fetched items as (url, content hash, article id, source url)."""
        if not items:
            return
        with self.writer() as con:
            urls = [i[0] for i in items]
            con.execute("DELETE FROM watch_items WHERE list_contains(?, url)", [urls])
            for url, digest, article_id, source_url in items:
                con.execute(
                    "INSERT INTO watch_items VALUES (?, ?, ?, ?, now())",
                    [url, digest, article_id, source_url],
                )

    def watch_alert_states(self) -> dict[str, tuple[str, bool]]:
        """Return every alert identity watch has met: id -> (state, sent)."""
        with self.reader() as con:
            rows = con.execute("SELECT id, state, sent_at FROM watch_alerts").fetchall()
        return {r[0]: (r[1], r[2] is not None) for r in rows}

    def save_watch_alerts(self, states: Mapping[str, tuple[str, bool]]) -> None:
        """Record alert identities with their state and whether they were sent."""
        if not states:
            return
        with self.writer() as con:
            for alert_id, (state, sent) in states.items():
                old = con.execute(
                    "SELECT sent_at FROM watch_alerts WHERE id = ?", [alert_id]
                ).fetchone()
                con.execute("DELETE FROM watch_alerts WHERE id = ?", [alert_id])
                con.execute(
                    "INSERT INTO watch_alerts VALUES (?, ?, CASE WHEN ? THEN now() ELSE ? END)",
                    [alert_id, state, sent, old[0] if old else None],
                )

    def save_watch_round(self, row: Mapping[str, Any]) -> None:
        """Record one watch round's counts."""
        with self.writer() as con:
            con.execute(
                "INSERT INTO watch_rounds VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    row["started_at"],
                    row["finished_at"],
                    row["sources"],
                    row["fetched"],
                    row["stored"],
                    row["rejected"],
                    row["alerts"],
                ],
            )

    def last_watch_round(self) -> dict[str, Any] | None:
        """Return the last watch round's counts, or None."""
        with self.reader() as con:
            cur = con.execute("SELECT * FROM watch_rounds ORDER BY started_at DESC LIMIT 1")
            row = cur.fetchone()
            cols = [d[0] for d in cur.description]
        return dict(zip(cols, row, strict=True)) if row else None

    def table_rows(self, table: str) -> list[tuple[Any, ...]]:
        """Return every row of one table in a stable order (for checks and tests)."""
        if table not in (
            "articles",
            "rejections",
            "mentions",
            "events",
            "_migrations",
            "signatures",
            "story_links",
            "story_bands",
            "stories",
            "event_aliases",
            "alerts",
            "quotes",
            "watch_sources",
            "watch_items",
            "watch_alerts",
        ):
            raise QueryError(f"unknown table {table!r}")
        with self.reader() as con:
            order = {
                "rejections": "input",
                "_migrations": "name",
                "signatures": "article_id",
                "story_links": "article_id, other_id",
                "story_bands": "article_id, key",
                "stories": "article_id",
                "event_aliases": "alias",
                "watch_sources": "url",
                "watch_items": "url",
            }.get(table, "id")
            return list(con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall())

    def export_arrow(self, what: str, query: EventQuery | None = None) -> Any:
        """Return events or articles as a flat pyarrow Table."""
        if what == "articles":
            with self.reader() as con:
                return con.sql(
                    f"SELECT {', '.join(_ARTICLE_COLS[:-1])} FROM articles "
                    "ORDER BY published NULLS LAST, id"
                ).to_arrow_table()
        if what != "events":
            raise QueryError(f"cannot export {what!r}: choose events or articles")
        ids = [e.id for e in self.events(query)]
        with self.reader() as con:
            return con.sql(
                "SELECT e.*, (SELECT list(DISTINCT m.article_id ORDER BY m.article_id) "
                "FROM mentions m WHERE m.event_id = e.id) AS article_ids "
                "FROM events e WHERE list_contains(?, e.id) "
                "ORDER BY e.date_start NULLS LAST, e.id",
                params=[ids],
            ).to_arrow_table()


def _alive(pid: int) -> bool:
    """Say whether a process with this id is running."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def _duplicate(article: Article, first_input: str) -> Rejection:
    return Rejection(
        article.input,
        "duplicate",
        f"the same article as {first_input} (id {article.id}), stored from there",
    )


def _event_where(q: EventQuery) -> tuple[str, list[Any]]:
    """Return the WHERE clause and bound parameters of an event query."""
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    if q.actor:
        where.append("(starts_with(source_code, ?) OR starts_with(coalesce(target_code, ''), ?))")
        params += [q.actor.upper(), q.actor.upper()]
    if q.dyad:
        a, b = q.dyad[0].upper(), q.dyad[1].upper()
        where.append("((source_key = ? AND target_key = ?) OR (source_key = ? AND target_key = ?))")
        params += [a, b, b, a]
    if q.country:
        where.append("location_country = ?")
        params.append(q.country.upper())
    if q.bbox:
        w, so, e, n = q.bbox
        where.append("lat BETWEEN ? AND ?")
        params += [so, n]
        if w <= e:
            where.append("lon BETWEEN ? AND ?")
            params += [w, e]
        else:  # a box across the antimeridian
            where.append("(lon >= ? OR lon <= ?)")
            params += [w, e]
    if q.plover:
        where.append("plover = ?")
        params.append(q.plover.upper())
    if q.since:
        where.append("date_end >= ?")
        params.append(q.since)
    if q.until:
        where.append("date_start <= ?")
        params.append(q.until)
    if q.min_articles:
        where.append("n_articles >= ?")
        params.append(q.min_articles)
    if q.text:
        where.append(
            "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id "
            "AND m.sentence ILIKE '%' || ? || '%' ESCAPE '\\')"
        )
        params.append(q.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
    if q.article:
        where.append(
            "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = events.id AND m.article_id = ?)"
        )
        params.append(q.article)
    return " AND ".join(where), params


def _write_copies(con: Any, copies: Copies) -> None:
    """Store signatures, find each article's copies among the stored articles and the
    batch, store the links, then recompute the story id of every touched group."""
    ids = list(copies)
    old = con.execute(
        "SELECT DISTINCT s2.article_id FROM stories s1 JOIN stories s2 ON s1.story_id = "
        "s2.story_id WHERE list_contains(?, s1.article_id)",
        [ids],
    ).fetchall()
    con.execute("DELETE FROM signatures WHERE list_contains(?, article_id)", [ids])
    con.execute("DELETE FROM story_bands WHERE list_contains(?, article_id)", [ids])
    con.execute(
        "DELETE FROM story_links WHERE list_contains(?, article_id) OR list_contains(?, other_id)",
        [ids, ids],
    )
    links = _find_copies(con, copies)
    _insert(
        con,
        "signatures",
        ("article_id", "minhash"),
        [{"article_id": a, "minhash": sig} for a, sig in copies.items()],
    )
    from flashpoint.clean import dedup

    _insert_bands(con, {a: dedup.from_bytes(sig) for a, sig in copies.items()})
    _insert(
        con,
        "story_links",
        ("article_id", "other_id", "similarity"),
        [{"article_id": a, "other_id": b, "similarity": s} for (a, b), s in links.items()],
    )
    if old:
        # a batch article stored before may have held a story together: regroup its
        # stories from their links
        members = _linked_groups(con, set(ids) | {r[0] for r in old} | {b for (_, b) in links})
    else:
        members = _merged_stories(con, ids, links)
    published = dict(
        con.execute(
            "SELECT id, published FROM articles WHERE list_contains(?, id)",
            [sorted({a for g in members for a in g})],
        ).fetchall()
    )
    stories: dict[str, str] = {}
    for group in members:
        stored = [a for a in group if a in published]
        story = (
            min(stored, key=lambda a: (published[a] is None, published[a] or dt.date.min, a))
            if stored
            else min(group)
        )
        for a in group:
            stories[a] = story
    current = dict(
        con.execute(
            "SELECT article_id, story_id FROM stories WHERE list_contains(?, article_id)",
            [sorted(stories)],
        ).fetchall()
    )
    changed = {a: story for a, story in stories.items() if current.get(a) != story}
    con.execute("DELETE FROM stories WHERE list_contains(?, article_id)", [sorted(changed)])
    _insert(
        con,
        "stories",
        ("article_id", "story_id"),
        [{"article_id": a, "story_id": story} for a, story in sorted(changed.items())],
    )


def _merged_stories(
    con: Any, ids: list[str], links: Mapping[tuple[str, str], float]
) -> list[set[str]]:
    """Return the groups of copies new articles make: each new article with the stored
    stories it links to and the new articles it links to, merged. Stored stories are the
    groups of the links already stored, so a new article's group is their union; this
    reads each story's members once instead of walking its links, which grow as the
    square of the number of copies."""
    new = set(ids)
    linked = sorted({b for (a, b) in links if a in new and b not in new})
    rows = con.execute(
        "SELECT s.article_id, s.story_id FROM stories s WHERE s.story_id IN "
        "(SELECT story_id FROM stories WHERE list_contains(?, article_id))",
        [linked],
    ).fetchall()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    for a in ids:
        find(a)
    for a, story in rows:
        union(a, "story:" + story)
    for a, b in links:  # every link has a new article at one end at least
        union(a, b)
    groups: dict[str, set[str]] = {}
    for x in list(parent):
        if not x.startswith("story:"):
            groups.setdefault(find(x), set()).add(x)
    return list(groups.values())


def _linked_groups(con: Any, touched: set[str]) -> list[set[str]]:
    """Return the groups of copies of some articles, found level by level through the
    stored links (one query per level of the link graph, not per article)."""
    edges: dict[str, set[str]] = {a: set() for a in touched}
    frontier = sorted(touched)
    while frontier:
        found = con.execute(
            "SELECT article_id, other_id FROM story_links WHERE list_contains(?, article_id)",
            [frontier],
        ).fetchall()
        new: set[str] = set()
        for a, b in found:
            edges[a].add(b)
            if b not in edges:
                edges[b] = set()
                new.add(b)
        frontier = sorted(new)
    seen: set[str] = set()
    out = []
    for start in sorted(touched):
        if start in seen:
            continue
        group, todo = {start}, [start]
        while todo:
            for b in edges[todo.pop()]:
                if b not in group:
                    group.add(b)
                    todo.append(b)
        seen |= group
        out.append(group)
    return out


def _find_copies(con: Any, copies: Copies) -> dict[tuple[str, str], float]:
    """Return the copy links (both ways, with similarity) of a batch's articles: to the
    stored articles that share an LSH band key with them (looked up in ``story_bands``,
    one query per batch) and to each other. The batch's own rows are already deleted."""
    from flashpoint.clean import dedup

    sigs = {a: dedup.from_bytes(sig) for a, sig in copies.items()}
    keys = {a: dedup.band_keys(sig) for a, sig in sigs.items()}
    pairs = con.execute(
        "SELECT DISTINCT q.article_id, b.article_id FROM story_bands b "
        "JOIN (SELECT unnest(?) AS article_id, unnest(?) AS key) q ON b.key = q.key",
        [[a for a, ks in keys.items() for _ in ks], [k for ks in keys.values() for k in ks]],
    ).fetchall()
    stored = dict(
        con.execute(
            "SELECT article_id, minhash FROM signatures WHERE list_contains(?, article_id)",
            [sorted({b for _, b in pairs})],
        ).fetchall()
    )
    links: dict[tuple[str, str], float] = {}
    for a, b in pairs:
        if b in stored:
            similarity = dedup.similar(sigs[a], dedup.from_bytes(bytes(stored[b])))
            if similarity is not None:
                links[(a, b)] = links[(b, a)] = similarity
    batch = dedup.StoryIndex()
    for a, sig in sigs.items():
        for b, similarity in batch.add(a, sig):
            links[(a, b)] = links[(b, a)] = similarity
    return links


def _insert_bands(con: Any, sigs: Mapping[str, Any]) -> None:
    from flashpoint.clean import dedup

    _insert(
        con,
        "story_bands",
        ("key", "article_id"),
        [{"key": k, "article_id": a} for a, sig in sigs.items() for k in dedup.band_keys(sig)],
    )


def _fill_bands(con: Any) -> None:
    """Migration 0009: the LSH band keys of every signature stored before the table."""
    from flashpoint.clean import dedup

    last = ""
    while batch := con.execute(
        "SELECT article_id, minhash FROM signatures WHERE article_id > ? "
        "ORDER BY article_id LIMIT 10000",
        [last],
    ).fetchall():
        _insert_bands(con, {a: dedup.from_bytes(bytes(b)) for a, b in batch})
        last = batch[-1][0]


_FUSION_WINDOW = dt.timedelta(days=14)
"""How far around new mentions fusion looks for mentions they could join."""


def _fuse(con: Any, new_ids: list[str], old_events: list[str]) -> int:
    """Regroup the mentions a batch touched into events (see ``flashpoint.fusion``).

    The block regrouped is every mention with the same source and type as a new mention
    within ``_FUSION_WINDOW`` of the batch's dates, plus every mention of an event those
    belong to, plus the remaining mentions of the events the batch's articles used to
    have. An event that absorbs another keeps the older id; the other id becomes an alias.
    Return how many events were written.
    """
    from flashpoint import fusion

    current: dict[str, str | None] = {}  # each block member's stored event
    seeds = _candidates(con, "m.id", new_ids, events=current) + _candidates(
        con, "m.event_id", old_events, events=current
    )
    if not seeds:
        _drop_events(con, old_events)
        return 0
    block: dict[str, fusion.Candidate] = {c.id: c for c in seeds}
    seen_events: set[str] = set(old_events)
    # Grow the block until it is closed: every stored mention that could share an event
    # with a block member (same source and type, dates within the window around the
    # batch's own mentions of that source and type) is in it, and so is every other
    # mention of the events its members belong to. The windows are set by the seeds, one
    # per seed and key, and do not widen as the block grows: a dyad reported every day
    # would otherwise chain the block back through its whole history on every batch, and
    # a batch whose articles are spread over years (a backfill) would load every report of
    # its dyads. Reports outside them keep their events, so arrival order can matter only
    # through a chain of compatible reports longer than the window.
    windows: dict[_Key, list[_Window]] = {}
    for c in seeds:
        for k in _keys(c):
            windows.setdefault(k, []).append(_window(c))
    dated = [w for ws in windows.values() for w in ws if w is not None]
    hull = (min(w[0] for w in dated), max(w[1] for w in dated)) if dated else None
    loaded: dict[_Key, _Spans] = {}  # each key's windows, merged, once loaded
    fresh = list(block.values())  # block members whose keys are not yet looked at
    while True:
        size = len(block)
        for c in fresh:
            for k in _keys(c):  # a type's other side, met in a block member: its window
                windows.setdefault(k, [_window(c) or hull])
        pending = {k: _Spans(w) for k, w in windows.items() if k not in loaded}
        loaded.update(pending)
        found: dict[str, str | None] = {}
        for c in _neighbours(con, {k: sp.windows for k, sp in pending.items()}, events=found):
            if c.id not in block and any(loaded[k].overlaps(c) for k in _keys(c) if k in loaded):
                block[c.id] = c
                current[c.id] = found[c.id]
        events = {e for e in current.values() if e} - seen_events
        seen_events |= events
        for c in _candidates(con, "m.event_id", sorted(events), events=current):
            block.setdefault(c.id, c)
        fresh = list(block.values())[size:]
        if len(block) == size:
            break
    log.debug(
        "fusion block: %d seeds, %d mentions, %d keys, %d events",
        len(seeds),
        len(block),
        len(windows),
        len(seen_events),
    )
    touched = seen_events
    touched |= {e for e in current.values() if e}
    stored = {
        r[0]: dict(zip(_EVENT_COLS, r, strict=True))
        for r in con.execute(
            f"SELECT {', '.join(_EVENT_COLS)} FROM events WHERE list_contains(?, id)",
            [sorted(touched)],
        ).fetchall()
    }
    old_rows = {e: (r["first_seen"], r["head_mention"]) for e, r in stored.items()}
    stamp = (con.execute("SELECT coalesce(max(first_seen), 0) FROM events").fetchone()[0]) + 1
    groups = fusion.cluster(block.values())
    groups.sort(key=lambda g: min(c.order() for c in g))
    assigned = _event_ids(groups, current, old_rows)
    fused_by_event = {event_id: fusion.fuse(g) for event_id, g in assigned.items()}
    mention_rows = {
        r[0]: dict(zip(_MENTION_COLS, r, strict=True))
        for r in con.execute(
            f"SELECT {', '.join(_MENTION_COLS)} FROM mentions WHERE list_contains(?, id)",
            [sorted({f.head for f in fused_by_event.values()})],
        ).fetchall()
    }
    # Only what changed is written: in a busy block most events come out as they were.
    updates = [
        {"id": c.id, "event_id": e}
        for e, g in assigned.items()
        for c in g
        if current.get(c.id) != e
    ]
    _update_event_ids(con, updates)
    rows = []
    for event_id, g in assigned.items():
        fused = fused_by_event[event_id]
        head = mention_rows[fused.head]
        first = old_rows.get(event_id, (None, None))[0]
        rows.append(_fused_event_row(event_id, head, fused, g, first or stamp))
    changed = [r for r in rows if stored.get(r["id"]) != r]
    same = {r["id"] for r in rows} - {r["id"] for r in changed}
    gone = sorted(touched - set(assigned))
    _drop_events(con, sorted((touched | set(assigned)) - same))
    _insert(con, "events", _EVENT_COLS, changed)
    where_now = {c.id: e for e, g in assigned.items() for c in g}
    # An old id finds the event that now holds the report that founded it: every report
    # keeps the id it would have had on its own (the id ``annotate`` gives it) as an
    # alias of the event it is in now.
    naturals = {"ev_" + m.removeprefix("m_"): e for m, e in where_now.items()}
    redirect: dict[str, str] = {}
    for old in gone:
        if old in naturals:
            redirect[old] = naturals[old]
            continue
        heirs = sorted({where_now[m] for m, e in current.items() if e == old and m in where_now})
        if heirs:
            redirect[old] = heirs[0]
    for old, new in sorted(redirect.items()):  # aliases of a vanished id follow it
        con.execute("UPDATE event_aliases SET event_id = ? WHERE event_id = ?", [new, old])
    wanted = {a: e for a, e in naturals.items() if a != e}
    wanted.update({a: e for a, e in redirect.items() if a not in naturals})
    con.execute(
        "DELETE FROM event_aliases WHERE list_contains(?, alias)", [sorted({*naturals, *wanted})]
    )
    _insert(
        con,
        "event_aliases",
        ("alias", "event_id"),
        [{"alias": a, "event_id": e} for a, e in sorted(wanted.items())],
    )
    con.execute("DELETE FROM event_aliases WHERE list_contains(?, alias)", [list(assigned)])
    return len(rows)


def _absent(con: Any, alert_id: str) -> bool:
    return con.execute("SELECT 1 FROM alerts WHERE id = ?", [alert_id]).fetchone() is None


def _event_ids(
    groups: list[list[Any]], current: dict[str, str | None], old_rows: dict[str, Any]
) -> dict[str, list[Any]]:
    """Give each group of mentions its event id, every id once: the oldest stored event
    most of its mentions were in, else the natural id of its first report, else an id
    made from its members (and, should another group already hold that, a salted one)."""
    assigned: dict[str, list[Any]] = {}
    for g in groups:
        votes: dict[str, int] = {}
        for c in g:
            e = current.get(c.id)
            if e and e in old_rows:
                votes[e] = votes.get(e, 0) + 1
        choices = sorted(votes, key=lambda e: (old_rows[e][0] or 0, e))
        event_id = next((e for e in choices if e not in assigned), None)
        if event_id is None:
            for c in sorted(g, key=lambda c: c.order()):
                candidate = "ev_" + c.id.removeprefix("m_")
                if candidate not in assigned:
                    event_id = candidate
                    break
        members = "|".join(sorted(c.id for c in g))
        salt = 0
        while event_id is None or event_id in assigned:
            # Every natural id is taken by an event it split from. The id made from the
            # members can itself be held already: by a group that took this stored id
            # through its votes in this same round.
            key = members if not salt else f"{members}#{salt}"
            event_id = "ev_" + hashlib.sha1(key.encode()).hexdigest()[:16]
            salt += 1
        assigned[event_id] = g
    return assigned


def _drop_events(con: Any, ids: list[str]) -> None:
    if ids:
        con.execute("DELETE FROM events WHERE list_contains(?, id)", [ids])


def _update_event_ids(con: Any, updates: list[dict[str, Any]]) -> None:
    if not updates:
        return
    import pyarrow as pa

    con.register(
        "_event_ids",
        pa.table({"id": [u["id"] for u in updates], "event_id": [u["event_id"] for u in updates]}),
    )
    try:
        con.execute(
            "UPDATE mentions SET event_id = u.event_id FROM _event_ids u WHERE mentions.id = u.id"
        )
    finally:
        con.unregister("_event_ids")


_Key = tuple[str, str, bool]
"""What a mention's neighbours share with it: an actor, the type, and whether its dates are
vague (a year: ``fusion.WIDE_DAYS``), for a vague report fuses only with vague ones."""


def _keys(c: Any) -> list[_Key]:
    """Return the keys a mention's neighbours are found under: its source, and for an
    undirected type its target too ("Belarus agreed" can join "Lithuania and Belarus
    agreed", whichever arrived first)."""
    from flashpoint import fusion

    keys = [(c.source_key, c.plover, c.vague)]
    if c.plover in fusion.UNDIRECTED and c.target_key and c.target_key != c.source_key:
        keys.append((c.target_key, c.plover, c.vague))
    return keys


_Window = tuple[dt.date, dt.date] | None
"""Dates a block's neighbours must overlap: a seed's dates widened by ``_FUSION_WINDOW``
on each side, or None (no limit) for a mention with no date."""


def _window(c: Any) -> _Window:
    if c.date_lo is None or c.date_hi is None:
        return None
    return c.date_lo - _FUSION_WINDOW, c.date_hi + _FUSION_WINDOW


def _merged(windows: list[_Window]) -> list[_Window]:
    """Return the union of some windows as few disjoint ones (None absorbs everything)."""
    if any(w is None for w in windows):
        return [None]
    spans = sorted(w for w in windows if w is not None)
    out: list[tuple[dt.date, dt.date]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return list(out)


class _Spans:
    """A key's windows, merged and sorted, to test a mention against by bisection."""

    __slots__ = ("_ends", "windows")

    def __init__(self, windows: list[_Window]) -> None:
        self.windows = _merged(windows)
        self._ends = [w[1] for w in self.windows if w is not None]

    def overlaps(self, c: Any) -> bool:
        """Say whether a mention's dates meet one of the windows (an undated one meets all)."""
        if self.windows == [None] or c.date_lo is None or c.date_hi is None:
            return True
        at = bisect.bisect_left(self._ends, c.date_lo)  # the first window ending on or after
        return at < len(self._ends) and self.windows[at][0] <= c.date_hi  # type: ignore[index]


def _neighbours(
    con: Any,
    keys: Mapping[_Key, list[_Window]],
    *,
    events: dict[str, str | None] | None = None,
) -> list[Any]:
    """Load, in one query, the stored mentions that could share an event with a block
    whose (source, type) pairs are ``keys``: the same source and type (for an undirected
    type, the source on either side), with dates overlapping one of the key's windows."""
    from flashpoint import fusion

    rows = [(k, p, v, w) for (k, p, v), ws in keys.items() for w in ws]
    if not rows:
        return []
    import pyarrow as pa

    con.register(
        "_fusion_keys",
        pa.table(
            {
                "k": [k for k, _, _, _ in rows],
                "p": [p for _, p, _, _ in rows],
                "u": [p in fusion.UNDIRECTED for _, p, _, _ in rows],
                "v": [v for _, _, v, _ in rows],
                "lo": pa.array([w[0] if w else None for _, _, _, w in rows], pa.date32()),
                "hi": pa.array([w[1] if w else None for _, _, _, w in rows], pa.date32()),
            }
        ),
    )
    try:
        # mentions stored before migration 0006 have no interval: always look at them
        cond = (
            f"EXISTS (SELECT 1 FROM _fusion_keys f WHERE f.p = {fusion.FUSION_TYPE_SQL} AND "
            "(f.k = coalesce(m.source_country, m.source_code) OR "
            "(f.u AND f.k = coalesce(m.target_country, m.target_code))) AND "
            f"f.v = coalesce(m.date_hi - m.date_lo > {fusion.WIDE_DAYS}, false) AND "
            "(f.lo IS NULL OR m.date_lo IS NULL OR (m.date_hi >= f.lo AND m.date_lo <= f.hi)))"
        )
        return _candidates(con, cond, None, events=events)
    finally:
        con.unregister("_fusion_keys")


_SPAN_A = "(CAST(json_extract(m.spans, '$.location[0]') AS BIGINT) - m.sent_start)"
_SPAN_B = "(CAST(json_extract(m.spans, '$.location[1]') AS BIGINT) - m.sent_start)"
_PLACE_SQL = (
    f"CASE WHEN {_SPAN_A} >= 0 AND {_SPAN_A} < {_SPAN_B} AND {_SPAN_B} <= length(m.sentence) "
    f"THEN substr(m.sentence, {_SPAN_A} + 1, {_SPAN_B} - {_SPAN_A}) END"
)
"""The words of a mention's location span, cut from its sentence in SQL, so that neither
the sentence nor the spans are fetched for every candidate."""


def _candidates(
    con: Any,
    column: str,
    values: list[str] | None,
    *,
    extra: list[Any] | None = None,
    events: dict[str, str | None] | None = None,
) -> list[Any]:
    """Load fusion candidates: mentions where ``column`` is in ``values`` (or, with
    ``values`` None, where the SQL condition ``column`` holds for the parameters
    ``extra``); note each one's stored event in ``events``."""
    from flashpoint import fusion

    if values is not None and not values:
        return []
    cond = f"list_contains(?, {column})" if values is not None else column
    params = [values] if values is not None else (extra or [])
    result = con.execute(
        "SELECT m.id, m.article_id, coalesce(s.story_id, m.article_id), a.published, "
        "coalesce(m.source_country, m.source_code), "
        # a target the coder took from outside the sentence (the article's one country) is
        # weaker than a named one: it never keeps two reports apart
        "CASE WHEN m.target_start < m.sent_start OR m.target_start >= m.sent_end THEN NULL "
        f"WHEN {fusion.OWN_PEOPLE_SQL} THEN NULL "
        f"WHEN {fusion.IMPLIED_TARGET_SQL} THEN NULL "
        f"WHEN {fusion.SELF_AIMED_SQL} THEN NULL "
        "ELSE coalesce(m.target_country, m.target_code) END, "
        f"{fusion.FUSION_TYPE_SQL}, m.date, m.date_precision, m.date_source, m.location, "
        "m.fatalities, "
        f"m.fatalities_approx, m.injured, m.injured_approx, m.sent_start, {_PLACE_SQL}, "
        "m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id "
        f"LEFT JOIN stories s ON s.article_id = m.article_id WHERE {cond}",
        params,
    )
    out: list[Any] = []
    # copies of one story share their dates and places: parse each once, share the objects
    dates: dict[tuple[Any, ...], Any] = {}
    places: dict[str | None, Location | None] = {}
    # the values repeated across a block (an article's id, a story, a dyad, a type, a
    # place's words) are kept once, not once per mention
    one: Callable[[Any, Any], Any] = {}.setdefault
    # read in slices, so that the raw rows of a large block are never all held at once
    while rows := result.fetchmany(_SLICE):
        out.extend(_candidate(r, one, dates, places) for r in rows)
        if events is not None:
            events.update((r[0], r[17]) for r in rows)
    return out


_SLICE = 5000
"""Rows of fusion candidates read from the database at a time."""


def _candidate(
    r: tuple[Any, ...],
    one: Callable[[Any, Any], Any],
    dates: dict[tuple[Any, ...], Any],
    places: dict[str | None, Location | None],
) -> Any:
    """Return the fusion candidate of one row of :func:`_candidates`."""
    from flashpoint import fusion

    when = (r[7], r[8], r[9], r[3])
    parsed = dates.get(when)
    if parsed is None:
        date = (
            EventDate(r[7], Precision(r[8]), DateSource(r[9])) if r[7] and r[8] and r[9] else None
        )
        lo, hi = date_range(r[7], r[8]) if date else (None, None)
        parsed = dates[when] = (date, *fusion.interval(date, lo, hi, r[3]))
    date, lo, hi = parsed
    if r[10] not in places:
        places[r[10]] = location_from_json(r[10])
    return fusion.Candidate(
        id=r[0],
        article_id=one(r[1], r[1]),
        story_id=one(r[2], r[2]),
        published=one(r[3], r[3]),
        source_key=one(r[4], r[4]),
        target_key=one(r[5], r[5]),
        plover=one(r[6], r[6]),
        date=date,
        date_lo=lo,
        date_hi=hi,
        location=places[r[10]],
        fatalities=r[11],
        fatalities_approx=bool(r[12]),
        injured=r[13],
        injured_approx=bool(r[14]),
        lead=r[15] or 0,
        place=one(r[16], r[16]),
    )


def _fused_event_row(
    event_id: str, head: dict[str, Any], f: Any, members: list[Any], first_seen: int
) -> dict[str, Any]:
    date = f.date
    start, end = date_range(date.value, str(date.precision)) if date else (None, None)
    loc = f.location
    return {
        "id": event_id,
        "date": date.value if date else None,
        "date_precision": str(date.precision) if date else None,
        "date_source": str(date.source) if date else None,
        "date_start": start,
        "date_end": end,
        "plover": head["plover"],
        "cameo": head["cameo"],
        "goldstein": head["goldstein"],
        "quad_class": head["quad_class"],
        "source_code": head["source_code"],
        "source_key": actor_key(head["source_code"], head["source_country"]),
        "target_code": head["target_code"],
        "target_key": actor_key(head["target_code"], head["target_country"])
        if head["target_code"]
        else None,
        "location_country": loc.country if loc else None,
        "fatalities": f.fatalities,
        "injured": f.injured,
        "n_articles": f.n_articles,
        "conflicts": json.dumps(list(f.conflicts), ensure_ascii=False, default=str),
        "coder": head["coder"],
        "lexicon_version": head["lexicon_version"],
        "location_name": loc.name if loc else None,
        "location_precision": str(loc.precision) if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "location": json.dumps(loc.to_json(), ensure_ascii=False) if loc else None,
        "fatalities_approx": f.fatalities_approx,
        "injured_approx": f.injured_approx,
        "head_mention": head["id"],
        "first_seen": first_seen,
        "fusion": f"{_fusion_version()}",
    }


def _fusion_version() -> str:
    from flashpoint.fusion import VERSION

    return VERSION


def _fused_from_row(r: dict[str, Any]) -> FusedFields:
    date = (
        EventDate(r["date"], Precision(r["date_precision"]), DateSource(r["date_source"]))
        if r["date"]
        else None
    )
    return FusedFields(
        date=date,
        location=location_from_json(r["location"]),
        fatalities=r["fatalities"],
        fatalities_approx=bool(r["fatalities_approx"]),
        injured=r["injured"],
        injured_approx=bool(r["injured_approx"]),
    )


def _quote_where(q: QuoteQuery) -> tuple[str, list[Any]]:
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    if q.speaker:
        code = q.speaker.upper()
        where.append("(q.speaker_code = ? OR starts_with(q.speaker_code, ?))")
        params += [code, code]
    if q.kind:
        where.append("q.kind = ?")
        params.append(q.kind)
    if q.article:
        where.append("q.article_id = ?")
        params.append(q.article)
    if q.since:
        where.append("a.published >= ?")
        params.append(q.since)
    if q.until:
        where.append("a.published <= ?")
        params.append(q.until)
    if q.text:
        escaped = q.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("(q.text ILIKE ? ESCAPE '\\' OR q.speaker ILIKE ? ESCAPE '\\')")
        params += [f"%{escaped}%", f"%{escaped}%"]
    return " AND ".join(where), params


def _quote_row(q: Quote, article_id: str) -> dict[str, Any]:
    sp = q.speaker
    return {
        "id": q.id,
        "article_id": article_id,
        "kind": q.kind,
        "text": q.text,
        "q_start": q.start,
        "q_end": q.end,
        "parts": json.dumps([list(p) for p in q.parts]),
        "cue": q.cue,
        "cue_start": q.cue_start,
        "cue_end": q.cue_end,
        "speaker": sp.text if sp else None,
        "speaker_start": sp.start if sp else None,
        "speaker_end": sp.end if sp else None,
        "speaker_code": sp.code if sp else None,
        "resolved": sp.resolved if sp else None,
        "resolved_start": sp.resolved_start if sp else None,
        "resolved_end": sp.resolved_end if sp else None,
    }


def _quote_from_row(r: dict[str, Any]) -> Quote:
    speaker = None
    if r["speaker"] is not None:
        speaker = Speaker(
            text=r["speaker"],
            start=r["speaker_start"],
            end=r["speaker_end"],
            code=r["speaker_code"],
            resolved=r["resolved"],
            resolved_start=r["resolved_start"],
            resolved_end=r["resolved_end"],
        )
    return Quote(
        id=r["id"],
        kind=r["kind"],
        text=r["text"],
        start=r["q_start"],
        end=r["q_end"],
        parts=tuple((int(a), int(b)) for a, b in json.loads(r["parts"])),
        cue=r["cue"],
        cue_start=r["cue_start"],
        cue_end=r["cue_end"],
        speaker=speaker,
    )


def _insert(con: Any, table: str, cols: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    """Insert rows column-wise through Arrow (DuckDB is slow row by row)."""
    if not rows:
        return
    import pyarrow as pa

    batch = pa.table({c: [r[c] for r in rows] for c in cols})
    name = f"_batch_{table}"
    con.register(name, batch)
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM {name}")
    finally:
        con.unregister(name)


def _article_row(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "input": a.input,
        "title": a.title,
        "url": a.url,
        "source": a.source,
        "published": a.published,
        "published_from": a.published_from,
        "language": a.language,
        "text": a.text,
        "n_removed": a.n_removed,
        "removed": json.dumps([r.to_json() for r in a.removed], ensure_ascii=False),
    }


def _article_from_row(r: dict[str, Any]) -> Article:
    removed = tuple(Removed(x["text"], x["reason"]) for x in json.loads(r["removed"] or "[]"))
    return Article(
        id=r["id"],
        input=r["input"],
        text=r["text"],
        title=r["title"],
        url=r["url"],
        source=r["source"],
        published=r["published"],
        published_from=r["published_from"],
        language=r["language"],
        removed=removed,
    )


def _mention_row(m: Mention, article: Article) -> dict[str, Any]:
    s, e = m.sentence
    t = m.target
    return {
        "id": m.id,
        "event_id": event_id_for(m),
        "article_id": m.article_id,
        "sentence": article.text[s:e],
        "sent_start": s,
        "sent_end": e,
        "trig_start": m.trigger[0],
        "trig_end": m.trigger[1],
        "plover": str(m.plover),
        "cameo": m.cameo,
        "goldstein": m.goldstein,
        "quad_class": m.quad_class,
        "source_code": m.source.code,
        "source_country": m.source.country,
        "source_sector": m.source.sector,
        "source_text": m.source.text,
        "source_name": m.source.name,
        "source_start": m.source.start,
        "source_end": m.source.end,
        "target_code": t.code if t else None,
        "target_country": t.country if t else None,
        "target_sector": t.sector if t else None,
        "target_text": t.text if t else None,
        "target_name": t.name if t else None,
        "target_start": t.start if t else None,
        "target_end": t.end if t else None,
        "date": m.date.value if m.date else None,
        "date_precision": str(m.date.precision) if m.date else None,
        "date_source": str(m.date.source) if m.date else None,
        "fatalities": m.fatalities,
        "injured": m.injured,
        "quote_id": m.quote_id,
        "spans": json.dumps({k: list(v) if v else None for k, v in m.spans}),
        "coder": m.coder,
        "lexicon_version": m.lexicon_version,
        "location": json.dumps(m.location.to_json(), ensure_ascii=False) if m.location else None,
        "fatalities_approx": m.fatalities_approx,
        "injured_approx": m.injured_approx,
        **_interval(m, article),
    }


def _interval(m: Mention, article: Article) -> dict[str, Any]:
    """Return the days a mention's event can have happened on (what fusion compares)."""
    from flashpoint.fusion import interval

    lo, hi = date_range(m.date.value, str(m.date.precision)) if m.date else (None, None)
    lo, hi = interval(m.date, lo, hi, article.published)
    return {"date_lo": lo, "date_hi": hi}


def _event_row(m: Mention) -> dict[str, Any]:
    start, end = date_range(m.date.value, str(m.date.precision)) if m.date else (None, None)
    t = m.target
    loc = m.location
    return {
        "id": event_id_for(m),
        "date": m.date.value if m.date else None,
        "date_precision": str(m.date.precision) if m.date else None,
        "date_source": str(m.date.source) if m.date else None,
        "date_start": start,
        "date_end": end,
        "plover": str(m.plover),
        "cameo": m.cameo,
        "goldstein": m.goldstein,
        "quad_class": m.quad_class,
        "source_code": m.source.code,
        "source_key": actor_key(m.source.code, m.source.country),
        "target_code": t.code if t else None,
        "target_key": actor_key(t.code, t.country) if t else None,
        "location_country": loc.country if loc else None,
        "fatalities": m.fatalities,
        "injured": m.injured,
        "n_articles": 1,
        "conflicts": "[]",
        "coder": m.coder,
        "lexicon_version": m.lexicon_version,
        "location_name": loc.name if loc else None,
        "location_precision": str(loc.precision) if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
    }


def _mention_from_row(r: dict[str, Any]) -> Mention:
    def actor(prefix: str) -> Actor | None:
        if r[f"{prefix}_code"] is None:
            return None
        return Actor(
            text=r[f"{prefix}_text"],
            start=r[f"{prefix}_start"],
            end=r[f"{prefix}_end"],
            code=r[f"{prefix}_code"],
            country=r[f"{prefix}_country"],
            sector=r[f"{prefix}_sector"],
            name=r[f"{prefix}_name"],
        )

    source = actor("source")
    assert source is not None  # every stored mention has a source
    date = (
        EventDate(r["date"], Precision(r["date_precision"]), DateSource(r["date_source"]))
        if r["date"]
        else None
    )
    spans = json.loads(r["spans"] or "{}")
    return Mention(
        article_id=r["article_id"],
        sentence=(r["sent_start"], r["sent_end"]),
        trigger=(r["trig_start"], r["trig_end"]),
        plover=Plover(r["plover"]),
        cameo=r["cameo"],
        goldstein=r["goldstein"],
        quad_class=r["quad_class"],
        source=source,
        target=actor("target"),
        date=date,
        coder=r["coder"],
        lexicon_version=r["lexicon_version"],
        spans=tuple((k, (v[0], v[1]) if v else None) for k, v in spans.items()),
        fatalities=r["fatalities"],
        injured=r["injured"],
        quote_id=r["quote_id"],
        location=location_from_json(r["location"]),
        fatalities_approx=bool(r["fatalities_approx"]),
        injured_approx=bool(r["injured_approx"]),
    )


def location_from_json(text: str | None) -> Location | None:
    """Rebuild a stored location."""
    if not text:
        return None
    d = json.loads(text)
    return Location(
        name=d["name"],
        country=d["country"],
        admin1=d["admin1"],
        lat=d["lat"],
        lon=d["lon"],
        precision=Where(d["precision"]),
        geonameid=d["geonameid"],
        disputed=d["disputed"],
        claimants=tuple(d.get("claimants") or ()),
        inferred=bool(d.get("inferred", False)),
    )
