"""Places (stop 59): Sudan's Gallabat; "from" on the participle of who acted is an origin."""

from __future__ import annotations

import pytest

from flashpoint.layers.actors import find_actors
from flashpoint.layers.places import find_places
from flashpoint.nlp import load_nlp
from flashpoint.pipeline import annotate

pytestmark = pytest.mark.model


def _found(text: str) -> list[tuple[str, str | None]]:
    doc = load_nlp()(text)
    return [
        (p.text, p.location.country if p.location else None)
        for p in find_places(doc, find_actors(doc))
    ]


def _where(text: str, plover: str = "ASSAULT") -> list[str | None]:
    """Return the words each event of one type took its location from, in order."""
    out = annotate(text, published="2025-03-10").to_json()
    found = []
    for e in out["events"]:
        if e["plover"] != plover:
            continue
        m = e["mentions"][0]
        span = m["spans"]["location"]
        found.append(m["sentence"][span[0] - m["start"] : span[1] - m["start"]] if span else None)
    return found


def test_gallabat_is_the_sudanese_border_town() -> None:
    # written for this test (stop 59): GeoNames files "Gallabat" under Metemma, Ethiopia
    assert ("Qallabat", "SDN") in _found("Shells fell on farms near Qallabat on Monday.")
    assert ("Gallabat", "SDN") in _found("Refugees crossed into Gallabat on Monday.")
    # the Ethiopian town across the border stays in Ethiopia
    assert ("Metema", "ETH") in _found("Refugees crossed into Metema on Monday.")


def test_from_on_the_participle_of_who_acted_is_where_they_came_from() -> None:
    # written for this test (stop 59)
    assert _where(
        "Gunmen, crossing from Ethiopia, attacked a farm outside the town of Gallabat on "
        "Monday, killing two farmers, police said."
    ) == ["Gallabat"]
    assert _where(
        "A drone launched from Eritrea struck a market outside the Sudanese town of Kassala "
        "on Sunday, killing three traders, officials said."
    ) == ["Kassala"]
    # a participle after the act says where it was done from
    assert _where(
        "Ethiopian troops shelled farms on Monday, firing from positions near Gallabat, "
        "officials said."
    ) == ["Gallabat"]


def test_a_district_the_tagger_took_in_part_is_named_whole() -> None:
    # written for this test (stop 59): the tagger took only "Choeng" for a place
    names = [
        name for name, _ in _found("Shells killed three people in Surin's Kap Choeng district.")
    ]
    assert "Kap Choeng" in names and "Choeng" not in names


def test_border_towns_the_gazetteer_lacked() -> None:
    # written for this test (stop 59)
    assert _where(
        "Turkish drones struck PKK fighters near Amadiya in northern Iraq on Sunday."
    ) == ["Amadiya"]
    assert _where(
        "The Sri Lankan navy on Friday arrested six Indian fishermen off Talaimannar.",
        "COERCE",
    ) == ["Talaimannar"]
