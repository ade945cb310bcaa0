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

import logging
import re
from collections import defaultdict

from flashpoint.clean.linemodel import line_model
from flashpoint.clean.rules import (
    HEADER,
    MATCH_SECONDS,
    STORY,
    THREAD,
    Rule,
    TooSlow,
    classify_line,
    classify_rules,
    load_rules,
    quick,
)
from flashpoint.clean.shapes import (
    BULLET,
    NAME_LINE,
    POST_TIME,
    SENTENCE_CLOSE,
    SENTENCE_END,
    TRAILING_BRACKET,
    bare_words,
    headline_like,
    line_shape,
    subhead_like,
    title_like,
    town,
)
from flashpoint.records import Removed

__all__ = [
    "MATCH_SECONDS",
    "TAIL_LINES",
    "Rule",
    "classify_line",
    "classify_lines",
    "load_rules",
    "strip_boilerplate",
]

log = logging.getLogger(__name__)

LEARNED = "learned"
"""The reason of a line the learned scorer removed (``flashpoint.clean.linemodel``)."""
LEDE = re.compile(
    r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de\u0100-\u017f .'\u2019/-]{1,40}"
    r"(?:,\s*[A-Z][a-z]{2,9}\.?(?:\s+\d{1,2})?)?\s*(?:\([^)]{2,40}\))?\s*[-\u2013\u2014:]\s+\S"
)
"""A story line that opens with its dateline ("KYIV, March 3 (Wire) - ...", "ZARZIS - ...")."""
SUBHEAD = re.compile(r"[A-Z][\w'\u2019,-]*(?:\s+[\w'\u2019,-]+)*[?]?")
"""A subhead's words: letters only, no brackets, links or symbols ("Roads closed")."""
TAIL_LINES = 4
"""How many lines at the end of a text ``tail`` rules (author bios) always look at; they also
look at prose lines after which no story prose follows."""
_COMMENT_LINES = 3
"""Most lines of one reader comment a ``thread`` rule (its author line) takes after it."""

QUICK_SECONDS = 2.0
"""Longest time the rules may take over one text's lines before they are run again with a
limit on each match (an article's lines take them about 15 ms)."""

_STORY_RUN = 2
"""Longest run of short lines kept inside the story (subheads, one-line quotes)."""
_POST_HEADLINE_WORDS = 14
_AUTHOR_WORDS = 3


def _prose_follows(decided: list[tuple[str | None, str, str]], i: int) -> bool:
    """Return whether the line after ``i`` is story prose no rule claimed."""
    if i + 1 >= len(decided):
        return False
    kind, _prefix, rest = decided[i + 1]
    return kind is None and line_shape(rest) == "good"


