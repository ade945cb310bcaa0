"""Cheap tests that rule a line out before a regular expression runs on it.

Read once off a pattern's parse tree (the one ``re.compile`` builds):

- its *needles*, strings one of which a line holds wherever the pattern matches in it:
  ``\\ball rights? reserved\\b`` needs "all right"; an alternation needs a needle of each
  branch; what a lookahead looks for is in the line too;
- its *keys*, one of each needle, when every needle has one: a whole word (a run of
  ``\\w`` characters) or the start of one: ``\\b(?:donate|newsletters?)`` needs the word
  "donate" or a word that starts with "newsl";
- its *starts*, strings one of which every match starts with: "about us" or "contact us"
  for ``(?:about us|contact us)\\s*``;
- its *first words*, strings one of which the first word of every match starts with:
  "accept" or "reject" for ``[\\[(]?\\s*(?:accept|reject)``;
- its *widths*, the fewest and most characters a match spans (as ``re`` computes them),
  and the most word characters it spans (``[-#\\s]*`` takes none).

All but the widths are in :func:`fold`'s form of the line (its keys: :func:`keys`). A
line that fails a test cannot match, so the pattern need not run on it. The tests are
never weaker than the pattern: a part of it they cannot read (a class, a repeat, a back
reference) only makes them less selective.

Needles, keys and starts hold only characters that ``re.IGNORECASE`` matches to none that
:func:`fold` maps elsewhere ("i" also matches "İ" and the dotless i, and "s" the long s,
which ``str.lower`` does not fold; sigma matches final sigma). ``tests/test_prefilter.py``
checks every such character of the noise rules against every code point, that
:func:`fold` keeps every character one character, a word character or not, and that no
line a rule matches fails its tests.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from dataclasses import dataclass
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # the parser ``re.compile`` uses
_WORD = re.compile(r"\w+")


def _case_classes() -> tuple[dict[int, str], frozenset[str]]:
    """Return how :func:`fold` maps the lower-case letters ``re.IGNORECASE`` also matches
    to letters of another lower case (the dotless i to "i", sigma to final sigma): onto the
    first of each such class, unless its letters are not all word characters or all not
    (then onto nothing: those letters are left out of needles)."""
    special: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
    onto: dict[int, str] = {}
    mixed: set[str] = set()
    for low, others in special.items():
        letters = {chr(low), *map(chr, others)}
        if len({_WORD.match(ch) is None for ch in letters}) > 1:
            mixed |= letters
        else:
            onto.update((ord(ch), min(letters)) for ch in letters if ch != min(letters))
    return onto, frozenset(mixed)


_ONTO, _UNFOLDED = _case_classes()
_DOTTED_I = str.maketrans({"\u0130": "i"})  # str.lower() gives "i" and a combining dot
_LAST_DIGIT = 0x1FFFF
"""Decimal digits (``\\d``) all lie below this (tests/test_prefilter.py checks it)."""
_DIGITS = {c: "0" for c in range(_LAST_DIGIT + 1) if chr(c).isdecimal()}
_ONTO.update(_DIGITS)
_ASCII_DIGITS = str.maketrans("123456789", "000000000")

_EDGE = "\x00"
"""Stands in the strings followed through a pattern for a word boundary (``\\b``) or the
text's start or end (``^``, ``$``): where a run of word characters ends."""
_EDGES = tuple(
    getattr(_parser, name)
    for name in ("AT_BOUNDARY", "AT_BEGINNING", "AT_BEGINNING_STRING", "AT_END", "AT_END_STRING")
)
_MAX_STRINGS = 64
"""Most strings one part of a pattern is followed as (more: it tells nothing)."""
_LONG_ENOUGH = 6
"""Needles this long are rare enough in story lines that fewer of them beat longer ones."""
_KEY_WORD = 4
"""Shortest word that is a key (shorter ones, "the" or "on", are in most lines)."""
_WORD_START = 5
"""Length of the start of a word that is a key."""

Strings = frozenset[str]
_NOTHING: Strings = frozenset({""})  # what a part that takes no character matches


@dataclass(frozen=True, slots=True)
class Prefilter:
    """The cheap tests of one pattern; an empty tuple is no test."""

    needles: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    first_words: tuple[str, ...] = ()
    widths: tuple[int, int] = (0, sys.maxsize)
    word_chars: int = sys.maxsize


