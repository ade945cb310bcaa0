"""Read articles from files and directories, choosing the reader by file type.

Plain ``.txt`` and ``.html``/``.htm`` files are one article each; ``.jsonl`` files
(also ``.jsonl.gz`` and ``.jsonl.bz2``) hold one article per line; WARC archives
(``.warc``, ``.warc.gz``) are read by :mod:`flashpoint.sources.warc`, RSS and Atom feeds
(``.rss``, ``.atom``, and ``.xml`` whose root is ``rss`` or ``feed``) by
:mod:`flashpoint.sources.feeds`.

:func:`read_paths` streams :class:`RawArticle` records, or a :class:`Rejection`
for an input that cannot even be read (missing, too large, unsupported type,
a broken JSONL line, a damaged archive). Decoding and extraction happen later, in
``clean``. JSONL and WARC files are streamed, so their size is not limited.
"""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import io
import itertools
import json
import logging
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from flashpoint.records import RawArticle, Rejection
from flashpoint.settings import Settings
from flashpoint.sources.feeds import FEED_ROOTS, feed_root, read_feed
from flashpoint.sources.warc import read_warc

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
# The reader's with-block closes what these open, hence the SIM115 waivers.
_OPENERS: dict[str, Callable[[Path], io.BufferedIOBase]] = {
    ".jsonl": lambda p: p.open("rb"),
    ".jsonl.gz": lambda p: gzip.open(p, "rb"),  # noqa: SIM115
    ".jsonl.bz2": lambda p: bz2.open(p, "rb"),  # noqa: SIM115
}
JSONL_SUFFIXES = frozenset(_OPENERS)
WARC_SUFFIXES = frozenset({".warc", ".warc.gz"})
FEED_SUFFIXES = frozenset({".rss", ".atom"})
XML_SUFFIXES = frozenset({".xml"})  # a feed if its root element is rss or feed
SUPPORTED = (
    TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES | FEED_SUFFIXES | XML_SUFFIXES
)
_EXPECTED = (
    ".txt, .html, .htm, .jsonl, .jsonl.gz, .jsonl.bz2, .warc, .warc.gz, .rss, .atom "
    "or .xml (an RSS or Atom feed)"
)
_COMPRESSIONS = frozenset({".gz", ".bz2"})
BOMB_RATIO = 100
"""A compressed JSONL file may expand to this many times its size (text compresses
about 3-10 times), or to ``max_bytes``, whichever is more."""
_CHUNK = 64 * 1024
# What a damaged compressed stream raises while it is read: gzip.BadGzipFile and bz2
# errors are OSErrors, a stream cut short is an EOFError.
_STREAM_ERRORS = (OSError, EOFError, zlib.error)


def file_type(path: Path) -> str:
    """Return the lower-case suffix that decides how a file is read (``.warc.gz``, ``.txt``)."""
    suffixes = [s.lower() for s in path.suffixes]
    if len(suffixes) >= 2 and suffixes[-1] in _COMPRESSIONS:
        return "".join(suffixes[-2:])
    return path.suffix.lower()


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the files named by ``paths``, walking directories recursively in name order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def read_paths(
    paths: Iterable[str | Path],
    *,
    settings: Settings,
    published: dt.date | None = None,
    source: str | None = None,
) -> Iterator[RawArticle | Rejection]:
    """Stream raw articles (or rejections) from files and directories."""
    for path in iter_files(paths):
        yield from read_file(path, settings=settings, published=published, source=source)


def read_file(
    path: Path,
    *,
    settings: Settings,
    published: dt.date | None = None,
    source: str | None = None,
) -> Iterator[RawArticle | Rejection]:
    """Read one file into raw articles, or rejections saying why not; a file that gives
    nothing at all (an empty JSONL file, a feed with no items) is rejected too, so every
    input is accounted for."""
    produced = False
    for item in _read_file(path, settings=settings, published=published, source=source):
        produced = True
        yield item
    if not produced:
        yield Rejection(str(path), "read", "the file holds no articles")


