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

import bisect
import functools
import logging
import operator
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import regex

from flashpoint.clean.prefilter import Prefilter, fold, prefilter
from flashpoint.clean.prefilter import keys as line_keys
from flashpoint.clean.prefilter import words as line_words_of
from flashpoint.errors import LexiconError
from flashpoint.layers.tables import read_tsv
from flashpoint.records import Removed

log = logging.getLogger(__name__)

TAIL_LINES = 4
"""How many lines at the end of a text ``tail`` rules (author bios) always look at; they also
look at prose lines after which no story prose follows."""
_HEADER = "-header"
_THREAD = "-thread"
_COMMENT_LINES = 3
"""Most lines of one reader comment a ``thread`` rule (its author line) takes after it."""
_SUBHEAD_WORDS = 6
"""Subheads are short labels; the headlines of linked stories are longer."""

_SCOPES = frozenset({"full", "search", "prefix", "suffix", "header", "tail", "thread"})
_WHOLE_LINE = ("full", "header", "thread")
_BULLET = re.compile("^\\s*(?:[-\u2013\u2014\u2022\u00b7*>\u00bb\u25aa\u25ba]|\\d+[.)])\\s+")
_END_PUNCT = re.compile("[.!?\u2026\"\u201d\u2019'):;]\\s*$")
_SENTENCE_CLOSE = re.compile(r"[.!?\u2026:;][\"\u201d\u2019')\]]*\s*$")
"""A line that ends a sentence; a quote mark after a word ("condemning Indian 'aggression'")
does not."""


MATCH_SECONDS = 0.25
"""Longest time one rule may take on one line; past it the line does not match the rule.

Rules run on the ``regex`` engine, which gives up on such a line instead of hanging: Python's
``re`` takes seconds to hours to fail some lines a pattern with nested repeats almost matches
("ok   ok   ok   ok   ok   ok   ok   ok   ok   ok x" against the cookie-button rule: 12 s in
``re``, under a millisecond in ``regex``). A line the limit cuts off is logged."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One noise rule, with the cheap tests that rule a line out before its pattern runs.

    ``pattern`` is the rule compiled by ``re``, which the cheap tests are worked out from;
    the line is matched with ``matcher``, the same pattern compiled by ``regex``."""

    kind: str
    scope: str
    max_words: int
    pattern: re.Pattern[str]
    test: Prefilter = field(default_factory=Prefilter)
    matcher: Any = None

    def run(self, how: str, line: str) -> Any:
        """Return the ``regex`` match of the rule's pattern on a line (``how`` is "match",
        "search" or "fullmatch"), or None, also when the match takes too long."""
        try:
            return getattr(self.matcher, how)(line, timeout=MATCH_SECONDS)
        except TimeoutError:
            log.warning(
                "noise rule %s (%s) gave up after %.2f s on a line of %d characters: %r",
                self.kind,
                self.scope,
                MATCH_SECONDS,
                len(line),
                line[:80],
            )
            return None


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
        max_words = int(row["max_words"] or 0)
        matcher = regex.compile(row["pattern"], regex.IGNORECASE | regex.VERSION0)
        rules.append(
            Rule(row["kind"], row["scope"], max_words, pattern, prefilter(pattern), matcher)
        )
    return tuple(rules)


@dataclass(frozen=True, slots=True)
class _Index:
    """The rules, filed so that a line is tried only against the rules that can match it.

    Prefix and suffix rules are tried in turn. A rule on the whole line is filed under
    what a line it matches must have (``clean.prefilter``): a full-line rule under the
    first ``_START`` characters of its first words, any rule under the keys of its
    needles (words or starts of words), or else a full-line rule under the most word
    characters it takes, any rule under the three least common characters of each
    needle (the least common character of a shorter one). A rule with none of these is
    tried on every line.
    """

    prefixes: tuple[Rule, ...]
    suffixes: tuple[Rule, ...]
    whole: tuple[Rule, ...]
    always: frozenset[int]
    by_start: dict[int, dict[str, frozenset[int]]]
    """length -> start of a line's first word -> positions in ``whole`` of the rules"""
    by_key: dict[str, frozenset[int]]
    keys: frozenset[str]
    """the keys of ``by_key``"""
    bounds: tuple[int, ...]
    """the most word characters the rules of ``by_bound`` take, in increasing order"""
    by_bound: tuple[frozenset[int], ...]
    """for each bound, the rules that take that many word characters or more"""
    by_char: dict[str, frozenset[int]]
    """character or three characters -> positions in ``whole`` of the rules"""
    chars: frozenset[str]
    """the single characters of ``by_char``"""
    grams: frozenset[str]
    """the three characters of ``by_char``"""

    def candidates(self, folded: str, line_words: list[str]) -> list[int]:
        """Return, in order, the positions in ``whole`` of the rules a line may match,
        given as ``fold`` gives it and its words (``prefilter.words``)."""
        found = set(self.always)
        for char in self.chars.intersection(folded):
            found.update(self.by_char[char])
        grams = set(map(operator.add, map(operator.add, folded, folded[1:]), folded[2:]))
        for gram in self.grams.intersection(grams):
            found.update(self.by_char[gram])
        if line_words:
            for size, table in self.by_start.items():
                found.update(table.get(line_words[0][:size], ()))
        for key in self.keys.intersection(line_keys(line_words)):
            found.update(self.by_key[key])
        n = bisect.bisect_left(self.bounds, sum(map(len, line_words)))
        if n < len(self.bounds):
            found.update(self.by_bound[n])
        return sorted(found)