def fold(text: str) -> str:
    """Return ``text`` lower-cased as needles are: "İ" and the dotless i as "i", the long s
    as "s", sigma as final sigma (what ``re.IGNORECASE`` matches to one letter is one letter
    here), and every decimal digit as "0" (what ``\\d`` matches)."""
    if text.isascii():
        return text.lower().translate(_ASCII_DIGITS)
    return text.translate(_DOTTED_I).lower().translate(_ONTO)


def words(folded: str) -> list[str]:
    """Return the words (runs of ``\\w`` characters) of a folded line, in order."""
    return _WORD.findall(folded)


def keys(line_words: list[str]) -> set[str]:
    """Return the keys of a line, given its words: the words and the starts of words."""
    return {*line_words, *(w[:_WORD_START] for w in line_words if len(w) > _WORD_START)}


def prefilter(pattern: re.Pattern[str]) -> Prefilter:
    """Return the cheap tests every line ``pattern`` matches in passes."""
    if pattern.flags & (re.ASCII | re.LOCALE):
        return Prefilter()  # its \b and \w are not those of words()
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        low, high = tree.getwidth()
    except Exception:  # a pattern ``re`` compiled but this parser cannot read: no tests
        return Prefilter()
    items = list(tree)
    counts = [_word_chars([item]) for item in items]
    lead = 0  # the nodes before the first word ("[\\[(]?\\s*")
    while lead < len(items) and counts[lead] == 0:
        lead += 1
    rest = _parts(items[lead:])
    info = _joined(_parts(items[:lead]) + rest)
    need = _minimal(_needles(info))
    keys = [_key(s) for s in need]
    starts = frozenset(_plain(s) for s in info.starts)
    return Prefilter(
        needles=_ordered(_minimal(frozenset(_plain(s) for s in need))),
        keys=_ordered(frozenset(keys)) if need and all(keys) else (),
        starts=() if "" in starts else _ordered(_shortest_starts(starts)),
        first_words=_first_words(_joined(rest).starts),
        widths=(int(low), int(high)),
        word_chars=min(sum(counts), sys.maxsize),
    )


@dataclass(frozen=True, slots=True)
class _Info:
    """What is known of the strings a part of a pattern matches."""

    exact: Strings | None  # all of them (None: not known)
    starts: Strings  # one of which each starts with ({""}: not known)
    ends: Strings  # one of which each ends with ({""}: not known)
    needles: Strings  # one of which each holds, or the line holds ({""}: not known)


_UNKNOWN = _Info(None, _NOTHING, _NOTHING, _NOTHING)


def _exactly(strings: Strings) -> _Info:
    return _Info(strings, strings, strings, strings)


def _needles(info: _Info) -> Strings:
    """Return the best needles known of a part: its own, or its starts, ends or strings."""
    best = info.needles
    for other in (info.starts, info.ends) if info.exact is None else (info.exact,):
        best = _better(best, other)
    return best


@functools.cache
def _key(needle: str) -> str:
    """Return the longest key of a needle ("" if none): a run of word characters with a
    non-word character or an edge on each side (a whole word of any line holding the
    needle) of ``_KEY_WORD`` characters or more, or the first ``_WORD_START`` characters
    of one with such a character or edge before it (the start of a word of the line)."""
    keys = [""]
    for m in _WORD.finditer(needle):
        if m.start() == 0:
            continue
        if m.end() < len(needle) and len(m.group()) >= _KEY_WORD:
            keys.append(m.group())
        elif len(m.group()) >= _WORD_START:
            keys.append(m.group()[:_WORD_START])
    return max(keys, key=lambda k: (len(k), k))


def _plain(s: str) -> str:
    return s.replace(_EDGE, "")


def _ordered(strings: Strings) -> tuple[str, ...]:
    return () if strings == _NOTHING else tuple(sorted(strings, key=lambda s: (len(s), s)))


@functools.cache
def _char(code: int) -> str | None:
    """Return a literal character as needles hold it, or None when none may hold it: a
    character ``re.IGNORECASE`` matches to one ``fold`` maps elsewhere (iota to U+0345)."""
    low = fold(chr(code))
    if len(low) != 1 or low == _EDGE or low in _UNFOLDED:
        return None
    return low


@functools.cache
def _non_word_char(code: int) -> bool:
    """Return whether a literal character matches no word character."""
    return _char(code) is not None and _WORD.match(chr(code)) is None


