"""From a raw article to clean text: decoding, HTML extraction, boilerplate, language.

:func:`clean` turns a :class:`RawArticle` into an :class:`Article` or a
:class:`Rejection`. HTML goes through trafilatura (main text, title, date, site name).
Plain text is decoded (UTF-8, else charset detection) and checked for binary content;
its headline and date line are lifted into metadata. Every block taken out of the text
is kept in ``Article.removed`` with its reason.

Boilerplate rules (``clean.boilerplate``) run on plain and JSONL text, where crawlers leave
page furniture in; HTML pages rely on trafilatura alone, which measured better on the
ScrapingHub pages than trafilatura followed by the line rules (tables come out of
trafilatura as "a | b" rows that the menu rule would cut).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from flashpoint.clean.boilerplate import strip_boilerplate
from flashpoint.clean.decode import decode
from flashpoint.clean.html import ExtractionError, extract_html
from flashpoint.clean.language import (
    ACCEPTED_FLOOR,
    LANGUAGE_CONFIDENCE,
    detect_language,
    language_probabilities,
    without_names,
)
from flashpoint.clean.metadata import DATE_LINE, find_date, looks_like_title, normalize
from flashpoint.records import Article, RawArticle, Rejection, Removed, stable_id
from flashpoint.settings import Settings

__all__ = [
    "clean",
    "clean_many",
    "decode",
    "detect_language",
    "extract_html",
    "find_date",
    "normalize",
]


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


@dataclass(frozen=True, slots=True)
class TextParts:
    """A crawled text split into its story and what was taken out of it."""

    body: str
    title: str | None
    published: dt.date | None
    removed: tuple[Removed, ...]


def split_text(text: str, *, find_title: bool = True) -> TextParts:
    """Lift the headline and date line out of crawled text and strip its boilerplate."""
    return _split_normalized(normalize(text), find_title=find_title)


def _split_normalized(text: str, *, find_title: bool) -> TextParts:
    """:func:`split_text` of a text ``normalize`` gave."""
    all_lines = text.split("\n")
    kept, title, published, removed = lift_head(all_lines, find_title=find_title)
    lines = [all_lines[i] for i in kept]
    body, noise = strip_boilerplate(normalize("\n".join(lines)))
    if published is None:
        published = _byline_date(lines, body, noise)
    return TextParts(body, title, published, (*removed, *noise))


def lift_head(
    lines: list[str], *, find_title: bool = True
) -> tuple[list[int], str | None, dt.date | None, list[Removed]]:
    """Find a crawled text's headline and date line at its top: return the indexes of the
    other lines (the ones the boilerplate pass judges), the title, the date and what went."""
    kept = list(range(len(lines)))
    removed: list[Removed] = []
    title = None
    published = None
    # A crawled text often starts with its headline, then a byline or date line.
    if find_title and len(lines) > 2 and looks_like_title(lines[0]):
        title = lines[kept.pop(0)].strip()
        removed.append(Removed(title, "title"))
    for n, i in enumerate(kept[:3]):
        line = lines[i]
        if DATE_LINE.match(line) and len(line) < 160:
            found = find_date(line)
            if found is not None:
                published = found
                removed.append(Removed(line, "date line"))
                del kept[n]
                break
    return kept, title, published, removed


_DATE_LINE_WORDS = 20
"""Longest line the date is taken from outside a byline (a date line with its section)."""


def _byline_date(lines: list[str], body: str, noise: tuple[Removed, ...]) -> dt.date | None:
    """Return the publication date of a crawled text from the lines the cleaner removed:
    the first date in a byline line ("By Ana Ruiz | 4 December 2026", "Published On 2 Dec
    2026"), else the first in a short line above the story that is no sentence ("4 December
    2026 | World")."""
    bylines = {
        " ".join(line.split()) for r in noise if r.reason == "byline" for line in r.text.split("\n")
    }
    first_kept = " ".join(body.split("\n", 1)[0].split())
    head: list[str] = []
    for line in lines:
        text = " ".join(line.split())
        if first_kept and first_kept in text:
            break  # the story's first line (maybe with a "Read more" glued to it)
        head.append(text)
    tail = (" ".join(x.split()) for x in lines)
    for text in [*(x for x in head if x in bylines), *(x for x in tail if x in bylines)]:
        found = find_date(text)
        if found is not None:
            return found
    for text in head:
        if len(text.split()) <= _DATE_LINE_WORDS and not text.endswith("."):
            found = find_date(text)
            if found is not None:
                return found
    return None


def _from_text(raw: RawArticle, text: str, *, settings: Settings) -> Article | Rejection:
    normalized = normalize(text)
    if not normalized:
        return Rejection(raw.input, "decode", "empty text")
    parts = _split_normalized(normalized, find_title=raw.data is not None and raw.title is None)
    published, published_from = raw.published, raw.published_from
    if published is None and parts.published is not None:
        published, published_from = parts.published, "text"
    return _finish(
        raw,
        parts.body,
        title=raw.title or parts.title,
        published=published,
        published_from=published_from,
        removed=list(parts.removed),
        settings=settings,
    )


def _from_html(raw: RawArticle, html: str, *, settings: Settings) -> Article | Rejection:
    try:
        page = extract_html(html, url=raw.url)
    except ExtractionError as exc:
        return Rejection(raw.input, "extract", str(exc))
    title = raw.title or page.title
    text = page.text
    removed: list[Removed] = []
    first, _, rest = text.partition("\n\n")
    if title and first.strip() == title.strip() and rest:
        removed.append(Removed(first, "title"))
        text = rest
    published, published_from = raw.published, raw.published_from
    if published is None and page.published is not None:
        published, published_from = page.published, "html"
    return _finish(
        raw,
        text,
        title=title,
        published=published,
        published_from=published_from,
        removed=removed,
        settings=settings,
        url=raw.url or page.url,
        source=raw.source or page.sitename,
    )


MIN_SENTENCE_WORDS = 4
"""An article has at least one sentence: this many words, then . ! or ? (a quote mark or a
bracket may follow)."""
UNPUNCTUATED_WORDS = 10
"""A line this long, mostly in lowercase words, is a sentence even without its full stop
(a sentence passed on its own, a brief cut before its end); a menu is in capitals."""


def _unpunctuated_sentence(text: str) -> bool:
    for line in text.splitlines():
        words = line.split()
        if len(words) >= UNPUNCTUATED_WORDS:
            lower = sum(1 for w in words if w[:1].islower())
            if lower >= 0.4 * len(words):
                return True
    return False


_SENTENCE = re.compile(
    # a word, or initials with their full stops ("the U.S. Senate condemned Russia.")
    r"(?:[\"'\u201c\u2018(\[]?(?:(?:[A-Z]\.){2,}|\w[\w'\u2019\u201d\",;:()-]*)[ \t]+){"
    + str(MIN_SENTENCE_WORDS - 1)
    + r",}[^\s.!?]*\w[^\s.!?]*[.!?]"
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
    accepted = settings.language_set
    declared = (raw.language or "").lower()[:2] or None
    if declared and declared not in accepted:
        return Rejection(
            raw.input,
            "language",
            f"language {declared} not supported "
            f"(declared; accepted: {', '.join(sorted(accepted))})",
        )
    probabilities = language_probabilities(text)
    language, confidence = max(probabilities.items(), key=lambda kv: kv[1])
    if language not in accepted:
        masked = language_probabilities(without_names(text))
        if (
            confidence >= LANGUAGE_CONFIDENCE
            and all(probabilities.get(a, 0.0) < ACCEPTED_FLOOR for a in accepted)
            and all(masked.get(a, 0.0) < ACCEPTED_FLOOR for a in accepted)
        ):
            return Rejection(
                raw.input,
                "language",
                f"language {language} not supported "
                f"(detected with confidence {confidence:.2f}; accepted: "
                f"{', '.join(sorted(accepted))})",
            )
        # Too short or mixed to tell, or an accepted language is a live reading of it: keep
        # it, under the declared or the likeliest accepted language.
        language = declared or max(sorted(accepted), key=lambda a: probabilities.get(a, 0.0))
    if not _SENTENCE.search(text) and not _unpunctuated_sentence(text):
        return Rejection(
            raw.input,
            "extract",
            "no sentence to read: what is left after cleaning (menus, labels, lists) has no run "
            f"of {MIN_SENTENCE_WORDS} words ending in a full stop, question or exclamation mark",
        )
    if published is None:
        from flashpoint.layers.times import infer_published

        published = infer_published(text, dt.date.today())
        published_from = "text" if published else None
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
