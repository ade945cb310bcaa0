"""Casualty counts (issue #7), stop 63: wire-style sentences of our own for the causes
of the misses on the blind seventeenth batch (dev17): bound phrases ("a minimum of",
"upward of", "in the region of", "a dozen-plus"), the hurt told by their care or wounds,
accidents, comma asides, running tolls, rival sources' quoted figures and funerals. Counts
follow the conventions of benchmarks/gold/casualties/README.md."""

from __future__ import annotations

import pytest

from conftest import casualty_counts

pytestmark = pytest.mark.model

# bound phrases: 'a minimum of', 'upward of', 'in the region of', 'N-plus', 'about a dozen wounded'
BOUNDS = [
    (
        (
            "Suspected jihadists ambushed a supply convoy near Gao on Tuesday, killing a "
            "minimum of 11 soldiers, the army said."
        ),
        11,
        None,
    ),
    (
        "A car bomb outside a courthouse wounded a minimum of 14 people, police said.",
        None,
        14,
    ),
    (
        "The rebels killed upward of 40 villagers in the raid, a local official said.",
        40,
        None,
    ),
    (
        ("In the region of 30 people were killed when gunmen attacked the market, witnesses said."),
        30,
        None,
    ),
    (
        "The wounded numbered in the region of 60, a hospital director said.",
        None,
        60,
    ),
    (
        "Gunmen shot dead 20-plus worshippers at a mosque on Friday, police said.",
        20,
        None,
    ),
    (
        "Militants burned a bus, killing a dozen-plus passengers, officials said.",
        12,
        None,
    ),
    (
        (
            "Gunmen opened fire on a wedding party, killing four people; a clinic said it "
            "had treated about a dozen wounded."
        ),
        4,
        12,
    ),
]

# the hurt told by being flown or brought in with wounds, or by wounds suffered
CARRIED = [
    (
        (
            "Gunmen killed six farmers. Another eight people were airlifted to the regional "
            "capital with bullet wounds."
        ),
        6,
        8,
    ),
    (
        (
            "A drone strike hit a market, killing five traders. Four others were brought to "
            "the district hospital with burns."
        ),
        5,
        4,
    ),
    (
        (
            "Shelling hit the town overnight, killing two people. A further 11 suffered "
            "shrapnel wounds."
        ),
        2,
        11,
    ),
]

# accidents: a snapped cable, a flooded shaft, a landslide's relative clause
MISHAPS = [
    (
        ("A rope snapped on a footbridge in the hills, injuring seven hikers, rescuers said."),
        None,
        None,
    ),
    (
        (
            "Rescuers recovered nine bodies after a flooded mine shaft trapped 20 workers, "
            "police said."
        ),
        None,
        None,
    ),
    (
        (
            "Torrential rain triggered a landslide that buried a hamlet, killing 13 people, "
            "officials said."
        ),
        None,
        None,
    ),
]

# a comma aside naming the whole's parts or its nationality (and a list that is none)
ASIDES = [
    (
        (
            "An air strike on the village killed four people, three men and a boy, local "
            "officials said."
        ),
        4,
        None,
    ),
    (
        "Gunmen killed three soldiers, a woman and two men, the army said.",
        6,
        None,
    ),
    (
        (
            "Pirates attacked a tanker off Somalia, killing two sailors, both Filipino, the "
            "owner said."
        ),
        2,
        None,
    ),
    (
        (
            "A gunman killed nine worshippers, all Afghan nationals, at a mosque in "
            "Peshawar, police said."
        ),
        9,
        None,
    ),
]

# a running toll since a campaign began; a rival source's quoted figure
SOURCES = [
    (
        (
            "Air strikes on the city killed 23 people on Sunday, bringing the death toll "
            "since the offensive began to more than 900, the ministry said."
        ),
        23,
        None,
    ),
    (
        (
            "Rebels said they killed 35 soldiers in the battle; the army acknowledged "
            '"about 15" dead.'
        ),
        15,
        None,
    ),
    (
        (
            "The insurgents claimed 50 troops had died. The defence ministry admitted "
            "'around 18' dead."
        ),
        18,
        None,
    ),
]

# the dead of last week's attack, buried or mourned (and a burial that is the news)
LOOKED_BACK = [
    (
        "Relatives buried 22 miners killed in last week's attack on the gold mine.",
        None,
        None,
    ),
    (
        (
            "Thousands attended the funeral of 14 policemen killed in last month's ambush "
            "in the north."
        ),
        None,
        None,
    ),
    (
        "Residents buried 15 villagers a day after gunmen raided the settlement.",
        15,
        None,
    ),
]

# figures given as a labelled list
LABELLED = [
    ("Militants overran the outpost before dawn. Dead: 7. Wounded: 15.", 7, 15),
    ("Police gave the figures after the riot - Killed: 4; injured: 23.", 4, 23),
    ("Dead: 2, wounded: 9, the county commissioner said after the raid.", 2, 9),
]

# two verbs of one kind joined, each with its own victims (and verbs of two kinds)
JOINED = [
    (
        (
            "A shell struck a bakery, badly wounding the owner and slightly injuring his "
            "apprentice, rescuers said."
        ),
        None,
        2,
    ),
    ("The gunman killed a guard and then killed the owner of the shop.", 2, None),
    ("Shelling killed a man and wounded his daughter, the governor said.", 1, 1),
]

# contrasts: one source's figures across a semicolon, and a quoted word after a number
CONTRASTS = [
    (
        (
            "Six men were shot outside a bar in the city centre late on Friday; three were "
            "in a serious condition, police said."
        ),
        None,
        6,
    ),
    (
        (
            "Two guards were stabbed at the depot; one is in hospital and the other was "
            "treated for cuts, police said."
        ),
        None,
        2,
    ),
    ("The drill simulated a bombing with 300 'injured', and 9 clinics took part.", None, None),
]


@pytest.mark.parametrize(("text", "killed", "injured"), CONTRASTS)
def test_contrasts_stop63(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), JOINED)
def test_joined_verbs_stop63(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(("text", "killed", "injured"), LABELLED)
def test_labelled_figures_stop63(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"), BOUNDS + CARRIED + MISHAPS + ASIDES + SOURCES + LOOKED_BACK
)
def test_dev17_causes_stop63(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


def _counts_with_flags(text: str) -> tuple[object, ...]:
    """Return (killed, approx, whose, injured, approx) for a text's event."""
    from flashpoint.layers.actors import find_actors
    from flashpoint.layers.casualties import event_counts, find_casualties
    from flashpoint.nlp import load_nlp

    doc = load_nlp()(text)
    k, i = event_counts(find_casualties(doc, find_actors(doc)))
    return (
        k.value if k else None,
        bool(k and k.approx),
        k.whose if k else None,
        i.value if i else None,
        bool(i and i.approx),
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bandits stormed a village near the border, killing a minimum of nine herders.",
            (9, True, None, None, False),
        ),
        (
            "A grenade thrown into a crowd wounded a dozen-plus spectators, police said.",
            (None, False, None, 12, True),
        ),
        (
            (
                "Pirates boarded a cargo ship and killed two engineers, both Sri Lankan, "
                "the operator said."
            ),
            (2, False, "LKA", None, False),
        ),
        (
            (
                "The separatists said 60 soldiers died in the assault; the army "
                "acknowledged 'about 25' dead."
            ),
            (25, True, None, None, False),
        ),
    ],
)
def test_flags_stop63(text: str, want: tuple[object, ...]) -> None:
    assert _counts_with_flags(text) == want
