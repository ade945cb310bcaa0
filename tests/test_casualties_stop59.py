"""Casualty counts: cases found on the fourteenth casualty batch (stop 59), in sentences of
our own, each beside a negative case."""

from __future__ import annotations

import pytest

from conftest import casualty_counts

pytestmark = pytest.mark.model


_counts = casualty_counts


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a whole group that came through: no one died
        (
            "A cargo ship was struck by a missile off Hodeidah on Monday; the crew all "
            "survived, but three sailors were badly burned, the shipping company said.",
            0,
            3,
        ),
        # (negative) the survivors of a group some of whom died: no zero for the dead
        (
            "Four passengers were killed when the minibus hit a roadside bomb near Bannu; "
            "two others survived with serious injuries, police said.",
            4,
            2,
        ),
        # everyone present came through unharmed: neither dead nor hurt
        (
            "All 26 passengers and the conductor escaped unharmed when gunmen fired on the "
            "train near Quetta on Tuesday, railway officials said.",
            0,
            0,
        ),
        # the rest of those present, after some were hit: injured 0, the dead stand
        (
            "Three of the nine election officials in the convoy were killed when it was "
            "ambushed outside Maiduguri, the commission said. The other six were unhurt.",
            3,
            0,
        ),
        # (negative) those freed in a rescue: only a part, no zero
        (
            "Two kidnappers died when soldiers stormed the hideout near Zamfara on Sunday; "
            "14 other captives were freed unhurt.",
            2,
            None,
        ),
        # (negative) a rescue with no attack: "all were unhurt" is no count
        (
            "Soldiers rescued 12 abducted travellers from a forest camp in Niger state on "
            "Friday, the army said, adding that all were unhurt.",
            None,
            None,
        ),
        # people burned and not to death are hurt
        (
            "Petrol bombs were thrown at a bus in Dhaka on Wednesday, and four of the "
            "passengers were badly burned, police said.",
            None,
            4,
        ),
        # (negative) things burned are no casualties
        (
            "Rioters set fire to a police post in Dhaka on Wednesday, and four of the "
            "vehicles parked outside were burned, police said.",
            None,
            None,
        ),
        # a toll said to be unchanged is the toll
        (
            "The death toll from Friday's bombing of a bus station in Kabul was revised to 16, "
            "officials said. The number of injured was unchanged at 41.",
            16,
            41,
        ),
        # a front-wide claim for a day sums many engagements: an aggregate
        (
            "Russia's defence ministry said 740 Ukrainian soldiers had been killed along the "
            "front over the past 24 hours.",
            None,
            None,
        ),
        # (negative) a clash at one point of a front line is one event
        (
            "Two Ukrainian soldiers were killed along the front line near Pokrovsk on "
            "Tuesday, the regional governor said.",
            2,
            None,
        ),
        # a running total since a long undertaking began is no event's toll
        (
            "Rwanda will send 300 more troops to Cabo Delgado next month, the army said. "
            "Four Rwandan soldiers have died since the deployment began.",
            None,
            None,
        ),
        # (negative) since fighting began a few days ago: the one event's toll
        (
            "At least 14 people have been killed since clashes began on Saturday between "
            "rival militias in Tripoli, the health ministry said.",
            14,
            None,
        ),
        # compensation to the families of people killed earlier: a background toll
        (
            "The state government began paying compensation of 200,000 rupees each to the "
            "families of the 11 people killed in the Manipur violence.",
            None,
            None,
        ),
    ],
)
def test_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert _counts(text) == (killed, injured)


def test_a_family_is_of_its_nationality() -> None:
    from flashpoint.layers.actors import find_actors
    from flashpoint.layers.casualties import event_counts, find_casualties
    from flashpoint.nlp import load_nlp

    doc = load_nlp()(
        "A Somali refugee family of six — a couple and their four children — were killed "
        "when a shell hit their shelter in Baidoa, a local official said."
    )
    killed, _ = event_counts(find_casualties(doc, find_actors(doc)))
    assert killed is not None
    assert (killed.value, killed.whose) == (6, "SOM")


def _split(words: str) -> list[str]:
    return words.split()


