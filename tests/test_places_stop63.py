"""Places (stop 63): US counties at their own point; the states an article names only as
modifiers still say which namesake town it means; a small town in the named state beats
a bigger namesake in another; a word of a person's full name is that person again.
Every sentence written for this test (stop 63), in wire style."""

from __future__ import annotations

import pytest

from flashpoint.gazetteer import km, us_counties
from flashpoint.layers.actors import find_actors
from flashpoint.layers.places import find_places
from flashpoint.nlp import load_nlp
from flashpoint.records import Location, Where

pytestmark = pytest.mark.model


def _places(text: str) -> dict[str, Location | None]:
    doc = load_nlp()(text)
    return {p.text: p.location for p in find_places(doc, find_actors(doc))}


def test_a_us_county_has_its_own_point_inside_its_state() -> None:
    counties = us_counties()["los angeles county"]
    assert len(counties) == 1
    county = counties[0]
    assert (county.country, county.admin1, county.precision) == ("USA", "California", Where.ADMIN1)
    assert km((county.lat, county.lon), (34.05, -118.25)) < 60  # downtown Los Angeles


def test_counties_of_one_name_in_several_states_are_kept_apart() -> None:
    states = {c.admin1 for c in us_counties()["washington county"]}
    assert {"Oregon", "Pennsylvania", "Maryland"} <= states


def test_a_county_in_a_named_state_is_placed_at_the_county_not_the_state() -> None:
    text = (
        "Fire crews in Riverside County, California, were still battling the blaze on "
        "Tuesday, officials said."
    )
    loc = _places(text).get("Riverside County")
    assert loc is not None and loc.name == "Riverside County" and not loc.inferred
    # (the state's representative point lies in the Central Valley, 300 km away)
    assert km((loc.lat, loc.lon), (33.9, -116.5)) < 120


def test_a_county_many_states_have_is_not_placed_without_its_state() -> None:
    text = "Deputies in Washington County arrested two men on Friday, the sheriff said."
    loc = _places(text).get("Washington County")
    assert loc is None or loc.name != "Washington County" or loc.inferred


def test_a_state_named_only_in_an_office_name_picks_the_small_town_there() -> None:
    text = (
        "The Walker County (Ga.) Sheriff's Office said the two inmates were arrested in "
        "LaFayette on Thursday."
    )
    loc = _places(text).get("LaFayette")
    assert loc is not None and (loc.country, loc.admin1) == ("USA", "Georgia")


def test_without_a_named_state_the_bigger_namesake_stays() -> None:
    text = "The two inmates were arrested in Lafayette on Thursday, police said."
    loc = _places(text).get("Lafayette")
    assert loc is not None and loc.admin1 == "Louisiana"


def test_a_big_city_is_not_traded_for_a_village_of_its_name_in_the_named_state() -> None:
    text = (
        "The Georgia lawmaker flew to Boston on Monday to meet investors, his office said. "
        "He returned to Atlanta, Georgia, on Wednesday."
    )
    loc = _places(text).get("Boston")
    assert loc is not None and loc.admin1 == "Massachusetts"


def test_a_word_of_a_persons_full_name_is_that_person_again() -> None:
    text = (
        "Tyler Morgan, 29, was sentenced to 21 years on Monday. Tyler's lawyer said he would "
        "appeal the ruling."
    )
    assert "Tyler" not in _places(text)


def test_a_word_of_a_persons_full_name_is_still_a_place_after_in() -> None:
    text = (
        "Tyler Morgan, 29, was arrested on Monday. The shooting happened in Tyler, a city "
        "in east Texas, police said."
    )
    places = _places(text)
    assert "Tyler" in places
    loc = places["Tyler"]
    assert loc is not None and loc.admin1 == "Texas"


def test_a_listed_area_the_tagger_takes_for_a_people_is_a_place() -> None:
    text = "Civilians have been leaving parts of eastern Abkhazia in convoys since Friday."
    loc = _places(text).get("Abkhazia")
    assert loc is not None and loc.country == "GEO"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The chef serves Southern food with a modern twist, the review said.", "Southern"),
        ("Kurdish fighters pulled back from the town on Monday, officials said.", "Kurdish"),
    ],
)
def test_a_peoples_adjective_stays_no_place(text: str, word: str) -> None:
    assert word not in _places(text)
