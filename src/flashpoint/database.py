"""The Python API over a Flashpoint database: ``flashpoint.open(db)``.

>>> import flashpoint
>>> db = flashpoint.open("flashpoint.duckdb")
>>> events = db.events(dyad=("CHN", "IND"), plover="ASSAULT")
>>> table = db.events_table(actor="CHN")   # a pyarrow Table; .to_pandas() for pandas
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from flashpoint import queries
from flashpoint.records import Article, Event, Rejection
from flashpoint.settings import Settings
from flashpoint.store import EventQuery, Store


def _day(value: dt.date | str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


class Database:
    """Read access to a Flashpoint database."""

    def __init__(self, path: str | Path, *, settings: Settings | None = None) -> None:
        s = settings or Settings()
        self.store = Store(path, lock_timeout=s.lock_timeout)

    @staticmethod
    def query(
        *,
        actor: str | None = None,
        dyad: tuple[str, str] | None = None,
        country: str | None = None,
        plover: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        min_articles: int | None = None,
        text: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> EventQuery:
        """Build an event query from keyword filters."""
        return EventQuery(
            actor=actor,
            dyad=dyad,
            country=country,
            plover=plover,
            since=_day(since),
            until=_day(until),
            min_articles=min_articles,
            text=text,
            limit=limit,
            offset=offset,
        )

    def events(self, **filters: Any) -> list[Event]:
        """Return events matching the filters (see :meth:`query`)."""
        return self.store.events(self.query(**filters))

    def event(self, event_id: str) -> Event | None:
        """Return one event by id, or None."""
        return self.store.event(event_id)

    def articles(self, **filters: Any) -> list[Article]:
        """Return stored articles (filters: since, until, source, limit, offset)."""
        for key in ("since", "until"):
            if key in filters:
                filters[key] = _day(filters[key])
        return self.store.articles(**filters)

    def rejections(self, **filters: Any) -> list[Rejection]:
        """Return rejected inputs (filters: stage, limit, offset)."""
        return self.store.rejections(**filters)

    def events_table(self, **filters: Any) -> Any:
        """Return matching events as a flat pyarrow Table (``.to_pandas()`` for a DataFrame)."""
        return self.store.export_arrow("events", self.query(**filters))

    def articles_table(self) -> Any:
        """Return articles as a pyarrow Table."""
        return self.store.export_arrow("articles")

    def dyad(
        self,
        a: str,
        b: str,
        *,
        freq: str = "week",
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
    ) -> dict[str, Any]:
        """Return a dyad period by period with its alerts (as ``flashpoint dyad``)."""
        return queries.dyad_series(
            self.store, a, b, freq=freq, since=_day(since), until=_day(until)
        )

    def alerts(self, *, freq: str = "week", dyad: tuple[str, str] | None = None) -> list[Any]:
        """Return escalation alerts, oldest first (nothing is stored)."""
        return queries.find_alerts(self.store, freq=freq, dyad=dyad)

    def overview(self) -> dict[str, Any]:
        """Return what the dashboard's overview shows."""
        return queries.overview(self.store)

    def summary(self, top: int = 10) -> dict[str, Any]:
        """Return counts of articles, rejections, events by type and top dyads."""
        return self.store.summary(top=top)


def open_database(
    path: str | Path = "flashpoint.duckdb", *, settings: Settings | None = None
) -> Database:
    """Open a Flashpoint database for reading."""
    return Database(path, settings=settings)