def test_a_noun_tagged_as_verb_does_not_hide_a_compensation_award() -> None:
    """The tagger sometimes makes a currency a verb ("rupees"): the count is still of
    the dead a compensation award looks back to."""
    from spacy.tokens import Doc

    from flashpoint.layers.casualties.history import _looked_back
    from flashpoint.nlp import load_nlp

    words = _split(
        "The government began paying compensation of 200,000 rupees each to the "
        "families of the 11 people killed in the Manipur violence ."
    )
    heads = [1, 2, 2, 2, 3, 4, 7, 5, 7, 7, 11, 9, 11, 15, 15, 12, 15, 16, 20, 20, 17, 2]
    deps = _split(
        "det nsubj ROOT xcomp dobj prep nummod pobj npadvmod prep det pobj prep det "
        "nummod pobj acl prep det compound pobj punct"
    )
    pos = _split(
        "DET NOUN VERB VERB NOUN ADP NUM VERB PRON ADP DET NOUN ADP DET NUM NOUN VERB "
        "ADP DET PROPN NOUN PUNCT"
    )
    lemmas = [w.lower() for w in words]
    lemmas[2], lemmas[3], lemmas[16] = "begin", "pay", "kill"
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    people = doc[15]
    assert people.text == "people" and doc[7].pos_ == "VERB"
    assert _looked_back(people)
    # (negative) the same count under a real verb is the news: "Police counted the 11
    # people killed in the raid"
    words2 = _split("Police counted the 11 people killed in the raid .")
    doc2 = Doc(
        load_nlp().vocab,
        words=words2,
        heads=[1, 1, 4, 4, 1, 4, 5, 8, 6, 1],
        deps=_split("nsubj ROOT det nummod dobj acl prep det pobj punct"),
        pos=_split("NOUN VERB DET NUM NOUN VERB ADP DET NOUN PUNCT"),
        lemmas=_split("police count the 11 people kill in the raid ."),
    )
    assert not _looked_back(doc2[4])


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # a source's first figure, corrected later in the passage
        (
            "Police first said nine people had been killed in the attack on the bus depot "
            "in Mardan, but later said two of them were alive. Seven were dead, they said.",
            7,
            None,
        ),
        # (negative) two sources, neither a first figure: the lower disputed one is not
        # forced; the larger count of one source stands
        (
            "Police said nine people had been killed in the attack on the bus depot in "
            "Mardan. Seven of them were passengers, officials said.",
            9,
            None,
        ),
        # people treated for wounds are hurt
        (
            "No one was killed, but 15 people were treated for burns after the fuel depot "
            "in Kirkuk was set ablaze, officials said.",
            0,
            15,
        ),
        # (negative) treated for an illness: no casualties
        (
            "More than 200 people were treated for cholera at the clinic in Beira last week.",
            None,
            None,
        ),
        # "N of them fatally" the parser hangs apart from the count
        (
            "Eight people were shot, three of them fatally, outside a stadium in Durban on "
            "Saturday night, police said.",
            3,
            5,
        ),
        # a gapped clause with its own number adds to the count
        (
            "Four policemen were lightly wounded and one seriously when a grenade was thrown "
            "at their post in Srinagar, officials said.",
            None,
            5,
        ),
        # a funeral for people shot dead earlier
        (
            "Hundreds attended the funeral in Bamenda on Sunday of the nine traders shot "
            "dead by soldiers last week.",
            None,
            None,
        ),
        # "a couple of" people
        (
            "A grenade exploded outside a hotel in Goma on Friday night, and a couple of "
            "guards were slightly hurt, police said.",
            None,
            2,
        ),
        # a generic "figure" takes the kind of the count it answers
        (
            "Dozens were injured when riot police charged students in Dhaka, the organisers "
            "said; the health ministry put the figure at 38.",
            None,
            38,
        ),
        # a total over a span of years
        (
            "Security forces killed about 4,000 people in counter-insurgency operations "
            "between 2015 and 2021, the commission said.",
            None,
            None,
        ),
    ],
)
def test_more_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert _counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "value", "approx", "whose"),
    [
        # "N or M" is a range: its lower bound, approx
        (
            "Five or six people died when police fired on a crowd outside the stadium in "
            "Conakry, witnesses said.",
            5,
            True,
            None,
        ),
        # "at most N" is a bound, like "up to N"
        (
            "Doctors said at most nine people had died in the clashes in Bunia.",
            9,
            True,
            None,
        ),
        # (negative) a plain figure stays exact
        ("Doctors said nine people had died in the clashes in Bunia.", 9, False, None),
        # a farmworker is a person, and his nationality is the dead's
        (
            "A drone struck a greenhouse near Kiryat Shmona, killing a Thai farmworker, "
            "medics said.",
            1,
            False,
            "THA",
        ),
    ],
)
def test_bounds_and_people(text: str, value: int, approx: bool, whose: str | None) -> None:
    from flashpoint.layers.actors import find_actors
    from flashpoint.layers.casualties import event_counts, find_casualties
    from flashpoint.nlp import load_nlp

    doc = load_nlp()(text)
    killed, _ = event_counts(find_casualties(doc, find_actors(doc)))
    assert killed is not None
    assert (killed.value, killed.approx, killed.whose) == (value, approx, whose)
