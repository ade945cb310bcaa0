"""The HTTP API and the dashboard: one FastAPI app over :mod:`flashpoint.queries`.

Every page of the dashboard has a JSON twin under ``/api`` that the page itself links to,
and both are computed by the same query function the CLI uses. The app only reads: each
request opens a short read-only connection (see :mod:`flashpoint.store` on concurrency),
so it keeps answering while ``flashpoint ingest`` writes the same file between batches.
``POST /api/annotate`` codes a text without storing it.

    flashpoint serve --db flashpoint.duckdb        # http://127.0.0.1:8000/
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path as FilePath
from typing import Annotated, Any, TypeVar, cast
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from flashpoint import __version__, queries
from flashpoint.errors import DatabaseBusy, DatabaseMissing, FlashpointError, QueryError
from flashpoint.records import CONTRACT_VERSION, JSON, Plover
from flashpoint.settings import Settings
from flashpoint.store import EventQuery, Store
from flashpoint.web import svg

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])

PAGE_SIZE = 50
MAX_PAGE = 500
ANNOTATE_MAX_BYTES = 1_000_000

_HERE = resources.files("flashpoint") / "web"

# Shared descriptions of the filters, for the OpenAPI spec.
Actor = Annotated[
    str | None, Query(max_length=40, description="Actor code prefix (CHN matches CHNMIL).")
]
Dyad = Annotated[
    str | None, Query(max_length=80, description="Two actor keys A,B, either direction.")
]
Country = Annotated[
    str | None, Query(max_length=10, description="ISO3 code of where events happened.")
]
Bbox = Annotated[str | None, Query(max_length=100, description="Box W,S,E,N in degrees.")]
Kind = Annotated[str | None, Query(alias="type", max_length=20, description="PLOVER type.")]
Day = Annotated[str | None, Query(max_length=20, description="A day, YYYY-MM-DD.")]
Id = Annotated[str, Path(max_length=200, description="An id as the API gives it.")]
Key = Annotated[str, Path(max_length=40, description="An actor key: ISO3 country or code.")]
Text = Annotated[str | None, Query(max_length=200, description="Words in a source sentence.")]
Speaker = Annotated[
    str | None,
    Query(max_length=40, description="Speaker's actor code, or its first letters (RUS)."),
]
QuoteKind = Annotated[
    str | None, Query(pattern="^(direct|indirect)$", description="direct or indirect.")
]
Freq = Annotated[str, Query(pattern="^(day|week|month)$", description="day, week or month.")]


class AnnotateRequest(BaseModel):
    """A document to annotate; nothing is stored."""

    text: str = Field(min_length=1, description="The article's text.")
    published: dt.date | None = Field(None, description="Publication date, YYYY-MM-DD.")
    title: str | None = None
    url: str | None = None


def _day(value: str | None, name: str) -> dt.date | None:
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise QueryError(f"{name}: {value!r} is not a date in YYYY-MM-DD form") from None


def _int(value: str | None, name: str, *, lo: int = 0, hi: int = 10**9) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        n = int(value)
    except ValueError:
        raise QueryError(f"{name}: {value!r} is not a whole number") from None
    if not lo <= n <= hi:
        raise QueryError(f"{name}: must be between {lo} and {hi}")
    return n


def _one_connection(store: Store) -> Callable[[F], F]:
    """Run an endpoint inside one read-only session of ``store`` (one file open)."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> Any:
            with store.session():
                return fn(*args, **kwargs)

        return cast(F, inner)

    return wrap


