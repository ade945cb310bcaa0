"""Fusion, stop 62: a state body's act aimed at its own country as a whole names no one
the act was aimed at (reports written for these tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import fused_groups, one_act
from flashpoint.records import Actor, Plover


def _threat(article_id: str, target: Actor) -> Any:
    """A THREATEN report by Chile's army, aimed at ``target``."""
    source = Actor("Chile's army", 0, 12, "CHLMIL", "CHL", "MIL", "Chile")
    text = "Chile's army warned Peru on Monday of a response."
    return one_act(article_id, text, source, target, Plover.THREATEN, "130")


def test_a_threat_read_as_aimed_at_the_armys_own_country_joins_the_named_one(
    tmp_path: Path,
) -> None:
    peru = Actor("Peru", 20, 24, "PER", "PER", None, "Peru")
    own = Actor("Chile", 20, 24, "CHL", "CHL", None, "Chile")
    assert {"a", "b"} in fused_groups(tmp_path, _threat("a", peru), _threat("b", own))


def test_a_threat_at_the_countrys_own_rebels_stays_apart(tmp_path: Path) -> None:
    peru = Actor("Peru", 20, 24, "PER", "PER", None, "Peru")
    rebels = Actor("rebels", 20, 26, "CHLREB", "CHL", "REB", "Chile")
    assert {"a", "b"} not in fused_groups(tmp_path, _threat("a", peru), _threat("b", rebels))


def test_two_named_targets_stay_apart(tmp_path: Path) -> None:
    peru = Actor("Peru", 20, 24, "PER", "PER", None, "Peru")
    bolivia = Actor("Bolivia", 20, 27, "BOL", "BOL", None, "Bolivia")
    assert {"a", "b"} not in fused_groups(tmp_path, _threat("a", peru), _threat("b", bolivia))


def _coded(text: str, published: str) -> list[Any]:
    from flashpoint import annotate

    return list(annotate(text, published=published).mentions)


@pytest.mark.model
def test_a_note_dated_before_its_participle_is_its_owners_request() -> None:
    text = (
        "Quito's note last Wednesday demanding the release of the Peruvian gendarmes has "
        "gone unanswered, two officials said."
    )
    asked = [m for m in _coded(text, "2026-02-17") if m.plover == "REQUEST"]
    assert asked, "no REQUEST coded"
    assert asked[0].source.country == "ECU"
    assert asked[0].date is not None and asked[0].date.value == "2026-02-11"


@pytest.mark.model
def test_a_note_with_no_owner_named_is_no_ones_request() -> None:
    text = "The note last Wednesday demanding the release of the gendarmes has gone unanswered."
    assert not [m for m in _coded(text, "2026-02-17") if m.plover == "REQUEST"]


@pytest.mark.model
def test_a_protest_by_people_outside_an_embassy_is_aimed_at_the_embassys_country() -> None:
    text = "Monday's protest by Kenyan students outside the Indian embassy was peaceful."
    protests = [m for m in _coded(text, "2025-08-12") if m.plover == "PROTEST"]
    assert protests, "no PROTEST coded"
    assert protests[0].target is not None and protests[0].target.country == "IND"


@pytest.mark.model
def test_who_frees_captives_had_seized_them() -> None:
    text = (
        "Chile on Saturday freed nine Peruvian fishermen at the border, three days after "
        "they and their two boats were seized off Arica."
    )
    taken = [m for m in _coded(text, "2024-09-08") if m.plover == "COERCE"]
    assert taken, "no COERCE coded"
    assert taken[0].source.country == "CHL"
    assert taken[0].date is not None and taken[0].date.value == "2024-09-04"


@pytest.mark.model
def test_a_release_does_not_make_the_releaser_do_another_kind_of_act() -> None:
    text = (
        "Chile on Saturday freed nine Peruvian fishermen, three days after two Chilean "
        "patrol boats were attacked off Arica."
    )
    attacks = [m for m in _coded(text, "2024-09-08") if m.plover == "ASSAULT"]
    assert all(m.source.country != "CHL" for m in attacks)
