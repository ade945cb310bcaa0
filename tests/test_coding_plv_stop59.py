"""The rule coder, stop 59: recall gaps seen on PLV's tune part, on sentences written for
these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2020-09-10")


def _types(text: str) -> set[str]:
    return {e[0] for e in _events(text)}


def test_an_acronym_misread_as_an_adverb_is_the_subject() -> None:
    # the tagger reads "USAID" as an adverb hung on the verb
    text = "USAID provided emergency food to 40,000 displaced families in Haiti."
    assert ("AID", "USAGOV", "HTIREF") in _events(text)
    text = "USAID has sent medical supplies to Syrian refugees in Jordan."
    assert "AID" in _types(text)


def test_a_dateline_is_no_subject() -> None:
    # (negative) a capitalised dateline set off by a dash is not who acted
    text = "WASHINGTON -- Heavy rain flooded the city centre on Tuesday."
    assert _types(text) == set()


def test_easing_a_curfew_is_a_retreat() -> None:
    text = "The Kenyan government eased the curfew in Mombasa on Monday."
    assert ("RETREAT", "KENGOV", None) in _events(text)
    text = "Sri Lankan authorities eased curfew hours in the Eastern Province."
    assert "RETREAT" in _types(text)


def test_easing_other_things_is_no_event() -> None:
    # (negative) only a curfew (or lockdown) row; traffic and tension are no concession
    assert _types("The Kenyan government eased traffic on the main road to Mombasa.") == set()
    assert _types("The Egyptian government extended working hours for civil servants.") == set()
