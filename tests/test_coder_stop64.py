"""Coder, stop 64: events in whole articles (issue #3), on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events
from flashpoint.coding.topic import off_topic
from flashpoint.records import Actor

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-05-04")


def test_an_apology_is_support_as_the_plover_table_has_it() -> None:
    events = _events("Chile's president apologised to Peru on Monday for his minister's remarks.")
    assert ("SUPPORT", "CHLGOV", "PER") in events, events
    assert not any(e[0] == "CONCEDE" for e in events), events


def test_pronouns_do_not_count_as_officials_against_a_match_reports_words() -> None:
    text = (
        "The striker scored twice and the coach praised the league's referee at the stadium.\n"
        "The winger and the fly-half lifted the trophy after the rugby tournament."
    )
    named = [Actor("the minister", 0, 12, "FRAGOV", "FRA", "GOV")] * 12
    assert off_topic(text, named) is None  # a match told through officials is political
    echoes = [Actor(w, 0, 2, "FRAGOV", "FRA", "GOV") for w in ("he", "his", "they", "it")] * 3
    assert off_topic(text, echoes) == "sport"


def test_an_emergency_declared_over_a_disaster_coerces_no_one() -> None:
    events = _events(
        "SUVA, May 4 — A strong earthquake struck Fiji's main island on Sunday, and dozens of "
        "homes collapsed.\n\n"
        "Fiji's government declared a state of emergency on Monday and asked Australia for "
        "rescue teams after the earthquake."
    )
    assert not any(e[0] == "COERCE" for e in events), events
    events = _events(
        "SAN SALVADOR, May 4 — El Salvador's government declared a state of emergency on "
        "Monday to fight the street gangs, and police detained 300 suspects."
    )
    assert any(e[0] == "COERCE" and e[1].startswith("SLV") for e in events), events


def test_a_backer_named_in_a_description_is_no_act_of_support() -> None:
    events = _events(
        "Kenya accused a militia backed by the Ugandan army of raiding a border village."
    )
    assert not any(e[0] == "SUPPORT" for e in events), events
    events = _events(
        "The Congolese rebels, who are backed by Rwanda, welcomed the ceasefire on Monday."
    )
    assert not any(e[0] == "SUPPORT" and e[1].startswith("RWA") for e in events), events
    events = _events("Rwanda backed the rebel front's demands on Monday.")
    assert any(e[0] == "SUPPORT" and e[1].startswith("RWA") for e in events), events


def test_an_act_backed_by_someone_is_still_their_support() -> None:
    events = _events(
        "The marches, backed by the Catholic Church, were peaceful, Chilean police said."
    )
    assert any(e[0] == "SUPPORT" for e in events), events


TWO_NEIGHBOURS = (
    "KABUL, May 4 — Afghan and Iranian border guards exchanged fire on Sunday, Afghanistan's "
    "Taliban government said, and Iran accused Afghanistan of starting the clash.\n\n"
    "Afghanistan's foreign ministry said Iran had fired first. Iran's interior minister said "
    "Tehran would respond to any attack by Afghanistan.\n\n"
)


def test_a_border_closed_with_no_neighbour_named_is_closed_to_the_other_side() -> None:
    events = _events(TWO_NEIGHBOURS + "Iran closed the Dogharoun border crossing on Monday.")
    assert ("SANCTION", "IRN", "AFG") in events, events


def test_a_border_closed_in_a_one_country_story_is_no_sanction() -> None:
    events = _events(
        "BISSAU, May 4 — Guinea-Bissau's army arrested three opposition leaders on Sunday.\n\n"
        "The government imposed a curfew and closed the country's land borders until "
        "further notice."
    )
    assert not any(e[0] == "SANCTION" for e in events), events


def test_two_neighbours_closing_their_shared_border_close_it_to_each_other() -> None:
    events = _events("Chad and Sudan closed their shared border on Monday after the clashes.")
    assert {("SANCTION", "TCD", "SDN"), ("SANCTION", "SDN", "TCD")} <= events, events


def test_stripping_critics_of_their_citizenship_is_coercion() -> None:
    events = _events(
        "MINSK, May 4 — A court in Minsk stripped six exiled opposition activists of their "
        "Belarusian citizenship on Monday."
    )
    assert ("COERCE", "BLRJUD", "BLROPP") in events, events
    assert _events("Hail stripped the vineyards bare on Monday in northern Italy.") == set()


def test_an_amount_in_aid_is_aid_whatever_the_parser_hangs_the_dollar_on() -> None:
    events = _events("The United States provided $250,000 in humanitarian assistance to Vanuatu.")
    assert ("AID", "USA", "VUT") in events, events


def test_shots_fired_into_the_air_attack_no_one() -> None:
    events = _events("Congolese soldiers fired into the air to disperse the crowd in Goma.")
    assert not any(e[0] == "ASSAULT" for e in events), events
    events = _events("Congolese soldiers fired on the crowd in Goma on Monday.")
    assert any(e[0] == "ASSAULT" for e in events), events


def test_a_plane_sent_with_relief_goods_is_aid_and_a_vessel_sent_to_a_shoal_a_deployment() -> None:
    events = _events("France sent a transport plane with food and shelter kits to Vanuatu.")
    assert ("AID", "FRA", "VUT") in events, events
    events = _events("China sent a coast guard vessel with water cannon to the disputed shoal.")
    assert any(e[0] == "MOBILIZE" and e[1].startswith("CHN") for e in events), events
