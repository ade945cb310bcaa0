"""Actor coding for the classes found short on the third gold batch (stop 54): seats of
power named by their town or building, dated roles of well-known people, role nouns,
coreference and non-actor places."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.nlp import load_nlp

pytestmark = pytest.mark.model


def _kept(text: str, day: dt.date = dt.date(2024, 5, 1)) -> list[tuple[str, str]]:
    """Return (text, code) of the actors ingest keeps once places are taken out."""
    from flashpoint.layers.actors import find_actors, without_places
    from flashpoint.layers.places import find_places

    doc = load_nlp()(text)
    spans = find_actors(doc, published=day)
    return [
        (s.actor.text, s.actor.code) for s in without_places(doc, spans, find_places(doc, spans))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rawalpindi has said nothing about the general's arrest.", ("Rawalpindi", "PAKMIL")),
        ("Karlsruhe ruled that the budget breached the debt brake.", ("Karlsruhe", "DEUJUD")),
        ("Holyrood backed the motion by 68 votes to 57.", ("Holyrood", "GBRLEG")),
        ("Stormont rejected the proposal on Monday.", ("Stormont", "GBRLEG")),
    ],
)
def test_seats_of_power_act_as_their_body(text: str, expected: tuple[str, str]) -> None:
    assert expected in _kept(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A car bomb exploded in Rawalpindi on Sunday, killing six people.", "Rawalpindi"),
        ("Thousands marched in Karlsruhe against the new law.", "Karlsruhe"),
    ],
)
def test_seat_towns_that_say_where_are_not_actors(text: str, place: str) -> None:
    assert all(t != place for t, _ in _kept(text))
