"""The rule coder, stop 57: recall gaps seen on PLV's tune part, on sentences written for
these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2020-09-10")


def _types(text: str) -> set[str]:
    return {e[0] for e in _events(text)}


def test_disputing_another_sides_findings_is_an_objection() -> None:
    text = "Kenya's health ministry disputed the findings of the Ugandan report."
    assert "ACCUSE" in _types(text)
    text = "Brazil's government flatly refuted the French president's remarks on the Amazon fires."
    assert ("ACCUSE", "BRAGOV", "FRAGOV") in _events(text)
    text = "The Chinese embassy in Canberra challenged the figures published by Australian media."
    assert "ACCUSE" in _types(text)


def test_disputing_nothing_said_by_another_side_is_no_objection() -> None:
    # denying allegations against oneself is CAMEO 016, which has no row
    assert "ACCUSE" not in _types("The Nigerian army refuted the allegations of abuse in Borno.")
    # a contest or a match is no objection
    assert _types("Ghana challenged Nigeria in the final of the regional cup.") == set()


def test_denying_permission_is_a_refusal() -> None:
    text = "The Pakistani government denied permission to the Indian delegation on Monday."
    assert _events(text) == {("REJECT", "PAKGOV", "INDGOV")}
    # denying a report is no refusal of anyone
    assert "REJECT" not in _types("The Pakistani government denied the Indian report on Monday.")
