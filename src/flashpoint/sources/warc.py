"""Read HTML pages out of WARC web archives (``.warc`` and ``.warc.gz``) with warcio.

Each ``response`` record that carries an HTML page (``text/html`` or
``application/xhtml+xml``) with HTTP status 200 becomes a :class:`RawArticle` named
``path#N``, where N counts every record of the file from 1; other records are skipped.
The file is streamed record by record, so memory stays flat however large it is.

warcio alone stops quietly at a truncated record or gzip member, so this module
decompresses with :mod:`gzip` itself (which notices a stream that ends early), checks
that every record holds as many bytes as its ``Content-Length`` says, and that no bytes
are left over after the last whole record. A damaged file becomes a :class:`Rejection`
naming the last whole record read; the pages before it are kept.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import logging
import zlib
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from warcio.archiveiterator import WARCIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from flashpoint.records import RawArticle, Rejection
from flashpoint.settings import Settings

log = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHUNK = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
# What a damaged file raises: gzip (BadGzipFile is an OSError; EOFError for a stream
# cut short), zlib, and warcio's parsers.
_DAMAGE = (OSError, EOFError, zlib.error, ArchiveLoadFailed, StatusAndHeadersParserException)


class _Tap:
    """A read-only stream that remembers the error its source raised.

    warcio treats an ``EOFError`` from its input as the end of the archive, which would
    hide a gzip stream cut short; the tap keeps the error so the reader can report it.
    """

    def __init__(self, fh: io.BufferedIOBase) -> None:
        self._fh = fh
        self._offset = 0
        self.error: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        """Read up to ``size`` bytes, recording any error before raising it again."""
        try:
            data = self._fh.read(size)
        except _DAMAGE as exc:
            self.error = exc
            raise
        self._offset += len(data)
        return data

    def tell(self) -> int:
        """Return how many bytes were read so far."""
        return self._offset


def read_warc(
    path: Path,
    *,
    settings: Settings,
    published: dt.date | None = None,
    source: str | None = None,
) -> Iterator[RawArticle | Rejection]:
    """Stream the HTML pages of one WARC file, or rejections saying why not."""
    name = str(path)
    with ExitStack() as stack:
        try:
            raw = stack.enter_context(path.open("rb"))
            compressed = raw.read(2) == _GZIP_MAGIC
            raw.seek(0)
        except OSError as exc:
            yield Rejection(name, "read", f"cannot read file: {exc.strerror or exc}")
            return
        fh: io.BufferedIOBase = (
            stack.enter_context(gzip.GzipFile(fileobj=raw)) if compressed else raw
        )
        tap = _Tap(fh)
        done = 0  # records read to their end
        records = WARCIterator(tap)
        try:
            for index, record in enumerate(records, start=1):
                item, complete = _read_record(
                    record, f"{name}#{index}", settings=settings, published=published, source=source
                )
                if tap.error is None and not complete:
                    tap.error = EOFError(
                        f"record {index} is cut short or lacks a valid Content-Length"
                    )
                if tap.error is not None:
                    break
                done = index
                if item is not None:
                    yield item
        except Exception as exc:  # warcio raises many kinds on a malformed record
            tap.error = tap.error or exc
        else:
            # warcio ends quietly at a record whose header block is cut short; its offset
            # then stops at the end of the last whole record, before the bytes it dropped.
            end = getattr(records, "offset", None)
            if tap.error is None and isinstance(end, int) and end < tap.tell():
                tap.error = EOFError(f"{tap.tell() - end:,} bytes after it are not a whole record")
        if tap.error is not None:
            yield _damaged(name, done, tap.error)
        elif done == 0:
            yield Rejection(name, "read", "empty WARC file: it holds no records")


def _read_record(
    record: Any,
    where: str,
    *,
    settings: Settings,
    published: dt.date | None,
    source: str | None,
) -> tuple[RawArticle | Rejection | None, bool]:
    """Return what one record yields (None to skip it) and whether it was complete."""
    rec_type = record.rec_type
    http = record.http_headers
    media = ""
    status = ""
    if http is not None:
        media = (http.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
        status = http.get_statuscode()
    item: RawArticle | Rejection | None = None
    if rec_type != "response" or http is None:
        log.debug("%s: skipping %s record", where, rec_type)
    elif media not in HTML_TYPES:
        log.debug("%s: skipping response of type %r", where, media or "(none)")
    elif status != "200":
        log.debug("%s: skipping response with HTTP status %s", where, status)
    else:
        item = _page(record, where, settings=settings, published=published, source=source)
    # Read what is left of the record, then check it held all its declared bytes.
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    complete = declared.isdecimal() and getattr(raw, "limit", 0) == 0
    return item, complete


def _page(
    record: Any,
    where: str,
    *,
    settings: Settings,
    published: dt.date | None,
    source: str | None,
) -> RawArticle | Rejection:
    limit = settings.max_bytes
    stream = record.content_stream()
    chunks: list[bytes] = []
    size = 0
    try:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            # Past the limit, only count, to say how large the payload was.
            if size <= limit:
                chunks.append(chunk)
    except Exception as exc:  # warcio's decoders raise many kinds (chunking, zlib, brotli)
        return Rejection(where, "read", f"cannot decode the HTTP payload: {exc}")
    if size > limit:
        return Rejection(
            where,
            "read",
            f"WARC record payload too large: {size:,} bytes "
            f"(limit {limit:,}; see the max_bytes setting)",
        )
    return RawArticle(
        input=where,
        kind="html",
        data=b"".join(chunks),
        url=record.rec_headers.get_header("WARC-Target-URI") or None,
        published=published,
        published_from="cli" if published else None,
        source=source,
    )


def _damaged(name: str, done: int, exc: BaseException) -> Rejection:
    reason = (str(exc) or type(exc).__name__).strip()
    return Rejection(
        name,
        "read",
        f"truncated or corrupt WARC file after record {done}: {reason} "
        f"(the {done} records before it were read)",
    )
