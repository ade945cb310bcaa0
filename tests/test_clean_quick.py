"""``rules.quick``: the noise rules run without their per-match limit under one alarm per
text, and the text is classified again with the limit when the alarm rings."""

from __future__ import annotations

import logging
import signal
import threading
import time

import pytest

from flashpoint.clean import boilerplate
from flashpoint.clean.rules import TooSlow, load_rules, quick

LINES = [
    "Accept all cookies",
    "KYIV (Wire) - Ukraine and Poland agreed on Tuesday to reopen two border crossings.",
    "The ministers met in Lublin, officials said.",
    "Donate now",
    "Read more: Talks on grain transit stall",
]


def test_the_alarm_stops_a_block_that_runs_too_long() -> None:
    t0 = time.monotonic()
    with pytest.raises(TooSlow), quick(0.05):
        time.sleep(2)
    assert time.monotonic() - t0 < 1.5
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_rules_run_without_their_own_limit_inside_and_with_it_outside() -> None:
    rule = load_rules()[0]
    calls: list[object] = []

    class Matcher:
        def fullmatch(self, line: str, **kwargs: object) -> None:
            calls.append(kwargs.get("timeout"))

    spy = type(rule)(rule.kind, rule.scope, rule.max_words, rule.pattern, rule.test, Matcher())
    with quick(5):
        spy.run("fullmatch", "x")
    spy.run("fullmatch", "x")
    assert calls[0] is None and calls[1] is not None


def test_an_outer_alarm_goes_on_after_the_block() -> None:
    rang: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda *a: rang.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 5.0)
        with quick(1.0):
            pass
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 4.0 < left <= 5.0
        assert signal.getsignal(signal.SIGALRM) is not None and not rang
        # an outer alarm that rings sooner than the block's own: no alarm of its own
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        with quick(1.0):
            assert signal.getitimer(signal.ITIMER_REAL)[0] <= 0.5
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_outside_the_main_thread_the_block_runs_as_usual() -> None:
    seen: list[tuple[float, float]] = []

    def work() -> None:
        with quick(0.01):
            time.sleep(0.05)
            seen.append(signal.getitimer(signal.ITIMER_REAL))

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen == [(0.0, 0.0)]


def test_a_text_the_alarm_cuts_short_is_classified_again_the_same(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    expected = boilerplate.classify_lines(LINES)
    assert expected[0][0] is not None and expected[1][0] is None  # (a cookie line, a story line)
    monkeypatch.setattr(boilerplate, "QUICK_SECONDS", 1e-6)
    with caplog.at_level(logging.INFO, logger="flashpoint.clean.boilerplate"):
        assert boilerplate.classify_lines(LINES) == expected
    assert any("each match limited" in r.getMessage() for r in caplog.records)


def test_the_alarm_also_stops_re_backtracking() -> None:
    import re

    t0 = time.monotonic()
    with pytest.raises(TooSlow), quick(0.2):
        re.fullmatch(r"(?:a+)+b", "a" * 40)
    assert time.monotonic() - t0 < 2
