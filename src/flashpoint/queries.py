"""The one query layer: what the CLI, the Python API and the HTTP API ask of a database.

Each function takes a :class:`~flashpoint.store.Store` and plain filter values and
returns JSON-ready data, so a command, an endpoint and a dashboard page showing the same
thing compute it the same way. Filters given as text (a dyad ``"CHN,IND"``, a box
``"77,32,80,36"``) are parsed here too and bad ones raise
:class:`~flashpoint.errors.QueryError` with a message a user can act on.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flashpoint import analysis
from flashpoint.errors import QueryError
from flashpoint.records import JSON, SPAN_FIELDS, Event
from flashpoint.store import EventQuery, QuoteQuery, Store

FREQS = analysis.FREQS


def parse_pair(text: str, *, what: str = "dyad") -> tuple[str, str]:
    """Parse ``"A,B"`` into two upper-case actor keys."""
    parts = [p.strip().upper() for p in text.split(",") if p.strip()]
    if len(parts) != 2:
        raise QueryError(f"{what}: give two actor keys separated by a comma, e.g. CHN,IND")
    return parts[0], parts[1]


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """Parse ``"W,S,E,N"`` in degrees."""
    try:
        w, s, e, n = (float(x) for x in text.split(","))
    except ValueError:
        raise QueryError("bbox: give four numbers W,S,E,N in degrees, e.g. 77,32,80,36") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise QueryError("bbox: longitudes run -180..180, latitudes -90..90 with S <= N")
    return w, s, e, n


def event_query(
    *,
    actor: str | None = None,
    dyad: str | tuple[str, str] | None = None,
    country: str | None = None,
    bbox: str | tuple[float, float, float, float] | None = None,
    plover: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_articles: int | None = None,
    text: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> EventQuery:
    """Build an event query from filters as the CLI and the HTTP API receive them."""
    pair = (parse_pair(dyad) if dyad.strip() else None) if isinstance(dyad, str) else dyad
    box = (parse_bbox(bbox) if bbox.strip() else None) if isinstance(bbox, str) else bbox
    return EventQuery(
        actor=actor.strip().upper() if actor and actor.strip() else None,
        dyad=pair,
        country=country.strip().upper() if country and country.strip() else None,
        bbox=box,
        plover=plover.upper() if plover else None,
        since=since,
        until=until,
        min_articles=min_articles,
        text=text.strip() if text and text.strip() else None,
        limit=limit,
        offset=offset,
    )


def quote_query(
    *,
    speaker: str | None = None,
    kind: str | None = None,
    article: str | None = None,
    text: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> QuoteQuery:
    """Build a quote query from filters as the CLI and the HTTP API receive them."""
    return QuoteQuery(
        speaker=speaker.strip().upper() if speaker and speaker.strip() else None,
        kind=kind.strip().lower() if kind and kind.strip() else None,
        article=article.strip() if article and article.strip() else None,
        text=text.strip() if text and text.strip() else None,
        since=since,
        until=until,
        limit=limit,
        offset=offset,
    )


def quotes_page(store: Store, query: QuoteQuery) -> JSON:
    """Return one page of quotes with the total that match, for paging."""
    return {
        "total": store.count_quotes(query),
        "limit": query.limit,
        "offset": query.offset,
        "quotes": [q.to_json() for q in store.quotes(query)],
    }


def events_page(store: Store, query: EventQuery) -> JSON:
    """Return one page of events with the total that match, for paging."""
    total = store.count_events(query)
    found = store.events(query)
    return {
        "total": total,
        "limit": query.limit,
        "offset": query.offset,
        "events": [e.to_json() for e in found],
    }


def event_detail(store: Store, event_id: str) -> JSON | None:
    """Return an event with every report, each with its article and the spans of the
    words each field came from, ready to highlight; None when there is no such event."""
    event = store.event(event_id)
    if event is None:
        return None
    out = event.to_json()
    articles = {
        a.id: a for a in store.articles_by_id(sorted({m.article_id for m in event.mentions}))
    }
    quotes: dict[str, JSON] = {}
    for article_id in sorted({m.article_id for m in event.mentions if m.quote_id}):
        for q in store.quotes(QuoteQuery(article=article_id)):
            quotes[q.quote.id] = q.quote.to_json()
    reports = []
    for m, mj in zip(event.mentions, out["mentions"], strict=True):
        art = articles.get(m.article_id)
        fields = [("trigger", m.trigger)] + [
            (name, m.span(name)) for name in SPAN_FIELDS if m.span(name) is not None
        ]
        reports.append(
            {
                **mj,
                "title": art.title if art else None,
                "text": art.text if art else None,
                "highlights": [
                    {
                        "field": name,
                        "start": span[0],
                        "end": span[1],
                        "text": art.text[span[0] : span[1]] if art else None,
                    }
                    for name, span in fields
                    if span is not None
                ],
                "values": _mention_values(m, event),
                "quote": quotes.get(m.quote_id) if m.quote_id else None,
            }
        )
    out["reports"] = reports
    if event_id != event.id:
        out["requested_id"] = event_id
    return out


def _mention_values(m: Any, event: Event) -> JSON:
    """What one report says, field by field, to set beside the fused event."""
    return {
        "date": m.date.value if m.date else None,
        "date_precision": str(m.date.precision) if m.date else None,
        "location": m.location.name if m.location else None,
        "fatalities": m.fatalities,
        "injured": m.injured,
        "source": m.source.code,
        "target": m.target.code if m.target else None,
        "cameo": m.cameo,
    }


def dyad_series(
    store: Store,
    a: str,
    b: str,
    *,
    freq: str = "week",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> JSON:
    """Return a dyad's periods for A->B, B->A and A-B over the same range, its alerts and
    its events (newest first)."""
    if freq not in FREQS:
        raise QueryError(f"freq: choose one of {', '.join(FREQS)}")
    a, b = a.upper(), b.upper()
    facts = store.event_facts()
    parts = analysis.dyad_facts(facts, a, b)
    both = f"{a}-{b}"
    whole = analysis.series(parts[both], freq=freq, since=since, until=until, name=both)
    if whole.periods:  # every direction over the same periods
        since, until = whole.periods[0].start, whole.periods[-1].end
    rows = []
    for name, evs in parts.items():
        s = analysis.series(evs, freq=freq, since=since, until=until, name=name)
        for p, z, base, _ in analysis.escalation(s):
            rows.append(
                {
                    "dyad": name,
                    **p.to_json(),
                    "baseline": round(base, 2),
                    "escalation_index": round(z, 2) if z is not None else None,
                }
            )
    found = analysis.alerts(parts[both], freq=freq)
    return {
        "dyad": [a, b],
        "freq": freq,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "unplaced": whole.unplaced,
        "rows": rows,
        "alerts": [x.to_json() for x in found],
        "n_events": len(parts[both]),
    }


def dyad_ranking(
    store: Store,
    *,
    top: int = 10,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> JSON:
    """Return the most active and the most conflictual pairs."""
    facts = [
        f
        for f in store.event_facts()
        if (since is None and until is None)
        or (
            f.date_start is not None
            and (since is None or f.date_start >= since)
            and (until is None or f.date_start <= until)
        )
    ]
    found = analysis.dyads(facts, top=top)
    return {kind: [d.to_json() for d in ds] for kind, ds in found.items()}


def find_alerts(
    store: Store,
    *,
    freq: str = "week",
    dyad: tuple[str, str] | None = None,
    since: dt.date | None = None,
) -> list[analysis.Alert]:
    """Return escalation alerts (method ``ewma-z.v1``), oldest first; nothing is stored."""
    if freq not in FREQS:
        raise QueryError(f"freq: choose one of {', '.join(FREQS)}")
    return analysis.alerts(store.event_facts(), freq=freq, dyad=dyad, since=since)


def country_series(
    store: Store,
    country: str,
    *,
    freq: str = "week",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[JSON]:
    """Return a country's periods: events located there, or unlocated with it as actor."""
    iso = country.upper()
    facts = [
        f
        for f in store.event_facts()
        if f.location_country == iso
        or (f.location_country is None and iso in (f.source_key, f.target_key))
    ]
    s = analysis.series(facts, freq=freq, since=since, until=until, name=iso)
    return [{"country": iso, **p.to_json()} for p in s.periods]


def overview(store: Store, *, top: int = 10) -> JSON:
    """Return what the dashboard's front page shows: counts, the most active dyads, the
    latest alerts and the events on the map."""
    summary = store.summary(top=top)
    facts = store.event_facts()
    dated = [f.date_start for f in facts if f.date_start is not None]
    latest = sorted(analysis.alerts(facts), key=lambda x: (x.start, x.z), reverse=True)[:top]
    return {
        "articles": summary["articles"],
        "rejections": summary["rejections"],
        "events": summary["events"],
        "mentions": summary["mentions"],
        "fused_events": sum(1 for f in facts if f.n_articles > 1),
        "first_date": min(dated).isoformat() if dated else None,
        "last_date": max(dated).isoformat() if dated else None,
        "first_published": summary["first_published"],
        "last_published": summary["last_published"],
        "events_by_type": summary["events_by_type"],
        "dyads": dyad_ranking(store, top=top),
        "alerts": [x.to_json() for x in latest],
        "map": store.event_places(),
    }