_START = 3
"""Most characters of the start of a line's first word a full-line rule is filed under."""


@functools.cache
def _index() -> _Index:
    """File the rules of ``load_rules`` for :func:`classify_line` (once per process)."""
    rules = load_rules()
    whole = tuple(r for r in rules if r.scope not in ("prefix", "suffix"))
    always: set[int] = set()
    by_start: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    by_key: dict[str, set[int]] = defaultdict(set)
    bound: dict[int, int] = {}
    by_char: dict[str, set[int]] = defaultdict(set)
    for n, rule in enumerate(whole):
        full = rule.scope in _WHOLE_LINE
        firsts = rule.test.first_words if full else ()
        size = min((len(s) for s in firsts), default=0)
        if size >= 2 or (firsts and not rule.test.keys):
            for first in firsts:
                by_start[min(size, _START)][first[: min(size, _START)]].add(n)
        elif rule.test.keys:
            for key in rule.test.keys:
                by_key[key].add(n)
        elif full and rule.test.word_chars < sys.maxsize:
            bound[n] = rule.test.word_chars
        elif rule.test.needles:
            for needle in rule.test.needles:
                by_char[_least_common(needle)].add(n)
        else:
            always.add(n)
    bounds = sorted(set(bound.values()))
    return _Index(
        prefixes=tuple(r for r in rules if r.scope == "prefix"),
        suffixes=tuple(r for r in rules if r.scope == "suffix"),
        whole=whole,
        always=frozenset(always),
        by_start={
            size: {k: frozenset(v) for k, v in table.items()}
            for size, table in sorted(by_start.items())
        },
        by_key={k: frozenset(v) for k, v in by_key.items()},
        keys=frozenset(by_key),
        bounds=tuple(bounds),
        by_bound=tuple(frozenset(n for n, b in bound.items() if b >= least) for least in bounds),
        by_char={k: frozenset(v) for k, v in by_char.items()},
        chars=frozenset(k for k in by_char if len(k) == 1),
        grams=frozenset(k for k in by_char if len(k) == _GRAM),
    )


_COMMON = " etaoinshrdlcumwfgypbvkjxqz"
"""Letters from the most to the least common in English text; any other character is
rarer than these."""


_GRAM = 3


def _least_common(needle: str) -> str:
    """Return the ``_GRAM`` characters of a needle of least common letters (or of a
    shorter needle its least common character)."""
    if len(needle) < _GRAM:
        return max(needle, key=_rarity)
    grams = [needle[i : i + _GRAM] for i in range(len(needle) - _GRAM + 1)]
    return max(grams, key=lambda gram: sum(map(_rarity, gram)))


def _rarity(char: str) -> int:
    return _COMMON.find(char) if char in _COMMON else len(_COMMON)


def _candidates(line: str, folded: str) -> list[Rule]:
    """Return, in order, the rules on the whole line (full, header, search and tail rules)
    that pass the cheap tests for a line (given also as ``fold`` gives it): only these can
    match it."""
    index = _index()
    stripped = line.strip()
    folded_stripped = fold(stripped)
    words = len(line.split())
    line_words = line_words_of(folded)
    word_chars = sum(map(len, line_words))
    found = []
    for n in index.candidates(folded, line_words):
        rule = index.whole[n]
        test = rule.test
        if rule.scope in _WHOLE_LINE:
            ok = (
                test.widths[0] <= len(stripped) <= test.widths[1]
                and word_chars <= test.word_chars
                and _may_start(test, folded_stripped)
            )
        else:
            ok = (rule.max_words == 0 or words <= rule.max_words) and _may_hold(test, folded)
        if ok:
            found.append(rule)
    return found


