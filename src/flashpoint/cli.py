"""The ``flashpoint`` command line: thin commands over the library.

Data goes to stdout, logs and progress to stderr. spaCy is imported only by the
commands that parse text, so ``flashpoint --help`` is instant.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from flashpoint import __version__
from flashpoint.errors import FlashpointError
from flashpoint.records import CONTRACT_VERSION, Plover
from flashpoint.settings import Settings, load_settings

log = logging.getLogger("flashpoint")

FORMATS = click.Choice(["table", "jsonl", "csv"])


class _Date(click.ParamType[dt.date]):
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: Any, ctx: Any) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date in YYYY-MM-DD form", param, ctx)


DATE = _Date()


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    base: Settings = ctx.obj["settings"]
    return base.replace(**overrides)


def _fail_cleanly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into a one-line message and exit code 1."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except FlashpointError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


db_option = click.option(
    "--db",
    type=click.Path(path_type=Path),
    default=None,
    help="Database file [default: $FLASHPOINT_DB or flashpoint.duckdb].",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, message=f"flashpoint %(version)s (contract {CONTRACT_VERSION})")
@click.option("-v", "--verbose", count=True, help="More logging on stderr (-vv for debug).")
@click.pass_context
def main(ctx: click.Context, verbose: int) -> None:
    """Turn news articles into coded political events, traced to their words."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    try:
        ctx.obj = {"settings": load_settings()}
    except FlashpointError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--published", type=DATE, help="Publication date for inputs that carry none.")
@click.option("--source", help="Outlet name for inputs that carry none.")
@click.option("--workers", type=int, help="Worker processes for NLP.")
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    help="Code articles in local processes (default) or on a Dask cluster.",
)
@click.option("--scheduler", help="Dask scheduler address (default: a LocalCluster).")
@click.option(
    "--judge/--no-judge",
    default=None,
    help="Drop the events a learned judge doubts: more precision, a little less recall.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@click.pass_context
@_fail_cleanly
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    db: Path | None,
    published: dt.date | None,
    source: str | None,
    workers: int | None,
    engine: str | None,
    scheduler: str | None,
    judge: bool | None,
    quiet: bool,
) -> None:
    """Read articles and store their events.

    PATHS are files or directories (walked recursively): .txt, .html/.htm, .jsonl
    (.jsonl.gz, .jsonl.bz2), WARC (.warc, .warc.gz) and RSS/Atom feeds (.rss, .atom, .xml).
    """
    from flashpoint.render import ingest_with_progress, print_report

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")
    settings = _settings(
        ctx,
        db=db,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        judge=None if judge is None else ("on" if judge else "off"),
    )
    report = ingest_with_progress(
        paths, settings=settings, published=published, source=source, quiet=quiet
    )
    if not quiet:
        print_report(report, settings.db)


