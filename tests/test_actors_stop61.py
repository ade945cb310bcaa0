"""Actor coding, stop 61: an unlisted organisation or private person described by an
apposition ("X, a rights group"); an opposition leader's own party is the opposition; a
rebel leader's spokesman and forces are the rebels'; acts such as interference name who
acted; a leader's supporters are civilians unless he leads the opposition; rows added to
the tables. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors

DAY = dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Tomas Ruiz, a Bolivian farmer, said the floods took his crop.", "Tomas Ruiz", "BOLCVL"),
        ("Voz Libre, the Nicaraguan news site, said it would close.", "Voz Libre", "NICMED"),
        ("Tierra Viva, a Peruvian rights group, counted nine deaths.", "Tierra Viva", "PERNGO"),
    ],
)
def test_an_apposition_says_what_an_unlisted_name_is(text: str, span: str, code: str) -> None:
    assert dict(kept_actors(text, DAY)).get(span) == code


def test_an_apposition_of_a_place_codes_no_name() -> None:
    found = dict(kept_actors("Texas, a state with long borders, sued again.", DAY))
    assert "Texas" not in found


def test_an_opposition_leaders_own_party_is_the_opposition() -> None:
    found = dict(
        kept_actors(
            "Opposition leader Nelson Chamisa of Zimbabwe said his Citizens Coalition for "
            "Change would boycott parliament.",
            dt.date(2023, 9, 1),
        )
    )
    assert found.get("Citizens Coalition for Change") == "ZWEOPP"


def test_a_governing_leaders_party_stays_a_party() -> None:
    found = dict(
        kept_actors("Prime Minister Keir Starmer said his Labour Party would hold firm.", DAY)
    )
    assert found.get("Labour Party") == "GBRPTY"


def test_a_rebel_groups_forces_are_rebels() -> None:
    found = dict(
        kept_actors(
            "Warplanes struck Houthi positions, and the Houthis said their forces would "
            "keep firing at ships.",
            dt.date(2024, 2, 1),
        )
    )
    assert found.get("their forces") == "YEMREB"


def test_a_presidents_spokesman_is_still_the_government() -> None:
    found = dict(kept_actors("President William Ruto said his spokesman would speak.", DAY))
    assert found.get("his spokesman") == "KENGOV"


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("The report blamed Russian interference for the chaos.", "Russian", "RUS"),
        ("Officials warned of Chinese espionage at the port.", "Chinese", "CHN"),
    ],
)
def test_acts_name_the_country_that_acted(text: str, span: str, code: str) -> None:
    assert dict(kept_actors(text, DAY)).get(span) == code


def test_goods_still_name_no_actor() -> None:
    found = dict(kept_actors("Shops ran out of Chinese goods before the holiday.", DAY))
    assert "Chinese goods" not in found and "Chinese" not in found


def test_a_presidents_supporters_are_civilians() -> None:
    found = dict(kept_actors("Supporters of President Isaias Afwerki marched in Asmara.", DAY))
    assert found.get("Supporters of President Isaias Afwerki") == "ERICVL"


def test_an_opposition_leaders_supporters_are_the_opposition() -> None:
    found = dict(
        kept_actors("Supporters of opposition leader Raila Odinga marched in Kisumu.", DAY)
    )
    assert found.get("Supporters of opposition leader Raila Odinga") == "KENOPP"


@pytest.mark.parametrize(
    ("text", "day", "span", "code"),
    [
        ("Peter Mutharika spoke in Blantyre.", dt.date(2025, 12, 1), "Peter Mutharika", "MWIGOV"),
        ("Peter Mutharika spoke in Blantyre.", dt.date(2022, 5, 1), "Peter Mutharika", "MWIOPP"),
        ("Kamla Persad-Bissessar spoke.", dt.date(2025, 6, 1), "Kamla Persad-Bissessar", "TTOGOV"),
        ("Kamla Persad-Bissessar spoke.", dt.date(2020, 6, 1), "Kamla Persad-Bissessar", "TTOOPP"),
        ("Global Witness published a report on mining.", DAY, "Global Witness", "NGOGWT"),
        ("The Sejm passed the budget.", DAY, "Sejm", "POLLEG"),
        ("The Istana issued a statement.", DAY, "Istana", "SGPGOV"),
        ("Cristosal said 300 prisoners had died.", DAY, "Cristosal", "SLVNGO"),
    ],
)  # fmt: skip
def test_added_rows(text: str, day: dt.date, span: str, code: str) -> None:
    assert dict(kept_actors(text, day)).get(span) == code


def test_a_person_out_of_every_period_is_not_coded_by_the_table() -> None:
    found = dict(kept_actors("Michael Randrianirina spoke to reporters.", dt.date(2019, 1, 1)))
    assert found.get("Michael Randrianirina") is None


def test_a_countrys_own_body_takes_the_country_in() -> None:
    found = dict(kept_actors("Israel's Mossad denied the report.", DAY))
    assert found.get("Israel's Mossad") == "ISRSPY"


def test_a_countrys_possession_that_is_no_body_stays_the_country() -> None:
    found = kept_actors("Russia's economy shrank for a second quarter.", DAY)
    assert found == [("Russia", "RUS")]


def test_a_surname_met_again_owns_the_opposition_party() -> None:
    found = dict(
        kept_actors(
            "Opposition leader Nelson Chamisa rejected the count. Chamisa said his Citizens "
            "Coalition for Change would go to court.",
            dt.date(2023, 9, 1),
        )
    )
    assert found.get("Citizens Coalition for Change") == "ZWEOPP"


def test_migrants_from_many_named_countries_are_no_one_actor() -> None:
    found = kept_actors("A boat sank with migrants from Pakistan, Syria and Egypt aboard.", DAY)
    assert not any(code.endswith("CVL") for _, code in found)


def test_troops_from_several_named_countries_stay_each_states() -> None:
    codes = {code for _, code in kept_actors("Troops from Kenya, Uganda and Burundi left.", DAY)}
    assert {"KENMIL", "UGAMIL", "BDIMIL"} <= codes
