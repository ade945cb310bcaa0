"""HTML pages: main text and metadata with trafilatura.

trafilatura is the best-measured open extractor on the ScrapingHub benchmark; Flashpoint
asks it to favour precision (a menu or a newsletter box that reaches the coder becomes a
fake event) and to keep tables. ``benchmarks/extraction.py`` measures the choice.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from flashpoint.clean.metadata import normalize

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Extracted:
    """What trafilatura found in a page."""

    text: str
    title: str | None
    published: dt.date | None
    url: str | None
    sitename: str | None
    author: str | None


class ExtractionError(ValueError):
    """The page has no article text, or the extractor failed on it."""


def extract_html(html: str, *, url: str | None = None) -> Extracted:
    """Return the article text (paragraphs separated by blank lines) and page metadata."""
    import trafilatura

    try:
        doc: Any = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
            # Only dates the page states as its own: an extensive search turns a footer's
            # "Copyright 2020" into 2020-01-01, and every event of the page with it.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise ExtractionError(f"HTML extraction failed: {exc}") from exc
    if doc is None or not getattr(doc, "text", None):
        raise ExtractionError("no article text found in the HTML page")
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(str(doc.date)[:10])
        except ValueError:
            log.debug("unreadable page date %r", doc.date)
    return Extracted(
        text=normalize("\n\n".join(str(doc.text).split("\n"))),
        title=doc.title or None,
        published=published,
        url=doc.url or None,
        sitename=doc.sitename or None,
        author=doc.author or None,
    )