def _event_filters(f: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--actor", help="Actor code prefix (CHN matches CHNMIL)."),
        click.option("--dyad", help="Two actor keys, A,B (either direction)."),
        click.option("--country", help="ISO3 country where the event happened."),
        click.option(
            "--bbox",
            help="Events located in a box W,S,E,N in degrees (e.g. 77,32,80,36 for Ladakh).",
        ),
        click.option(
            "--type",
            "plover",
            type=click.Choice(list(Plover.__members__), case_sensitive=False),
            help="PLOVER event type.",
        ),
        click.option("--since", type=DATE, help="Events on or after this date."),
        click.option("--until", type=DATE, help="Events on or before this date."),
        click.option("--min-articles", type=int, help="Events reported by at least N articles."),
        click.option("--text", help="Words in one of the event's source sentences."),
        click.option("--limit", type=int, help="At most N events."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _query(**filters: Any) -> Any:
    """Build an event query, turning a bad filter into a usage error."""
    from flashpoint import queries
    from flashpoint.errors import QueryError

    try:
        return queries.event_query(**filters)
    except QueryError as exc:
        what, _, message = str(exc).partition(": ")
        raise click.BadParameter(message or what, param_hint=f"--{what}") from None


@main.command()
@db_option
@_event_filters
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
@_fail_cleanly
def events(ctx: click.Context, db: Path | None, fmt: str, **filters: Any) -> None:
    """List coded events."""
    from flashpoint.render import emit
    from flashpoint.store import Store

    settings = _settings(ctx, db=db)
    found = Store(settings.db, lock_timeout=settings.lock_timeout).events(_query(**filters))
    emit("events", [e.to_json() for e in found], fmt)


@main.command()
@click.argument("event_id")
@db_option
@click.pass_context
@_fail_cleanly
def event(ctx: click.Context, event_id: str, db: Path | None) -> None:
    """Show one event, with every mention, as JSON."""
    from flashpoint.store import Store

    settings = _settings(ctx, db=db)
    found = Store(settings.db, lock_timeout=settings.lock_timeout).event(event_id)
    if found is None:
        raise click.ClickException(f"no event {event_id!r} in {settings.db}")
    click.echo(json.dumps(found.to_json(), ensure_ascii=False, indent=2))


@main.command()
@db_option
@click.option("--since", type=DATE)
@click.option("--until", type=DATE)
@click.option("--source", help="Only this outlet.")
@click.option("--limit", type=int)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
@_fail_cleanly
def articles(ctx: click.Context, db: Path | None, fmt: str, **filters: Any) -> None:
    """List stored articles."""
    from flashpoint.render import emit
    from flashpoint.store import Store

    settings = _settings(ctx, db=db)
    found = Store(settings.db, lock_timeout=settings.lock_timeout).articles(**filters)
    emit("articles", [a.to_json() for a in found], fmt)


@main.command()
@db_option
@click.option("--speaker", help="Only quotes by this actor code, or codes starting with it (RUS).")
@click.option("--kind", type=click.Choice(["direct", "indirect"]))
@click.option("--article", help="Only quotes from this article id.")
@click.option("--text", help="Only quotes with these words (in the quote or its speaker).")
@click.option("--since", type=DATE, help="Articles published on or after this day.")
@click.option("--until", type=DATE, help="Articles published on or before this day.")
@click.option("--limit", type=int)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
@_fail_cleanly
def quotes(ctx: click.Context, db: Path | None, fmt: str, **filters: Any) -> None:
    """List who said what: stored direct and indirect quotes with their speakers."""
    from flashpoint.queries import quote_query
    from flashpoint.render import emit
    from flashpoint.store import Store

    settings = _settings(ctx, db=db)
    found = Store(settings.db, lock_timeout=settings.lock_timeout).quotes(quote_query(**filters))
    emit("quotes", [q.to_json() for q in found], fmt)


@main.command()
@db_option
@click.option("--stage", help="Only rejections at this stage (read, decode, extract, language).")
@click.option("--limit", type=int)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
@_fail_cleanly
def rejections(ctx: click.Context, db: Path | None, fmt: str, **filters: Any) -> None:
    """List inputs that were rejected, with the reason."""
    from flashpoint.render import emit
    from flashpoint.store import Store

    settings = _settings(ctx, db=db)
    found = Store(settings.db, lock_timeout=settings.lock_timeout).rejections(**filters)
    emit("rejections", [r.to_json() for r in found], fmt)


@main.command()
@click.argument("what", type=click.Choice(["events", "articles", "quotes", "alerts", "dyads"]))
@click.option(
    "--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl", "gdelt"]), required=True
)
@click.option("-o", "--output", required=True, help="Output file, or - for stdout (text formats).")
@db_option
@_event_filters
@click.pass_context
@_fail_cleanly
def export(
    ctx: click.Context, what: str, fmt: str, output: str, db: Path | None, **filters: Any
) -> None:
    """Export events, articles, quotes or alerts to Parquet, CSV or JSON Lines; events also in
    GDELT 2.0's event-table layout (--format gdelt; see flashpoint.gdelt for the mapping)."""
    from flashpoint import export as exporter
    from flashpoint.store import Store

    settings = _settings(ctx, db=db)
    store = Store(settings.db, lock_timeout=settings.lock_timeout)
    if fmt == "gdelt" and what != "events":
        raise click.UsageError("--format gdelt is for events")
    if what in ("alerts", "dyads"):
        from flashpoint import analysis

        facts = store.event_facts()
        if what == "alerts":
            rows = [a.to_json() for a in analysis.alerts(facts)]
        else:
            ranked = analysis.dyads(facts, top=10**9)["most_active"]
            rows = [d.to_json() for d in ranked]
        n = exporter.write_rows(rows, fmt, None if output == "-" else Path(output), sys.stdout)
        if output != "-":
            click.echo(f"wrote {n} {what} to {output}", err=True)
        return
    if fmt == "gdelt":
        from flashpoint import gdelt

        events = [e.to_json() for e in store.events(_query(**filters))]
        if output == "-":
            n = gdelt.write(events, sys.stdout)
        else:
            with Path(output).open("w", encoding="utf-8", newline="") as fh:
                n = gdelt.write(events, fh)
            click.echo(f"wrote {n} events (GDELT 2.0 layout) to {output}", err=True)
        return
    if what == "events":
        items = [e.to_json() for e in store.events(_query(**filters))]
    elif what == "quotes":
        items = [q.to_json() for q in store.quotes()]
    else:
        items = [a.to_json() for a in store.articles()]
    if output == "-":
        if fmt == "parquet":
            raise click.UsageError("parquet cannot go to stdout: give -o FILE")
        n = exporter.write(what, items, fmt, None, sys.stdout)
    else:
        n = exporter.write(what, items, fmt, Path(output), None)
    log.info("wrote %d %s", n, what)
    if output != "-":
        click.echo(f"wrote {n} {what} to {output}", err=True)


