"""Places (stop 66): a later member of a list after a preposition reads as the first does,
whatever the tagger called the first; "between X and Y" of two known places names two
places, however parsed; an airport's name puts it at the airport. Every sentence written
for this test (stop 66), in wire style."""

from __future__ import annotations

import pytest

from conftest import found_places
from flashpoint.gazetteer import airports, key
from flashpoint.records import Location

pytestmark = pytest.mark.model


def _places(text: str) -> dict[str, Location | None]:
    return found_places(text)


def test_a_list_of_countries_after_such_as_is_a_list_of_places() -> None:
    # (a comma missing, the tagger calls "Niger Mali" a person and the list breaks there)
    text = "Wheat exports fell to markets such as Chad, Niger Mali or Sudan last year."
    places = _places(text)
    for name in ("Chad", "Sudan"):
        assert name in places, name


def test_a_list_opened_by_a_group_is_no_list_of_places() -> None:
    text = "Talks between Hamas and Israel resumed on Monday, officials said."
    assert "Israel" not in _places(text)


def test_a_country_listed_after_a_company_is_no_place() -> None:
    text = "The minister met officials from Microsoft and Germany on Monday."
    assert "Germany" not in _places(text)


def test_two_villages_between_which_traffic_queued_are_places() -> None:
    text = (
        "A lorry fire shut the A12 in Essex on Friday, with queues stretching between "
        "Coggeshall and Marks Tey for most of the afternoon."
    )
    places = _places(text)
    for name in ("Coggeshall", "Marks Tey"):
        loc = places.get(name)
        assert loc is not None and loc.country == "GBR", name


def test_two_leaders_between_whom_a_call_took_place_are_no_places() -> None:
    text = "The call between Putin and Xi lasted an hour, the Kremlin said on Tuesday."
    places = _places(text)
    assert "Putin" not in places and "Xi" not in places


def test_between_two_dates_is_no_place() -> None:
    text = "Prices rose between March and June, the statistics office in Lagos said."
    places = _places(text)
    assert "March" not in places and "June" not in places


def test_an_airport_is_placed_at_the_airport() -> None:
    text = "Flights were delayed at Dulles International Airport on Sunday, officials said."
    loc = _places(text).get("Dulles International Airport")
    assert loc is not None and not loc.inferred
    assert loc.country == "USA"
    assert abs(loc.lat - 38.95) < 0.2 and abs(loc.lon + 77.46) < 0.2


def test_an_airport_named_without_its_city_is_found() -> None:
    text = "Hundreds of passengers were stranded at Heathrow Airport after a power cut."
    loc = _places(text).get("Heathrow Airport")
    assert loc is not None and loc.country == "GBR" and not loc.inferred


def test_an_unknown_airport_is_drawn_at_the_story_town() -> None:
    text = "In Tulsa, Oklahoma, crews repaired the runway at Riverside Memorial Airport."
    loc = _places(text).get("Riverside Memorial Airport")
    assert loc is None or loc.inferred


def test_the_airport_table_leaves_out_names_that_say_only_the_kind() -> None:
    table = airports()
    assert key("International Airport") not in table
    assert key("Municipal Airport") not in table
    assert key("Schiphol Airport") in table and key("Amsterdam Airport Schiphol") in table


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brussels agreed fresh sanctions on Russia over the shelling.", "Russia"),
        ("The White House will put new tariffs on China from next month.", "China"),
        ("The data breach was blamed on Iran by British officials.", "Iran"),
        ("Much of Europe still depends on Qatar for its gas.", "Qatar"),
    ],
)
def test_on_after_a_word_of_aiming_names_the_state(text: str, name: str) -> None:
    assert name not in _places(text)


def test_on_after_a_word_of_fighting_is_where() -> None:
    text = "Overnight shelling on Kharkiv killed three people, the governor said."
    assert "Kharkiv" in _places(text)


def test_two_towns_a_hyphen_joins_before_a_road_are_places() -> None:
    text = "Gunmen stopped a bus on the Kaduna-Abuja highway on Sunday, police said."
    places = _places(text)
    for name in ("Kaduna", "Abuja"):
        loc = places.get(name)
        assert loc is not None and loc.country == "NGA", name


def test_two_cities_a_hyphen_joins_before_a_train_are_places() -> None:
    text = "The Paris-Brussels train was cancelled on Friday because of the strike."
    places = _places(text)
    assert "Paris" in places and "Brussels" in places


def test_two_countries_a_hyphen_joins_are_no_places() -> None:
    text = "The US-China trade war has cost farmers billions, the minister said."
    places = _places(text)
    assert "US" not in places and "China" not in places


def test_a_hyphenated_company_name_is_no_place() -> None:
    text = "The Coca-Cola Company said sales fell in the second quarter."
    assert not _places(text)
