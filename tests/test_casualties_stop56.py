"""Casualty counts: cases found on the twelfth casualty batch (stop 56), in sentences of
our own, each beside a negative case."""

from __future__ import annotations

import pytest

from conftest import casualty_counts

pytestmark = pytest.mark.model


_counts = casualty_counts


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # ages set off by commas after names are no counts; the names are the dead
        (
            "Gunmen shot dead Tomas Varga, 52, and Ilona Berki, 47, outside a bar in "
            "Miskolc late on Friday, police said.",
            2,
            None,
        ),
        # a name that does the killing is nobody's death
        ("Police chief Hassan Ali said gunmen killed four guards at the depot.", 4, None),
        # "aged 4, 9 and 12" are ages
        (
            "A shell killed a woman and her three sons, aged 4, 9 and 12, in the town of "
            "Avdiivka on Tuesday.",
            4,
            None,
        ),
        # ... but a bare count is a count
        ("Gunmen killed 34 people in raids on three villages in Zamfara, police said.", 34, None),
        # a running total since a month is no one event's toll
        (
            "Armed groups have killed 820 people in the region since January, the U.N. "
            "said on Friday.",
            None,
            None,
        ),
        ("Armed groups killed 82 people in the region on Thursday, the U.N. said.", 82, None),
        # the people still being treated are the wounded, not the toll
        (
            "The toll from the market bombing has risen to 31, with 45 people still "
            "receiving treatment, officials said.",
            31,
            45,
        ),
        (
            "The toll from the market bombing has risen to 31, with 45 families receiving "
            "aid, officials said.",
            31,
            None,
        ),
        # the dead that "remain at" a figure beside a rising number of wounded
        (
            "The number of injured in the blast has risen to 60, while the dead remain at "
            "seven, police said.",
            7,
            60,
        ),
        # "sustained varying degrees of injuries" (but not "of damage")
        (
            "Three villagers were killed and 11 others sustained varying degrees of injuries "
            "when bandits attacked Gusau.",
            3,
            11,
        ),
        (
            "Three villagers were killed and 11 houses sustained varying degrees of damage "
            "when bandits attacked Gusau.",
            3,
            None,
        ),
        # a toll, then more of the wounded died in a later sentence: the new toll
        (
            "By Monday evening the toll from the bombing stood at 12. Three more of the "
            "wounded died overnight, a doctor said.",
            15,
            None,
        ),
        # ... but the toll that rose "after three more died" already holds them
        (
            "The toll from the bombing rose to 12 on Monday after three more of the wounded "
            "died, officials said.",
            12,
            None,
        ),
        # a confirmed figure after a feared one is the toll, no rival figure
        (
            "At least 15 people were feared dead after the blast at the bus station. By "
            "nightfall, police had confirmed 19 bodies.",
            19,
            None,
        ),
        # ... but a firm figure another source confirms lower is disputed: the lower one
        (
            "Police said 15 people were killed in the blast, but hospital officials confirmed "
            "only 11 deaths.",
            11,
            None,
        ),
        # the killers' own dead add to the enemy's
        (
            "Troops killed 14 insurgents near Marawi on Friday, losing three of their own, "
            "the army said.",
            17,
            None,
        ),
        (
            "The army said troops killed 14 insurgents and lost three soldiers in the fighting.",
            17,
            None,
        ),
        # ... but lost seats are no dead
        ("Troops killed 14 insurgents as the ruling party lost three seats in the vote.", 14, None),
        # bodies recovered day by day add up
        (
            "Divers recovered nine bodies from the lake on Saturday and four more on Sunday "
            "after gunmen attacked a ferry near Goma, officials said.",
            13,
            None,
        ),
        # ... but bodies of one day and boats of another do not
        (
            "Divers recovered nine bodies from the lake on Saturday and four boats on Sunday "
            "after gunmen attacked a ferry near Goma, officials said.",
            9,
            None,
        ),
        # a jawan is a soldier
        ("An Army jawan was injured in an exchange of fire in Poonch, officials said.", None, 1),
    ],
)
def test_twelfth_batch_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert _counts(text) == (killed, injured)
