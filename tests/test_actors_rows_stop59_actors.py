"""Actor rows found wrong in the stop-59 actor round, on sentences of our own (renamed at the
merge: the PLV round wrote a file of the same name)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors
from flashpoint.layers.tables import read_tsv

pytestmark = pytest.mark.model

_DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        # critics and opponents of a government are the opposition, not the government
        ("Kremlin critics said the regional vote had been rigged.", "Kremlin critics", "RUSOPP"),
        (
            "Erdogan's critics say the courts have been used to silence dissent.",
            "Erdogan's critics",
            "TUROPP",
        ),
        ("Putin's opponents stayed away from the polls.", "Putin's opponents", "RUSOPP"),
        # (negative) the seat's and the leader's own people stay the government
        ("Kremlin officials said the vote had been fair.", "Kremlin officials", "RUSGOV"),
        # anti-corruption and anti-graft agencies are one kind: investigators (COP)
        (
            "Kenya's anti-corruption agency charged the county governor on Monday.",
            "Kenya's anti-corruption agency",
            "KENCOP",
        ),
        (
            "Malawi's anti-graft commission arrested the vice president's aide.",
            "Malawi's anti-graft commission",
            "MWICOP",
        ),
        # (negative) a ministry stays government
        (
            "Kenya's interior ministry said the curfew would stay.",
            "Kenya's interior ministry",
            "KENGOV",
        ),
        # "the kingdom" is the country named before it
        (
            "Jordan closed its airspace on Saturday after Israeli officials said the kingdom "
            "had agreed to help, which the kingdom denies.",
            "kingdom",
            "JOR",
        ),
    ],
)
def test_rows_stop59(text: str, actor: str, code: str) -> None:
    assert (actor, code) in kept_actors(text, _DAY)


def test_its_opponents_of_a_state_are_no_opposition() -> None:
    # (negative) a state's opponents are other states, not its own opposition
    text = "Russia said its opponents had failed to isolate it."
    assert "its opponents" not in [t for t, _ in kept_actors(text, _DAY)]


def test_the_country_as_a_place_is_no_actor() -> None:
    # (negative) "across the country" is where, not who
    text = "Kenya's president said protests had spread across the country."
    assert "country" not in [t for t, _ in kept_actors(text, _DAY)]


def _code_on(name: str, day: str) -> list[str]:
    when = dt.date.fromisoformat(day)
    return [
        r["code"]
        for r in read_tsv("actors", "people.tsv", required=("name", "aliases", "code"))
        if r["name"] == name
        and (not r["valid_from"] or dt.date.fromisoformat(r["valid_from"]) <= when)
        and (not r["valid_until"] or when < dt.date.fromisoformat(r["valid_until"]))
    ]


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Bushra Bibi", "2024-11-26", "PAKOPP"),
        ("Gohar Ali Khan", "2024-05-01", "PAKOPP"),
        ("Omar Ayub Khan", "2020-06-01", "PAKGOV"),  # a minister under Imran Khan
        ("Omar Ayub Khan", "2024-06-01", "PAKOPP"),  # opposition leader after his fall
        ("Sohail Afridi", "2025-11-01", "PAKGOV"),
        ("Ali Amin Gandapur", "2025-11-01", ""),  # (negative) his predecessor had left
    ],
)
def test_stop59_people_rows(name: str, day: str, code: str) -> None:
    assert _code_on(name, day) == ([code] if code else [])


def test_a_named_pakistani_opposition_figure_is_coded_in_a_sentence() -> None:
    text = "Bushra Bibi led the march from Peshawar on Tuesday."
    assert ("Bushra Bibi", "PAKOPP") in kept_actors(text, dt.date(2024, 11, 26))
