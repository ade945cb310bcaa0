"""Write events and articles as JSON Lines, CSV or Parquet.

JSON Lines carries the full contract shapes. CSV and Parquet carry one flat row
per event (or article); quad classes follow the CAMEO roots, with protest (14)
counted as material conflict (4) — data sets differ on this.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from flashpoint.errors import QueryError
from flashpoint.records import JSON

EVENT_COLUMNS = (
    "id",
    "date",
    "date_precision",
    "date_source",
    "plover",
    "cameo",
    "goldstein",
    "quad_class",
    "source_code",
    "source_country",
    "source_sector",
    "source_text",
    "target_code",
    "target_country",
    "target_sector",
    "target_text",
    "location_name",
    "location_country",
    "fatalities",
    "injured",
    "n_articles",
    "article_ids",
    "urls",
    "sentence",
    "coder",
    "lexicon_version",
    "location_admin1",
    "location_lat",
    "location_lon",
    "location_precision",
    "location_disputed",
    "fatalities_approx",
    "injured_approx",
    "location_inferred",
)
ARTICLE_COLUMNS = (
    "id",
    "title",
    "url",
    "source",
    "published",
    "published_from",
    "language",
    "n_removed",
    "text",
)
REJECTION_COLUMNS = ("input", "stage", "reason", "at")
QUOTE_COLUMNS = (
    "id",
    "article_id",
    "published",
    "outlet",
    "kind",
    "speaker",
    "speaker_code",
    "speaker_resolved",
    "cue",
    "text",
    "start",
    "end",
    "url",
)


def flat_event(event: JSON) -> dict[str, Any]:
    """Flatten one event's JSON shape into a CSV/Parquet row."""
    src = event["source"] or {}
    tgt = event["target"] or {}
    loc = event["location"] or {}
    mentions = event["mentions"]
    return {
        "id": event["id"],
        "date": event["date"],
        "date_precision": event["date_precision"],
        "date_source": event["date_source"],
        "plover": event["plover"],
        "cameo": event["cameo"],
        "goldstein": event["goldstein"],
        "quad_class": event["quad_class"],
        "source_code": src.get("code"),
        "source_country": src.get("country"),
        "source_sector": src.get("sector"),
        "source_text": src.get("text"),
        "target_code": tgt.get("code"),
        "target_country": tgt.get("country"),
        "target_sector": tgt.get("sector"),
        "target_text": tgt.get("text"),
        "location_name": loc.get("name"),
        "location_country": loc.get("country"),
        "fatalities": event["fatalities"],
        "injured": event["injured"],
        "n_articles": event["n_articles"],
        "article_ids": ";".join(sorted({m["article_id"] for m in mentions})),
        "urls": ";".join(sorted({m["url"] for m in mentions if m["url"]})),
        "sentence": mentions[0]["sentence"] if mentions else None,
        "coder": event["coder"],
        "lexicon_version": event["lexicon_version"],
        "location_admin1": loc.get("admin1"),
        "location_lat": loc.get("lat"),
        "location_lon": loc.get("lon"),
        "location_precision": loc.get("precision"),
        "location_disputed": loc.get("disputed"),
        "fatalities_approx": event.get("fatalities_approx", False),
        "injured_approx": event.get("injured_approx", False),
        "location_inferred": loc.get("inferred", False) if loc else None,
    }


def flat_rejection(rejection: JSON) -> dict[str, Any]:
    """Select a rejection's CSV/Parquet columns."""
    return {c: rejection.get(c) for c in REJECTION_COLUMNS}


def flat_quote(quote: JSON) -> dict[str, Any]:
    """Flatten a stored quote's JSON shape into a CSV/Parquet row."""
    sp = quote.get("speaker") or {}
    row = {c: quote.get(c) for c in QUOTE_COLUMNS}
    row["speaker"] = sp.get("text")
    row["speaker_code"] = sp.get("code")
    row["speaker_resolved"] = (sp.get("resolved") or {}).get("text")
    row["cue"] = (quote.get("cue") or {}).get("text")
    return row


def flat_article(article: JSON) -> dict[str, Any]:
    """Select an article's CSV/Parquet columns."""
    return {c: article.get(c) for c in ARTICLE_COLUMNS}


def write_jsonl(items: Iterable[JSON], fh: IO[str]) -> int:
    """Write one JSON object per line; return how many."""
    n = 0
    for item in items:
        fh.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], fh: IO[str]) -> int:
    """Write rows as CSV with a header; return how many."""
    writer = csv.DictWriter(fh, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def write_parquet(rows: list[dict[str, Any]], columns: tuple[str, ...], path: Path) -> int:
    """Write rows to a Parquet file; return how many."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({c: [r.get(c) for r in rows] for c in columns})
    pq.write_table(table, path)
    return len(rows)


def write(kind: str, items: list[JSON], fmt: str, out: Path | None, fh: IO[str] | None) -> int:
    """Write events or articles (JSON shapes) in a format to a path or a text stream."""
    if kind not in ("events", "articles", "rejections", "quotes"):
        raise QueryError(f"cannot export {kind!r}: choose events, articles, quotes or rejections")
    flatten = {
        "events": flat_event,
        "articles": flat_article,
        "rejections": flat_rejection,
        "quotes": flat_quote,
    }[kind]
    columns = {
        "events": EVENT_COLUMNS,
        "articles": ARTICLE_COLUMNS,
        "rejections": REJECTION_COLUMNS,
        "quotes": QUOTE_COLUMNS,
    }[kind]
    if fmt == "parquet":
        if out is None:
            raise QueryError("parquet cannot go to stdout: give -o FILE")
        return write_parquet([flatten(i) for i in items], columns, out)
    if fmt not in ("jsonl", "csv"):
        raise QueryError(f"unknown format {fmt!r}: choose jsonl, csv or parquet")
    if out is not None:
        with out.open("w", encoding="utf-8", newline="") as f:
            return write(kind, items, fmt, None, f)
    assert fh is not None
    if fmt == "jsonl":
        return write_jsonl(items, fh)
    return write_csv((flatten(i) for i in items), columns, fh)


def write_rows(rows: list[dict[str, Any]], fmt: str, out: Path | None, fh: IO[str]) -> int:
    """Write plain rows (lists joined with ';' in flat formats) as JSON Lines, CSV or
    Parquet; return how many."""
    if fmt == "jsonl":
        if out is not None:
            with out.open("w", encoding="utf-8") as f:
                return write_jsonl(rows, f)
        return write_jsonl(rows, fh)
    flat = [
        {k: ";".join(map(str, v)) if isinstance(v, list) else v for k, v in r.items()} for r in rows
    ]
    columns = tuple(flat[0]) if flat else ()
    if fmt == "parquet":
        if out is None:
            raise QueryError("parquet cannot go to stdout: give -o FILE")
        return write_parquet(flat, columns, out)
    if out is not None:
        with out.open("w", encoding="utf-8", newline="") as f:
            return write_csv(flat, columns, f)
    return write_csv(flat, columns, fh)
