"""Fusion, stop 63: fields and recaps that kept reports of one happening from meeting or
from showing where they disagree: a place named as "the hamlet of X", and people "held" in
an agentless "after" clause of a detention (sentences written for these tests)."""

from __future__ import annotations

import pytest

from conftest import annotated_mentions, of_type
from flashpoint import annotate
from flashpoint.records import Mention

pytestmark = [pytest.mark.model, pytest.mark.usefixtures("warm_models")]


_mentions = annotated_mentions
_of = of_type


def _place_words(text: str, m: Mention) -> str | None:
    ann = annotate(text, published="2025-03-12")
    clean = ann.article.text if ann.article else text
    at = dict(m.spans).get("location")
    return clean[at[0] : at[1]] if at else None


def test_the_hamlet_of_a_name_is_where_it_happened() -> None:
    # a name the gazetteer lacks, put at the story's city but told by its own words
    text = (
        "QUITO, March 12 (Wire) - Two Peruvian farmers were detained by Ecuadorian soldiers "
        "on Tuesday in the hamlet of Quillosisa, near the border, their families said."
    )
    held = _of(_mentions(text, "2025-03-12"), "COERCE")
    assert held and held[0].location is not None
    assert "Quillosisa" in (_place_words(text, held[0]) or "")


def test_people_held_in_an_after_clause_of_a_detention_were_detained_by_the_same_side() -> None:
    text = (
        "Thai marine police detained five Burmese fishermen off Ranong on Friday, two days "
        "after 14 Cambodian fishermen were held off Trat."
    )
    held = _of(_mentions(text, "2025-03-15"), "COERCE")
    pairs = {(m.source.country, m.target.country if m.target else None) for m in held}
    assert ("THA", "KHM") in pairs
    recap = next(m for m in held if m.target is not None and m.target.country == "KHM")
    assert recap.date is not None and recap.date.value == "2025-03-12"


def test_talks_held_in_an_after_clause_are_no_detention() -> None:
    text = (
        "Thai marine police detained five Burmese fishermen off Ranong on Friday, two days "
        "after talks were held in Bangkok."
    )
    held = _of(_mentions(text, "2025-03-15"), "COERCE")
    assert [m.target.country if m.target else None for m in held] == ["MMR"]


def test_people_held_after_a_meeting_are_not_taken_for_a_detention() -> None:
    # the clause an "after" hangs on is no detention: nothing says who held them
    text = (
        "The two foreign ministers met in Bangkok on Friday, two days after 14 Cambodian "
        "fishermen were held off Trat."
    )
    assert not _of(_mentions(text, "2025-03-15"), "COERCE")


def _dead(text: str, published: str) -> list[int | None]:
    return [m.fatalities for m in _of(_mentions(text, published), "ASSAULT")]


def test_a_second_victim_in_the_same_sentence_is_one_of_the_count() -> None:
    # fatalities feed the disagreement flags: "two ... after a second died" is two, not three
    text = (
        "Two herders were killed when their camp was shelled by Sudanese troops near Abyei "
        "on Sunday, relatives said, after a second herder died of his wounds overnight."
    )
    assert _dead(text, "2025-04-14") == [2]


def test_a_third_victim_after_two_is_one_more() -> None:
    text = (
        "Two herders were killed when Sudanese troops shelled their camp near Abyei on "
        "Sunday, and a third herder died of his wounds overnight, relatives said."
    )
    assert _dead(text, "2025-04-14") == [3]
