"""Casualty counts: cases found on the thirteenth casualty batch (stop 57), in sentences
of our own, each beside a negative case."""

from __future__ import annotations

import pytest

from conftest import casualty_counts

pytestmark = pytest.mark.model


_counts = casualty_counts


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "N times as many" hangs on the verb
        (
            "Militiamen killed six villagers near Beni on Saturday and wounded three times "
            "as many, a local official said.",
            6,
            18,
        ),
        # a number word split at its hyphen, told wounded by the word after it
        (
            "Nineteen people were killed and thirty-two wounded when a bomb went off at a "
            "bus station, police said.",
            19,
            32,
        ),
        # the number hung on a nationality adjective
        (
            "Six Afghan pilgrims travelling by bus to Mashhad were killed when gunmen opened "
            "fire on their convoy, officials said.",
            6,
            None,
        ),
        # an age inside a single victim's phrase
        (
            "A shell hit a tractor near the front line, killing its 58-year-old driver, the "
            "governor said.",
            1,
            None,
        ),
        (
            "Gunmen shot dead a village headman and his 12-year-old daughter outside their "
            "house, police said, the third killing of a local leader in the district this "
            "year.",
            2,
            None,
        ),
        (
            "Gunmen have killed 14 village headmen in the district this year, police said.",
            None,
            None,
        ),
        # totals over months are no one event's
        (
            "Armed groups killed 940 civilians in the region between February and October, a "
            "rights group said.",
            None,
            None,
        ),
        (
            "The conflict has killed at least 40,000 people since March 2024, the envoy said.",
            None,
            None,
        ),
        (
            "Gunmen killed 14 people between 2 a.m. and 4 a.m. on Sunday, police said.",
            14,
            None,
        ),
        # "still in hospital" after a toll: the wounded
        (
            "The toll from the market bombing stood at 22 on Thursday, officials said, with "
            "40 people still in hospital.",
            22,
            40,
        ),
        # "a few" people
        ("Gunmen shot dead a trader in the market. A few shoppers were hurt in the panic.", 1, 3),
        (
            "Gunmen shot dead a trader in the market. A few days later police arrested two "
            "suspects.",
            1,
            None,
        ),
        # "anywhere from N to M" is a range; "rose from N to M" is not
        (
            "Witnesses said anywhere from six to 10 people were killed when troops fired on "
            "the crowd.",
            6,
            None,
        ),
        # a fraction of a stated whole
        ("A drone strike killed a third of the 12 fighters at the post, the army said.", 4, None),
        ("A drone strike killed half of the fighters at the post, the army said.", None, None),
        # a withdrawn statement
        (
            "The army withdrew a statement that 30 soldiers had died in the ambush, saying "
            "12 were killed and five wounded.",
            12,
            5,
        ),
        # found shot dead
        (
            "Five farm workers were found shot dead in a field outside Culiacan on Monday, "
            "prosecutors said.",
            5,
            None,
        ),
        ("Five farm workers were found hiding in a barn outside Culiacan on Monday.", None, None),
        # a killer who turns the gun on himself is one more of the dead
        (
            "A gunman killed three customers at a bank before turning the gun on himself, "
            "police said.",
            4,
            None,
        ),
        (
            "A gunman killed three customers at a bank before turning the gun on a guard, "
            "police said.",
            3,
            None,
        ),
        # a funeral of the dead of an earlier day looks back
        (
            "Mourners in Dayton buried the last of the nine people killed in Saturday's "
            "shooting at a bar.",
            None,
            None,
        ),
        # an earlier attack's dead, in a clause dated last month
        (
            "Police in Kano said they had arrested 30 suspects over the attack on the "
            "central bus station, in which seven people were killed last month.",
            None,
            None,
        ),
        (
            "Police said nine people were killed in the bombing of the market on Monday.",
            9,
            None,
        ),
        # a victim told by its ordinal, with no count before it
        (
            "A fourth victim of Saturday's stabbing at a youth club died in hospital on "
            "Tuesday, police said.",
            4,
            None,
        ),
        ("A fourth man was wounded in the shooting, police said.", None, 1),
        # a second source's figure after a semicolon: the lower one stands
        (
            "The interior ministry said eight protesters were killed on Friday; a rights "
            "group put the figure at 15, including two teenagers.",
            8,
            None,
        ),
        (
            "The interior ministry said eight protesters were killed on Friday; by Sunday "
            "the ministry put the figure at 15.",
            15,
            None,
        ),
        (
            "A blast at a mosque killed at least 10 worshippers, a police official said. By "
            "evening, a hospital director said the death toll had risen to 31.",
            31,
            None,
        ),
        # one of the wounded, described in apposition, dies: one more dead, one fewer hurt
        (
            "Police shot dead three protesters and wounded 20 at a rally on Saturday. One of "
            "the wounded, a 23-year-old teacher, died in hospital on Monday, the opposition "
            "said.",
            4,
            19,
        ),
    ],
)
def test_thirteenth_batch_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert _counts(text) == (killed, injured)