def _read_file(
    path: Path,
    *,
    settings: Settings,
    published: dt.date | None = None,
    source: str | None = None,
) -> Iterator[RawArticle | Rejection]:
    name = str(path)
    suffix = file_type(path)
    if suffix not in SUPPORTED:
        yield Rejection(
            name,
            "read",
            f"unsupported file type {suffix or '(none)'!r}; expected {_EXPECTED}",
        )
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Rejection(name, "read", f"cannot read file: {exc.strerror or exc}")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, settings=settings, published=published, source=source)
        return
    if suffix in WARC_SUFFIXES:
        yield from read_warc(path, settings=settings, published=published, source=source)
        return
    if suffix in XML_SUFFIXES:
        root = feed_root(path)
        if root not in FEED_ROOTS:
            yield Rejection(
                name,
                "read",
                f"unsupported XML file: its root element is {root or '(unreadable)'!r}, "
                "not an RSS 'rss' or Atom 'feed'",
            )
            return
    if suffix in FEED_SUFFIXES | XML_SUFFIXES:
        yield from read_feed(path, settings=settings, published=published, source=source)
        return
    if size > settings.max_bytes:
        yield Rejection(
            name,
            "read",
            f"file too large: {size:,} bytes "
            f"(limit {settings.max_bytes:,}; see the max_bytes setting)",
        )
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(name, "read", f"cannot read file: {exc.strerror or exc}")
        return
    kind = "html" if suffix in HTML_SUFFIXES else "text"
    yield RawArticle(
        input=name,
        kind=kind,
        data=data,
        published=published,
        published_from="cli" if published else None,
        source=source,
    )


def _read_jsonl(
    path: Path,
    *,
    settings: Settings,
    published: dt.date | None,
    source: str | None,
) -> Iterator[RawArticle | Rejection]:
    suffix = file_type(path)
    try:
        fh = _OPENERS[suffix](path)
    except OSError as exc:
        yield Rejection(str(path), "read", f"cannot read file: {exc.strerror or exc}")
        return
    lineno = 0
    budget = None
    if suffix != ".jsonl":  # a compressed file may expand this much, and no more
        budget = max(settings.max_bytes, BOMB_RATIO * path.stat().st_size)
    with fh:
        try:
            for lineno, line, size in _lines(fh, settings.max_bytes, budget):
                where = f"{path}:{lineno}"
                if line is None:
                    yield Rejection(
                        where,
                        "read",
                        f"JSONL line too large: {size:,} bytes (limit {settings.max_bytes:,})",
                    )
                elif line.strip():
                    yield parse_jsonl_record(line, where, published=published, source=source)
        except _Expands:
            yield Rejection(
                str(path),
                "read",
                f"decompresses to more than {budget:,} bytes, {BOMB_RATIO} times its size: "
                f"a compression bomb? (the {lineno} lines before were read)",
            )
        except _STREAM_ERRORS as exc:
            what = "corrupt compressed data" if suffix != ".jsonl" else "cannot read file"
            yield Rejection(
                str(path),
                "read",
                f"{what} at line {lineno + 1}: {exc} (the {lineno} lines before it were read)",
            )


class _Expands(Exception):
    """A compressed stream expanded past its budget."""


def _lines(
    fh: io.BufferedIOBase, limit: int, budget: int | None = None
) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield ``(number, line, size)`` for each line, holding at most ``limit`` bytes of one.

    A line longer than ``limit`` is read through and yielded as ``None`` with its size.
    Reading more than ``budget`` bytes in all raises ``_Expands``.
    """
    total = 0
    for lineno in itertools.count(1):
        line = fh.readline(limit + 1)
        if not line:
            return
        size = len(line)
        total += size
        if budget is not None and total > budget:
            raise _Expands
        if size <= limit or line.endswith(b"\n"):
            yield lineno, (line if size <= limit else None), size
            continue
        while line and not line.endswith(b"\n"):
            line = fh.readline(_CHUNK)
            size += len(line)
            total += len(line)
            if budget is not None and total > budget:
                raise _Expands
        yield lineno, None, size


def parse_jsonl_record(
    line: bytes | str,
    where: str,
    *,
    published: dt.date | None = None,
    source: str | None = None,
) -> RawArticle | Rejection:
    """Parse one JSONL line (``text`` or ``html`` plus optional metadata)."""
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return Rejection(where, "read", f"invalid JSON: {exc}")
    if not isinstance(obj, dict):
        return Rejection(where, "read", "JSONL line is not an object")
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return Rejection(where, "read", "JSONL object has neither a 'text' nor an 'html' string")
    own_date = _parse_date(obj.get("published"))
    if obj.get("published") and own_date is None:
        log.warning("%s: cannot read published=%r; ignoring it", where, obj.get("published"))
    date = own_date or published
    art_id = obj.get("id")
    return RawArticle(
        input=str(art_id) if art_id is not None else where,
        kind="text" if isinstance(text, str) else "html",
        text=text if isinstance(text, str) else None,
        html=html if not isinstance(text, str) else None,
        id=str(art_id) if art_id is not None else None,
        url=_str(obj.get("url")),
        title=_str(obj.get("title")),
        published=date,
        published_from="input" if own_date else ("cli" if published else None),
        source=_str(obj.get("source")) or source,
        language=_str(obj.get("language")),
    )


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _parse_date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None
