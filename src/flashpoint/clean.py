"""From a raw article to clean text: decoding, HTML extraction, language.

:func:`clean` turns a :class:`RawArticle` into an :class:`Article` or a
:class:`Rejection`. HTML goes through trafilatura (main text, title, date, site
name). Plain text is decoded (UTF-8, else charset detection), checked for binary
content, and its headline and date line are lifted into metadata. Serious
boilerplate removal is the cleaning issue's work; here ``removed`` only records
the title and date lines taken out of the body.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from flashpoint.records import Article, RawArticle, Rejection, Removed, stable_id
from flashpoint.settings import Settings

log = logging.getLogger(__name__)

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    re.compile(rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d>[0-3]?\d),?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<mon>{_MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
)
_DATE_LINE = re.compile(r"^\s*(published|updated|posted|date|by\b[^|]{0,80}\|)", re.I)


def clean(raw: RawArticle, *, settings: Settings) -> Article | Rejection:
    """Return the clean article, or a rejection naming the stage and the reason."""
    if raw.kind == "html":
        html = raw.html
        if html is None:
            decoded = decode(raw.data or b"")
            if isinstance(decoded, Rejection):
                return Rejection(raw.input, decoded.stage, decoded.reason)
            html = decoded
        return _from_html(raw, html, settings=settings)
    text = raw.text
    if text is None:
        decoded = decode(raw.data or b"")
        if isinstance(decoded, Rejection):
            return Rejection(raw.input, decoded.stage, decoded.reason)
        text = decoded
    return _from_text(raw, text, settings=settings)


def clean_many(raws: Iterable[RawArticle], *, settings: Settings) -> Iterator[Article | Rejection]:
    """Stream :func:`clean` over many raw articles."""
    for raw in raws:
        yield clean(raw, settings=settings)


def decode(data: bytes) -> str | Rejection:
    """Decode bytes to text, rejecting empty, binary and undecodable input."""
    if not data.strip():
        return Rejection("", "decode", "empty file")
    head = data[:8192]
    if b"\x00" in head or _control_ratio(head) > 0.1:
        return Rejection("", "decode", "binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    ascii_share = sum(1 for b in head if b < 128) / len(head)
    if ascii_share >= 0.9:
        # Mostly ASCII with a few stray bytes: English web text in Windows-1252.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # Random bytes decode "cleanly" in some multi-byte charset but form no language.
    if best is None or best.chaos > 0.2 or best.coherence < 0.05:
        return Rejection(
            "", "decode", "undecodable text: not UTF-8 and no encoding gives readable text"
        )
    return str(best)


def _control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    bad = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(data)


def normalize(text: str) -> str:
    """Normalise Unicode (NFC), line endings and spaces; keep paragraph breaks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    paragraphs = []
    for para in re.split(r"\n\s*\n", text):
        lines = [re.sub(r"[ \t\f\v]+", " ", ln).strip() for ln in para.split("\n")]
        joined = "\n".join(ln for ln in lines if ln)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)


def find_date(text: str) -> dt.date | None:
    """Return the first calendar date written in ``text``, or None."""
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        month = _MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
        try:
            return dt.date(int(groups["y"]), month, int(groups["d"]))
        except ValueError:
            continue
    return None


def _from_text(raw: RawArticle, text: str, *, settings: Settings) -> Article | Rejection:
    text = normalize(text)
    if not text:
        return Rejection(raw.input, "decode", "empty text")
    removed: list[Removed] = []
    title = raw.title
    published, published_from = raw.published, raw.published_from
    lines = text.split("\n")
    # A crawled text often starts with its headline, then a byline or date line.
    if raw.data is not None and title is None and len(lines) > 2 and _looks_like_title(lines[0]):
        title = lines.pop(0).strip()
        removed.append(Removed(title, "title"))
    for i, line in enumerate(lines[:3]):
        if _DATE_LINE.match(line) and len(line) < 160:
            found = find_date(line)
            if found is not None:
                if published is None:
                    published, published_from = found, "text"
                removed.append(Removed(line, "date line"))
                del lines[i]
                break
    body = normalize("\n".join(lines))
    return _finish(
        raw,
        body,
        title=title,
        published=published,
        published_from=published_from,
        removed=removed,
        settings=settings,
    )


