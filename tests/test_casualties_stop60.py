"""Casualty counts: general constructions checked at stop 60 (issue #7), in sentences of
our own, each beside a negative case."""

from __future__ import annotations

import pytest

from conftest import casualty_counts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a part of the wounded ("two of them critically") is no second count of them
        (
            "A mortar round hit a bus stop in Aden, killing three people; six others were "
            "wounded, two of them critically, medics said.",
            3,
            6,
        ),
        (
            "Four people were killed and nine others injured, three of them seriously, when "
            "a grenade was thrown into a tea shop in Mardan.",
            4,
            9,
        ),
        # (negative) a part of the dead stays a part: "two of them women"
        (
            "Bandits killed five travellers, two of them women, on the highway near Gusau.",
            5,
            None,
        ),
        # an all-capitals headline's tolls, when the story does not count them itself
        (
            "TRUCK BOMB KILLS 14, WOUNDS 40 IN MOGADISHU — A truck packed with explosives "
            "blew up near a checkpoint on Saturday morning, police said.",
            14,
            40,
        ),
        (
            "5 DEAD, 11 HURT IN ATTACK ON BUS — Gunmen opened fire on a passenger bus in "
            "Khyber district on Sunday, officials said.",
            5,
            11,
        ),
        # the story's own figure wins over the headline's for the same kind
        (
            "AIR STRIKE KILLS 9 IN IDLIB — The toll from the strike on a market in Idlib "
            "rose to 13 on Sunday, rescuers said.",
            13,
            None,
        ),
        # (negative) a disaster in a headline, an age, a headline with no toll
        (
            "LANDSLIDE KILLS 23 IN NORTHERN PROVINCE — Heavy rain loosened a hillside above "
            "the village overnight.",
            None,
            None,
        ),
        (
            "SNIPER KILLS 14-YEAR-OLD IN CITY CENTRE — A boy was shot dead on his way home "
            "from school, police said.",
            1,
            None,
        ),
        (
            "LEADERS MEET FOR TALKS IN DOHA — Negotiators from both sides met on Monday.",
            None,
            None,
        ),
        # a list "left" dead, however the parser splits it
        (
            "The assault on the outpost left three soldiers, a cook and two attackers dead, "
            "the army said.",
            6,
            None,
        ),
        (
            "The blast left a traffic warden, two shopkeepers and a 9-year-old boy wounded, "
            "police said.",
            None,
            4,
        ),
        # (negative) two counts, not one list; a part of the dead
        (
            "Fighting in the town left at least six people dead and around 40 wounded, a "
            "hospital official said.",
            6,
            40,
        ),
        (
            "The shelling left seven people, including three children, dead, local officials said.",
            7,
            None,
        ),
        # a running figure given in steps: the last step
        (
            "Divers had recovered six bodies from the lake by Friday, 11 by Saturday and 17 by "
            "Sunday, after militiamen drove fleeing villagers into the water.",
            17,
            None,
        ),
        (
            "The toll from the bombing rose to 12 on Monday, 19 on Tuesday and 24 on "
            "Wednesday, the health ministry said.",
            24,
            None,
        ),
        # (negative) increments "more" adds
        (
            "Rescuers found nine bodies on Friday and four more on Saturday in the village "
            "the gunmen attacked.",
            13,
            None,
        ),
        # one person left in a grave condition after the dead are counted
        (
            "An attacker stabbed two worshippers to death outside the mosque and left a third "
            "in critical condition, police said.",
            2,
            1,
        ),
        (
            "One guard died at the scene and a second was left in intensive care after the "
            "robbers opened fire.",
            1,
            1,
        ),
        # (negative) "left in no doubt" is no care
        (
            "Two soldiers were killed in the ambush, which left commanders in no doubt about "
            "the danger on the road.",
            2,
            None,
        ),
        # "scores more injured", "dozens more wounded"
        (
            "Eleven people were killed and scores more injured when the militia shelled the camp.",
            11,
            20,
        ),
        (
            "Six soldiers were killed and dozens more wounded in the ambush near Tillaberi.",
            6,
            12,
        ),
        # (negative) "more" of no harm
        (
            "Three people were killed in the raid and dozens more fled into the bush.",
            3,
            None,
        ),
    ],
)
def test_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)
