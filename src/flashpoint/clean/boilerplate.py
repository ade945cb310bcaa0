"""Boilerplate removal for crawled text: a line classifier driven by rules kept as data.

Crawlers save a page's visible text, so a story arrives wrapped in donation appeals,
newsletter boxes, cookie notices, share buttons, "Related:" lists, photo captions with
credits, author bios and "Read more" links, sometimes glued to the next story sentence.
Each line is classified with the rules of ``data/clean/noise.tsv`` (see its header);
a line that starts a list of related links takes the headline-like lines after it with
it. What is removed is returned with its kind, so a user can see what was cut.

Lines that read as story prose are never removed by a ``search`` rule longer than the
rule's ``max_words``: that is what keeps "Turkey's support for Azerbaijan" in the story.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from flashpoint.errors import LexiconError
from flashpoint.layers.tables import read_tsv
from flashpoint.records import Removed

TAIL_LINES = 4
"""How many lines at the end of a text ``tail`` rules (author bios) look at."""

_SCOPES = frozenset({"full", "search", "prefix", "header", "tail"})
_BULLET = re.compile("^\\s*(?:[-\u2013\u2014\u2022\u00b7*>\u00bb\u25aa\u25ba]|\\d+[.)])\\s+")
_END_PUNCT = re.compile("[.!?\u2026\"\u201d\u2019'):;]\\s*$")


@dataclass(frozen=True, slots=True)
class Rule:
    """One noise rule."""

    kind: str
    scope: str
    max_words: int
    pattern: re.Pattern[str]


@functools.cache
def load_rules() -> tuple[Rule, ...]:
    """Load and compile ``data/clean/noise.tsv`` (once per process)."""
    rules = []
    for n, row in enumerate(
        read_tsv("clean", "noise.tsv", required=("kind", "scope", "max_words", "pattern")), 1
    ):
        if row["scope"] not in _SCOPES:
            raise LexiconError(f"noise.tsv row {n}: unknown scope {row['scope']!r}")
        try:
            pattern = re.compile(row["pattern"], re.IGNORECASE)
        except re.error as exc:
            raise LexiconError(f"noise.tsv row {n}: bad pattern: {exc}") from exc
        rules.append(Rule(row["kind"], row["scope"], int(row["max_words"] or 0), pattern))
    return tuple(rules)


def _headline_like(line: str) -> bool:
    """Return whether a line reads like a link to another story, not like prose."""
    if _BULLET.match(line):
        return True
    words = line.split()
    if line.rstrip().endswith("?"):
        return 0 < len(words) <= 14  # "Who is Sviatlana Tsikhanouskaya?"
    return 0 < len(words) <= 20 and not _END_PUNCT.search(line)


def classify_line(line: str, *, at_tail: bool = False) -> tuple[str | None, str, str]:
    """Return (noise kind or None, glued prefix removed, the line as kept) for one line."""
    rules = load_rules()
    prefix = ""
    for rule in rules:
        if rule.scope == "prefix":
            m = rule.pattern.match(line)
            if m and line[m.end() :].strip():
                prefix, line = line[: m.end()], line[m.end() :].lstrip()
                break
    words = len(line.split())
    for rule in rules:
        if rule.scope in ("full", "header"):
            hit = rule.pattern.fullmatch(line.strip()) is not None
        elif rule.scope == "search" or (rule.scope == "tail" and at_tail):
            hit = (rule.max_words == 0 or words <= rule.max_words) and bool(
                rule.pattern.search(line)
            )
        else:
            hit = False
        if hit:
            return ("related-header" if rule.scope == "header" else rule.kind), prefix, line
    return None, prefix, line


def strip_boilerplate(text: str) -> tuple[str, tuple[Removed, ...]]:
    """Return the text without its boilerplate lines, and what was removed and why."""
    paragraphs = [p.split("\n") for p in text.split("\n\n")]
    total = sum(len(p) for p in paragraphs)
    removed: list[Removed] = []
    kept_paragraphs: list[str] = []
    index = 0
    in_list = False
    for para in paragraphs:
        kept: list[str] = []
        for line in para:
            index += 1
            kind, prefix, rest = classify_line(line, at_tail=index > total - TAIL_LINES)
            if prefix:
                _add(removed, prefix.strip(), "readmore")
            if kind == "related-header":
                in_list = True
                _add(removed, rest, "related")
                continue
            if in_list and kind is None and _headline_like(rest):
                _add(removed, rest, "related")
                continue
            in_list = in_list and kind is not None
            if kind is not None:
                _add(removed, rest, kind)
                continue
            kept.append(rest)
        if kept:
            kept_paragraphs.append("\n".join(kept))
    return "\n\n".join(kept_paragraphs), tuple(removed)


def _add(removed: list[Removed], text: str, reason: str) -> None:
    """Record a removed line, merging it with the previous block of the same kind."""
    if removed and removed[-1].reason == reason:
        removed[-1] = Removed(f"{removed[-1].text}\n{text}", reason)
    else:
        removed.append(Removed(text, reason))
