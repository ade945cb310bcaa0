"""Casualty counts: cases found on the eleventh casualty batch (stop 55), in sentences of
our own, each beside a negative case."""

from __future__ import annotations

import pytest

from flashpoint.layers.actors import find_actors
from flashpoint.layers.casualties import event_counts, find_casualties
from flashpoint.nlp import load_nlp

pytestmark = pytest.mark.model


def _counts(text: str) -> tuple[tuple[int | None, bool], tuple[int | None, bool]]:
    doc = load_nlp()(text)
    killed, injured = event_counts(find_casualties(doc, find_actors(doc)))
    return (
        (killed.value, killed.approx) if killed else (None, False),
        (injured.value, injured.approx) if injured else (None, False),
    )


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a year that names the polls does not date the killing
        (
            "The bombing, on the eve of the 2026 elections, killed seven poll workers and "
            "wounded 14 voters at a school in Kaduna.",
            7,
            14,
        ),
        # ... but a bare year still dates a past attack
        ("A 2019 bombing at the same market killed 31 people.", None, None),
        # a list of groups the parser hangs on the verb
        (
            "Gunmen stormed a market on Tuesday, killing two vigilantes, three traders and a "
            "girl, police said.",
            6,
            None,
        ),
        ("Soldiers killed two gunmen on Sunday and arrested four suspects.", 2, None),
        ("The blast left one man dead and three people with burns, police said.", 1, None),
        # cases are no deaths (and a disease's deaths are no casualties at all: stop 57)
        (
            "The field hospital has logged 200 trauma cases and 9 deaths after the shelling.",
            9,
            None,
        ),
        ("The clinic has logged 200 measles cases and 9 deaths.", None, None),
        # a killing long after which something else happened
        (
            "Mourners gathered in Kano on Friday, ten years after the bombing by militants "
            "that killed 45 worshippers.",
            None,
            None,
        ),
        ("Police arrived hours after an attack by gunmen that killed 16 people.", 16, None),
        # a part of a year is a running total, not one event
        (
            "The monitor said 900 civilians had been killed in the region in the first six "
            "months of 2026.",
            None,
            None,
        ),
        # a number killed "in such attacks" is a running total too
        (
            "A gunman shot dead two guards at a bank on Friday, bringing to 31 the number "
            "killed in such attacks in the province.",
            2,
            None,
        ),
        # the injured of a disaster's toll are no casualties of violence either
        (
            "The death toll from Sunday's earthquake in Herat rose to 1,020, with more than "
            "2,500 injured, officials said.",
            None,
            None,
        ),
        (
            "The death toll from Sunday's bombing in Herat rose to 20, with more than 50 "
            "injured, officials said.",
            20,
            50,
        ),
        # passive "sent to hell": the militants were killed
        ("Twelve militants were sent to hell in the operation, the military said.", 12, None),
        ("Twelve patients were sent to a hospital in the capital.", None, None),
    ],
)
def test_counts_found_on_the_eleventh_batch(
    text: str, killed: int | None, injured: int | None
) -> None:
    (k, _), (i, _) = _counts(text)
    assert (k, i) == (killed, injured)


def test_more_than_a_hundred_is_approximate() -> None:
    wounded = "people were wounded when police charged the rally."
    assert _counts(f"More than a hundred {wounded}")[1] == (100, True)
    assert _counts(f"A hundred {wounded}")[1] == (100, False)


def test_one_of_the_wounded_who_died_leaves_the_wounded() -> None:
    text = (
        "A gunman killed three guards and wounded eight shoppers at a mall in Mombasa; one of "
        "the wounded died in hospital on Sunday, police said."
    )
    assert _counts(text) == ((4, False), (7, False))
    # another victim who died is no one of the wounded
    other = (
        "A gunman killed three guards and wounded eight shoppers at a mall in Mombasa. "
        "Two more people died in hospital on Sunday, police said."
    )
    assert _counts(other) == ((5, False), (8, False))


def test_a_figure_replaces_a_vague_word() -> None:
    text = (
        "Dozens were feared dead after gunmen torched homes in Riyom overnight, but by "
        "Monday police had recovered nine bodies."
    )
    assert _counts(text)[0] == (9, False)
    # a vague word alone is still the count, approximate
    assert _counts("Dozens were killed when gunmen torched homes in Riyom.")[0] == (12, True)