def _may_start(test: Prefilter, folded: str) -> bool:
    """Return whether a match can start a line (given as ``fold`` gives it): the line starts
    with one of the pattern's starts, or else holds one of its needles (when they are few:
    a pattern tried at the line's start fails sooner than many needles are looked for)."""
    if test.starts:
        return folded.startswith(test.starts)
    return len(test.needles) > _FEW_NEEDLES or _may_hold(test, folded)


_FEW_NEEDLES = 8


def _may_hold(test: Prefilter, folded: str) -> bool:
    """Return whether a line (given as ``fold`` gives it) holds one of a pattern's needles."""
    for needle in test.needles:
        if needle in folded:
            return True
    return not test.needles


def _title_like(line: str) -> bool:
    """Return whether a line above a byline reads as a headline: at most 25 words and no
    sentence end (a closing quote may end it: 'to register as "foreign agents"')."""
    if _BULLET.match(line):
        return False  # a list item ("- The president has 15 days to sign the law.")
    words = line.split()
    return _headline_like(line) or (
        0 < len(words) <= 25 and not re.search(r"[.!?\u2026][\"\u201d\u2019']?\s*$", line)
    )


def _headline_like(line: str) -> bool:
    """Return whether a line reads like a link to another story, not like prose."""
    if _BULLET.match(line):
        return True
    words = line.split()
    if line.rstrip().endswith("?"):
        return 0 < len(words) <= 14  # "Who is Sviatlana Tsikhanouskaya?"
    return 0 < len(words) <= 20 and not _SENTENCE_CLOSE.search(line)


def classify_line(line: str, *, at_tail: bool = False) -> tuple[str | None, str, str]:
    """Return (noise kind or None, glued prefix removed, the line as kept) for one line.

    A line that starts a list (a ``header`` rule) gets the kind ``"<kind>-header"``, the author
    line of a reader comment (a ``thread`` rule) ``"<kind>-thread"``; a line a ``story`` rule
    claims (a stock subhead) gets None, like any story line.
    """
    kind, prefix, rest = _classify_line(line, at_tail=at_tail)
    return (None if kind == _STORY else kind), prefix, rest


def _classify_line(line: str, *, at_tail: bool = False) -> tuple[str | None, str, str]:
    """Return what :func:`classify_line` does, with the kind ``story`` for a stock subhead."""
    index = _index()
    prefix = ""
    folded = fold(line)
    for rule in index.prefixes:
        if _may_start(rule.test, folded):
            m = rule.run("match", line)
            if m and line[m.end() :].strip():
                prefix, line = line[: m.end()], line[m.end() :].lstrip()
                folded = fold(line)
                break
    for rule in index.suffixes:
        if _may_hold(rule.test, folded):
            m = rule.run("search", line)
            if m and line[: m.start()].strip():
                prefix, line = (prefix + " " + line[m.start() :]).strip(), line[: m.start()]
                folded = fold(line)
                break
    stripped = line.strip()
    for rule in _candidates(line, folded):
        if rule.scope in _WHOLE_LINE:
            hit = rule.run("fullmatch", stripped) is not None
        else:
            hit = (rule.scope == "search" or at_tail) and bool(rule.run("search", line))
        if hit:
            marker = {"header": _HEADER, "thread": _THREAD}.get(rule.scope, "")
            return rule.kind + marker, prefix, line
    return None, prefix, line


_DATELINE = re.compile(
    r"^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .'\u2019/-]{2,40}"
    r"(?:(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*(?:\([^)]{2,40}\))?\s*[-\u2013\u2014:]"
    r"|,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*(?:\([^)]{2,40}\))?|\s*\([^)]{2,40}\)"
    # a town and its country: "LUSAKA, Zambia", "BISSAU, Guinea-Bissau (Wire) -"
    r"|,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:\s*(?:\([^)]{2,40}\))?\s*[-\u2013\u2014:])?)\s*$"
)
"""A dateline on a line of its own: "KYIV, March 3 (Test Wire) -", "MINSK (Wire) -" or
"LUSAKA, Zambia"."""
_STORY_RUN = 2
"""Longest run of short lines kept inside the story (subheads, one-line quotes)."""