def _minimal(strings: Strings) -> Strings:
    """Drop every needle that holds another: a line holding it holds the shorter one."""
    kept: list[str] = []
    for s in sorted(strings, key=len):
        if not any(t in s for t in kept):
            kept.append(s)
    return frozenset(kept)


def _shortest_starts(strings: Strings) -> Strings:
    """Drop every start that starts with another: a line starting with it starts with
    the shorter one."""
    kept: list[str] = []
    for s in sorted(strings):  # a string comes right after the strings it starts with
        if not kept or not s.startswith(kept[-1]):
            kept.append(s)
    return frozenset(kept)


@functools.cache
def _score(strings: Strings) -> tuple[int, int, int]:
    """Rank needle sets ({""}: none, last): a set whose every needle has a key first, by
    its shortest key, then any other by its shortest needle (both up to
    ``_LONG_ENOUGH``); then fewest needles."""
    plain = [_plain(s) for s in strings]
    if not all(plain):
        return -1, 0, 0
    keys = [len(_key(s)) for s in strings]
    if min(keys):
        return 1, min(min(keys), _LONG_ENOUGH), -len(strings)
    return 0, min(min(len(s) for s in plain), _LONG_ENOUGH), -len(strings)


def _better(a: Strings, b: Strings) -> Strings:
    """Return the better of two needle sets ({""}: none)."""
    if b == _NOTHING or a is b:
        return a
    return a if _score(a) >= _score(b) else b


def _product(a: Strings, b: Strings) -> Strings | None:
    """Return every string of ``a`` followed by every string of ``b`` (None when too many)."""
    if len(a) * len(b) > _MAX_STRINGS:
        return None
    return frozenset(x + y for x in a for y in b)


def _either(strings: Strings | None, otherwise: Strings) -> Strings:
    return otherwise if strings is None else strings


def _join(a: _Info, b: _Info) -> _Info:
    """Return what is known of a part ``a`` followed by a part ``b``."""
    exact = None if a.exact is None or b.exact is None else _product(a.exact, b.exact)
    if exact is not None:
        return _Info(exact, exact, exact, _better(_better(a.needles, b.needles), exact))
    starts = a.starts if a.exact is None else _either(_product(a.exact, b.starts), a.exact)
    ends = b.ends if b.exact is None else _either(_product(a.ends, b.exact), b.exact)
    across = _either(_product(a.ends, b.starts), _NOTHING)  # what spans the join
    needles = _better(_better(_needles(a), _needles(b)), across)
    return _Info(None, starts, ends, needles)


def _sequence(items: list[Any]) -> _Info:
    """Return what is known of a sequence of parse-tree nodes."""
    return _joined(_parts(items))


def _parts(items: list[Any]) -> list[_Info]:
    """Return what is known of each node of a sequence, its literal characters together."""
    parts: list[_Info] = []
    text = ""  # literal characters not joined yet
    for op, av in items:
        ch = _char(av) if op is _parser.LITERAL else None
        if ch is not None:
            text += ch
            continue
        if text:
            parts.append(_exactly(frozenset({text})))
            text = ""
        parts.append(_node(op, av))
    if text:
        parts.append(_exactly(frozenset({text})))
    return parts


def _joined(parts: list[_Info]) -> _Info:
    if not parts:
        return _exactly(_NOTHING)
    info = parts[0]
    for part in parts[1:]:
        info = _join(info, part)
    return info


def _node(op: Any, av: Any) -> _Info:
    """Return what is known of one node of a parse tree."""
    info = _node_strings(op, av)
    if info.exact is None and _non_word(op, av):  # a run of word characters ends at each end
        edge = frozenset({_EDGE})
        starts = info.starts if all(_plain(s) for s in info.starts) else edge
        ends = info.ends if all(_plain(s) for s in info.ends) else edge
        return _Info(None, starts, ends, info.needles)
    return info


