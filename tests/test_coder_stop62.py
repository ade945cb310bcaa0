"""Coder, stop 62: events in whole articles, held out of the tuning (issue #3)."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-03-03")


def test_an_offer_to_host_talks_between_two_neighbours_is_the_mediators_intent() -> None:
    events = _events(
        "DAKAR, March 3 — Senegal protested to Mauritania on Tuesday after Mauritanian "
        "coast guards seized three Senegalese fishing boats. Mauritania said the boats had "
        "been fishing without licences in Mauritanian waters.\n\n"
        "Gambia's foreign minister offered on Wednesday to host talks between the two "
        "neighbours in Banjul, seat of a regional fisheries commission.\n\n"
        "Senegal said it would study the offer."
    )
    assert ("AGREE", "GMBGOV", "SEN") in events or ("AGREE", "GMBGOV", "SENGOV") in events
    assert any(e[0] == "AGREE" and e[1] == "GMBGOV" and e[2] and e[2][:3] == "MRT" for e in events)
    # the talks are only offered: the two neighbours have not met
    pair = {"SEN", "MRT"}
    assert not any(e[0] == "CONSULT" and {e[1][:3], (e[2] or "")[:3]} == pair for e in events)


def test_two_states_expelling_a_count_of_each_others_diplomats_sanction_each_other() -> None:
    events = _events(
        "BAKU, March 3 — Azerbaijan and Iran expelled four of each other's diplomats, "
        "including both countries' military attaches, in a row over a border incident."
    )
    assert {e[:2] for e in events if e[0] == "SANCTION"} >= {
        ("SANCTION", "AZE"),
        ("SANCTION", "IRN"),
    }
    assert any(
        e[0] == "SANCTION" and e[1][:3] == "AZE" and (e[2] or "")[:3] == "IRN" for e in events
    )
    assert any(
        e[0] == "SANCTION" and e[1][:3] == "IRN" and (e[2] or "")[:3] == "AZE" for e in events
    )
    assert not any(e[0] == "COERCE" for e in events)  # diplomats, not people expelled


def test_suspended_visits_cut_relations_and_a_review_of_ties_is_a_threat() -> None:
    events = _events(
        "DHAKA, March 3 — Bangladesh recalled its high commissioner from Yangon on Tuesday "
        "after Myanmar shells landed in a border village.\n\n"
        "Bangladesh also suspended ministerial visits between the two countries that had "
        "been scheduled for April.\n\n"
        "Myanmar's foreign ministry said Naypyitaw would review its cooperation with Dhaka "
        "on border trade."
    )
    assert any(
        e[0] == "SANCTION" and e[1][:3] == "BGD" and (e[2] or "")[:3] == "MMR" for e in events
    )
    assert any(
        e[0] == "THREATEN" and e[1][:3] == "MMR" and (e[2] or "")[:3] == "BGD" for e in events
    )


def test_a_review_not_announced_as_a_step_against_anyone_is_no_event() -> None:
    events = _events(
        "Myanmar's foreign ministry said it would not review its cooperation with Dhaka."
    )
    assert not any(e[0] == "THREATEN" for e in events)


def test_demonstrators_gathered_demanding_something_is_one_protest_not_a_demand() -> None:
    events = _events(
        "BISHKEK, March 3 — Police in Kyrgyzstan's Batken region detained a dozen protesters "
        "on Tuesday.\n\n"
        "The protesters had gathered outside the governor's office at dawn, demanding that "
        "officials reopen the border market."
    )
    assert any(e[0] == "PROTEST" and e[1][:3] == "KGZ" for e in events)
    assert not any(e[0] == "REQUEST" for e in events)


def test_an_operation_begun_to_free_hostages_has_not_freed_them() -> None:
    events = _events(
        "QUETTA, March 3 — Pakistani commandos surrounded a hijacked bus overnight and began "
        "a rescue operation to free the passengers on Tuesday, officials said."
    )
    assert not any(e[0] in ("RETREAT", "CONCEDE") for e in events)


def test_began_to_shell_is_still_the_shelling_itself() -> None:
    events = _events(
        "KYIV, March 3 — Russian forces began to shell the Ukrainian town of Kupiansk."
    )
    assert any(e[0] == "ASSAULT" and e[1][:3] == "RUS" for e in events)


def test_drills_close_to_a_country_are_a_show_of_force_at_it() -> None:
    events = _events(
        "MANILA, March 3 — Chinese warships held live-fire drills close to the Philippines "
        "on Monday, the coast guard said."
    )
    assert any(
        e[0] == "MOBILIZE" and e[1][:3] == "CHN" and (e[2] or "")[:3] == "PHL" for e in events
    )


def test_an_internet_shutdown_across_the_country_has_no_other_party() -> None:
    events = _events(
        "CONAKRY, March 3 — Protesters clashed with police in several Guinean towns on "
        "Tuesday after the election results were announced.\n\n"
        "The government cut mobile internet across the country on Tuesday evening."
    )
    cuts = [e for e in events if e[0] == "COERCE" and e[1] == "GINGOV"]
    assert cuts and all(e[2] is None for e in cuts)


def test_firefighters_and_firefighting_aircraft_sent_abroad_are_aid_not_a_deployment() -> None:
    events = _events(
        "ATHENS, March 3 — Wildfires burned for a fourth day near Athens on Tuesday.\n\n"
        "Italy and Cyprus sent firefighting aircraft and crews to Greece on Tuesday.\n\n"
        "Bulgaria sent a team of 40 firefighters and two helicopters to the Evros region."
    )
    assert ("AID", "ITA", "GRC") in events and ("AID", "CYP", "GRC") in events
    assert any(e[0] == "AID" and e[1][:3] == "BGR" for e in events)
    assert not any(e[0] == "MOBILIZE" for e in events)


def test_troops_sent_to_a_border_are_still_a_deployment() -> None:
    events = _events("MOSCOW, March 3 — Russia sent troops and tanks to its border with Finland.")
    assert any(e[0] == "MOBILIZE" and e[1][:3] == "RUS" for e in events)
