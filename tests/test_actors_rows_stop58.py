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
