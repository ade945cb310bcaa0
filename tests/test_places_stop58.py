"""Places (stop 58): where a named person lives; a bearing the tagger took into a name."""

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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # written for this test (stop 58): "of <town>" after a person's name is where they live
        ("Gary Pollard, 41, of Hayes, was charged with burglary on Tuesday, police said.", "Hayes"),
        ("Police said Lisa Wong of Bellmore was taken to hospital after the crash.", "Bellmore"),
    ],
)
def test_a_persons_town_is_a_place(text: str, place: str) -> None:
    assert place in [name for name, _ in _found(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a role's "of" names who acts, and a name's "of" that is no town is no place
        "The president of Kenya met the leaders of Uganda on Monday.",
        "Lawyers for Tom Hayes of Amnesty International said the trial was unfair.",
    ],
)
def test_of_after_no_person_or_no_town_is_not_a_residence(text: str) -> None:
    names = [name for name, _ in _found(text)]
    assert not {"Kenya", "Uganda", "Amnesty International", "Amnesty"} & set(names)


def test_a_lower_case_bearing_is_not_part_of_the_name() -> None:
    text = "Mark Tully, of Brent, north west London, denies two counts of assault."
    assert ("London", "GBR") in _found(text)


def test_a_capitalised_bearing_stays_in_the_name() -> None:
    text = "Floods hit villages in West Bengal and in South Sudan on Sunday."
    names = [name for name, _ in _found(text)]
    assert "West Bengal" in names and "South Sudan" in names
    assert "Bengal" not in names and "Sudan" not in names
