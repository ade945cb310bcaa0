"""Casualty counts: cases found on the thirteenth and fourteenth casualty batches (stop
58), in sentences of our own, each beside a negative case."""

from __future__ import annotations

import pytest

from conftest import casualty_counts

pytestmark = pytest.mark.model


_counts = casualty_counts


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a side's own figure for the dead the other side counted: the lower figure
        (
            "Armenia's defence ministry said its troops had repulsed an attack near Jermuk, "
            "killing 31 Azerbaijani soldiers; Azerbaijan's defence ministry said it had lost "
            "no more than 12 servicemen.",
            12,
            None,
        ),
        # (negative) a side's own losses beside the enemy dead it claims: both are added
        (
            "The army said its troops had killed 14 militants near Wana, losing three of "
            "their own soldiers in the fighting.",
            17,
            None,
        ),
        # the dead made the subject of a participle the killing verb governs
        (
            "A hospital director in Rafah said 27 bodies had arrived after the strike, while "
            "the military said it had killed about 15 gunmen sheltering inside.",
            15,
            None,
        ),
        # (negative) a participle with no dead before it
        (
            "Soldiers killed four kidnappers holding a trader in a farmhouse near Kaduna, "
            "police said.",
            4,
            None,
        ),
        # bodies recovered day by day, each day's figure hung on the first
        (
            "Divers recovered six bodies from the river on Monday, four on Tuesday and two "
            "more on Wednesday, the fire brigade said.",
            12,
            None,
        ),
        # bandits and dacoits are the other side: their dead are added to the police's
        (
            "Two policemen were killed in the gunfight in the riverine belt, while five "
            "dacoits were also shot dead, a police spokesman said.",
            7,
            None,
        ),
        (
            "Three soldiers died in the ambush on the highway near Gusau, and 11 bandits were "
            "killed when troops pursued the attackers, the army said.",
            14,
            None,
        ),
        # a side's own figure for its men after the other side's claim: the lower figure
        (
            "Government troops said they had killed 31 rebels in an assault on the ridge; "
            "the rebels' radio said only six of its men died.",
            6,
            None,
        ),
        # (negative) the other side's dead told by the same source are added
        (
            "Troops killed 12 insurgents in the raid, the army said, adding that two "
            "soldiers also died.",
            14,
            None,
        ),
        # a range against a confirmed count: the lower figure
        (
            "Villagers said between 12 and 20 people were killed when gunmen raided the "
            "market overnight, while police confirmed nine deaths.",
            9,
            None,
        ),
        # a first figure said to be wrong, then the right one in a joined clause
        (
            "Officials first reported 40 dead after the attack on the bus depot, but the "
            "governor said on Sunday that the figure was wrong and that 17 people had died.",
            17,
            None,
        ),
        # every conjunct of "among them" is a part, not a further group
        (
            "An air strike on the market killed 31 people, among them nine women and four "
            "children, medics said.",
            31,
            None,
        ),
        # "no one was seriously injured" gives no 0
        (
            "Rival fans fought with bottles and chairs outside the stadium; no one was "
            "seriously injured, police said.",
            None,
            None,
        ),
        # (negative) "no one was injured" does
        ("The shell hit an empty warehouse and no one was injured, police said.", 0, 0),
        # judicial executions for a crime are no casualty count
        (
            "Iran executed seven men on Tuesday for drug trafficking, the judiciary said.",
            None,
            None,
        ),
        # (negative) executions by an armed group are
        ("Militants executed seven villagers on Tuesday, local officials said.", 7, None),
        # the dead of last year's attack, remembered
        (
            "Relatives of the 41 people killed in last year's bombing of the ferry unveiled "
            "a memorial on Sunday.",
            None,
            None,
        ),
        # burned alive: dead
        (
            "A mob burned alive a man accused of theft in the market on Friday, police said.",
            1,
            None,
        ),
        # more bodies found, added to the first
        (
            "The bodies of nine fishermen were recovered from the lake on Sunday, and divers "
            "found four more on Monday, the police said.",
            13,
            None,
        ),
        # (negative) a part "of them" with no place or day is no further group
        (
            "Gunmen threw grenades into the crowded market on Monday, wounding 27 people, "
            "five of them seriously, police said.",
            None,
            27,
        ),
        # (negative) a conjunct with its own word of harm after "among them" is a count
        (
            "A monitoring group said 48 people had been killed in two days of clashes, among "
            "them 15 fighters, and at least 90 wounded.",
            48,
            90,
        ),
        # a number of places in a toll sentence is no toll figure
        (
            "The ministry revised the toll from the market bombing down to 19 from 26, "
            "saying some victims had been registered at two hospitals.",
            19,
            None,
        ),
    ],
)
def test_counts_stop58(text: str, killed: int | None, injured: int | None) -> None:
    assert _counts(text) == (killed, injured)


def test_own_loss_keeps_the_side() -> None:
    from flashpoint.layers.actors import find_actors
    from flashpoint.layers.casualties import event_counts, find_casualties
    from flashpoint.nlp import load_nlp

    doc = load_nlp()(
        "Armenia's defence ministry said its troops had repulsed an attack near Jermuk, "
        "killing 31 Azerbaijani soldiers; Azerbaijan's defence ministry said it had lost "
        "no more than 12 servicemen."
    )
    killed, _ = event_counts(find_casualties(doc, find_actors(doc)))
    assert killed is not None
    assert (killed.value, killed.approx, killed.whose) == (12, True, "AZE")
