"""Read articles from files and directories: ``.txt``, ``.html``/``.htm``, ``.jsonl``.

:func:`read_paths` streams :class:`RawArticle` records, or a :class:`Rejection`
for an input that cannot even be read (missing, too large, unsupported type,
a broken JSONL line). Decoding and extraction happen later, in ``clean``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from flashpoint.records import RawArticle, Rejection
from flashpoint.settings import Settings

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


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
    """Read one file into raw articles, or a rejection saying why not."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield Rejection(
            name,
            "read",
            f"unsupported file type {suffix or '(none)'!r}; expected .txt, .html, .htm or .jsonl",
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
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Rejection(str(path), "read", f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        for lineno, line in enumerate(fh, start=1):
            where = f"{path}:{lineno}"
            if not line.strip():
                continue
            if len(line) > settings.max_bytes:
                yield Rejection(
                    where,
                    "read",
                    f"JSONL line too large: {len(line):,} bytes (limit {settings.max_bytes:,})",
                )
                continue
            yield parse_jsonl_record(line, where, published=published, source=source)


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
