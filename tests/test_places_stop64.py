"""Places (stop 64): an institution's name is a site where the sentence puts someone
there, not when it acts or employs; a physical feature is a location wherever it stands in
the sentence; a name modifying the object of "in" says where; the major rivers, mountain
ranges, deserts and lakes are in the gazetteer. Every sentence written for this test
(stop 64), in wire style."""

from __future__ import annotations

import pytest

from flashpoint.gazetteer import load_gazetteer
from flashpoint.layers.actors import find_actors
from flashpoint.layers.places import find_places
from flashpoint.nlp import load_nlp
from flashpoint.records import Location

pytestmark = pytest.mark.model


def _places(text: str) -> dict[str, Location | None]:
    doc = load_nlp()(text)
    return {p.text: p.location for p in find_places(doc, find_actors(doc))}


def test_a_university_students_marched_to_is_a_place() -> None:
    text = "Hundreds of students marched to Kenyatta University on Monday, police said."
    assert "Kenyatta University" in _places(text)


def test_a_university_that_acts_is_no_place() -> None:
    text = "Kenyatta University announced on Monday that it would close for two weeks."
    assert "Kenyatta University" not in _places(text)


def test_a_university_after_from_or_a_member_noun_is_no_place() -> None:
    assert "Kenyatta University" not in _places(
        "Otieno, who holds a law degree from Kenyatta University, was sworn in on Monday."
    )
    assert "Kenyatta University" not in _places(
        "Otieno, a lecturer at Kenyatta University, said the fees were too high."
    )


def test_an_embassy_people_leave_is_a_place() -> None:
    text = "Dozens of diplomats were seen leaving the Iranian Embassy on Friday morning."
    assert "Iranian Embassy" in _places(text)


def test_a_peninsula_named_as_a_modifier_is_still_a_place() -> None:
    text = "The Korean Peninsula crisis dominated the two ministers' talks on Tuesday."
    places = _places(text)
    assert "Korean Peninsula" in places


def test_a_country_named_as_a_modifier_is_still_no_place() -> None:
    text = "The Kenya crisis dominated the two ministers' talks on Tuesday."
    assert "Kenya" not in _places(text)


def test_a_name_modifying_what_in_governs_is_where() -> None:
    text = "Union leaders said teachers in Oklahoma schools would strike on Monday."
    assert "Oklahoma" in _places(text)


def test_the_major_physical_features_are_in_the_gazetteer() -> None:
    gaz = load_gazetteer()
    (alps,) = gaz.lookup("Alps")
    assert 44 < alps.location.lat < 48 and 5 < alps.location.lon < 16
    assert [e.location.name for e in gaz.lookup("Appalachians")] == ["Appalachian Mountains"]
    assert gaz.lookup("Nile")[0].location.name == "Nile"
    # names shared with people or states are only listed in full
    assert not any(e.location.name == "Lena River" for e in gaz.lookup("Lena"))
    assert gaz.lookup("Zambezi")[0].kind != "curated"


def test_a_river_named_in_a_sentence_is_placed_on_it() -> None:
    text = "Floodwaters from the Danube reached the outskirts of the town on Sunday."
    loc = _places(text).get("Danube")
    assert loc is not None and loc.name == "Danube"


def test_a_hyphenated_pair_of_places_is_two_places() -> None:
    text = "Trade ministers met in Singapore to discuss security in Asia-Pacific on Monday."
    places = _places(text)
    assert "Asia-Pacific" not in places
    asia, pacific = places["Asia"], places["Pacific"]
    assert asia is not None and asia.name == "Asia"
    assert pacific is not None and pacific.name == "Pacific"


def test_a_hyphenated_name_the_gazetteer_has_stays_whole() -> None:
    text = "Heavy snow cut off several villages in Gilgit-Baltistan on Sunday, officials said."
    assert "Gilgit-Baltistan" in _places(text)


def test_a_name_before_more_modifiers_of_what_in_governs_is_where() -> None:
    text = "Sea temperatures rose sharply in the central Pacific equatorial belt last month."
    assert "Pacific" in _places(text)


def test_a_territory_iso_names_in_inverted_form_has_its_usual_name() -> None:
    gaz = load_gazetteer()
    assert [e.location.country for e in gaz.lookup("U.S. Virgin Islands")] == ["VIR"]
    assert [e.location.country for e in gaz.lookup("British Virgin Islands")] == ["VGB"]
    assert gaz.lookup("Sint Eustatius and Saba Bonaire") == []


def test_untagged_words_after_a_tagged_name_complete_it() -> None:
    text = "The storm knocked out power across the U.S. Virgin Islands on Wednesday."
    places = _places(text)
    assert "U.S." not in places
    loc = places["U.S. Virgin Islands"]
    assert loc is not None and loc.country == "VIR"


def test_a_country_modifying_what_in_governs_is_still_no_place() -> None:
    text = "The suspect remains in US custody and will be charged this week, officials said."
    assert "US" not in _places(text)
