"""Actor coding, stop 60: a body named "Coast Guard" or "Border Police" is not placed in a
town or region called Coast or Border; "Hellenic" is Greek; someone else's whereabouts in a
side clause do not place a general; leaders of communities and exiles. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors

DAY = dt.date(2025, 3, 1)


def test_coast_guard_is_not_placed_in_a_region_called_coast() -> None:
    found = kept_actors("The Coast Guard said two of its cutters had left port.", DAY)
    assert not any(code.startswith("TZA") for _, code in found)


def test_hellenic_is_greek() -> None:
    found = dict(kept_actors("The Hellenic Coast Guard rescued 40 people off Crete.", DAY))
    assert found.get("Hellenic Coast Guard") == "GRCMIL"


def test_someone_elses_whereabouts_do_not_place_a_general() -> None:
    from flashpoint.layers.actors import find_actors
    from flashpoint.nlp import load_nlp, mask_datelines

    text = (
        "KIGALI -- General Jean Habimana announced on a private radio station that President "
        "Paul Kagame had been removed, while Kagame was in Uganda for a summit."
    )
    doc = load_nlp()(mask_datelines(text))
    found = {s.actor.text: s.actor.code for s in find_actors(doc, published=DAY, text=text)}
    assert found.get("General Jean Habimana") == "RWAMIL"


def test_the_place_of_a_reported_killing_still_places_the_army() -> None:
    found = dict(kept_actors("Kenyan police said they had arrested six men in Garissa.", DAY))
    assert found.get("Kenyan police") == "KENCOP"


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Indigenous leaders in Bolivia blocked the main highway.", "Indigenous leaders", "CVL"),
        ("Tribal leaders in Yemen agreed to a truce.", "Tribal leaders", "CVL"),
        ("Sudanese exiles in Cairo held a vigil.", "Sudanese exiles", "REF"),
        ("Turkish military personnel arrived in Libya.", "Turkish military personnel", "MIL"),
    ],
)
def test_role_phrases(text: str, span: str, code: str) -> None:
    found = dict(kept_actors(text, DAY))
    assert found.get(span, "")[3:] == code


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        (  # "Human" is also a small town's name in the gazetteer: it places nothing
            "Malawi Lawyers for Human Rights said the police had held 30 people overnight.",
            "Lawyers for Human Rights",
            "MWINGO",
        ),
        (
            "The Minsk Human Rights Centre said 12 people had been detained in Belarus.",
            "Minsk Human Rights Centre",
            "BLRNGO",
        ),
    ],
)
def test_rights_groups_named_as_such_are_ngos(text: str, span: str, code: str) -> None:
    found = dict(kept_actors(text, DAY))
    assert found.get(span) == code
