"""Actor coding, stop 58: office-holders 2015-2026 added to the people table (security chiefs,
defence and interior ministers, army chiefs, opposition and armed-group leaders, IGO officials
of many regions), coded by their role on the day."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors
from flashpoint.layers.tables import read_tsv


def _code_on(name: str, day: str) -> list[str]:
    when = dt.date.fromisoformat(day)
    return [
        r["code"]
        for r in read_tsv("actors", "people.tsv", required=("name", "aliases", "code"))
        if r["name"] == name
        and (not r["valid_from"] or dt.date.fromisoformat(r["valid_from"]) <= when)
        and (not r["valid_until"] or when < dt.date.fromisoformat(r["valid_until"]))
    ]


def test_people_file_parses_with_the_stop_58_rows() -> None:
    rows = list(read_tsv("actors", "people.tsv", required=("name", "aliases", "code")))
    names = {r["name"] for r in rows}
    assert {"Ronen Bar", "Bertrand Bisimwa", "Denis Pushilin", "Kithure Kindiki"} <= names
    assert len(names) >= 1500
    assert all(r["note"] for r in rows)


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Denis Pushilin", "2019-05-01", "UKRREB"),  # separatist leader before annexation
        ("Denis Pushilin", "2023-05-01", "RUSGOV"),  # Russian-installed head after it
        ("Ronen Bar", "2024-01-10", "ISRSPY"),
        ("Othman al-Ghanimi", "2018-03-01", "IRQMIL"),
        ("Othman al-Ghanimi", "2021-03-01", "IRQGOV"),
        ("Matteo Salvini", "2020-06-01", "ITAOPP"),
        ("Matteo Salvini", "2023-06-01", "ITAGOV"),
        ("John Mahama", "2020-12-10", "GHAOPP"),
        ("John Mahama", "2025-03-01", "GHAGOV"),
        ("Ramtane Lamamra", "2022-05-01", "DZAGOV"),
        ("Ramtane Lamamra", "2024-05-01", "IGOUNO"),
        ("Rodrigo Londono", "2015-06-01", "COLREB"),
        ("Rodrigo Londono", "2018-03-01", "COLPTY"),
        ("Mohammad Yaqoob", "2020-06-01", "AFGREB"),
        ("Mohammad Yaqoob", "2023-06-01", "AFGGOV"),
        ("Robert Fico", "2021-06-01", "SVKOPP"),
        ("Robert Fico", "2024-06-01", "SVKGOV"),
    ],
)
def test_added_people_rows_give_the_role_of_the_day(name: str, day: str, code: str) -> None:
    assert _code_on(name, day) == [code]


def test_an_added_person_has_no_code_between_two_offices() -> None:
    # Atmar left the security adviser's post in 2018 and became foreign minister in 2020
    assert _code_on("Hanif Atmar", "2019-06-01") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "phrase", "code"),
    [
        (
            "GOMA, Feb 3 (Wire) - Bertrand Bisimwa said the fighters would hold the airport.",
            dt.date(2025, 2, 3),
            "Bertrand Bisimwa",
            "CODREB",
        ),
        (
            "Kithure Kindiki told reporters in Nairobi that the curfew would be lifted.",
            dt.date(2023, 3, 20),
            "Kithure Kindiki",
            "KENGOV",
        ),
        (
            "Mahamat Mahdi Ali said his fighters had withdrawn across the border.",
            dt.date(2021, 4, 25),
            "Mahamat Mahdi Ali",
            "TCDREB",
        ),
        (
            "Francesca Albanese said the blockade amounted to collective punishment.",
            dt.date(2024, 3, 26),
            "Francesca Albanese",
            "IGOUNO",
        ),
    ],
)
def test_added_people_are_coded_in_a_sentence(
    text: str, day: dt.date, phrase: str, code: str
) -> None:
    assert (phrase, code) in kept_actors(text, day)


@pytest.mark.model
def test_an_added_person_before_every_period_takes_no_code_from_the_table() -> None:
    # Pushilin's rows start in April 2014: a 2010 story gets nothing from the table
    text = "Denis Pushilin said the meeting would go ahead."
    assert not [c for t, c in kept_actors(text, dt.date(2010, 5, 1)) if "Pushilin" in t]


@pytest.mark.model
def test_a_bare_surname_is_the_person_of_the_country_the_story_names() -> None:
    # Francesca Albanese (a UN rapporteur) shares the surname; the story names Australia
    text = "SYDNEY, May 3 (Wire) - Albanese told parliament that Australia would not change course."
    assert ("Albanese", "AUSGOV") in kept_actors(text, dt.date(2024, 5, 3))


@pytest.mark.model
def test_a_bare_surname_two_people_of_the_named_country_share_stays_uncoded() -> None:
    # Delcy Rodriguez (vice president) and her brother Jorge (Assembly speaker)
    text = "CARACAS, May 3 (Wire) - Rodriguez said Venezuela would not accept the ruling."
    assert not [c for t, c in kept_actors(text, dt.date(2024, 5, 3)) if t == "Rodriguez"]


@pytest.mark.model
def test_its_ambassador_from_a_capital_is_the_owners_envoy() -> None:
    # "its" says whose envoy he is; "from Tokyo" is the post he is withdrawn from
    text = "SEOUL, Aug 2 (Wire) - Seoul recalled its ambassador from Tokyo on Friday."
    actors = kept_actors(text, dt.date(2019, 8, 2))
    assert ("its ambassador", "KORGOV") in actors
    assert not [c for t, c in actors if t.startswith("ambassador from")]


@pytest.mark.model
def test_the_ambassador_from_a_capital_is_still_that_capitals_envoy() -> None:
    text = "NAIROBI, March 4 (Wire) - Kenya expelled the ambassador from Khartoum on Monday."
    assert ("ambassador from Khartoum", "SDNGOV") in kept_actors(text, dt.date(2024, 3, 4))


@pytest.mark.model
def test_a_people_in_camps_are_refugees() -> None:
    text = "Tens of thousands of Sudanese are sheltering in camps in eastern Chad, the agency said."
    assert ("Sudanese", "SDNREF") in kept_actors(text, dt.date(2024, 8, 26))


@pytest.mark.model
def test_a_people_in_military_camps_are_no_refugees() -> None:
    text = "Hundreds of Malians were trained in military camps in Russia."
    assert ("Malians", "MLICVL") in kept_actors(text, dt.date(2024, 8, 26))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "NIAMEY, July 26 (Wire) - Soldiers of Niger's presidential guard sealed off the "
            "palace.",
            "presidential guard",
            "NERMIL",
        ),
        (
            "LAHORE, Sept 29 (Wire) - Pakistan's anti-graft agency arrested a former minister.",
            "anti-graft agency",
            "PAKCOP",
        ),
    ],
)
def test_new_role_words_give_their_sector(text: str, phrase: str, code: str) -> None:
    assert any(phrase in t and c == code for t, c in kept_actors(text, dt.date(2023, 7, 26)))
