"""Noise rules kept as data (``data/clean/noise.tsv``) and the classifier of one line by them.

Each rule has a kind (what the line is: cookie, donate, newsletter, readmore ...), a scope
(``full``: the whole line; ``search``: anywhere in a line of at most ``max_words`` words;
``prefix``/``suffix``: glued to a story sentence; ``header``: starts a list; ``tail``: in the
closing lines; ``thread``: a reader comment's author line) and a pattern. Lines are tried only
against the rules that can match them (``clean.prefilter`` works out what a match needs).
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import functools
import logging
import operator
import re
import signal
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import regex

from flashpoint.clean.prefilter import Prefilter, fold, prefilter
from flashpoint.clean.prefilter import keys as line_keys
from flashpoint.clean.prefilter import words as line_words_of
from flashpoint.errors import LexiconError
from flashpoint.layers.tables import read_tsv

log = logging.getLogger(__name__)

HEADER = "-header"
"""Marks the kind of a line that starts a list (a ``header`` rule)."""
THREAD = "-thread"
"""Marks the kind of a reader comment's author line (a ``thread`` rule)."""
STORY = "story"
"""The kind of a ``noise.tsv`` rule that claims a line for the story (a stock subhead)."""

_SCOPES = frozenset({"full", "search", "prefix", "suffix", "header", "tail", "thread"})
_WHOLE_LINE = ("full", "header", "thread")


MATCH_SECONDS = 0.25
"""Longest time one rule may take on one line; past it the line does not match the rule.

Rules run on the ``regex`` engine, which gives up on such a line instead of hanging: Python's
``re`` takes seconds to hours to fail some lines a pattern with nested repeats almost matches
("ok   ok   ok   ok   ok   ok   ok   ok   ok   ok x" against the cookie-button rule: 12 s in
``re``, under a millisecond in ``regex``). A line the limit cuts off is logged."""


_UNTIMED: contextvars.ContextVar[bool] = contextvars.ContextVar("untimed", default=False)


class TooSlow(Exception):
    """The rules took longer than :func:`quick` allowed."""


@contextlib.contextmanager
def quick(seconds: float) -> Iterator[None]:
    """Run the rules in the block without their per-match time limit, under one alarm for
    the whole block, which raises :class:`TooSlow` after ``seconds``: the caller then runs
    them again with the limit, line by line (the limit costs ``regex`` about 6 us a match,
    a few hundred matches an article). Outside the main thread, or when an alarm already
    set would ring first, the block runs with the per-match limit as usual."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    outer, interval = signal.getitimer(signal.ITIMER_REAL)
    if outer and outer <= seconds:
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise TooSlow(f"noise rules took over {seconds} s")

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, on_alarm)
    token = _UNTIMED.set(True)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _UNTIMED.reset(token)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # the article's own time limit goes on, less the time spent here
            left = outer - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6), interval)


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
        if _UNTIMED.get():
            return getattr(self.matcher, how)(line)  # (one alarm watches them all: see quick)
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


def candidates(line: str, folded: str) -> list[Rule]:
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
                and may_start(test, folded_stripped)
            )
        else:
            ok = (rule.max_words == 0 or words <= rule.max_words) and may_hold(test, folded)
        if ok:
            found.append(rule)
    return found


def may_start(test: Prefilter, folded: str) -> bool:
    """Return whether a match can start a line (given as ``fold`` gives it): the line starts
    with one of the pattern's starts, or else holds one of its needles (when they are few:
    a pattern tried at the line's start fails sooner than many needles are looked for)."""
    if test.starts:
        return folded.startswith(test.starts)
    return len(test.needles) > _FEW_NEEDLES or may_hold(test, folded)


_FEW_NEEDLES = 8


def may_hold(test: Prefilter, folded: str) -> bool:
    """Return whether a line (given as ``fold`` gives it) holds one of a pattern's needles."""
    for needle in test.needles:
        if needle in folded:
            return True
    return not test.needles


def classify_line(line: str, *, at_tail: bool = False) -> tuple[str | None, str, str]:
    """Return (noise kind or None, glued prefix removed, the line as kept) for one line.

    A line that starts a list (a ``header`` rule) gets the kind ``"<kind>-header"``, the author
    line of a reader comment (a ``thread`` rule) ``"<kind>-thread"``; a line a ``story`` rule
    claims (a stock subhead) gets None, like any story line.
    """
    kind, prefix, rest = classify_rules(line, at_tail=at_tail)
    return (None if kind == STORY else kind), prefix, rest