def _looks_like_title(line: str) -> bool:
    line = line.strip()
    return (
        0 < len(line) <= 200 and not line.endswith((".", ":", ";", ",")) and len(line.split()) > 2
    )


def _from_html(raw: RawArticle, html: str, *, settings: Settings) -> Article | Rejection:
    import trafilatura

    try:
        doc: Any = trafilatura.bare_extraction(
            html, url=raw.url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return Rejection(raw.input, "extract", f"HTML extraction failed: {exc}")
    if doc is None or not getattr(doc, "text", None):
        return Rejection(raw.input, "extract", "no article text found in the HTML page")
    title = raw.title or (doc.title or None)
    text = normalize("\n\n".join(doc.text.split("\n")))
    removed: list[Removed] = []
    first, _, rest = text.partition("\n\n")
    if title and first.strip() == title.strip() and rest:
        removed.append(Removed(first, "title"))
        text = rest
    published, published_from = raw.published, raw.published_from
    if published is None and doc.date:
        try:
            published, published_from = dt.date.fromisoformat(doc.date[:10]), "html"
        except ValueError:
            log.debug("%s: unreadable page date %r", raw.input, doc.date)
    return _finish(
        raw,
        text,
        title=title,
        published=published,
        published_from=published_from,
        removed=removed,
        settings=settings,
        url=raw.url or doc.url or None,
        source=raw.source or doc.sitename or None,
    )


def _finish(
    raw: RawArticle,
    text: str,
    *,
    title: str | None,
    published: dt.date | None,
    published_from: str | None,
    removed: list[Removed],
    settings: Settings,
    url: str | None = None,
    source: str | None = None,
) -> Article | Rejection:
    if not text.strip():
        return Rejection(raw.input, "extract", "no text left after cleaning")
    if len(text) > settings.max_chars:
        return Rejection(
            raw.input,
            "read",
            f"text too long: {len(text):,} characters "
            f"(limit {settings.max_chars:,}; see the max_chars setting)",
        )
    language, confidence = detect_language(text)
    declared = (raw.language or "").lower()[:2] or None
    accepted = settings.language_set
    if declared and declared not in accepted:
        return Rejection(
            raw.input,
            "language",
            f"declared language {declared!r} is not accepted ({', '.join(sorted(accepted))})",
        )
    if language not in accepted:
        if confidence >= LANGUAGE_CONFIDENCE:
            return Rejection(
                raw.input,
                "language",
                f"text is not in an accepted language "
                f"(detected {language!r} with confidence {confidence:.2f}; "
                f"accepted {', '.join(sorted(accepted))})",
            )
        # Too short or mixed to tell: keep it, under the declared or first accepted language.
        language = declared or sorted(accepted)[0]
    art_id = raw.id or stable_id(
        "a_", raw.url or "", raw.data if raw.data is not None else (raw.text or raw.html or "")
    )
    return Article(
        id=art_id,
        input=raw.input,
        text=text,
        title=title,
        url=url or raw.url,
        source=source or raw.source,
        published=published,
        published_from=published_from if published else None,
        language=declared or language,
        removed=tuple(removed),
    )


LANGUAGE_CONFIDENCE = 0.5
"""Below this normalised probability a non-accepted language guess does not reject."""


@functools.cache
def _language_identifier() -> Any:
    from pathlib import Path

    import py3langid
    from py3langid.langid import LanguageIdentifier

    model = Path(py3langid.__file__).parent / "data" / "model.npz.xz"
    return LanguageIdentifier.from_modelpath(model, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """Return the ISO 639-1 code of the text's language and its probability (py3langid)."""
    lang, prob = _language_identifier().classify(text[:5000])
    return str(lang), float(prob)