def create_app(db: str | FilePath, *, settings: Settings | None = None) -> FastAPI:
    """Return the app serving the database at ``db`` (read-only)."""
    settings = settings or Settings(db=FilePath(db))
    store = Store(db, lock_timeout=settings.lock_timeout)
    templates = Jinja2Templates(directory=str(_HERE / "templates"))
    templates.env.globals.update(version=__version__, contract=CONTRACT_VERSION)
    templates.env.filters["qs"] = lambda d: urlencode({k: v for k, v in d.items() if v})
    annotate_lock = threading.Lock()  # one spaCy pipeline, one document at a time

    app = FastAPI(
        title="Flashpoint",
        version=__version__,
        summary="Political events coded from news: who did what to whom, when and where.",
        description=(
            f"Read-only API over one Flashpoint database (output contract {CONTRACT_VERSION}). "
            "Every dashboard page has a JSON twin here."
        ),
        docs_url=None,  # Swagger UI and ReDoc load from a CDN: nothing here may
        redoc_url=None,  # need a network, so only the spec itself is served
    )
    app.state.store = store
    session = _one_connection(store)
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")

    @app.exception_handler(FlashpointError)
    def _flashpoint_error(request: Request, exc: FlashpointError) -> Response:
        status = 422 if isinstance(exc, QueryError) else 503
        if isinstance(exc, DatabaseMissing):
            status = 503
        headers = {"Retry-After": "5"} if isinstance(exc, DatabaseBusy) else None
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=status, headers=headers)
        return templates.TemplateResponse(
            request, "error.html", {"message": str(exc), "status": status}, status_code=status
        )

    @app.exception_handler(HTTPException)
    def _http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/") or request.url.path.startswith("/static/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(
            request,
            "error.html",
            {"message": exc.detail, "status": exc.status_code},
            status_code=exc.status_code,
        )

    def page(request: Request, name: str, json_url: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"json_url": json_url, **context})

    def twin(request: Request) -> str:
        """Return the JSON twin of the page being served: /x?q -> /api/x?q."""
        path = "/api/overview" if request.url.path == "/" else "/api" + request.url.path
        return path + (f"?{request.url.query}" if request.url.query else "")

    # -- the JSON API ---------------------------------------------------------------------
    @app.get("/api/health", tags=["meta"])
    def health() -> JSON:
        """Say the server is up, which version it runs and which database it reads."""
        return {
            "status": "ok",
            "version": __version__,
            "contract": CONTRACT_VERSION,
            "db": str(store.path),
        }

    @app.get("/api/overview", tags=["dashboard"])
    @session
    def overview_json() -> JSON:
        """Counts, the most active and most conflictual dyads, the latest alerts and the
        places events happened."""
        return queries.overview(store)

    def _events_query(
        actor: str | None,
        dyad: str | None,
        country: str | None,
        bbox: str | None,
        kind: str | None,
        since: str | None,
        until: str | None,
        min_articles: str | None,
        text: str | None,
        limit: str | None,
        offset: str | None,
    ) -> Any:
        if kind and kind.strip() and kind.strip().upper() not in Plover.__members__:
            raise QueryError(f"type: unknown PLOVER type {kind!r}")
        return queries.event_query(
            actor=actor,
            dyad=dyad,
            country=country,
            bbox=bbox,
            plover=kind.strip() if kind and kind.strip() else None,
            since=_day(since, "since"),
            until=_day(until, "until"),
            min_articles=_int(min_articles, "min_articles", lo=1),
            text=text,
            limit=_int(limit, "limit", lo=1, hi=MAX_PAGE) or PAGE_SIZE,
            offset=_int(offset, "offset") or 0,
        )

    @app.get("/api/events", tags=["events"])
    @session
    def events_json(
        actor: Actor = None,
        dyad: Dyad = None,
        country: Country = None,
        bbox: Bbox = None,
        kind: Kind = None,
        since: Day = None,
        until: Day = None,
        min_articles: Annotated[str | None, Query(description="At least N articles.")] = None,
        text: Text = None,
        limit: Annotated[str | None, Query(description=f"Page size, 1-{MAX_PAGE}.")] = None,
        offset: Annotated[str | None, Query(description="Events to skip.")] = None,
    ) -> JSON:
        """Events matching the filters, newest first, one page at a time, with the total."""
        q = _events_query(
            actor, dyad, country, bbox, kind, since, until, min_articles, text, limit, offset
        )
        return queries.events_page(store, q)

    @app.get("/api/events/{event_id}", tags=["events"])
    @session
    def event_json(event_id: Id) -> JSON:
        """One event with every report, each with its article text and the spans of the
        words each field came from. An id merged into another event still finds it."""
        found = queries.event_detail(store, event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return found

    @app.get("/api/dyads", tags=["dyads"])
    @session
    def dyads_json(
        top: Annotated[int, Query(ge=1, le=1000)] = 10, since: Day = None, until: Day = None
    ) -> JSON:
        """The most active and the most conflictual pairs of actors."""
        return queries.dyad_ranking(
            store, top=top, since=_day(since, "since"), until=_day(until, "until")
        )

    @app.get("/api/dyads/{a}/{b}", tags=["dyads"])
    @session
    def dyad_json(
        a: Key, b: Key, freq: Freq = "week", since: Day = None, until: Day = None
    ) -> JSON:
        """A dyad period by period (A->B, B->A and both together), with its alerts."""
        return queries.dyad_series(
            store, a, b, freq=freq, since=_day(since, "since"), until=_day(until, "until")
        )

    @app.get("/api/alerts", tags=["dyads"])
    @session
    def alerts_json(freq: Freq = "week", dyad: Dyad = None, since: Day = None) -> JSON:
        """Escalation alerts (method ewma-z.v1), oldest first; computed, not stored."""
        pair = queries.parse_pair(dyad) if dyad and dyad.strip() else None
        found = queries.find_alerts(store, freq=freq, dyad=pair, since=_day(since, "since"))
        return {"alerts": [x.to_json() for x in found]}

    @app.get("/api/series/{country}", tags=["dyads"])
    @session
    def series_json(
        country: Key, freq: Freq = "week", since: Day = None, until: Day = None
    ) -> JSON:
        """Events, conflict and fatalities in one country (ISO3) per period."""
        rows = queries.country_series(
            store, country, freq=freq, since=_day(since, "since"), until=_day(until, "until")
        )
        return {"country": country.upper(), "freq": freq, "rows": rows}

    @app.get("/api/articles", tags=["articles"])
    @session
    def articles_json(
        since: Day = None,
        until: Day = None,
        source: Annotated[str | None, Query(description="Only this outlet.")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = PAGE_SIZE,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> JSON:
        """Stored articles, newest first (without their text: see /api/articles/{id})."""
        found = store.articles(
            since=_day(since, "since"),
            until=_day(until, "until"),
            source=source or None,
            limit=limit,
            offset=offset,
        )
        return {
            "limit": limit,
            "offset": offset,
            "articles": [{k: v for k, v in a.to_json().items() if k != "text"} for a in found],
        }

    @app.get("/api/articles/{article_id}", tags=["articles"])
    @session
    def article_json(article_id: Id) -> JSON:
        """One stored article with its clean text and the events coded from it."""
        found = store.articles_by_id([article_id])
        if not found:
            raise HTTPException(404, f"no article {article_id!r}")
        events = store.events(EventQuery(article=article_id))
        return {**found[0].to_json(), "events": [e.to_json() for e in events]}

    def _quotes_query(
        speaker: str | None,
        kind: str | None,
        article: str | None,
        text: str | None,
        since: str | None,
        until: str | None,
        limit: int,
        offset: int,
    ) -> Any:
        return queries.quote_query(
            speaker=speaker,
            kind=kind,
            article=article,
            text=text,
            since=_day(since, "since"),
            until=_day(until, "until"),
            limit=limit,
            offset=offset,
        )

    @app.get("/api/quotes", tags=["quotes"])
    @session
    def quotes_json(
        speaker: Speaker = None,
        kind: QuoteKind = None,
        article: Annotated[str | None, Query(max_length=200, description="An article id.")] = None,
        text: Annotated[
            str | None, Query(max_length=200, description="Words in the quote or its speaker.")
        ] = None,
        since: Day = None,
        until: Day = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = PAGE_SIZE,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> JSON:
        """Who said what: stored quotes with their speakers, newest articles first."""
        q = _quotes_query(speaker, kind, article, text, since, until, limit, offset)
        return queries.quotes_page(store, q)

    @app.get("/api/rejections", tags=["articles"])
    @session
    def rejections_json(
        stage: Annotated[str | None, Query(description="read, decode, extract, language…")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = PAGE_SIZE,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> JSON:
        """Inputs that were rejected, with where and why."""
        found = store.rejections(stage=stage or None, limit=limit, offset=offset)
        return {"limit": limit, "offset": offset, "rejections": [r.to_json() for r in found]}

    @app.post(
        "/api/annotate",
        tags=["annotate"],
        openapi_extra={  # the body is read by hand (to cap its size) but documented here
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": AnnotateRequest.model_json_schema()}},
            }
        },
    )
    async def annotate_json(request: Request) -> JSON:
        """Code one text (JSON body: text, published, title, url) and return every layer,
        as ``flashpoint annotate`` does; nothing is stored. Bodies over 1 MB are refused."""
        declared = request.headers.get("content-length")
        if declared and declared.isdecimal() and int(declared) > ANNOTATE_MAX_BYTES:
            raise HTTPException(413, f"body over {ANNOTATE_MAX_BYTES} bytes")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > ANNOTATE_MAX_BYTES:
                raise HTTPException(413, f"body over {ANNOTATE_MAX_BYTES} bytes")
        try:
            doc = AnnotateRequest.model_validate_json(bytes(body))
        except ValueError as exc:
            raise HTTPException(422, f"expected JSON with a non-empty text: {exc}") from None
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_annotate, doc)

    def _annotate(doc: AnnotateRequest) -> JSON:
        from flashpoint.pipeline import annotate_records
        from flashpoint.records import RawArticle

        raw = RawArticle(
            input="api",
            kind="text",
            text=doc.text,
            title=doc.title,
            url=doc.url,
            published=doc.published,
            published_from="input" if doc.published else None,
        )
        with annotate_lock:
            ann = next(annotate_records([raw], settings=settings.replace(workers=1)))
        return ann.to_json()

    # -- the dashboard -------------------------------------------------------------------
    @app.get("/map/world.svg", include_in_schema=False)
    def world_map() -> Response:
        return Response(
            svg.world_svg(),
            media_type="image/svg+xml",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    @session
    def overview_page(request: Request) -> HTMLResponse:
        data = queries.overview(store)
        return page(
            request,
            "overview.html",
            twin(request),
            data=data,
            dots=svg.event_dots(data["map"]),
        )

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    @session
    def events_page(
        request: Request,
        actor: Actor = None,
        dyad: Dyad = None,
        country: Country = None,
        bbox: Bbox = None,
        kind: Kind = None,
        since: Day = None,
        until: Day = None,
        min_articles: str | None = None,
        text: Text = None,
        limit: str | None = None,
        offset: str | None = None,
    ) -> HTMLResponse:
        q = _events_query(
            actor, dyad, country, bbox, kind, since, until, min_articles, text, limit, offset
        )
        data = queries.events_page(store, q)
        filters = {
            "actor": actor,
            "dyad": dyad,
            "country": country,
            "bbox": bbox,
            "type": kind,
            "since": since,
            "until": until,
            "min_articles": min_articles,
            "text": text,
        }
        nxt = q.offset + (q.limit or PAGE_SIZE)
        return page(
            request,
            "events.html",
            twin(request),
            data=data,
            filters=filters,
            plovers=list(Plover.__members__),
            next_offset=nxt if nxt < data["total"] else None,
            prev_offset=max(0, q.offset - (q.limit or PAGE_SIZE)) if q.offset else None,
        )

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    @session
    def event_page(request: Request, event_id: Id) -> HTMLResponse:
        found = queries.event_detail(store, event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id!r}")
        for report in found["reports"]:
            spans = list(report["highlights"])
            spans.append({"field": "sentence", "start": report["start"], "end": report["end"]})
            report["html"] = svg.highlight(report["text"] or "", spans)
        return page(request, "event.html", twin(request), e=found)

    @app.get("/dyads", response_class=HTMLResponse, include_in_schema=False)
    @session
    def dyads_page(
        request: Request, top: Annotated[int, Query(ge=1, le=1000)] = 25
    ) -> HTMLResponse:
        return page(request, "dyads.html", twin(request), data=queries.dyad_ranking(store, top=top))

    @app.get("/dyads/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    @session
    def dyad_page(
        request: Request, a: Key, b: Key, freq: Freq = "week", since: Day = None, until: Day = None
    ) -> HTMLResponse:
        data = queries.dyad_series(
            store, a, b, freq=freq, since=_day(since, "since"), until=_day(until, "until")
        )
        both = [r for r in data["rows"] if r["dyad"] == f"{a.upper()}-{b.upper()}"]
        events = store.events(queries.event_query(dyad=(a.upper(), b.upper()), limit=200))
        return page(
            request,
            "dyad.html",
            twin(request),
            data=data,
            rows=both,
            chart=svg.timeline(both, data["alerts"], dyad=(a.upper(), b.upper())),
            events=[e.to_json() for e in events],
        )

    @app.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
    @session
    def alerts_page(request: Request, freq: Freq = "week") -> HTMLResponse:
        found = queries.find_alerts(store, freq=freq)
        return page(
            request,
            "alerts.html",
            twin(request),
            alerts=[x.to_json() for x in reversed(found)],
            freq=freq,
        )

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    @session
    def articles_page(
        request: Request,
        source: str | None = None,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> HTMLResponse:
        found = store.articles(source=source or None, limit=PAGE_SIZE, offset=offset)
        return page(
            request,
            "articles.html",
            twin(request),
            articles=[a.to_json() for a in found],
            offset=offset,
            page_size=PAGE_SIZE,
        )

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    @session
    def article_page(request: Request, article_id: Id) -> HTMLResponse:
        found = store.articles_by_id([article_id])
        if not found:
            raise HTTPException(404, f"no article {article_id!r}")
        events = store.events(EventQuery(article=article_id))
        spans = [
            {"field": "trigger", "start": m.trigger[0], "end": m.trigger[1]}
            for e in events
            for m in e.mentions
            if m.article_id == article_id
        ]
        return page(
            request,
            "article.html",
            twin(request),
            a=found[0].to_json(),
            html=svg.highlight(found[0].text, spans),
            events=[e.to_json() for e in events],
            n_quotes=store.count_quotes(queries.quote_query(article=article_id)),
        )

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    @session
    def quotes_page(
        request: Request,
        speaker: Speaker = None,
        kind: QuoteKind = None,
        article: Annotated[str | None, Query(max_length=200)] = None,
        text: Annotated[str | None, Query(max_length=200)] = None,
        since: Day = None,
        until: Day = None,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
    ) -> HTMLResponse:
        q = _quotes_query(speaker, kind, article, text, since, until, PAGE_SIZE, offset)
        found = queries.quotes_page(store, q)
        filters = {
            "speaker": speaker or "",
            "kind": kind or "",
            "article": article or "",
            "text": text or "",
            "since": since or "",
            "until": until or "",
        }
        return page(
            request,
            "quotes.html",
            twin(request),
            page=found,
            filters=filters,
            offset=offset,
            page_size=PAGE_SIZE,
        )

    @app.get("/rejections", response_class=HTMLResponse, include_in_schema=False)
    @session
    def rejections_page(request: Request) -> HTMLResponse:
        found = store.rejections(limit=MAX_PAGE)
        return page(
            request, "rejections.html", twin(request), rejections=[r.to_json() for r in found]
        )

    return app