def classify_rules(
    line: str, *, at_tail: bool = False, glued: bool = True
) -> tuple[str | None, str, str]:
    """Return what :func:`classify_line` does, with the kind ``story`` for a stock subhead.

    With ``glued``, a line no rule claims is also tried as a noise line run together with a
    story sentence (:func:`unglue`)."""
    index = _index()
    prefix = ""
    folded = fold(line)
    for rule in index.prefixes:
        if may_start(rule.test, folded):
            m = rule.run("match", line)
            if m and line[m.end() :].strip():
                prefix, line = line[: m.end()], line[m.end() :].lstrip()
                folded = fold(line)
                break
    for rule in index.suffixes:
        if may_hold(rule.test, folded):
            m = rule.run("search", line)
            if m and line[: m.start()].strip():
                prefix, line = (prefix + " " + line[m.start() :]).strip(), line[: m.start()]
                folded = fold(line)
                break
    kind = _whole_line(line, folded, at_tail)
    if not prefix and glued and (kind is None or len(line.split()) >= _LONG_LINE):
        # a rule that finds its words anywhere in a line takes the story sentence glued to
        # them too ("...the army said.Share this story"): cut the label, keep the sentence
        cut = unglue(line)
        if cut is not None and (kind is None or _story_sentence(cut[1])):
            return None, cut[0], cut[1]
    return kind, prefix, line


_LONG_LINE = 12


def _story_sentence(part: str) -> bool:
    """Return whether ``part`` reads as a story sentence no rule claims."""
    return (
        len(part.split()) >= _LONG_LINE - _SENTENCE_WORDS
        and part.rstrip()[-1:] in _SENTENCE_ENDS
        and _whole_line(part, fold(part), False) is None
    )


_SENTENCE_ENDS = frozenset('.!?"\u201d\u2019')


def _whole_line(line: str, folded: str, at_tail: bool) -> str | None:
    """Return the kind of the first rule that claims the whole line, or None."""
    stripped = line.strip()
    for rule in candidates(line, folded):
        if rule.scope in _WHOLE_LINE:
            hit = rule.run("fullmatch", stripped) is not None
        else:
            hit = (rule.scope == "search" or at_tail) and bool(rule.run("search", line))
        if hit:
            marker = {"header": HEADER, "thread": THREAD}.get(rule.scope, "")
            return rule.kind + marker
    return None


# Where two lines of a page were run together with no space between them: a label or a
# headline before a story sentence ("Advertisement · Continue reading belowThe newly...",
# "Read more >The town...") or a label after one ("...on Dec. 15.Download the app").
_JOIN_BEFORE = re.compile(r"(?<=[^\s.!?\"'\u201d\u2019(\[])(?=[A-Z][a-z]|A\s)")
_JOIN_AFTER = re.compile(r"(?<=[a-z0-9\)][.!?])(?=[A-Z])|(?<=[.!?][\"\u201d\u2019])(?=[A-Z])")
_LABEL_END = re.compile(r"[\s\-\u2010-\u2015:|\u00b7\u203a\u00bb\u2192>]+$")
_SEPARATOR = re.compile(r"[:|\u2010-\u2015\u203a\u00bb\u2192]")
_OPENER_WORDS = (
    "A An The This That These Those It He She They We I In On At For After Before When "
    "While As But And Since Under Over About More Most Some Many Several Officials Police"
)
_OPENERS = frozenset(_OPENER_WORDS.split())
"""Words a story sentence opens with that no name goes on with ("AdvertisementThe")."""
_LABEL_WORDS = 6
"""A glued label before a story sentence has at most this many words, unless a separator
in its first words shows a label and a headline ("Also in Business: Port signs deal...")."""
_HEADLINE_WORDS = 16
_SUFFIX_WORDS = 14
_SENTENCE_WORDS = 6


def unglue(line: str) -> tuple[str, str] | None:
    """Return (the glued label, the story sentence) when a line is a noise line run together
    with a story sentence with no space between them, which no prefix or suffix rule knew:
    the part before or after the join, read as a line of its own, is one that a whole-line
    rule removes. None when there is no such join."""
    if not (_JOIN_BEFORE.search(line) or _JOIN_AFTER.search(line)):
        return None
    for m in _JOIN_BEFORE.finditer(line):
        label, rest = line[: m.start()], line[m.start() :]
        if label[-1] == "-" and label[-2:-1].isalpha():
            continue  # a double name ("Martinez-Acha")
        words = label.split()
        if (
            len(words) == 1
            and label[-1].isalpha()
            and not label.isupper()
            and rest.split(None, 1)[0] not in _OPENERS
        ):
            continue  # one word run into a name ("GiveWell", "PlayStation")
        if len(rest.split()) < _SENTENCE_WORDS or len(words) > _HEADLINE_WORDS:
            continue
        if len(words) > _LABEL_WORDS and not _SEPARATOR.search(" ".join(words[:4])):
            continue
        bare = _LABEL_END.sub("", label)
        if bare and _claimed(bare):
            return label, rest
    for m in _JOIN_AFTER.finditer(line):
        story, label = line[: m.start()], line[m.start() :]
        if len(story.split()) < _SENTENCE_WORDS or len(label.split()) > _SUFFIX_WORDS:
            continue
        if _claimed(label.strip()):
            return label, story
    return None


def _claimed(part: str) -> bool:
    """Return whether a whole-line rule (or a line-start one) removes ``part`` as a line."""
    kind, prefix, rest = classify_rules(part, glued=False)
    return (kind is not None and kind != STORY) or (bool(prefix) and not rest.strip())
