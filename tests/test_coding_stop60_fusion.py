"""Actors and the coder, stop 60: reports the fusion gold lost because their doer was a
state's guards or armour named by nationality, on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-03-12")


def test_guards_named_by_nationality_are_the_states_forces() -> None:
    text = "Turkmen guards shot dead an Afghan smuggler near the river crossing on Tuesday."
    assert any(kind == "ASSAULT" and src.startswith("TKMMIL") for kind, src, _ in _events(text))
    # bare guards are no one country's: a factory's or a bank's
    text = "Guards shot dead a robber outside the bank on Tuesday."
    assert not any(src.endswith("MIL") for _, src, _ in _events(text))


def test_tanks_named_by_nationality_are_the_states_army() -> None:
    text = "Armenian tanks rolled into the Syunik region on Monday."
    assert any(kind == "MOBILIZE" and src == "ARMMIL" for kind, src, _ in _events(text))
    # fuel tanks and think tanks are no army
    assert not _events("Fuel tanks rolled into the depot on Monday.")


def test_troops_rolling_into_a_region_are_a_deployment() -> None:
    text = "Georgian troops rolled into the Kakheti region on Friday."
    assert any(kind == "MOBILIZE" and src.startswith("GEO") for kind, src, _ in _events(text))


def test_ordering_soldiers_to_the_border_is_a_deployment() -> None:
    text = "Romania on Friday ordered 1,200 more soldiers to its northern border."
    assert any(kind == "MOBILIZE" and src.startswith("ROU") for kind, src, _ in _events(text))
    # ordering soldiers to do something is no deployment
    assert not any(
        kind == "MOBILIZE"
        for kind, _, _ in _events("The colonel ordered his soldiers to hold fire.")
    )
