"""Actor table rows found wrong by the stop-58 PLV round, on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors

pytestmark = pytest.mark.model

_DAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        # the hyphenated attorney-general is a law officer, not a soldier
        (
            "Australian Attorney-General Mark Dreyfus rejected the Chinese embassy's claims.",
            "Australian Attorney-General Mark Dreyfus",
            "AUSJUD",
        ),
        (
            "Kenya's Prosecutor-General said the officers would be charged.",
            "Kenya's Prosecutor-General",
            "KENJUD",
        ),
        # (negative) a general is still a soldier
        (
            "Nigerian General Musa Adamu said the troops would stay.",
            "Nigerian General Musa Adamu",
            "NGAMIL",
        ),
        # Britain's National Crime Agency is police
        (
            "The National Crime Agency arrested two Albanian nationals in Liverpool on Tuesday.",
            "National Crime Agency",
            "GBRCOP",
        ),
    ],
)
def test_rows_stop58(text: str, actor: str, code: str) -> None:
    assert (actor, code) in kept_actors(text, _DAY)


@pytest.mark.parametrize(
    ("text", "day", "actor", "code"),
    [
        # Bangkok's Metropolitan Police Bureau is Thai police, not London's
        (
            "The Metropolitan Police Bureau arrested three men in Bangkok on Friday.",
            _DAY,
            "Metropolitan Police Bureau",
            "THACOP",
        ),
        # (negative) London's Metropolitan Police
        (
            "The Metropolitan Police arrested two men in London.",
            _DAY,
            "Metropolitan Police",
            "GBRCOP",
        ),
        # Julie Bishop as the UN envoy on Myanmar, and as Australia's foreign minister before
        ("Julie Bishop met the junta's leaders in Naypyitaw.", _DAY, "Julie Bishop", "IGOUNO"),
        (
            "Julie Bishop met Chinese officials in Beijing.",
            dt.date(2016, 5, 1),
            "Julie Bishop",
            "AUSGOV",
        ),
    ],
)
def test_more_rows_stop58(text: str, day: dt.date, actor: str, code: str) -> None:
    assert (actor, code) in kept_actors(text, day)