def classify_lines(lines: list[str]) -> list[tuple[str | None, str, str]]:
    """Return (noise kind or None, glued prefix, kept text) for each line of a text.

    Rules decide first. Lines no rule claims are judged by their shape and place, as
    jusText does for HTML paragraphs: prose lines are story; short lines before the first
    or after the last prose line, and runs of more than two short lines inside the story,
    are page furniture (menus, headlines of other stories, mastheads).
    """
    total = len(lines)
    try:
        with quick(QUICK_SECONDS):
            first_pass = [
                classify_rules(line, at_tail=i >= total - TAIL_LINES)
                for i, line in enumerate(lines)
            ]
    except TooSlow:
        log.info("noise rules ran over %s s on one text: each match limited instead", QUICK_SECONDS)
        first_pass = [
            classify_rules(line, at_tail=i >= total - TAIL_LINES) for i, line in enumerate(lines)
        ]
    # Tail rules also reach back over the closing block: prose lines after which no story
    # prose follows (a bio above a related list, tags and a copyright line).
    for i in range(total - 1, -1, -1):
        kind, prefix, rest = first_pass[i]
        if kind is not None or line_shape(rest) != "good" or headline_like(rest):
            continue
        hit = classify_rules(lines[i], at_tail=True)
        if hit[0] is None:
            break
        first_pass[i] = hit
    # A stock subhead ("What we know so far") is story: a ``story`` rule claims it for the story.
    stock = {i for i, (kind, _p, _r) in enumerate(first_pass) if kind == STORY}
    for i in stock:
        first_pass[i] = (None, first_pass[i][1], first_pass[i][2])
    out: list[tuple[str | None, str, str]] = []
    list_kind: str | None = None
    items = 0
    authors: list[int] = []
    for i, (kind, prefix, rest) in enumerate(first_pass):
        if kind is not None and kind.endswith(THREAD):
            kind = kind[: -len(THREAD)]
            authors.append(i)
        if kind is not None and kind.endswith(HEADER):
            list_kind, items = kind[: -len(HEADER)], 0
            kind = list_kind
        elif list_kind is not None and kind is None and headline_like(rest):
            if items and subhead_like(rest) and _prose_follows(first_pass, i):
                list_kind = None  # a subhead: the story goes on after the list
            else:
                kind, items = list_kind, items + 1
        elif list_kind is not None and kind is None and _teaser(first_pass, i):
            kind, items = list_kind, items + 1
        elif kind is None or kind == "rule":
            list_kind = None
        out.append((kind, prefix, rest))
    _take_comments(out, authors)
    # A name alone just above a date line is the byline's author ("Tomáš Hruška" /
    # "19 Nov 2025"), and a headline just above a byline is the article's title.
    for i in range(len(out) - 1):
        if out[i][0] is None and out[i + 1][0] == "byline" and NAME_LINE.match(out[i][2]):
            out[i] = ("byline", out[i][1], out[i][2])
    # A name alone just below a live-blog post's time stamp is the post's author
    # ("19:40 CET" / "Petra Hanáková").
    for i in range(1, len(out)):
        if (
            out[i][0] is None
            and out[i - 1][0] == "byline"
            and POST_TIME.fullmatch(out[i - 1][2].strip())
            and NAME_LINE.match(out[i][2])
            and len(out[i][2].split()) <= _AUTHOR_WORDS
        ):
            out[i] = ("byline", out[i][1], out[i][2])
    for i in range(len(out) - 1):
        if out[i][0] is None and out[i + 1][0] == "byline" and title_like(out[i][2]):
            out[i] = ("title", out[i][1], out[i][2])
    from flashpoint.clean import blocks

    blocks.mark_standfirst(out)
    blocks.mark_contents(out)
    blocks.mark_captions(out)
    blocks.mark_poll(out)
    blocks.mark_rating_summary(out)
    blocks.mark_newsletter_pitch(out)
    blocks.mark_head_bio(out, lambda line: classify_rules(line, at_tail=True)[0])
    blocks.mark_boxes(out)
    blocks.mark_about_section(out)
    blocks.mark_scrambled(out)
    # A caption or pull quote that repeats a story sentence word for word: keep the last
    # copy (captions sit above the paragraph they repeat).
    seen: dict[str, int] = {}
    for i, (kind, _prefix, rest) in enumerate(out):
        key = " ".join(rest.split()).lower()
        if kind is None and len(key.split()) >= 6:
            if key in seen:
                j = seen[key]
                out[j] = ("duplicate", out[j][1], out[j][2])
            seen[key] = i
    # A caption that repeats one sentence of a paragraph, with or without its credit:
    # "Videos showed police firing tear gas in Mahabad. (Screengrab via social media)"
    sentences: dict[str, set[int]] = defaultdict(set)
    for n, (kind, _prefix, rest) in enumerate(out):
        if kind is None:
            for sent in SENTENCE_END.split(" ".join(rest.split())):
                if len(sent.split()) >= 6:
                    sentences[sent.lower()].add(n)
    for i, (kind, prefix, rest) in enumerate(out):
        key = TRAILING_BRACKET.sub("", " ".join(rest.split()).lower())
        if kind is None and len(key.split()) >= 6 and sentences.get(key, set()) - {i}:
            out[i] = ("caption", prefix, rest)
    # A pull quote: a short quoted line that a longer story line holds word for word
    # ('"Nobody leads this. That is the point."' beside the paragraph that quotes it).
    texts = [(n, bare_words(rest)) for n, (kind, _p, rest) in enumerate(out)]
    for i, (kind, prefix, rest) in enumerate(out):
        line = rest.strip()
        key = bare_words(line)
        if (
            kind is None
            and line[:1] in ('"', "\u201c")
            and line[1:2].isupper()
            and re.search(r"[.!?][\"\u201d]$", line) is not None  # whole sentences only
            and 3 <= len(key.split()) <= 30
            and any(
                j != i and out[j][0] is None and len(t) > len(key) + 20 and key in t
                for j, t in texts
            )
        ):
            out[i] = ("pullquote", prefix, rest)
    shapes = [line_shape(rest) if kind is None else "noise" for kind, _, rest in out]
    promoted: set[int] = set()
    for i in range(len(shapes) - 1):
        if shapes[i] == "short" and shapes[i + 1] == "good" and town(out[i][2]):
            shapes[i] = "near"  # "DAKAR" or "Tbilisi" on its own line above the lede
            promoted.add(i)
        elif (
            shapes[i] == "short"
            and shapes[i + 1] == "good"
            and out[i][0] is None
            and (i in stock or _post_headline(out, i))
        ):
            shapes[i] = "near"  # the heading of the paragraph below it
            promoted.add(i)
    good = [i for i, shape in enumerate(shapes) if shape == "good"]
    if not good:
        return out  # a short text or a list: only the rules apply
    first, last = good[0], good[-1]
    # Runs of short lines, read across the lines rules removed: a menu whose "Subscribe"
    # a rule took is still a run of five.
    kept = [i for i, shape in enumerate(shapes) if shape != "noise"]
    # Lines the rules and shapes claimed for the story; the learned scorer leaves them alone.
    claimed = set(stock) | promoted
    claimed |= {
        i
        for i in range(first + 1, last)
        if shapes[i] == "short" and subhead_like(out[i][2]) and SUBHEAD.fullmatch(out[i][2].strip())
    }
    n = 0
    while n < len(kept):
        if shapes[kept[n]] != "short":
            n += 1
            continue
        m = n
        while m < len(kept) and shapes[kept[m]] == "short":
            m += 1
        run = kept[n:m]
        if _story_list(out, run):
            claimed.update(run)
            if run[0] > 0 and out[run[0] - 1][2].rstrip().endswith(":"):
                claimed.add(run[0] - 1)  # the story's own line that introduces the list
            n = m
            continue
        outside = run[-1] < first or run[0] > last
        if outside or len(run) > _STORY_RUN or _widget_run(out, shapes, run):
            for k in run:
                out[k] = ("furniture", out[k][1], out[k][2])
        n = m
    _judge_by_model(lines, out, keep=claimed)
    return out


