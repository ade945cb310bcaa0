"""Terminal rendering for the CLI: progress bars, tables and summaries (rich).

Everything here writes to the terminal; the library never does.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from flashpoint import export as exporter
from flashpoint.pipeline import IngestReport, ingest
from flashpoint.records import JSON, Annotation
from flashpoint.settings import Settings

err = Console(stderr=True)


def _console() -> Console:
    """Return the stdout console: a terminal's own width, else (a pipe, a file) a wide
    page, so that a table written to ``less`` or a file is not folded to 80 columns."""
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return Console()
    return Console(width=_PIPE_WIDTH)


_PIPE_WIDTH = 200
"""Columns of a table written to a pipe or a file (``COLUMNS`` overrides it)."""

_LABELS = {
    "source_code": "source",
    "target_code": "target",
    "location_name": "place",
    "fatalities": "killed",
    "n_articles": "reports",
}
"""Short headings for a table's columns (CSV and JSON keep the full names)."""

_TEXT_COLUMNS = frozenset({"sentence", "title", "reason", "text", "input", "speaker", "source"})
"""Table columns that wrap; every other column keeps its values on one line."""

_MAIN_COLUMNS = frozenset({"sentence", "title", "text"})
"""The text a table is read for: it keeps at least ``_TEXT_MIN`` columns."""

_TEXT_MIN = 24
"""The narrowest a text column gets before other columns give way."""

out = _console()

_TABLE_COLUMNS = {
    "events": (
        "id",
        "date",
        "plover",
        "cameo",
        "goldstein",
        "source_code",
        "target_code",
        "location_name",
        "fatalities",
        "n_articles",
        "sentence",
    ),
    "articles": ("id", "published", "source", "title", "n_removed"),
    "rejections": ("input", "stage", "reason"),
    "quotes": ("published", "speaker", "speaker_code", "kind", "text"),
}


def emit(kind: str, items: list[JSON], fmt: str) -> None:
    """Write items to stdout as a table, JSON Lines or CSV."""
    if fmt == "jsonl":
        exporter.write_jsonl(items, sys.stdout)
        return
    flatten = {
        "events": exporter.flat_event,
        "articles": exporter.flat_article,
        "rejections": exporter.flat_rejection,
        "quotes": exporter.flat_quote,
    }[kind]
    rows = [flatten(i) for i in items]
    if fmt == "csv":
        columns = {
            "events": exporter.EVENT_COLUMNS,
            "articles": exporter.ARTICLE_COLUMNS,
            "rejections": exporter.REJECTION_COLUMNS,
            "quotes": exporter.QUOTE_COLUMNS,
        }[kind]
        exporter.write_csv(rows, columns, sys.stdout)
        return
    table = Table(show_lines=False, expand=True)
    columns = _fitting(_TABLE_COLUMNS[kind], rows, out.width)
    for col in columns:
        wraps = col in _TEXT_COLUMNS
        # codes, ids and dates are read whole or not at all: they never fold mid-value; the
        # text columns share what width is left
        table.add_column(
            _LABELS.get(col, col),
            overflow="fold" if wraps else "ellipsis",
            no_wrap=not wraps,
            ratio=(3 if col in _MAIN_COLUMNS else 1) if wraps else None,
            min_width=_TEXT_MIN if col in _MAIN_COLUMNS else None,
        )
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    out.print(table)
    err.print(f"{len(rows)} {kind}")


_DROP_FIRST = (
    "goldstein",
    "n_articles",
    "fatalities",
    "cameo",
    "n_removed",
    "location_name",
    "date",
)
"""Columns a narrow terminal loses first, in this order, so the text column keeps room."""


def _fitting(columns: tuple[str, ...], rows: list[dict[str, Any]], width: int) -> tuple[str, ...]:
    """Return the columns that fit a table ``width`` wide, the text column at least
    ``_TEXT_MIN`` wide: the fixed ones take their widest value, and the least needed go first."""

    def need(cols: tuple[str, ...]) -> int:
        total = 1
        for c in cols:
            if c in _MAIN_COLUMNS:
                total += _TEXT_MIN + 3
            elif c in _TEXT_COLUMNS:
                total += 8 + 3
            else:
                label = _LABELS.get(c, c)
                total += max([len(label), *(len(str(r.get(c) or "")) for r in rows)]) + 3
        return total

    kept = columns
    for col in _DROP_FIRST:
        if need(kept) <= width:
            break
        kept = tuple(c for c in kept if c != col)
    return kept


def ingest_with_progress(
    paths: Iterable[Path],
    *,
    settings: Settings,
    published: dt.date | None,
    source: str | None,
    quiet: bool,
) -> IngestReport:
    """Run ingest with a progress bar on stderr."""
    if quiet:
        return ingest(paths, settings=settings, published=published, source=source)
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    ) as progress:
        task = progress.add_task("ingest", total=None, rate="")
        started = dt.datetime.now()

        def step(ann: Annotation) -> None:
            progress.advance(task)
            done = progress.tasks[0].completed
            secs = (dt.datetime.now() - started).total_seconds() or 1e-9
            progress.update(task, rate=f"{done / secs:.1f} inputs/s")

        return ingest(paths, settings=settings, published=published, source=source, on_item=step)


def print_report(report: IngestReport, db: Path) -> None:
    """Print what one ingest did."""
    err.print(
        f"read {report.inputs} inputs: stored {report.articles} articles with "
        f"{report.events} events, rejected {len(report.rejections)} -> {db}"
    )
    for rej in report.rejections:
        err.print(f"  rejected {rej.input} [{rej.stage}]: {rej.reason}")


def print_summary(settings: Settings) -> None:
    """Print the database summary the demo ends with."""
    from flashpoint.store import Store

    summary: dict[str, Any] = Store(settings.db, lock_timeout=settings.lock_timeout).summary()
    out.print(f"\n[bold]Flashpoint demo[/bold] — database {settings.db}")
    out.print(
        f"articles stored: {summary['articles']}   rejected inputs: "
        f"{summary['rejections']}   events: {summary['events']}"
    )
    if summary["rejected"]:
        t = Table(title="Rejected inputs")
        for col in ("input", "stage", "reason"):
            t.add_column(col, overflow="fold")
        for r in summary["rejected"]:
            t.add_row(r["input"], r["stage"], r["reason"])
        out.print(t)
    t = Table(title="Events by PLOVER type")
    t.add_column("type")
    t.add_column("events", justify="right")
    for plover, n in summary["events_by_type"].items():
        t.add_row(plover, str(n))
    out.print(t)
    t = Table(title="Top dyads")
    for col in ("dyad", "events", "conflict events", "Goldstein sum"):
        t.add_column(col, justify="right" if col != "dyad" else "left")
    for d in summary["top_dyads"]:
        t.add_row(
            "-".join(d["dyad"]), str(d["events"]), str(d["conflict_events"]), str(d["goldstein"])
        )
    out.print(t)
    out.print(f"Try: flashpoint events --db {settings.db} --dyad CHN,IND")
    out.print(f"     flashpoint alerts --db {settings.db}")
    out.print(f"     flashpoint dyad CHN IND --db {settings.db} --plot chn-ind.png")
    out.print(f"     flashpoint quotes --db {settings.db} --speaker CHN   (who said what)")
    out.print(f"     flashpoint serve --db {settings.db}   (the dashboard)")
