"""The rule coder, stop 60: who an event is done by and aimed at (source and target read
from the parse), on sentences written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from flashpoint.records import Actor

pytestmark = pytest.mark.model


def _country(actor: Actor) -> str:
    return actor.country or actor.code  # (an IGO has no country: its code stands)


def _told(text: str) -> Counter[tuple[str, str | None, str | None]]:
    """Count the mentions coded in ``text`` by PLOVER type and source and target country."""
    from flashpoint.pipeline import annotate

    ann = annotate(text, published="2026-05-04")
    return Counter(
        (str(m.plover), _country(m.source), _country(m.target) if m.target else None)
        for m in ann.mentions
    )


def test_a_reaction_to_an_expulsion_is_aimed_at_the_expeller_not_the_expelled() -> None:
    # "of Panama's envoy" names who underwent the expulsion, not who did it
    text = (
        "Nicaragua expelled Panama's ambassador on Monday. "
        "Canada also condemned the expulsion of Panama's envoy."
    )
    told = _told(text)
    assert told[("ACCUSE", "CAN", "NIC")] == 1
    assert not told[("ACCUSE", "CAN", "PAN")]


def test_the_use_of_a_states_own_forces_is_that_states_act() -> None:
    text = "Ukraine condemned the use of Russia's air force against civilians."
    assert _told(text)[("ACCUSE", "UKR", "RUS")] == 1


def test_the_naming_verb_of_a_condemned_free_relative_is_no_second_event() -> None:
    text = (
        "NATO's chief said the alliance stood with Estonia and condemned what he called"
        ' Russia\'s "reckless" behaviour.'
    )
    told = _told(text)
    assert told[("ACCUSE", "IGONAT", "RUS")] == 1
    assert not told[("ACCUSE", "IGONAT", None)]


def test_a_naming_with_no_event_verb_above_it_still_criticises() -> None:
    text = 'Moscow called the Polish deployment "a provocation".'
    assert _told(text)[("ACCUSE", "RUS", "POL")] == 1


def test_a_demand_to_free_people_taken_earlier_is_made_of_who_took_them() -> None:
    text = (
        "Greek coast guard officers detained six Turkish fishermen near Lesbos on Monday. "
        "Egypt later demanded the release of the fishermen."
    )
    told = _told(text)
    assert told[("REQUEST", "EGY", "GRC")] == 1
    assert not told[("REQUEST", "EGY", None)]


def test_its_in_a_spokesmans_report_is_the_body_he_speaks_for() -> None:
    text = (
        "Fishermen from Malawi have complained for months. A Zambian police spokesman in"
        " Chipata said its officers had arrested the fishermen for using illegal nets."
    )
    told = _told(text)
    assert told[("COERCE", "ZMB", "MWI")] == 1
    assert not told[("COERCE", "MWI", "MWI")]


def test_its_after_a_spokesman_for_a_named_body_is_that_bodys() -> None:
    text = (
        "Fishermen from Malawi have complained for months. A spokesman for the Zambian army"
        " said its soldiers had detained the fishermen."
    )
    assert _told(text)[("COERCE", "ZMB", "MWI")] == 1


def test_a_town_of_the_attackers_own_country_is_no_second_target() -> None:
    text = (
        "Mauritanian patrol boats fired warning shots at a Senegalese fishing boat near"
        " Nouadhibou on Monday."
    )
    told = _told(text)
    assert told[("ASSAULT", "MRT", "SEN")] == 1
    assert not told[("ASSAULT", "MRT", "MRT")]


def test_a_strike_on_a_town_at_home_stays_aimed_at_home() -> None:
    # with no other target, the place at home is what there is (a domestic conflict)
    text = "Ethiopian government troops shelled rebel positions near Bahir Dar on Monday."
    assert _told(text)[("ASSAULT", "ETH", "ETH")] >= 1


def test_them_is_not_the_country_named_just_before() -> None:
    text = (
        "Mali's junta has ordered two French aid workers to leave the country within 72"
        " hours, accusing them of spying."
    )
    told = _told(text)
    assert told[("ACCUSE", "MLI", "FRA")] == 1
    assert not told[("ACCUSE", "MLI", "MLI")]
