"""The rule coder, stop 56: false events and misses seen on the twelfth gold batch
(dev12), on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-05-20")


def _kinds(text: str) -> set[str]:
    return {kind for kind, _, _ in _events(text)}


def test_an_aircraft_flown_into_airspace_is_a_show_of_force() -> None:
    text = "Two Belarusian military helicopters flew 15 kilometres into Polish airspace on Monday."
    assert ("MOBILIZE", "BLRMIL", "POL") in _events(text)
    text = "Two Belarusian military helicopters crossed into Lithuania's airspace on Monday."
    assert ("MOBILIZE", "BLRMIL", "LTU") in _events(text)
    # a leader who flies into a capital shows no force
    assert _events("The Polish president flew into Kyiv on Monday for talks.") <= {
        ("CONSULT", "POL", "UKR")
    }
    assert "MOBILIZE" not in _kinds("The Polish president flew into Kyiv on Monday.")


def test_its_airspace_in_an_after_clause_is_the_main_subjects() -> None:
    text = (
        "VILNIUS, Feb 10 — Lithuania summoned Belarus's charge d'affaires on Tuesday after a"
        " Belarusian military helicopter flew 10 kilometres into its airspace."
    )
    assert ("MOBILIZE", "BLRMIL", "LTU") in _events(text)


def test_condemning_an_incursion_is_aimed_at_who_made_it() -> None:
    text = (
        "VILNIUS, Feb 10 — Lithuania summoned Belarus's charge d'affaires on Tuesday after a"
        " Belarusian military helicopter crossed into its airspace. Polish and Latvian"
        " officials also condemned the incursion."
    )
    events = _events(text)
    assert ("ACCUSE", "POLGOV", "BLRMIL") in events
    assert ("ACCUSE", "LVAGOV", "BLRMIL") in events
    assert ("ACCUSE", "POLGOV", None) not in events


def test_criticising_the_vote_is_aimed_at_who_vetoed() -> None:
    text = (
        "UNITED NATIONS, May 12 — China on Tuesday vetoed a U.N. Security Council resolution"
        " that would have renewed the mandate of a monitoring mission in Myanmar. Japan and"
        " Australia also criticised the vote."
    )
    events = _events(text)
    assert ("ACCUSE", "JPN", "CHN") in events
    assert ("ACCUSE", "AUS", "CHN") in events
    # a vote the council passed is the council's
    text = (
        "UNITED NATIONS, May 12 — The U.N. Security Council on Tuesday voted to renew the"
        " mandate of a monitoring mission in Myanmar. Japan welcomed the vote."
    )
    assert ("SUPPORT", "JPN", "IGOUNO") in _events(text)


def test_a_means_of_a_response_ruled_out_is_no_act() -> None:
    text = (
        "NAIROBI, May 12 — Foreign Minister Musalia Mudavadi said Kenya regretted the decision"
        " and would not respond by expelling Ugandan diplomats."
    )
    assert "SANCTION" not in _kinds(text)
    text = "NAIROBI, May 12 — Kenya responded by expelling two Ugandan diplomats."
    assert ("SANCTION", "KEN", "UGAGOV") in _events(text)


def test_clashes_had_before_are_a_record() -> None:
    text = "Peru and other Andean states have clashed with Chile over fishing quotas before."
    assert "ASSAULT" not in _kinds(text)
    text = "Peruvian and Chilean troops clashed near the border on Monday."
    assert ("ASSAULT", "PERMIL", "CHLMIL") in _events(text)


def test_sitting_leaders_are_their_governments() -> None:
    text = (
        "MANAGUA, May 12 — Nicaragua's foreign ministry accused President Jose Raul Mulino of"
        " meddling in its affairs."
    )
    assert ("ACCUSE", "NICGOV", "PANGOV") in _events(text)
    text = "VILNIUS, May 12 — President Gitanas Nauseda condemned the Belarusian balloon flights."
    assert any(src == "LTUGOV" for _, src, _ in _events(text))


def test_a_craft_tracked_on_radar_is_only_watched() -> None:
    text = (
        "The Lithuanian army tracked the Belarusian helicopter on radar for about ten minutes,"
        " the defence ministry said."
    )
    assert "MOBILIZE" not in _kinds(text)
    text = "Polish fighter jets tracked two Russian bombers over the Baltic Sea on Monday."
    assert "MOBILIZE" in _kinds(text)
