"""Casualty counts: cases found on the twelfth casualty batch (stop 57), in sentences of
our own, each beside a negative case."""

from __future__ import annotations

import pytest

from conftest import casualty_counts
from flashpoint.layers.actors import find_actors
from flashpoint.layers.casualties import event_counts, find_casualties
from flashpoint.nlp import load_nlp

pytestmark = pytest.mark.model


_counts = casualty_counts


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a list whose first member is in apposition: every member counts
        (
            "Gunmen killed a village chief, his teenage nephew and three farmhands on a "
            "road outside Kaduna on Sunday, police said.",
            5,
            None,
        ),
        (
            "Gunmen killed a village chief on a road outside Kaduna on Sunday, police said.",
            1,
            None,
        ),
        # "all but N of the M" leaves M - N
        (
            "All but three of the 12 guards at the checkpoint were killed when insurgents "
            "stormed it before dawn, the army said.",
            9,
            None,
        ),
        (
            "All but three of the 12 hostages were freed on Tuesday, the mediators said.",
            None,
            None,
        ),
        # a crush an attack set off is the attack's
        (
            "Three people were killed by the bomb at the market and 20 were injured in the "
            "stampede it set off, officials said.",
            3,
            20,
        ),
        (
            "At least 20 worshippers were injured in a stampede at a shrine after a gate "
            "collapsed, officials said.",
            None,
            None,
        ),
        # a noun the tokenizer splits at its hyphen is still one person
        ("The co-pilot was wounded when the helicopter came under fire, the army said.", None, 1),
        ("The co-pilot was questioned by investigators on Friday.", None, None),
        # military claims' wording: "destroyed" people, never vehicles
        (
            "The defence ministry said its artillery had destroyed up to 40 enemy "
            "servicemen near the river over the past day.",
            40,
            None,
        ),
        (
            "The defence ministry said its artillery had destroyed 14 tanks and 9 armoured "
            "vehicles near the river over the past day.",
            None,
            None,
        ),
        # the numbers after a colon break a revised figure down
        (
            "Officials first said nine people died in the raid but later revised the "
            "figure to five: three guards and two attackers.",
            5,
            None,
        ),
        # a crush told of on the verb joined to the deaths: no attack, no count
        (
            "At least 12 fans were crushed to death and 30 injured in a stampede at a "
            "stadium gate on Sunday, officials said.",
            None,
            None,
        ),
        (
            "Two soldiers were shot dead and five wounded in an ambush near the border "
            "on Sunday, the army said.",
            2,
            5,
        ),
        # the dead named one by one
        (
            "The dead were identified as Samuel Otieno, 44, a shopkeeper; his son Daniel, "
            "19; and a neighbour, Grace Wanjiru, 60, police said.",
            3,
            None,
        ),
        (
            "The suspects were identified as Samuel Otieno and Daniel Mwangi, police said.",
            None,
            None,
        ),
        # relative counts: twice the count they refer to, the base of a comparison aside
        (
            "The air strike on the market killed 15 people and wounded twice as many, "
            "the health ministry said.",
            15,
            30,
        ),
        (
            "The drone attack killed three times as many soldiers as the raid last month, "
            "when five died, the army said.",
            15,
            None,
        ),
        ("The ruling party won twice as many seats as in 2019, the commission said.", None, None),
        # a report the sentence calls wrong is no count
        (
            "Initial reports that 40 people had been killed in the raid were wrong, the "
            "governor said; the confirmed toll is 12 dead and nine wounded.",
            12,
            9,
        ),
        (
            "Reports that 40 people had been killed in the raid were confirmed by the "
            "governor on Monday.",
            40,
            None,
        ),
        # deaths a disease caused, beside its cases, are no casualties of violence
        (
            "Clinics in the camp are struggling, with 250 suspected measles cases and nine "
            "deaths recorded this month, the charity said.",
            None,
            None,
        ),
        (
            "The mortar attack on the camp caused nine deaths, the charity said.",
            9,
            None,
        ),
        # a funeral of victims already told of is no new count
        (
            "Mourners in Mosul buried the 11 victims of last Thursday's car bombing on Saturday.",
            None,
            None,
        ),
        (
            "Villagers buried 11 farmers on Saturday, a day after gunmen raided the settlement.",
            11,
            None,
        ),
    ],
)
def test_twelfth_batch_counts_stop57(text: str, killed: int | None, injured: int | None) -> None:
    assert _counts(text) == (killed, injured)


def test_odd_numbers_are_approximate() -> None:
    doc = load_nlp()("Thirty-odd gunmen were killed in the clash near the pass, an official said.")
    killed, _ = event_counts(find_casualties(doc, find_actors(doc)))
    assert killed is not None and killed.value == 30 and killed.approx
