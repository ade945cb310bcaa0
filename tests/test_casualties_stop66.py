"""Casualty counts (issue #7), stop 66: wire-style sentences of our own for the causes of
the misses on the blind nineteenth batch (dev19): more trades, a second verb's "was" left
out ("and a nurse wounded"), "neither ... nor ... was hurt", new bounds ("in excess of",
"the best part of", "getting on for"), death counts and tolls that double, the wounded
"treated for" wounds, decades of a past war, totals over weeks, fires an accident started,
and calm gatherings. Counts follow the conventions of
benchmarks/gold/casualties/README.md."""

from __future__ import annotations

import pytest

from conftest import casualty_counts

pytestmark = pytest.mark.model

CASES = [
    # trades, joined to a counted group
    ("A bomb left in the arcade killed three shoppers and the tailor, police said.", 4, None),
    ("A stray bullet grazed a butcher at the market in Bamako.", None, 1),
    # two people named by their kin
    ("Police said a farmer shot dead his brother and his nephew in a land dispute.", 2, None),
    # a second verb whose "was" is left out
    ("A guard was killed and a porter wounded when the bomb went off, police said.", 1, 1),
    ("A teacher was stabbed to death and her son wounded at a bus stop in Lyon.", 1, 1),
    # a passer-by, however the tagger reads "passer"
    ("A passer-by was grazed by a bullet during the shoot-out, officials said.", None, 1),
    # "neither ... nor": none of them, and the number inside is no count
    (
        "Gunmen fired at the ferry, but neither the captain nor any of the 60 passengers "
        "was hurt, the port authority said.",
        0,
        0,
    ),
    ("Neither the mayor nor his aide was at the rally, where 12 people were injured.", None, 12),
    # new words for a bound
    ("Raiders killed in excess of 30 villagers in the attack, a local official said.", 30, None),
    ("The clashes left the best part of 40 fighters dead, residents said.", 40, None),
    ("An ambush killed getting on for 20 soldiers near the border, the army said.", 20, None),
    ("Gunmen wounding a couple of others, witnesses said, after killing a guard.", 1, 2),
    # tolls
    ("The death count from the raid on the mining camp stood at 9 on Friday.", 9, None),
    ("The toll from Monday's ambush doubled overnight to 14, a security source said.", 14, None),
    (
        "Police fired on the crowd, killing six people, with 31 people treated for gunshot "
        "wounds, a hospital said.",
        6,
        31,
    ),
    # history and totals are no event's toll
    (
        "Forensic teams exhumed the remains of 24 people killed during the 1970s civil war, "
        "prosecutors said.",
        None,
        None,
    ),
    (
        "Over the past six weeks, 48 people have died in armed attacks across the province, "
        "the ombudsman said.",
        None,
        None,
    ),
    # (a day's total is one event's)
    ("In the past 24 hours, 12 people were killed in shelling, officials said.", 12, None),
    # an accident's dead (but not an arsonist's fire)
    (
        "A fire started by an electrical fault swept through a furniture market, killing "
        "five traders, firefighters said.",
        None,
        None,
    ),
    ("A fire started by arsonists swept through the market, killing five traders.", 5, None),
    # a calm gathering: its "no one was hurt" denies no attack
    ("The march by 3,000 nurses ended peacefully and no one was hurt, police said.", None, None),
    ("A grenade exploded outside the bank, but no one was hurt, police said.", 0, 0),
]


@pytest.mark.parametrize(("text", "killed", "injured"), CASES)
def test_casualty_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)
