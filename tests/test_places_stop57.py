"""Places (stop 57): region points, towns only the small-town list knows."""

from __future__ import annotations

import pytest

from flashpoint.gazetteer import km
from flashpoint.layers.actors import find_actors
from flashpoint.layers.places import find_places
from flashpoint.nlp import load_nlp
from flashpoint.records import Place

pytestmark = pytest.mark.model


def _found(text: str) -> list[Place]:
    doc = load_nlp()(text)
    return find_places(doc, find_actors(doc))


def _named(text: str, name: str) -> list[Place]:
    return [p for p in _found(text) if p.text == name]


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # written for this test (stop 57): a region's point is GeoNames' own
        (
            "Oil prices rose on Monday as tensions in the Middle East unsettled traders.",
            "Middle East",
            (33.1391, 35.8587),
        ),
        (
            "A cargo ship lost power in the Indian Ocean on Friday, the coast guard said.",
            "Indian Ocean",
            (-10.0, 70.0),
        ),
        (
            "The storm strengthened over the Atlantic on Sunday, forecasters said.",
            "Atlantic",
            (10.0, -25.0),
        ),
    ],
)
def test_a_region_is_at_its_geonames_point(
    text: str, name: str, point: tuple[float, float]
) -> None:
    (place,) = _named(text, name)
    assert place.location is not None
    assert km((place.location.lat, place.location.lon), point) < 50


def test_a_town_only_the_small_town_list_knows_is_found_after_in() -> None:
    # written for this test (stop 57): "Clarinda" (5,000 people) is tagged an organisation
    # and the gazetteer lacks it; after "in", in a story about Iowa, it is Clarinda, Iowa
    text = "Police in Iowa said two people were hurt at a grain silo in Clarinda on Tuesday."
    (place,) = _named(text, "Clarinda")
    assert place.location is not None
    assert (place.location.country, place.location.admin1) == ("USA", "Iowa")
    assert not place.location.inferred


def test_a_small_town_name_in_another_state_is_no_place() -> None:
    # negative case: no Clarinda is in Ohio, and the name alone is not drawn at a city
    text = "Police in Ohio said two people were hurt at a grain silo in Clarinda on Tuesday."
    assert _named(text, "Clarinda") == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # written for this test (stop 57): in a story only about Ireland, "Newport" is the
        # Irish town of that name, not the Welsh city (161,000 people) the gazetteer has
        (
            "Gardai in Ireland said a car was stolen in Nenagh and found burnt out in "
            "Newport on Sunday.",
            "IRL",
        ),
        # negative case: a story about Wales keeps the Welsh city
        (
            "Police in Wales said a car was stolen in Cardiff and found burnt out in "
            "Newport on Sunday.",
            "GBR",
        ),
    ],
)
def test_a_town_abroad_gives_way_to_a_namesake_in_the_story_country(
    text: str, country: str
) -> None:
    (place,) = _named(text, "Newport")
    assert place.location is not None and place.location.country == country


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # written for this test (stop 57): of two towns called Oceanside, the one near
        # the other place the story names (Fire Island, New York) is meant
        (
            "A ferry captain who grew up in Oceanside rescued two swimmers off Fire Island "
            "on Sunday, police said.",
            "New York",
        ),
        # negative case: with nothing near either, the bigger town (California) is meant
        (
            "A ferry captain who grew up in Oceanside rescued two swimmers on Sunday, police said.",
            "California",
        ),
    ],
)
def test_a_namesake_town_near_the_story_other_places_is_meant(text: str, state: str) -> None:
    (place,) = _named(text, "Oceanside")
    assert place.location is not None and place.location.admin1 == state


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # written for this test (stop 57): a place noun's appositive is a place, though
        # the actor layer codes the name as a government
        (
            "Government forces said on Saturday they had secured the Syrian capital "
            "Damascus and its main roads.",
            "Damascus",
        ),
        (
            "The carmaker said the recall covers vehicles sold in 12 states, Washington, "
            "D.C., and Puerto Rico.",
            "Washington, D.C.",
        ),
    ],
)
def test_a_place_nouns_appositive_is_a_place(text: str, name: str) -> None:
    assert len(_named(text, name)) == 1


def test_a_persons_appositive_is_no_place() -> None:
    # negative case: "chief of staff, Georgia" is a person named Georgia
    text = (
        "The senator's chief of staff, Georgia, told reporters on Monday that talks would resume."
    )
    assert _named(text, "Georgia") == []
