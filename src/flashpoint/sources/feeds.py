"""Read articles out of RSS and Atom feeds with feedparser.

Each entry becomes a :class:`RawArticle` named ``path#N`` (N counts entries from 1): its
body is the entry's content, else its summary, read as HTML when it holds markup (a
fragment is wrapped in a page for the extractor) and as text otherwise. The entry's own
date wins over the ``--published`` date; the feed's title names the source. feedparser
parses a whole document at once, so a feed file larger than the ``max_bytes`` setting is
rejected before it is read.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import logging
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import feedparser

from flashpoint.records import RawArticle, Rejection
from flashpoint.settings import Settings

log = logging.getLogger(__name__)

FEED_ROOTS = frozenset({"rss", "feed"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TAG = re.compile(r"<[A-Za-z!/][^>]*>")
_DOCUMENT = re.compile(r"<(?:html|body)\b", re.IGNORECASE)


def feed_root(path: Path) -> str | None:
    """Return the local name of an XML file's root element, or None if it has none.

    Only the start of the file is parsed: the root element is the first one met.
    """
    try:
        with path.open("rb") as fh:
            for _event, elem in ET.iterparse(fh, events=("start",)):
                tag: str = elem.tag
                return tag.rpartition("}")[2]
    except (ET.ParseError, OSError):
        return None
    return None


def read_feed(
    path: Path,
    *,
    settings: Settings,
    published: dt.date | None = None,
    source: str | None = None,
) -> Iterator[RawArticle | Rejection]:
    """Stream the entries of one RSS or Atom file, or rejections saying why not."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            yield Rejection(
                name,
                "read",
                f"feed file too large: {size:,} bytes "
                f"(limit {settings.max_bytes:,}; see the max_bytes setting)",
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(name, "read", f"cannot read file: {exc.strerror or exc}")
        return
    # Bytes, not the path: feedparser would fetch a string that looks like a URL.
    parsed: Any = feedparser.parse(data)
    entries = parsed.entries
    if not entries:
        if parsed.bozo:
            reason = str(parsed.get("bozo_exception") or "unknown error")
            yield Rejection(name, "read", f"cannot parse feed: {reason}")
        elif not parsed.get("version"):
            yield Rejection(name, "read", "not an RSS or Atom feed")
        else:
            log.debug("%s: feed has no entries", name)
        return
    if parsed.bozo:
        log.warning(
            "%s: feed is not well formed (%s); reading what could be parsed",
            name,
            parsed.get("bozo_exception"),
        )
    feed_title = _plain(parsed.feed, "title")
    for n, entry in enumerate(entries, start=1):
        yield entry_article(
            entry,
            f"{name}#{n}",
            published=published,
            source=feed_title or source,
        )


def entry_article(
    entry: Mapping[str, Any],
    where: str,
    *,
    published: dt.date | None = None,
    source: str | None = None,
) -> RawArticle | Rejection:
    """Turn one parsed feed entry into a raw article, or a rejection if it has no body."""
    contents = entry.get("content") or []
    detail = contents[0] if contents else entry.get("summary_detail") or {}
    body = (contents[0].get("value") if contents else entry.get("summary")) or ""
    if not body.strip():
        return Rejection(where, "read", "feed entry has neither content nor a summary")
    is_html = detail.get("type", "text/html") in HTML_TYPES
    own_date = entry_date(entry)
    art_id = entry.get("id")
    kind = "html" if is_html and _TAG.search(body) else "text"
    return RawArticle(
        input=where,
        kind=kind,
        html=_as_document(body) if kind == "html" else None,
        # HTML without tags is text with entities still escaped.
        text=(html.unescape(body) if is_html else body) if kind == "text" else None,
        id=str(art_id).strip() or None if art_id else None,
        url=entry.get("link") or None,
        title=_plain(entry, "title"),
        published=own_date or published,
        published_from="input" if own_date else ("cli" if published else None),
        source=source,
    )


def _as_document(fragment: str) -> str:
    """Wrap an HTML fragment in a page, the shape the HTML extractor expects.

    trafilatura discards a bare one-paragraph fragment as too short to be an article,
    while it keeps the same paragraph inside ``<article>``.
    """
    if _DOCUMENT.search(fragment):
        return fragment
    return f"<html><body><article>{fragment}</article></body></html>"


def _plain(obj: Mapping[str, Any], key: str) -> str | None:
    """Return a field as plain text, unescaping it if the feed declared it HTML."""
    value = obj.get(key)
    if not isinstance(value, str):
        return None
    kind = (obj.get(f"{key}_detail") or {}).get("type")
    if kind in HTML_TYPES:
        value = html.unescape(_TAG.sub("", value))
    return " ".join(value.split()) or None


def entry_date(entry: Mapping[str, Any]) -> dt.date | None:
    """Return the entry's publication (else update) date, in its own time zone if known.

    feedparser's ``*_parsed`` values are in UTC, which moves an evening story in the
    Americas to the next day; the original string keeps the writer's calendar date.
    """
    for key in ("published", "updated"):
        local = _local_date(entry.get(key))
        if local is not None:
            return local
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _local_date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None