def _node_strings(op: Any, av: Any) -> _Info:
    """Return what is known of the strings one node of a parse tree matches."""
    p = _parser
    if op is p.LITERAL:
        ch = _char(av)
        return _UNKNOWN if ch is None else _exactly(frozenset({ch}))
    if op is p.IN:
        chars = [
            _char(v)
            if o is p.LITERAL
            else "0"
            if (o, v) == (p.CATEGORY, p.CATEGORY_DIGIT)
            else None
            for o, v in av
        ]
        if any(ch is None for ch in chars) or len(chars) > _MAX_STRINGS:
            return _UNKNOWN
        return _exactly(frozenset(ch for ch in chars if ch is not None))
    if op is p.AT:
        return _exactly(frozenset({_EDGE}) if av in _EDGES else _NOTHING)
    if op is p.ASSERT:  # takes no character, but what it looks at is in the line
        return _Info(_NOTHING, _NOTHING, _NOTHING, _needles(_sequence(list(av[1]))))
    if op is p.ASSERT_NOT:
        return _exactly(_NOTHING)
    if op is p.SUBPATTERN:
        if av[1] & (re.ASCII | re.LOCALE):
            return _UNKNOWN  # its \b and \w are not those of words()
        return _sequence(list(av[3]))
    if op is p.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is p.BRANCH:
        return _branch([_sequence(list(b)) for b in av[1]])
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
        low, high, item = av
        info = _sequence(list(item))
        if low == 0:
            if high == 1 and info.exact is not None and len(info.exact) < _MAX_STRINGS:
                return _exactly(info.exact | _NOTHING)
            return _UNKNOWN
        if low == high == 1:
            return info
        return _Info(None, info.starts, info.ends, _needles(info))
    return _UNKNOWN  # any character, a category, a negated class, a back reference...


def _non_word(op: Any, av: Any) -> bool:
    """Return whether a node takes one character or more, none of them word characters
    (``\\s``, ``[,;]+``): where it starts and ends, a run of word characters ends."""
    p = _parser
    if op is p.IN:
        return all(
            (o is p.CATEGORY and v in (p.CATEGORY_SPACE, p.CATEGORY_NOT_WORD))
            or (o is p.LITERAL and _non_word_char(v))
            for o, v in av
        )
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT) and av[0] >= 1:
        return len(av[2]) == 1 and _non_word(*av[2][0])
    if op is p.SUBPATTERN and not av[1] & (re.ASCII | re.LOCALE):
        return len(av[3]) == 1 and _non_word(*av[3][0])
    return False


def _first_words(starts: Strings) -> tuple[str, ...]:
    """Return strings one of which the first word of every match starts with, given the
    starts of the match after its nodes that take no word character, or ()."""
    found = set()
    for start in starts:
        word = _WORD.search(_plain(start))  # after the start's non-word characters, if any
        if word is None:
            return ()
        found.add(word.group())
    return _ordered(frozenset(found))


def _word_chars(items: list[Any]) -> int:
    """Return the most word characters a match of a sequence of nodes takes (as
    ``getwidth`` counts characters, but not those of non-word classes)."""
    p = _parser
    total = 0
    for op, av in items:
        if op in (p.AT, p.ASSERT, p.ASSERT_NOT) or _non_word(op, av):
            continue
        if op is p.LITERAL:
            total += 0 if _non_word_char(av) else 1
        elif op in (p.IN, p.ANY, p.NOT_LITERAL, p.CATEGORY):
            total += 1
        elif op is p.SUBPATTERN and not av[1] & (re.ASCII | re.LOCALE):
            total += _word_chars(list(av[3]))
        elif op is p.ATOMIC_GROUP:
            total += _word_chars(list(av))
        elif op is p.BRANCH:
            total += max(_word_chars(list(b)) for b in av[1])
        elif op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
            each = _word_chars(list(av[2]))
            total += 0 if each == 0 else (sys.maxsize if av[1] == p.MAXREPEAT else each * av[1])
        else:
            return sys.maxsize  # a back reference...
        if total >= sys.maxsize:
            return sys.maxsize
    return total


def _branch(branches: list[_Info]) -> _Info:
    """Return what is known of an alternation: each branch's strings, starts, ends, and
    a needle of each."""

    def union(sets: list[Strings]) -> Strings:
        joined = frozenset().union(*sets)
        return _NOTHING if "" in joined or len(joined) > _MAX_STRINGS * 4 else joined

    exacts = [b.exact for b in branches]
    if all(e is not None for e in exacts):
        exact = frozenset().union(*(e for e in exacts if e is not None))
        if len(exact) <= _MAX_STRINGS:
            return _exactly(exact)
    return _Info(
        None,
        union([b.starts for b in branches]),
        union([b.ends for b in branches]),
        union([_needles(b) for b in branches]),
    )