def _town(line: str) -> bool:
    """Return whether a line is only the name of a city of 100,000 people or more: a
    dateline ("DAKAR"), when the story's lede follows it."""
    name = line.strip()
    if not name or len(name.split()) > 3 or not all(w[:1].isupper() for w in name.split()):
        return False
    from flashpoint.gazetteer import load_gazetteer

    return any(e.kind == "city" and e.population >= 100_000 for e in load_gazetteer().lookup(name))


def _subhead_like(line: str) -> bool:
    """Return whether a line reads like a subhead ("What happens next"), not a linked headline."""
    return len(line.split()) <= _SUBHEAD_WORDS and ":" not in line and "|" not in line


def _prose_follows(decided: list[tuple[str | None, str, str]], i: int) -> bool:
    """Return whether the line after ``i`` is story prose no rule claimed."""
    if i + 1 >= len(decided):
        return False
    kind, _prefix, rest = decided[i + 1]
    return kind is None and _shape(rest) == "good"


def _shape(line: str) -> str:
    """Return "good" (prose), "near" (a short sentence or a dateline) or "short"."""
    words = len(line.split())
    ends = bool(_END_PUNCT.search(line))
    if words >= 20 or (words >= 10 and ends):
        return "good"
    if (words >= 3 and ends) or _DATELINE.match(line):
        return "near"
    return "short"


def _bare_words(line: str) -> str:
    """Return a line's words in lower case, without punctuation, one space apart."""
    return " ".join(re.sub(r"[^\w\s]", " ", line.lower()).split())


def classify_lines(lines: list[str]) -> list[tuple[str | None, str, str]]:
    """Return (noise kind or None, glued prefix, kept text) for each line of a text.

    Rules decide first. Lines no rule claims are judged by their shape and place, as
    jusText does for HTML paragraphs: prose lines are story; short lines before the first
    or after the last prose line, and runs of more than two short lines inside the story,
    are page furniture (menus, headlines of other stories, mastheads).
    """
    total = len(lines)
    first_pass = [
        _classify_line(line, at_tail=i >= total - TAIL_LINES) for i, line in enumerate(lines)
    ]
    # Tail rules also reach back over the closing block: prose lines after which no story
    # prose follows (a bio above a related list, tags and a copyright line).
    for i in range(total - 1, -1, -1):
        kind, prefix, rest = first_pass[i]
        if kind is not None or _shape(rest) != "good" or _headline_like(rest):
            continue
        hit = _classify_line(lines[i], at_tail=True)
        if hit[0] is None:
            break
        first_pass[i] = hit
    # A stock subhead ("What we know so far") is story: a ``story`` rule claims it for the story.
    stock = {i for i, (kind, _p, _r) in enumerate(first_pass) if kind == _STORY}
    for i in stock:
        first_pass[i] = (None, first_pass[i][1], first_pass[i][2])
    out: list[tuple[str | None, str, str]] = []
    list_kind: str | None = None
    items = 0
    authors: list[int] = []
    for i, (kind, prefix, rest) in enumerate(first_pass):
        if kind is not None and kind.endswith(_THREAD):
            kind = kind[: -len(_THREAD)]
            authors.append(i)
        if kind is not None and kind.endswith(_HEADER):
            list_kind, items = kind[: -len(_HEADER)], 0
            kind = list_kind
        elif list_kind is not None and kind is None and _headline_like(rest):
            if items and _subhead_like(rest) and _prose_follows(first_pass, i):
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
        if out[i][0] is None and out[i + 1][0] == "byline" and _NAME_LINE.match(out[i][2]):
            out[i] = ("byline", out[i][1], out[i][2])
    # A name alone just below a live-blog post's time stamp is the post's author
    # ("19:40 CET" / "Petra Hanáková").
    for i in range(1, len(out)):
        if (
            out[i][0] is None
            and out[i - 1][0] == "byline"
            and _POST_TIME.fullmatch(out[i - 1][2].strip())
            and _NAME_LINE.match(out[i][2])
            and len(out[i][2].split()) <= _AUTHOR_WORDS
        ):
            out[i] = ("byline", out[i][1], out[i][2])
    for i in range(len(out) - 1):
        if out[i][0] is None and out[i + 1][0] == "byline" and _title_like(out[i][2]):
            out[i] = ("title", out[i][1], out[i][2])
    from flashpoint.clean import blocks

    blocks.mark_standfirst(out)
    blocks.mark_contents(out)
    blocks.mark_captions(out)
    blocks.mark_poll(out)
    blocks.mark_rating_summary(out)
    blocks.mark_newsletter_pitch(out)
    blocks.mark_head_bio(out, lambda line: _classify_line(line, at_tail=True)[0])
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
            for sent in _SENTENCE_END.split(" ".join(rest.split())):
                if len(sent.split()) >= 6:
                    sentences[sent.lower()].add(n)
    for i, (kind, prefix, rest) in enumerate(out):
        key = _TRAILING_BRACKET.sub("", " ".join(rest.split()).lower())
        if kind is None and len(key.split()) >= 6 and sentences.get(key, set()) - {i}:
            out[i] = ("caption", prefix, rest)
    # A pull quote: a short quoted line that a longer story line holds word for word
    # ('"Nobody leads this. That is the point."' beside the paragraph that quotes it).
    texts = [(n, _bare_words(rest)) for n, (kind, _p, rest) in enumerate(out)]
    for i, (kind, prefix, rest) in enumerate(out):
        line = rest.strip()
        key = _bare_words(line)
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
    shapes = [_shape(rest) if kind is None else "noise" for kind, _, rest in out]
    for i in range(len(shapes) - 1):
        if shapes[i] == "short" and shapes[i + 1] == "good" and _town(out[i][2]):
            shapes[i] = "near"  # "DAKAR" or "Tbilisi" on its own line above the lede
        elif (
            shapes[i] == "short"
            and shapes[i + 1] == "good"
            and out[i][0] is None
            and (i in stock or _post_headline(out, i))
        ):
            shapes[i] = "near"  # the heading of the paragraph below it
    good = [i for i, shape in enumerate(shapes) if shape == "good"]
    if not good:
        return out  # a short text or a list: only the rules apply
    first, last = good[0], good[-1]
    # Runs of short lines, read across the lines rules removed: a menu whose "Subscribe"
    # a rule took is still a run of five.
    kept = [i for i, shape in enumerate(shapes) if shape != "noise"]
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
            n = m
            continue
        outside = run[-1] < first or run[0] > last
        if outside or len(run) > _STORY_RUN or _widget_run(out, shapes, run):
            for k in run:
                out[k] = ("furniture", out[k][1], out[k][2])
        n = m
    return out


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
    if len(rest.split()) > _TEASER_WORDS or _BULLET.match(rest):
        return False
    if len(_SENTENCE_END.split(rest.strip())) > _TEASER_SENTENCES:
        return False
    if i + 1 >= len(decided):
        return False
    kind, _prefix, after = decided[i + 1]
    return (
        kind is None
        and _headline_like(after)
        and not (_subhead_like(after) and _prose_follows(decided, i + 1))
    )


