"""Fusion, stop 66: reports kept apart from another outlet's report of the same happening
by a town name the tagger cut in two ("Port of Spain" read as "Port" and "Spain"), and a
seizure or arrest told in the passive whose doer is only the coast guard, navy or police
that tells of it ("according to the coast guard"), and a crowd of no named country
protesting at a foreign mission, taken for that mission's own people (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from conftest import annotated_mentions, of_type

pytestmark = [pytest.mark.model, pytest.mark.usefixtures("warm_models")]


def test_a_town_named_with_of_is_one_place() -> None:
    text = (
        "About two hundred fishermen rallied outside the Venezuelan embassy in Port of "
        "Spain on Wednesday to protest against the seizure of their boats."
    )
    protests = of_type(annotated_mentions(text, "2024-09-06"), "PROTEST")
    assert protests
    assert {m.location.name for m in protests if m.location} == {"Port of Spain"}
    assert all(m.source.country == "TTO" for m in protests)


def test_a_country_after_of_is_not_joined_to_a_name_the_gazetteer_lacks() -> None:
    text = "Troops from Spain arrived in Ceuta on Monday to reinforce the border."
    found = annotated_mentions(text, "2024-09-03")
    assert all(m.location is None or m.location.name != "Troops from Spain" for m in found)


def test_a_seizure_told_according_to_a_coast_guard_was_by_that_coast_guard() -> None:
    text = (
        "The fishing vessel was detained on Monday near the island of Jan Mayen, "
        "according to the Norwegian coast guard."
    )
    held = of_type(annotated_mentions(text, "2025-03-05"), "COERCE")
    assert [m.source.code for m in held] == ["NORMIL"]
    assert held[0].date is not None and held[0].date.value == "2025-03-03"


def test_an_arrest_a_navy_tells_of_was_by_that_navy() -> None:
    text = (
        "The Sri Lankan navy said twelve fishermen had been arrested on Sunday off "
        "Kachchativu island."
    )
    held = of_type(annotated_mentions(text, "2025-03-04"), "COERCE")
    assert [m.source.country for m in held] == ["LKA"]


def test_an_arrest_a_foreign_ministry_tells_of_names_no_doer() -> None:
    text = (
        "The Russian foreign ministry said the trawler had been detained on Tuesday near Svalbard."
    )
    assert not of_type(annotated_mentions(text, "2025-02-14"), "COERCE")


def test_a_crowd_at_a_foreign_mission_is_of_the_datelines_country() -> None:
    text = (
        "ACCRA - Several hundred traders marched on the Nigerian High Commission on "
        "Monday to demand compensation."
    )
    protests = of_type(annotated_mentions(text, "2025-03-04"), "PROTEST")
    assert {(m.source.code, m.target.country if m.target else None) for m in protests} == {
        ("GHACVL", "NGA")
    }


def test_a_crowd_at_a_foreign_mission_in_no_named_country_is_not_that_missions() -> None:
    text = "Several hundred traders protested outside the Nigerian High Commission on Monday."
    protests = of_type(annotated_mentions(text, "2025-03-04"), "PROTEST")
    assert not [m for m in protests if m.source.country == "NGA"]
