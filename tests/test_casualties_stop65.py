"""Casualty counts (issue #7), stop 65: wire-style sentences of our own for the causes of
the misses on the blind eighteenth batch (dev18): group nouns of a set size ("a trio of",
"a pair of", "a half-dozen"), fractions of a stated total, fatal wounds, occupations,
"shot dead" however parsed, and "no one else was hurt" after a death. Counts follow the
conventions of benchmarks/gold/casualties/README.md."""

from __future__ import annotations

import pytest

from conftest import casualty_counts

pytestmark = pytest.mark.model

CASES = [
    # group nouns of a set size, as the people counted or as what they are
    (
        "Gunmen killed a pair of nurses outside the clinic in Zamfara, officials said.",
        2,
        None,
    ),
    (
        "Two bodies were recovered and a trio of wounded herders were flown to Kaduna.",
        2,
        3,
    ),
    ("A trio of police officers were wounded when the convoy hit a mine.", None, 3),
    ("A bomb in the bus station killed a half-dozen travellers, police said.", 6, None),
    # the attackers are no casualties
    ("A pair of gunmen opened fire on the minibus, killing four passengers.", 4, None),
    # a fraction of a total
    ("The raiders killed a third of its 24 crew before fleeing, the navy said.", 8, None),
    ("Half of their 40 fighters were wounded in the ambush, the militia said.", None, 20),
    # a fatal wound is a death (not "two of them mortally": a part of the wounded)
    ("A village chief was mortally wounded when gunmen stormed his home.", 1, None),
    ("Gunmen wounded six villagers, two of them mortally.", 2, 4),
    # occupations
    ("Her local fixer was wounded by shrapnel, the agency said.", None, 1),
    ("Gunmen shot dead a vaccinator and the constable escorting him.", 2, None),
    # "shot dead" however the parser reads it
    ("A gunman shot dead a prison guard at the gate of the jail.", 1, None),
    ("A sniper shot a border guard dead near the crossing.", 1, None),
    # "no one else" counts no more, and does not undo a death told before
    (
        "A gunman shot dead a security guard at the bank on Friday. No one else was hurt.",
        1,
        0,
    ),
    ("The ferry ran aground near the pier but no one was hurt.", 0, 0),
    # one person named by whose they are; the hurt told by where they were sent
    ("A gunman fired on the convoy near Gusau, killing the chief's driver.", 1, None),
    (
        "The grenade killed two shoppers and sent 14 others to hospital, police said.",
        2,
        14,
    ),
    ("Gunmen killed his brother.", None, None),
    # people who burned to death, the subject of the verb (not its doers)
    (
        "Raiders set fire to the lorry, and the driver and his assistant burned to death "
        "in the cab.",
        2,
        None,
    ),
    ("Gunmen burned the trader to death in his shop, residents said.", 1, None),
    # a court or an arrest over an attack a year dates tells no new deaths
    (
        "A court in Jos jailed three men for their part in the 2021 raid on a market in "
        "Bokkos that killed 30 traders.",
        None,
        None,
    ),
    (
        "Police in Quetta detained a man over the 2023 bombing of a van carrying "
        "government workers, in which five people were killed.",
        None,
        None,
    ),
    # (not an attack of the news told the same way)
    ("Gunmen raided a market in Bokkos on Sunday in an attack that killed 30 traders.", 30, None),
]


@pytest.mark.parametrize(("text", "killed", "injured"), CASES)
def test_dev18_causes_stop65(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)
