"""The shape of a line of crawled text: prose, a headline, a dateline, a byline name, a bullet.

Used to judge the lines no noise rule claims by their shape and place (``clean.boilerplate``)
and by the block detectors (``clean.blocks``).
"""

from __future__ import annotations

import re

SUBHEAD_WORDS = 6
"""Subheads are short labels; the headlines of linked stories are longer."""
BULLET = re.compile("^\\s*(?:[-\u2013\u2014\u2022\u00b7*>\u00bb\u25aa\u25ba]|\\d+[.)])\\s+")
END_PUNCT = re.compile("[.!?\u2026\"\u201d\u2019'):;]\\s*$")
SENTENCE_CLOSE = re.compile(r"[.!?\u2026:;][\"\u201d\u2019')\]]*\s*$")
"""A line that ends a sentence; a quote mark after a word ("condemning Indian 'aggression'")
does not."""


def title_like(line: str) -> bool:
    """Return whether a line above a byline reads as a headline: at most 25 words and no
    sentence end (a closing quote may end it: 'to register as "foreign agents"')."""
    if BULLET.match(line):
        return False  # a list item ("- The president has 15 days to sign the law.")
    words = line.split()
    return headline_like(line) or (
        0 < len(words) <= 25 and not re.search(r"[.!?\u2026][\"\u201d\u2019']?\s*$", line)
    )


def headline_like(line: str) -> bool:
    """Return whether a line reads like a link to another story, not like prose."""
    if BULLET.match(line):
        return True
    words = line.split()
    if line.rstrip().endswith("?"):
        return 0 < len(words) <= 14  # "Who is Sviatlana Tsikhanouskaya?"
    return 0 < len(words) <= 20 and not SENTENCE_CLOSE.search(line)


DATELINE = re.compile(
    r"^[A-Z\u00c0-\u00de\u0100-\u017f][A-Z\u00c0-\u00de\u0100-\u017f\u02bb\u02bc .'\u2019/-]{2,40}"
    r"(?:(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*(?:\([^)]{2,40}\))?\s*[-\u2013\u2014:]"
    r"|,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*(?:\([^)]{2,40}\))?|\s*\([^)]{2,40}\)"
    # a town and its country: "LUSAKA, Zambia", "BISSAU, Guinea-Bissau (Wire) -"
    r"|,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:\s*(?:\([^)]{2,40}\))?\s*[-\u2013\u2014:])?)\s*$"
)
"""A dateline on a line of its own: "KYIV, March 3 (Test Wire) -", "MINSK (Wire) -" or
"LUSAKA, Zambia"; a town's name may hold letters of Latin Extended-A ("ŁÓDŹ") and the
Polynesian glottal stop, the okina U+02BB ("NUKU\u02bbALOFA, Tonga")."""


def town(line: str) -> bool:
    """Return whether a line is only the name of a city of 100,000 people or more, or in
    capitals of a town of 20,000 or more: a dateline ("DAKAR", "NOUMÉA"), when the story's
    lede follows it."""
    name = line.strip()
    if not name or len(name.split()) > 3 or not all(w[:1].isupper() for w in name.split()):
        return False
    from flashpoint.gazetteer import load_gazetteer

    entries = [e for e in load_gazetteer().lookup(name) if e.kind == "city"]
    if any(e.population >= 100_000 for e in entries):
        return True
    # a dateline in capitals names a smaller town too ("NOUMÉA"), when it is the town's own
    # name (not a name the gazetteer also knows it by)
    return name.isupper() and any(
        e.population >= _DATELINE_TOWN and e.location.name.casefold() == name.casefold()
        for e in entries
    )


_DATELINE_TOWN = 20_000


def subhead_like(line: str) -> bool:
    """Return whether a line reads like a subhead ("What happens next"), not a linked headline."""
    return len(line.split()) <= SUBHEAD_WORDS and ":" not in line and "|" not in line


def line_shape(line: str) -> str:
    """Return "good" (prose), "near" (a short sentence or a dateline) or "short"."""
    words = len(line.split())
    ends = bool(END_PUNCT.search(line))
    if words >= 20 or (words >= 10 and ends):
        return "good"
    if (words >= 3 and ends) or DATELINE.match(line):
        return "near"
    return "short"


def bare_words(line: str) -> str:
    """Return a line's words in lower case, without punctuation, one space apart."""
    return " ".join(re.sub(r"[^\w\s]", " ", line.lower()).split())


POST_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?")
"""The time stamp of a live-blog post on its own line: "10:42 GMT", "4:05 pm"."""
_POST_HEADLINE_WORDS = 14
_AUTHOR_WORDS = 3
NAME_LINE = re.compile(
    r"^\s*[A-Z\u00c0-\u00de][\w.'\u2019-]+(?:\s+[A-Z\u00c0-\u00de][\w.'\u2019-]+){1,3}\s*$"
)
"""A line that is only a person's name: two to four capitalised words."""
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")
TRAILING_BRACKET = re.compile(r"\s*\([^()]{1,80}\)\s*$")
