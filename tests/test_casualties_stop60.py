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
        # a headline in title case set off by a dash
        (
            "Car Bomb Kills 9, Wounds 25 Near Army Base — The bomb went off as soldiers "
            "queued at the gate, officials said.",
            9,
            25,
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


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a disaster a participle hangs on; deaths blamed on a fault
        (
            "A mudslide at an informal jade mine swept away at least 20 workers and buried "
            "nine more, officials said.",
            None,
            None,
        ),
        (
            "A fire in a maternity ward killed seven newborns overnight, officials said, "
            "blaming a short circuit.",
            None,
            None,
        ),
        # (negative) blamed on attackers: the deaths count
        (
            "Seven people were killed in the explosion at the bus depot, which police blamed "
            "on separatist rebels.",
            7,
            None,
        ),
        # a toll corrected in the passive
        (
            "State radio first reported nine dead; the figure was later corrected to five, "
            "the governor said.",
            5,
            None,
        ),
        # people first counted dead who are alive and in care: the wounded
        (
            "The army lowered the toll to seven from ten, saying three soldiers first "
            "reported dead were in intensive care.",
            7,
            3,
        ),
        (
            "Police first said eight people had been killed, but later said one of them, a "
            "taxi driver, was alive and being treated in hospital. Seven were dead.",
            7,
            1,
        ),
        # (negative) found alive, with no word of care: no wounded
        (
            "The governor cut the toll to four from six, saying two villagers first listed "
            "as dead had been found alive.",
            4,
            None,
        ),
        # (negative) the living a rescue found are no wounded; others in hospital are
        (
            "Four people were killed when the shell hit the block; rescuers pulled two "
            "children alive from the rubble.",
            4,
            None,
        ),
        (
            "Four people were killed and three others are in hospital, medics said.",
            4,
            3,
        ),
        # a wounded person whose death is the news, however the parser reads it
        (
            "A schoolgirl wounded when police fired into the crowd on Friday died of her "
            "injuries on Sunday, raising the toll from the protest to three. Eleven others "
            "remain in hospital.",
            3,
            11,
        ),
        # (negative) a wounded person still alive
        (
            "A reporter wounded when troops fired rubber bullets is recovering in hospital.",
            None,
            1,
        ),
    ],
)
def test_causes_and_corrections(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a breakdown set off by dashes or brackets is part of the whole
        ("Eleven people - seven police officers and four civilians - were killed.", 11),
        ("The ambush killed 12 people (nine soldiers and three drivers), the army said.", 12),
        # (negative) groups joined in one list are added
        ("Seven police officers and four civilians were killed in the raid.", 11),
    ],
)
def test_breakdowns(text: str, killed: int) -> None:
    assert casualty_counts(text) == (killed, None)


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        # a sentence of its own gives the dead's country
        (
            "Twelve people were killed when a drone struck a bus near the border. The dead "
            "were all Afghan nationals, officials said.",
            "AFG",
        ),
        # (negative) most of them is mixed; a sentence about the bodies is no nationality
        (
            "Twelve people were killed when a drone struck a bus near the border. The dead "
            "were mostly Afghan labourers.",
            None,
        ),
    ],
)
def test_whose_dead_were(text: str, whose: str | None) -> None:
    from flashpoint.layers.actors import find_actors
    from flashpoint.layers.casualties import event_counts, find_casualties
    from flashpoint.nlp import load_nlp

    doc = load_nlp()(text)
    killed, _ = event_counts(find_casualties(doc, find_actors(doc)))
    assert killed is not None
    assert (killed.value, killed.whose) == (12, whose)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "the N dead", "the N victims" name all of them
        ("Among the 14 dead were three aid workers, the ministry said.", 14, None),
        (
            "Gunmen opened fire on a minibus near Bunia. The six victims were all traders "
            "returning from market, officials said.",
            6,
            None,
        ),
        # (negative) another event's victims; victims of no attack
        (
            "Relatives of the 40 victims of last year's bombing marched through the capital "
            "on Sunday.",
            None,
            None,
        ),
        ("The five kidnap victims were freed unharmed on Tuesday.", None, None),
    ],
)
def test_the_n_dead(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a killer whom others killed after the killing is one more of the dead
        ("A gunman shot dead four people at a wedding before police shot him dead.", 5),
        ("A gunman killed six people at a school before shooting himself dead.", 7),
        # (negative) the subject who shot others dead is no victim
        ("A gunman shot dead four people at a wedding in the village.", 4),
        # (negative) a killer arrested
        ("A man stabbed two people to death at a market before police arrested him.", 2),
    ],
)
def test_killer_killed_by_others(text: str, killed: int) -> None:
    assert casualty_counts(text) == (killed, None)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a second group told apart by its day, the parser hanging the day on the verb
        ("Bandits killed six villagers on Friday and nine on Saturday in Zamfara.", 15),
        ("Four people died on Sunday and two on Monday after the clashes in Jos.", 6),
        # (negative) animals told apart by their day are no casualties
        ("Raiders killed three herders on Friday and 40 cattle on Saturday.", 3),
    ],
)
def test_gapped_by_day(text: str, killed: int) -> None:
    assert casualty_counts(text) == (killed, None)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # those who needed treatment after an attack are the wounded
        ("Nine people needed hospital treatment after the grenade attack in Mardan.", 9),
        # (negative) treatment for a disease
        ("Hundreds of displaced people need treatment for cholera, aid agencies said.", None),
    ],
)
def test_needed_treatment(text: str, injured: int | None) -> None:
    assert casualty_counts(text) == (None, injured)
