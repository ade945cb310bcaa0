"""The rule coder, stop 57: misses and false events seen on the eighth to twelfth gold
batches (dev8..dev12), on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-03-10")


def _kinds(text: str) -> set[str]:
    return {kind for kind, _, _ in _events(text)}


def test_a_crowd_outside_a_seat_of_power_protests_against_its_owner() -> None:
    text = "About 80 people gathered outside the interior ministry in Lusaka on Monday."
    assert ("PROTEST", "ZMBCVL", "ZMBGOV") in _events(text)
    text = (
        "Dozens of opposition supporters gathered outside the police station in Harare"
        " where their leader was held."
    )
    assert {(k, s[:3], (t or "")[:3]) for k, s, t in _events(text)} >= {("PROTEST", "ZWE", "ZWE")}
    # the crowd may be a relative clause's head, fired on as it gathered
    text = (
        "Zambian police fired tear gas at several hundred opposition supporters who gathered"
        " outside the electoral commission in Lusaka."
    )
    assert "PROTEST" in _kinds(text)


def test_officials_or_revellers_at_a_seat_of_power_are_no_protest() -> None:
    assert "PROTEST" not in _kinds(
        "Zambian ministers gathered at the presidential palace in Lusaka on Monday."
    )
    assert "PROTEST" not in _kinds(
        "Thousands of Zambian fans gathered outside the palace to celebrate the victory."
    )
    assert "PROTEST" not in _kinds("Hundreds of Zambians gathered in a park in Lusaka.")


def test_a_reaction_to_a_dated_act_is_aimed_at_whoever_did_it() -> None:
    text = (
        "BAMAKO, March 10 — Burkinabe drones struck a Malian army post near Boulkessi on"
        " Sunday, killing four soldiers.\n\n"
        "French jets shot down one of the drones at the time.\n\n"
        "France's foreign ministry condemned Sunday's attack in a statement."
    )
    assert ("ACCUSE", "FRAGOV", "BFAMIL") in _events(text)
    # a possessive that names an owner, not a day, is left to the owner rules
    text = (
        "BAMAKO, March 10 — Burkinabe drones struck a Malian army post near Boulkessi on"
        " Sunday.\n\nFrance's foreign ministry condemned Russia's attack in a statement."
    )
    assert ("ACCUSE", "FRAGOV", "BFAMIL") not in _events(text)


def test_a_side_that_also_reacts_reacts_to_the_same_target() -> None:
    text = (
        "Germany's ambassador said the veto was shameful and accused China of protecting"
        " the junta.\n\nCanada and Australia also criticised the vote."
    )
    events = _events(text)
    assert ("ACCUSE", "CAN", "CHN") in events
    assert ("ACCUSE", "AUS", "CHN") in events
    # with no "also" the reaction is not carried over to the earlier target
    text = (
        "Germany's ambassador said the veto was shameful and accused China of protecting"
        " the junta.\n\nCanada criticised the new tariffs on its steel."
    )
    assert ("ACCUSE", "CAN", "CHN") not in _events(text)
