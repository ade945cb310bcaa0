"""Places (stop 60): region adjectives and what a country adjective places; ", where"
clauses; event names held somewhere; house numbers; one name, one sense; sites a name
modifies. Every sentence written for this test (stop 60), in wire style."""

from __future__ import annotations

import pytest

from flashpoint.layers.actors import find_actors
from flashpoint.layers.places import find_places
from flashpoint.nlp import load_nlp

pytestmark = pytest.mark.model


def _found(text: str) -> list[tuple[str, str | None]]:
    doc = load_nlp()(text)
    return [
        (p.text, p.location.country if p.location else None)
        for p in find_places(doc, find_actors(doc))
    ]


def _names(text: str) -> list[str]:
    return [name for name, _ in _found(text)]


def test_a_region_adjective_before_a_place_noun_is_the_region() -> None:
    text = "The man was found unconscious in the English city of Leeds on Friday, police said."
    assert ("English", "GBR") in _found(text)


def test_a_region_adjective_before_people_is_no_place() -> None:
    text = "English fans were detained after the match, a police spokesman said."
    assert "English" not in _names(text)


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("The tariffs are expected to hurt the American economy this year.", "American", "USA"),
        ("Exporters are losing ground in the British market, the report said.", "British", "GBR"),
    ],
)
def test_a_country_adjective_before_an_economy_noun_is_the_country(
    text: str, word: str, country: str
) -> None:
    assert (word, country) in _found(text)


def test_a_country_adjective_before_who_acts_stays_a_demonym() -> None:
    text = "Russian troops shelled the town on Monday, officials said."
    assert "Russian" not in _names(text)


def test_a_where_clause_makes_a_list_of_countries_places() -> None:
    text = (
        "Germany and Poland, where most of the workers come from, have also faced shortages, "
        "the report said."
    )
    names = _names(text)
    assert "Germany" in names and "Poland" in names


def test_a_place_opening_an_events_name_is_where_it_is_held() -> None:
    text = "Ministers met on the sidelines of the annual Munich Security Conference on Saturday."
    assert "Munich" in _names(text)


def test_a_house_number_is_part_of_the_street() -> None:
    text = "The meeting will be held at the library, located at 415 West Main Street in Clarinda."
    assert "415 West Main Street" in _names(text)


def test_a_name_tagged_a_place_elsewhere_is_that_place_again() -> None:
    text = "Protesters gathered in Gdansk on Monday. Gdansk's port was closed for the day."
    assert _names(text).count("Gdansk") == 2


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The two men were taken to the Harris County jail on Friday.", "Harris County"),
        ("Firefighters battled a blaze at the Baytown refinery on Friday.", "Baytown"),
    ],
)
def test_a_place_name_before_a_site_says_where(text: str, place: str) -> None:
    assert place in _names(text)


def test_a_name_a_plural_verb_makes_a_team_is_the_team_throughout() -> None:
    text = (
        "Liverpool have won four straight games. The striker who cost Liverpool 40 million "
        "pounds scored twice, and fans in Liverpool celebrated late into the night."
    )
    doc = load_nlp()(text)
    starts = [p.start for p in find_places(doc, find_actors(doc)) if p.text == "Liverpool"]
    assert starts == [text.index("in Liverpool") + 3]  # the town only where fans are in it


def test_a_headline_run_into_its_dateline_makes_no_team() -> None:
    text = "Honolulu Are there enough workers? In Honolulu, hotels are hiring again."
    assert "Honolulu" in _names(text)


def test_a_named_estate_the_gazetteer_lacks_is_a_site() -> None:
    text = "The Hillcrest Estate is the home turf of a rival gang, police said."
    assert "Hillcrest Estate" in _names(text)