def _judge_by_model(
    lines: list[str], out: list[tuple[str | None, str, str]], *, keep: set[int]
) -> None:
    """Mark as noise the kept lines the learned line scorer is sure of (``linemodel``)."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    judged = line_model().noise([lines[i] for i in nonblank])
    for i, noise in zip(nonblank, judged, strict=True):
        # (a line the rules cut a glued label from is a story sentence: the scorer read
        # it with the label)
        glued = bool(out[i][1]) and out[i][1].strip() != lines[i].strip()
        if (
            noise
            and out[i][0] is None
            and i not in keep
            and not glued
            and not LEDE.match(out[i][2])
        ):
            out[i] = (LEARNED, out[i][1], out[i][2])


def _take_comments(out: list[tuple[str | None, str, str]], authors: list[int]) -> None:
    """Mark the text of reader comments: in a comment section (after a line of kind
    ``comments``: "214 comments"), the lines no rule claimed under a commenter's line
    ("petr_ostrava · 3 h") up to the next claimed line (its vote bar, the next commenter)
    or the end of the text, when they are at most ``_COMMENT_LINES``."""
    for i in authors:
        kind = out[i][0]
        if not any(out[j][0] == kind for j in range(i)):
            continue  # no comment section above: a byline-like line of the story
        end = i + 1
        while end < len(out) and out[end][0] is None:
            end += 1
        if 0 < end - i - 1 <= _COMMENT_LINES:
            for k in range(i + 1, end):
                out[k] = (kind, out[k][1], out[k][2])


_TEASER_WORDS = 16
_TEASER_SENTENCES = 2


def _teaser(decided: list[tuple[str | None, str, str]], i: int) -> bool:
    """Return whether line ``i`` of a list of other stories is a teaser in sentences ("The
    end of third-party cookies keeps getting pushed back. Here's why."): short, one or two
    sentences, and the next line is another item of the list, a headline no rule claimed
    that is no subhead of a paragraph."""
    rest = decided[i][2]
    if len(rest.split()) > _TEASER_WORDS or BULLET.match(rest):
        return False
    if len(SENTENCE_END.split(rest.strip())) > _TEASER_SENTENCES:
        return False
    if i + 1 >= len(decided):
        return False
    kind, _prefix, after = decided[i + 1]
    return (
        kind is None
        and headline_like(after)
        and not (subhead_like(after) and _prose_follows(decided, i + 1))
    )


def _post_headline(out: list[tuple[str | None, str, str]], i: int) -> bool:
    """Return whether line ``i`` is the headline of a live-blog post: it sits between the
    post's time stamp (a byline line: "10:42 GMT") and the post's first paragraph."""
    line = out[i][2]
    return (
        i > 0
        and out[i - 1][0] == "byline"
        and POST_TIME.fullmatch(out[i - 1][2].strip()) is not None
        and len(line.split()) <= _POST_HEADLINE_WORDS
        and "|" not in line
        and not BULLET.match(line)
    )


def _story_list(out: list[tuple[str | None, str, str]], run: list[int]) -> bool:
    """Return whether a run of short lines is a list the story introduces: every line is a
    list item and the story line right above the run ends with a colon ("Confirmed deaths
    by division:" / "- Western Division: 5" / "- Northern Division: 3" ...)."""
    above = run[0] - 1
    return (
        above >= 0
        and out[above][0] is None
        and out[above][2].rstrip().endswith(":")
        and run == list(range(run[0], run[-1] + 1))
        and all(BULLET.match(out[k][2]) for k in run)
    )


def _widget_run(out: list[tuple[str | None, str, str]], shapes: list[str], run: list[int]) -> bool:
    """Return whether a run of short lines is part of a widget whose other lines rules
    took: counted with the short lines rules removed inside it and right around it, it is
    longer than a story keeps, and no story prose follows it ("Digital — $1 for your first
    month" (a rule's), "Digital + Print — $29 a month", "See all plans", "Already a
    subscriber? Log in" (a rule's)). A subhead is followed by its paragraph."""
    after = run[-1] + 1
    if after < len(shapes) and shapes[after] == "good":
        return False
    if any(SENTENCE_CLOSE.search(out[k][2]) or "http" in out[k][2] for k in run):
        return False  # a sentence or an embedded post ("we're. on. it. https://t.co/...")
    size = run[-1] - run[0] + 1  # the run and the rule-removed lines inside it
    i = run[0] - 1
    while i >= 0 and shapes[i] == "noise" and line_shape(out[i][2]) == "short":
        size, i = size + 1, i - 1
    i = after
    while i < len(shapes) and shapes[i] == "noise" and line_shape(out[i][2]) == "short":
        size, i = size + 1, i + 1
    return size > _STORY_RUN


def strip_boilerplate(text: str) -> tuple[str, tuple[Removed, ...]]:
    """Return the text without its boilerplate lines, and what was removed and why."""
    paragraphs = [p.split("\n") for p in text.split("\n\n")]
    flat = [line for para in paragraphs for line in para]
    decisions = iter(classify_lines(flat))
    removed: list[Removed] = []
    kept_paragraphs: list[str] = []
    for para in paragraphs:
        kept: list[str] = []
        for _ in para:
            kind, prefix, rest = next(decisions)
            if prefix:
                _add(removed, prefix.strip(), "readmore")
            if kind is not None:
                _add(removed, rest, kind)
            else:
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