@main.command()
@click.argument("text", required=False)
@click.option(
    "--input",
    "input_file",
    type=click.File("rb"),
    help='JSONL: one {"id", "text"|"html", "published"} per line (- for stdin).',
)
@click.option("--published", type=DATE, help="Publication date for documents that carry none.")
@click.pass_context
@_fail_cleanly
def annotate(
    ctx: click.Context, text: str | None, input_file: Any, published: dt.date | None
) -> None:
    """Print every layer Flashpoint finds, one JSON line per document; stores nothing."""
    from flashpoint.pipeline import annotate_records
    from flashpoint.records import RawArticle
    from flashpoint.sources.files import parse_jsonl_record

    if (text is None) == (input_file is None):
        raise click.UsageError("give a TEXT argument or --input FILE.jsonl (not both)")
    settings = _settings(ctx)
    if text is not None:
        raws: Any = [
            RawArticle(
                input="text",
                kind="text",
                text=text,
                published=published,
                published_from="input" if published else None,
            )
        ]
    else:
        raws = (
            parse_jsonl_record(line, f"{input_file.name}:{n}", published=published)
            for n, line in enumerate(input_file, start=1)
            if line.strip()
        )
    for ann in annotate_records(raws, settings=settings):
        click.echo(json.dumps(ann.to_json(), ensure_ascii=False))


_FREQ = click.option(
    "--freq", type=click.Choice(["day", "week", "month"]), default="week", show_default=True
)
_FMT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv"]),
    default="table",
    show_default=True,
)


def _rows_out(rows: list[dict[str, Any]], fmt: str, title: str) -> None:
    """Write plain rows as a table, JSON Lines or CSV on stdout."""
    import csv
    import json
    import sys

    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    cols = list(rows[0]) if rows else []
    if fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow(
                {k: (";".join(map(str, v)) if isinstance(v, list) else v) for k, v in r.items()}
            )
        return
    from rich.table import Table

    from flashpoint.render import err, out

    t = Table(title=title)
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(
            *(
                ""
                if r[c] is None
                else (", ".join(map(str, r[c])) if isinstance(r[c], list) else str(r[c]))
                for c in cols
            )
        )
    out.print(t)
    err.print(f"{len(rows)} rows")


@main.command()
@click.argument("a")
@click.argument("b")
@db_option
@_FREQ
@click.option("--since", type=DATE, help="First day of the series.")
@click.option("--until", type=DATE, help="Last day of the series.")
@_FMT
@click.option("--plot", "plot_path", type=click.Path(path_type=Path), help="Also draw a PNG chart.")
@click.pass_context
@_fail_cleanly
def dyad(
    ctx: click.Context,
    a: str,
    b: str,
    db: Path | None,
    freq: str,
    since: dt.date | None,
    until: dt.date | None,
    fmt: str,
    plot_path: Path | None,
) -> None:
    """How a pair of actors moves between cooperation and conflict, period by period.

    Rows for A->B, B->A and A-B (both directions), each period with events by quad class,
    Goldstein sum and mean, fatalities, the conflict score and the heaviest events.
    """
    from flashpoint import analysis, queries
    from flashpoint.store import Store

    settings = _settings(ctx, db=db)
    store = Store(settings.db, lock_timeout=settings.lock_timeout)
    found = queries.dyad_series(store, a, b, freq=freq, since=since, until=until)
    rows = found["rows"]
    both = f"{a.upper()}-{b.upper()}"
    _rows_out(rows, fmt, f"{both} by {freq}")
    if plot_path is not None:
        from flashpoint.plot import dyad_plot

        parts = analysis.dyad_facts(store.event_facts(), a, b)
        since = dt.date.fromisoformat(found["since"]) if found["since"] else since
        until = dt.date.fromisoformat(found["until"]) if found["until"] else until
        s = analysis.series(parts[both], freq=freq, since=since, until=until, name=both, top=1000)
        if not s.periods:
            raise click.ClickException(f"no dated events between {a} and {b} to plot")
        dyad_plot(
            s,
            {e.id: e for e in parts[both]},
            plot_path,
            title=f"{both}: events per {freq} (shaded: escalation alerts)",
            alerts=analysis.alerts(parts[both], freq=freq),
        )
        click.echo(f"chart written to {plot_path}", err=True)


