"""Casualty counts: cases found on the fusion benchmark (stop 56), in sentences of our own,
each beside a negative case."""

from __future__ import annotations

import pytest

from flashpoint.layers.actors import find_actors
from flashpoint.layers.casualties import find_casualties
from flashpoint.nlp import load_nlp

pytestmark = pytest.mark.model


def _killed(text: str) -> list[int]:
    doc = load_nlp()(text)
    return [c.value for c in find_casualties(doc, find_actors(doc)) if c.kind == "killed"]


def test_the_other_sides_dead_in_a_new_paragraph_are_another_acts() -> None:
    # the return fire's one dead militant is not added to the two soldiers of the attack
    text = (
        "Militants attacked an army checkpoint near the border on Friday, killing two "
        "soldiers, officials said.\n\n"
        "Troops fired back across the valley, killing one militant, a spokesman said."
    )
    assert _killed(text) == [2, 1]


def test_the_other_sides_dead_in_the_same_paragraph_still_add_up() -> None:
    text = (
        "Militants attacked an army checkpoint near the border on Friday, killing two "
        "soldiers, officials said. The army said one militant was also killed."
    )
    assert _killed(text) == [2, 3]