def _post_headline(out: list[tuple[str | None, str, str]], i: int) -> bool:
    """Return whether line ``i`` is the headline of a live-blog post: it sits between the
    post's time stamp (a byline line: "10:42 GMT") and the post's first paragraph."""
    line = out[i][2]
    return (
        i > 0
        and out[i - 1][0] == "byline"
        and _POST_TIME.fullmatch(out[i - 1][2].strip()) is not None
        and len(line.split()) <= _POST_HEADLINE_WORDS
        and "|" not in line
        and not _BULLET.match(line)
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
        and all(_BULLET.match(out[k][2]) for k in run)
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
    if any(_SENTENCE_CLOSE.search(out[k][2]) or "http" in out[k][2] for k in run):
        return False  # a sentence or an embedded post ("we're. on. it. https://t.co/...")
    size = run[-1] - run[0] + 1  # the run and the rule-removed lines inside it
    i = run[0] - 1
    while i >= 0 and shapes[i] == "noise" and _shape(out[i][2]) == "short":
        size, i = size + 1, i - 1
    i = after
    while i < len(shapes) and shapes[i] == "noise" and _shape(out[i][2]) == "short":
        size, i = size + 1, i + 1
    return size > _STORY_RUN


_STORY = "story"
"""The kind of a ``noise.tsv`` rule that claims a line for the story (a stock subhead)."""
_POST_TIME = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?")
"""The time stamp of a live-blog post on its own line: "10:42 GMT", "4:05 pm"."""
_POST_HEADLINE_WORDS = 14
_AUTHOR_WORDS = 3
_NAME_LINE = re.compile(
    r"^\s*[A-Z\u00c0-\u00de][\w.'\u2019-]+(?:\s+[A-Z\u00c0-\u00de][\w.'\u2019-]+){1,3}\s*$"
)
"""A line that is only a person's name: two to four capitalised words."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]{1,80}\)\s*$")


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