@main.command(name="dyads")
@db_option
@click.option("--top", type=int, default=10, show_default=True)
@click.option("--since", type=DATE)
@click.option("--until", type=DATE)
@_FMT
@click.pass_context
@_fail_cleanly
def dyads_cmd(
    ctx: click.Context,
    db: Path | None,
    top: int,
    since: dt.date | None,
    until: dt.date | None,
    fmt: str,
) -> None:
    """The most active and the most conflictual pairs of actors."""
    from flashpoint import queries
    from flashpoint.store import Store

    settings = _settings(ctx, db=db)
    store = Store(settings.db, lock_timeout=settings.lock_timeout)
    found = queries.dyad_ranking(store, top=top, since=since, until=until)
    rows = [{"rank_by": kind, **d} for kind, ds in found.items() for d in ds]
    _rows_out(rows, fmt, "dyads")


@main.command(name="alerts")
@db_option
@_FREQ
@click.option("--since", type=DATE, help="Alerts on periods ending on or after this day.")
@click.option("--dyad", "pair", help="Two actor keys, A,B.")
@_FMT
@click.pass_context
@_fail_cleanly
def alerts_cmd(
    ctx: click.Context,
    db: Path | None,
    freq: str,
    since: dt.date | None,
    pair: str | None,
    fmt: str,
) -> None:
    """Periods where a dyad's conflict departs from its own baseline (method ewma-z.v1).

    Alerts are stored by identity (dyad, period, method); an alert on a period not over yet
    is provisional and is updated, not repeated, when the period fills in.
    """
    from flashpoint import analysis, queries
    from flashpoint.errors import QueryError
    from flashpoint.store import Store

    settings = _settings(ctx, db=db)
    store = Store(settings.db, lock_timeout=settings.lock_timeout)
    try:
        dyad_pair = queries.parse_pair(pair) if pair else None
    except QueryError:
        raise click.BadParameter("give two actor keys, e.g. CHN,IND", param_hint="--dyad") from None
    found = queries.find_alerts(store, freq=freq, dyad=dyad_pair, since=since)
    store.save_alerts(found)
    _rows_out([a.to_json() for a in found], fmt, f"alerts ({analysis.METHOD})")


@main.command()
@click.option("--country", required=True, help="ISO3 code.")
@db_option
@_FREQ
@click.option("--since", type=DATE)
@click.option("--until", type=DATE)
@_FMT
@click.pass_context
@_fail_cleanly
def series(
    ctx: click.Context,
    country: str,
    db: Path | None,
    freq: str,
    since: dt.date | None,
    until: dt.date | None,
    fmt: str,
) -> None:
    """Events, conflict intensity and fatalities in one country over time.

    An event counts when it happened in the country (its location); an event with no
    location counts when the country is one of its actors.
    """
    from flashpoint import queries
    from flashpoint.store import Store

    settings = _settings(ctx, db=db)
    store = Store(settings.db, lock_timeout=settings.lock_timeout)
    rows = queries.country_series(store, country, freq=freq, since=since, until=until)
    _rows_out(rows, fmt, f"{country.upper()} by {freq}")


@main.command()
@db_option
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
@click.pass_context
@_fail_cleanly
def recode(ctx: click.Context, db: Path | None, quiet: bool) -> None:
    """Code every stored article again with the current coder and lexicon.

    Each article's mentions are replaced and its events fused again; event ids that
    disappear remain as aliases of the events that absorbed them.
    """
    from flashpoint.pipeline import recode as run

    settings = _settings(ctx, db=db)
    if not settings.db.exists():
        from flashpoint.errors import DatabaseMissing

        raise DatabaseMissing(f"no Flashpoint database at {settings.db}")
    report = run(settings=settings)
    if not quiet:
        click.echo(
            f"recoded {report.articles} articles: {report.mentions} mentions"
            + (f", {len(report.failed)} kept their old events" if report.failed else ""),
            err=True,
        )


