"""The actor layer, stop 57: heads of state and government of countries the people list
left out, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors

pytestmark = pytest.mark.model


def test_a_colombian_president_is_colombias_government() -> None:
    text = "Gustavo Petro met Venezuelan officials in Caracas on Tuesday."
    assert ("Gustavo Petro", "COLGOV") in kept_actors(text, dt.date(2024, 3, 5))


def test_a_czech_leader_is_coded_by_the_role_held_on_the_day() -> None:
    text = "Andrej Babis criticised the European Commission on Monday."
    assert ("Andrej Babis", "CZEGOV") in kept_actors(text, dt.date(2019, 5, 6))
    assert ("Andrej Babis", "CZEOPP") in kept_actors(text, dt.date(2023, 5, 8))


def test_a_cuban_leader_is_cubas_government() -> None:
    text = "Fidel Castro refused to meet the visiting Spanish delegation in Havana."
    assert ("Fidel Castro", "CUBGOV") in kept_actors(text, dt.date(2001, 4, 2))


def test_a_namesake_of_a_listed_leader_is_no_one_listed() -> None:
    # the bare surname is no alias where another well-known politician shares it
    text = "Keiko Fujimori and Miguel Uribe spoke to reporters in Madrid on Friday."
    codes = {code for _, code in kept_actors(text, dt.date(2024, 3, 8))}
    assert not codes & {"PERGOV", "COLGOV"}


def test_a_hyphenated_name_written_with_a_space_is_the_same_person() -> None:
    text = "Adil Abdul Mahdi met Kurdish leaders in Erbil on Sunday."
    assert ("Adil Abdul Mahdi", "IRQGOV") in kept_actors(text, dt.date(2019, 3, 3))
    text = "Miguel Diaz Canel received the Russian envoy in Havana on Monday."
    assert ("Miguel Diaz Canel", "CUBGOV") in kept_actors(text, dt.date(2022, 5, 9))


def test_a_lowercase_part_after_a_hyphen_is_not_split() -> None:
    # "Jong-un" keeps its hyphen: "Kim Jong un" is no spelling the list knows
    text = "Kim Jong un inspected a missile launch on Monday."
    assert ("Kim Jong un", "PRKGOV") not in kept_actors(text, dt.date(2022, 5, 9))
