"""The cheap tests of ``clean.prefilter`` never rule out a line a noise rule matches."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from flashpoint.clean.metadata import normalize
from flashpoint.clean.prefilter import _char, fold, prefilter
from flashpoint.clean.rules import (
    Rule,
    TooSlow,
    candidates,
    classify_line,
    load_rules,
    may_hold,
    may_start,
    quick,
)
from flashpoint.sources.demo import demo_root

EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
WORD = re.compile(r"\w")
RULES = load_rules()


def test_fold_keeps_every_character_one_character_and_a_word_character_or_not() -> None:
    folded = [fold(c) for c in EVERY_CHARACTER]
    assert all(len(f) == 1 for f in folded)
    assert [WORD.match(c) is None for c in EVERY_CHARACTER] == [
        WORD.match(f) is None for f in folded
    ]


def test_every_decimal_digit_folds_onto_0() -> None:
    digits = set(re.findall(r"\d", EVERY_CHARACTER))
    assert {fold(c) for c in digits} == {"0"}
    assert [c for c in EVERY_CHARACTER if fold(c) == "0"] == sorted(digits | {"0"})


def test_what_ignorecase_matches_to_a_needle_character_folds_onto_it() -> None:
    chars = sorted({c for rule in RULES for c in rule.pattern.pattern})
    for ch in chars:
        if _char(ord(ch)) is None:
            continue  # never in a needle
        for pattern in (re.escape(ch), f"[{re.escape(ch)}]"):
            matched = {m.group() for m in re.finditer(pattern, EVERY_CHARACTER, re.IGNORECASE)}
            assert {fold(c) for c in matched} == {_char(ord(ch))}, ch


def _passes(rule: Rule, line: str) -> bool:
    """Return whether a line the rule's pattern matches gets past the rule's cheap tests
    (True when the pattern does not match it). The pattern runs as the cleaner runs it
    (``Rule.run``: the ``regex`` engine, with its time limit), not on ``re``, which takes
    minutes to fail some lines a pattern with nested repeats almost matches."""
    if rule.scope == "prefix":
        return rule.run("match", line) is None or may_start(rule.test, fold(line))
    if rule.scope == "suffix":
        return rule.run("search", line) is None or may_hold(rule.test, fold(line))
    if rule.scope in ("full", "header"):
        matches = rule.run("fullmatch", line.strip()) is not None
    else:
        matches = (rule.max_words == 0 or len(line.split()) <= rule.max_words) and bool(
            rule.run("search", line)
        )
    return not matches or rule in candidates(line, fold(line))


DRAW_SECONDS = 5.0
"""Longest time one line may take to generate: ``st.from_regex`` filters what it generates
with the pattern on ``re``, and for a few rules a generated near-miss line makes ``re``
backtrack for minutes. Such an example is rejected (``reject``), not waited for."""


def _without_leading_lookaheads(pattern: str) -> str:
    """Return a pattern without the lookaheads it starts with (st.from_regex would filter
    its way to the few strings that pass them): the lines it gives that the whole pattern
    does not match pass any test."""
    while pattern.startswith("(?="):
        depth, i, in_class = 0, 0, False
        while True:
            ch = pattern[i]
            if ch == "\\":
                i += 1
            elif in_class:
                in_class = ch != "]"
            elif ch == "[":
                in_class = True
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        pattern = pattern[i + 1 :]
    return pattern


@pytest.mark.parametrize("n", range(len(RULES)))
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_no_line_a_rule_matches_is_ruled_out(n: int, data: st.DataObject) -> None:
    rule = RULES[n]
    source = re.compile(_without_leading_lookaheads(rule.pattern.pattern), rule.pattern.flags)
    try:
        with quick(DRAW_SECONDS):  # (its alarm also stops re, which checks for signals)
            line = data.draw(st.from_regex(source, fullmatch=rule.scope in ("full", "header")))
    except TooSlow:
        reject()
    cased = data.draw(st.sampled_from([str.upper, str.title, str.lower, str.swapcase]))
    texts = [line, cased(line)]
    if rule.scope not in ("full", "header"):  # a full-line pattern can take minutes to fail
        texts += [f"Ok, {line} 2024", f"{line}. Then"]  # on such a line ("[e-mail] 2024")
    for text in texts:
        assert _passes(rule, text), (n, text)


ODD_LETTERS = "\u0130\u0131\u017f\u212a\u03a3\u03c2\u2019\u00a9\u0661ask -\n"
"""Capital dotted I, dotless i, long s, the Kelvin sign, capital and final sigma, a curly
quote, the copyright sign, an Arabic-Indic one: what ``str.lower`` and ``re`` read apart."""


@given(st.text(alphabet=st.sampled_from(list(ODD_LETTERS)), max_size=30))
def test_odd_letters_never_rule_a_match_out(line: str) -> None:
    assert all(_passes(rule, line) for rule in RULES)


def _reference(line: str, *, at_tail: bool = False) -> tuple[str | None, str, str]:
    """classify_line as it was before the cheap tests: every rule tried on every line."""
    prefix = ""
    for rule in RULES:
        if rule.scope == "prefix":
            m = rule.pattern.match(line)
            if m and line[m.end() :].strip():
                prefix, line = line[: m.end()], line[m.end() :].lstrip()
                break
    for rule in RULES:
        if rule.scope == "suffix":
            m = rule.pattern.search(line)
            if m and line[: m.start()].strip():
                prefix, line = (prefix + " " + line[m.start() :]).strip(), line[: m.start()]
                break
    words = len(line.split())
    for rule in RULES:
        if rule.scope in ("full", "header"):
            hit = rule.pattern.fullmatch(line.strip()) is not None
        elif rule.scope == "search" or (rule.scope == "tail" and at_tail):
            hit = (rule.max_words == 0 or words <= rule.max_words) and bool(
                rule.pattern.search(line)
            )
        else:
            hit = False
        if hit:
            return (rule.kind + "-header" if rule.scope == "header" else rule.kind), prefix, line
    return None, prefix, line


def test_demo_lines_are_classified_as_without_the_tests() -> None:
    root = demo_root()
    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(root.glob("*/*"))
        if p.is_file()
    ]
    lines = {ln for t in texts for ln in normalize(t).split("\n") if ln}
    assert len(lines) > 300
    for line in lines:
        for at_tail in (False, True):
            assert classify_line(line, at_tail=at_tail) == _reference(line, at_tail=at_tail)


def test_what_the_tests_read_off_a_pattern() -> None:
    test = prefilter(re.compile(r"\bnews(?:letter)?\b|\bdigest", re.IGNORECASE))
    assert test.needles == ("news", "digest")
    assert test.keys == ("news", "diges", "newsletter")  # whole words, or a word's start
    assert prefilter(re.compile(r"\bnews", re.ASCII)).needles == ()  # another \b