@main.command()
@click.argument("sources", type=click.Path(path_type=Path, dir_okay=False))
@db_option
@click.option(
    "--every", default="15m", show_default=True, help="Time between rounds: 15m, 1h, 90s."
)
@click.option("--once", is_flag=True, help="Run one round and exit.")
@click.option("--webhook", help="POST each new or changed alert here as JSON.")
@click.option(
    "--allow-private",
    is_flag=True,
    help="Fetch addresses in private, loopback and link-local ranges (refused by default).",
)
@click.option("--workers", type=int, help="Processes coding articles (default: setting).")
@click.pass_context
@_fail_cleanly
def watch(
    ctx: click.Context,
    sources: Path,
    db: Path | None,
    every: str,
    once: bool,
    webhook: str | None,
    allow_private: bool,
    workers: int | None,
) -> None:
    """Follow the feeds and pages listed in SOURCES (one URL per line, # comments): fetch
    what is new every --every, code and store it, and print (and POST to --webhook) the
    escalation alerts it raises. Ctrl-C or SIGTERM finishes the article in hand and stops."""
    from flashpoint.sources.fetch import Fetcher
    from flashpoint.watch import Watcher, parse_every, read_sources, stop_on_signals

    overrides: dict[str, Any] = {"db": db}
    if workers is not None:
        overrides["workers"] = workers
    settings = _settings(ctx, **overrides)
    urls = read_sources(sources)
    interval = parse_every(every)

    def announce(message: dict[str, Any]) -> None:
        a = message["alert"]
        kind = "updated alert" if message["update"] else "ALERT"
        state = "provisional" if a["provisional"] else "final"
        click.echo(
            f"{kind} {a['dyad'][0]}-{a['dyad'][1]} {a['freq']} of {a['period']}: "
            f"z {a['z']:.2f}, {a['n_events']} events ({state})"
        )

    with Fetcher(allow_private=allow_private) as fetcher:
        watcher = Watcher(settings, urls, fetcher=fetcher, webhook=webhook, on_alert=announce)
        stop_on_signals(watcher)
        for r in watcher.run(every=interval, once=once):
            click.echo(
                f"round {r.started_at:%Y-%m-%d %H:%M:%S}Z: {r.sources} sources, "
                f"{r.fetched} pages fetched, {r.stored} articles stored, "
                f"{r.rejected} rejected, {len(r.alerts)} alerts",
                err=True,
            )


def _serve(db: Path, host: str, port: int, settings: Settings) -> None:
    """Serve the dashboard and the API on ``host:port`` until interrupted."""
    import uvicorn

    from flashpoint.web.app import create_app

    if not db.exists():
        from flashpoint.errors import DatabaseMissing

        raise DatabaseMissing(f"no Flashpoint database at {db}; run `flashpoint ingest` first")
    app = create_app(db, settings=settings)
    click.echo(
        f"Flashpoint dashboard on http://{host}:{port}/ (API spec: /openapi.json), reading {db}",
        err=True,
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


_HOST = click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
_PORT = click.option("--port", type=int, default=8000, show_default=True, help="Port to bind.")


@main.command()
@db_option
@_HOST
@_PORT
@click.pass_context
@_fail_cleanly
def serve(ctx: click.Context, db: Path | None, host: str, port: int) -> None:
    """Serve the web dashboard and the HTTP API over a database (read-only).

    It keeps answering while `flashpoint ingest` writes the same database.
    """
    settings = _settings(ctx, db=db)
    _serve(settings.db, host, port, settings)


@main.command()
@db_option
@click.option(
    "--fresh/--keep",
    default=False,
    show_default=True,
    help="Rebuild the demo database even if it exists.",
)
@click.option(
    "--serve/--no-serve", "serve_it", default=True, show_default=True, help="Serve the dashboard."
)
@_HOST
@_PORT
@click.pass_context
@_fail_cleanly
def demo(
    ctx: click.Context, db: Path | None, fresh: bool, serve_it: bool, host: str, port: int
) -> None:
    """Ingest the bundled sample corpus, print a summary and serve the dashboard on it."""
    from flashpoint.render import ingest_with_progress, print_summary
    from flashpoint.sources.demo import demo_paths

    settings = _settings(ctx, db=db or Path("flashpoint-demo.duckdb"))
    if settings.db.exists() and not fresh:
        from flashpoint.errors import StoreError
        from flashpoint.store import Store

        try:
            Store(settings.db, lock_timeout=settings.lock_timeout).migrations()
        except StoreError as exc:  # made by an older Flashpoint: build it again
            log.warning("rebuilding the demo database: %s", exc)
            fresh = True
    if fresh and settings.db.exists():
        settings.db.unlink()
    if not settings.db.exists():
        ingest_with_progress(
            demo_paths(), settings=settings, published=None, source=None, quiet=False
        )
    print_summary(settings)
    if serve_it:
        _serve(settings.db, host, port, settings)


if __name__ == "__main__":  # pragma: no cover
    main()
