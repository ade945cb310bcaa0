"""Casualty counts: constructions checked at stop 61 by a second helper (issue #7), in
sentences of our own, each beside a contrasting case."""

from __future__ import annotations

import pytest

from conftest import casualty_counts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # accidents told through a cause that made something else happen, or by a gas
        (
            "A boiler explosion at a hotel in Tbilisi caused the roof to cave in, killing five "
            "guests, officials said.",
            None,
            None,
        ),
        (
            "A car bomb at a hotel in Mogadishu caused the roof to cave in, killing five guests, "
            "officials said.",
            5,
            None,
        ),
        (
            "Carbon monoxide from a charcoal stove killed four members of a family in Lahore "
            "overnight, police said.",
            None,
            None,
        ),
        (
            "A crowd surge at a football stadium in Kinshasa left six people dead and dozens "
            "hurt, the fire service said.",
            None,
            None,
        ),
        (
            "A grenade thrown into a football stadium in Kinshasa left six people dead and "
            "dozens hurt, the fire service said.",
            6,
            12,
        ),
        # the ones in hospital after a poisoning share its cause
        (
            "Twelve villagers died after drinking toxic home-brewed alcohol in Odisha, police "
            "said, and 30 more were in hospital.",
            None,
            None,
        ),
        # a count hung on the second of "killed or maimed" lumps the kinds together
        (
            "The air strikes killed or maimed at least 40 people in the town, medics said.",
            None,
            None,
        ),
        ("The air strikes killed at least 40 people in the town, medics said.", 40, None),
    ],
)
def test_no_attack_or_no_breakdown(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "There were no fatalities" is a source's denial; "no fatalities were reported" is not
        (
            "Some 50 people were hurt when riot police charged the protesters in Yerevan, the "
            "ministry said. There were no fatalities, it added.",
            0,
            50,
        ),
        (
            "Some 50 people were hurt when riot police charged the protesters in Yerevan, the "
            "ministry said. No fatalities were reported.",
            None,
            50,
        ),
        # a list of victims after the first, broken by the parser
        (
            "Gunmen ambushed a car near Culiacan, killing the police chief, his bodyguard and "
            "two escorts, officials said.",
            4,
            None,
        ),
        ("Attackers killed the priest of a village church and his nephew in Kasai.", 2, None),
        ("Attackers killed the priest of a village church in Kasai.", 1, None),
        # a couple is two people
        ("An elderly couple was hacked to death in their farmhouse near Nakuru.", 2, None),
        (
            "A bomb under a car in Kirkuk killed a couple and their three sons, police said.",
            5,
            None,
        ),
        # wounds received; others being treated after a toll
        (
            "One man was stabbed to death and three of his companions received cuts to their "
            "faces in a brawl in Glasgow.",
            1,
            3,
        ),
        (
            "An air strike on a market killed nine traders, witnesses said. About 15 others were "
            "being treated in the district clinic.",
            9,
            15,
        ),
        # a quoted vague word before its noun is still a count of the other side's dead
        (
            "Six soldiers were killed when rebels attacked a camp, the army said, adding that "
            "'several' rebels were also killed.",
            16,
            None,
        ),
    ],
)
def test_counts_stop61b(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the wounded who later died, named by a pronoun after their count
        (
            "A bomb hidden in a motorbike wounded five policemen in Quetta. One of them died "
            "overnight, officials said.",
            1,
            4,
        ),
        (
            "Gunmen shot dead nine people at a bus depot; four more were taken to hospital, one "
            "of whom died later.",
            10,
            3,
        ),
        # "one of them fatally" grades the part, not the whole group shot
        (
            "Police said 11 rioters were killed. Witnesses said three students were also shot, "
            "one of them fatally.",
            12,
            2,
        ),
        # hit by shrapnel is a wound; a sentence carried out on convicts is no casualty
        (
            "Rebels shelled an army post, killing three soldiers. A boy in a nearby house was "
            "also hit by shrapnel.",
            3,
            1,
        ),
        (
            "Two men convicted of drug trafficking were executed in Riyadh, state media said.",
            None,
            None,
        ),
        ("Militants executed two aid workers they had abducted in May, the UN said.", 2, None),
    ],
)
def test_later_deaths_and_wounds(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a second source's wounded after its toll, the verb left out
        (
            "Clashes between herders and farmers in Plateau state left 22 people dead, the "
            "governor said, while a relief agency put the toll at 30 and the injured at 47.",
            22,
            47,
        ),
        # an earlier event told in a phrase before the news, however the parser hangs it
        (
            "A drone strike killed three fighters in Idlib on Sunday, monitors said, a day "
            "after bombing of the same village killed at least 11 people.",
            3,
            None,
        ),
        (
            "The two governments agreed to reopen the border crossing, following skirmishes in "
            "March that killed scores of soldiers.",
            None,
            None,
        ),
        (
            "The governor resigned on Friday over a wave of violence, including the murders of "
            "four journalists earlier this year.",
            None,
            None,
        ),
        # another source's count of deaths disputes the first figure
        (
            "Villagers said bandits killed nine farmers on Tuesday. The army confirmed six deaths.",
            6,
            None,
        ),
    ],
)
def test_sources_and_background(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a shooting the text calls accidental is no violent event
        (
            "A conscript was accidentally shot dead by a comrade at a barracks in Punjab.",
            None,
            None,
        ),
        (
            "A farmer was shot dead near Namur by a neighbour who took him for a deer, the "
            "second shooting accident in the province this autumn.",
            None,
            None,
        ),
        ("A conscript was shot dead by a comrade at a barracks in Punjab.", 1, None),
    ],
)
def test_accidental_shooting(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


def test_whose_from_an_aside() -> None:
    from flashpoint.layers.actors import find_actors
    from flashpoint.layers.casualties import event_counts, find_casualties
    from flashpoint.nlp import load_nlp

    def whose(text: str) -> str | None:
        doc = load_nlp()(text)
        killed, _ = event_counts(find_casualties(doc, find_actors(doc)))
        return killed.whose if killed else None

    text = "A drone hit an oil tanker off Hodeidah, killing three of its sailors, all {}."
    assert whose(text.format("Indian")) == "IND"
    assert whose(text.format("experienced")) is None
