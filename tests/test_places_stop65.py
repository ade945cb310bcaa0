"""Places (stop 65): a small town the tagger left untagged after "at" is a town; "Lake X"
and "Mount X" are features; a dotted abbreviation before a place noun is its region; a
name listed with a place after a preposition of place is a place; a name the tagger calls
a person is the place it names elsewhere in the article; region adjectives before place
nouns; a dateline in brackets; a name run on to a lower-case generic noun; streets after
any preposition and in French or Spanish. Every sentence written for this test (stop 65),
in wire style."""

from __future__ import annotations

import pytest

from conftest import found_places
from flashpoint.gazetteer import load_gazetteer
from flashpoint.layers.actors import find_actors
from flashpoint.layers.places import _not_a_name, find_places
from flashpoint.nlp import load_nlp, mask_datelines
from flashpoint.records import Location

pytestmark = pytest.mark.model


def _places(text: str) -> dict[str, Location | None]:
    return found_places(text)


def test_an_untagged_small_town_after_at_is_the_town_of_the_story_country() -> None:
    text = "Officials in Pakistan said the school at Wana would reopen."
    places = _places(text)
    assert places.get("Wana") is not None
    assert places["Wana"].country == "PAK"


def test_an_untagged_small_town_abroad_is_not_taken() -> None:
    text = "Officials in Canada said the school at Wana would reopen."
    loc = _places(text).get("Wana")
    assert loc is None or loc.country != "PAK"


def test_a_lake_the_gazetteer_lacks_is_a_place() -> None:
    text = (
        "Residents of Manassas, Virginia, say Lake Jennings is a quiet reservoir. "
        "Lake Jennings is stocked with bass every spring."
    )
    assert "Lake Jennings" in _places(text)


def test_a_surname_lake_alone_is_no_place() -> None:
    text = "Senator Jane Lake said on Monday that Lake would vote against the bill."
    assert "Lake" not in _places(text)


def test_a_province_abbreviation_before_border_is_the_province() -> None:
    text = "Smoke from the fires drifted across the B.C. border into Alberta on Tuesday."
    loc = _places(text).get("B.C.")
    assert loc is not None and loc.name == "British Columbia"


def test_a_state_abbreviation_as_a_word_is_no_place() -> None:
    text = "The family attended Mass. on Sunday before the funeral, relatives said."
    assert "Mass." not in _places(text)


def test_a_name_listed_with_a_village_after_from_is_a_place() -> None:
    text = (
        "Coastguard teams from New Quay and Gwbert joined the search off the Welsh coast "
        "on Sunday, police in Wales said."
    )
    assert "Gwbert" in _places(text)


def test_a_person_listed_with_a_city_is_no_place() -> None:
    text = (
        "Vladimir Putin met the envoy on Monday. Relations between Moscow and Putin's "
        "critics abroad have worsened since the war began."
    )
    assert "Putin" not in _places(text)


def test_a_company_listed_with_a_city_is_no_place() -> None:
    text = "Executives from BP and Shell met ministers in London on Monday."
    places = _places(text)
    assert "BP" not in places


def test_an_island_tagged_a_person_is_the_island_named_elsewhere() -> None:
    text = (
        "Home prices rose again on Oahu last year, the report said. The median Oahu "
        "home now sells for more than $800,000."
    )
    places = [p for p in _places_list(text) if p[0] == "Oahu"]
    assert len(places) == 2


def _places_list(text: str) -> list[tuple[str, Location | None]]:
    doc = load_nlp()(mask_datelines(text))
    return [
        (p.text, p.location)
        for p in find_places(doc, find_actors(doc), gazetteer=load_gazetteer(), text=text)
    ]


def test_a_region_adjective_before_a_place_noun_is_the_region() -> None:
    text = "A landslide buried a Himalayan village on Sunday, killing at least 12 people."
    loc = _places(text).get("Himalayan")
    assert loc is not None and loc.name == "Himalayas"


def test_a_region_adjective_before_people_is_no_place() -> None:
    text = "Balkan leaders met in Brussels on Thursday to discuss migration."
    assert "Balkan" not in _places(text)


def test_words_with_no_capital_are_no_name() -> None:
    doc = load_nlp()("They met the red states and the kapwa at noon.")
    assert _not_a_name(doc[2:4])
    assert _not_a_name(doc[6:7])
    assert not _not_a_name(load_nlp()("They fled to al-Bab on Monday.")[3:6])


def test_a_dateline_in_brackets_is_the_town() -> None:
    text = (
        "(Red Oak) -- Three candidates for Iowa's third congressional district will debate "
        "on Friday, organisers said."
    )
    loc = _places(text).get("Red Oak")
    assert loc is not None and loc.admin1 == "Iowa"


def test_an_agency_in_brackets_is_no_dateline() -> None:
    text = "(CNN) -- Three candidates for Iowa's third congressional district will debate."
    assert "CNN" not in _places(text)


def test_a_name_run_on_to_village_is_the_name() -> None:
    text = "She was displaced from her home in Torkula village by the floods last month."
    places = _places(text)
    assert "Torkula" in places
    assert "Torkula village" not in places


def test_a_street_after_of_is_a_place() -> None:
    text = "Police closed this stretch of Royal Street after the shooting on Friday."
    assert "Royal Street" in _places(text)


def test_a_french_street_name_is_a_place() -> None:
    text = "Protesters marched down the avenue, once named Rue de Chartres, on Saturday."
    assert any(name.startswith("Rue de Chartres") for name in _places(text))


def test_a_numbered_street_tagged_a_date_is_a_place() -> None:
    text = "Two men were arrested on 14th St. Thursday afternoon, the sheriff's office said."
    assert "14th St." in _places(text)


def test_a_road_number_after_on_the_is_a_place() -> None:
    places = _places("A lorry overturned on the A120 near Braintree on Friday morning.")
    assert "A120" in places
    assert "M25" in _places("Traffic was held on the M25 for three hours after the crash.")


def test_a_rifle_model_is_no_road() -> None:
    assert "M16" not in _places("The soldier was armed with the M16 when police arrived.")


def test_a_numbered_congregation_church_is_a_building() -> None:
    text = "Third Baptist Church was damaged by the storm on Sunday, the pastor said."
    assert "Third Baptist Church" in _places(text)


def test_a_denomination_church_is_still_the_institution() -> None:
    text = "The Baptist Church was criticised by the report on Sunday."
    assert "Baptist Church" not in _places(text)
