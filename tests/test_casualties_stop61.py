"""Casualty counts: general constructions checked at stop 61 (issue #7), in sentences of
our own, each beside a negative or contrasting case."""

from __future__ import annotations

import pytest

from conftest import casualty_counts

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # an ordinal victim still in a grave condition is one more wounded, even where the
        # parser takes "remains" for a noun
        (
            "Three people were killed in the stabbing and a fourth remains in critical "
            "condition, police said.",
            3,
            1,
        ),
        (
            "Two people died and three were hurt in the grenade attack. A fourth remains in "
            "critical condition.",
            2,
            4,
        ),
        # ordinals that number all the victims: the third wounded and the fourth in care
        (
            "Gunmen shot dead two farmers near the village on Sunday. A third man was wounded "
            "and a fourth remains in critical condition, police said.",
            2,
            2,
        ),
        # a graded part of the wounded is no count of the dead
        (
            "Two people were killed and 12 were wounded, three of them critically, when a bomb "
            "exploded near a bus stop.",
            2,
            12,
        ),
        # (contrast) a part who died is counted as dead
        (
            "A gunman stabbed six people, one of them fatally, at a railway station.",
            1,
            5,
        ),
        # verbs joined to a subject's verb
        ("Two men were abducted and later killed by gunmen, police said.", 2, None),
        ("A soldier was shot and later died in hospital.", 1, None),
        (
            "The victim was rushed to hospital but was pronounced dead on arrival.",
            1,
            None,
        ),
        ("Four officers were beaten and hurt by the crowd.", None, 4),
        (
            "A man was found with gunshot wounds to the head and taken to hospital.",
            None,
            1,
        ),
        # (negative) "feared dead" and "missing" are no deaths
        (
            "Three fishermen were shot dead and two others are missing, feared dead, after "
            "pirates attacked their boat.",
            3,
            None,
        ),
        # treated at the scene (and released) still counts as hurt
        ("Two people were killed. Four others were treated at the scene and released.", 2, 4),
        # a pronoun for people named before: "leaving both with burns"
        (
            "Assailants threw acid at two women in a market, leaving both with severe burns.",
            None,
            2,
        ),
        # (negative) a pronoun object of a verb that harms no one
        ("Police stopped two men at a checkpoint and questioned them.", None, None),
        # a relative toll from the wounded side
        (
            "Forty-two people were wounded in the attack, twice the number killed.",
            21,
            42,
        ),
        # "a dozen and a half"; "fewer than a dozen" is a bound above, no count
        ("A dozen and a half people were killed in the raid.", 18, None),
        ("Fewer than a dozen people were hurt in the scuffle.", None, None),
        # a headline toll already holds the later dead the story tells of
        (
            "PESHAWAR BLAST TOLL RISES TO 15. Three more victims of Friday's bombing died in "
            "hospital overnight, doctors said.",
            15,
            None,
        ),
        # (contrast) a toll in the story's own sentence, then more dead: added
        (
            "The toll from the Peshawar blast rose to 15 on Friday. Three more victims died in "
            "hospital on Saturday, doctors said.",
            18,
            None,
        ),
        # the dead a toll already holds ("after two of the injured succumbed")
        (
            "The toll from Saturday's attack on a mosque has climbed to 19 after two of the "
            "injured succumbed, officials said.",
            19,
            None,
        ),
        # an earlier figure told after the story's own gives way to it
        (
            "Sixteen people were killed on Thursday when gunmen attacked a bus carrying "
            "traders, the governor said. Earlier, police had said 11 died.",
            16,
            None,
        ),
        # people shot, then said to die: the dead leave the wounded
        ("Gunmen shot two brothers outside their shop, killing both.", 2, None),
        ("Gunmen shot two brothers and killed them.", 2, None),
        ("A man stabbed four people at a bus stop, killing one.", 1, 3),
        # "both" as a count, but not "both sides"
        ("Police said the two victims were shot at close range. Both died at the scene.", 2, None),
        ("Both sides reported losses in the fighting.", None, None),
        # an earlier figure told as such gives way, even as a toll
        (
            "The attack killed eight people and wounded 20, the governor said. Police had "
            "earlier given a toll of six.",
            8,
            20,
        ),
        # the wounded told by their care
        ("Three victims are fighting for their lives in hospital.", None, 3),
        ("Seven people needed medical attention after the assault.", None, 7),
        ("Four people were treated for smoke inhalation after the firebombing.", None, 4),
        ("The hospital said it had admitted 20 people with injuries.", None, 20),
        ("Three people died and eight were admitted to intensive care.", 3, 8),
        # (negative) treated for shock, discharged: no count of the wounded
        ("Four people were treated for shock after the firebombing.", None, None),
        ("Eight people were discharged from hospital on Monday.", None, None),
        # a bomber who blew himself up is among the dead, once
        ("A suicide bomber blew himself up at the gate, killing five people.", 6, None),
        (
            "Two suicide bombers blew themselves up at a checkpoint, killing 12 soldiers.",
            14,
            None,
        ),
        (
            "A suicide bomber blew himself up at a checkpoint, killing himself and four others.",
            5,
            None,
        ),
        # (contrast) "struck" states no death of his own
        ("A suicide bomber struck a checkpoint, killing five people.", 5, None),
        # corpses, slaughter
        ("Residents counted four corpses in the street after the shelling.", 4, None),
        ("Militants slaughtered six villagers in the night.", 6, None),
        # the one wounded is the one who died: "he later died"
        ("A policeman was shot on Monday. He later died in hospital.", 1, None),
        # (contrast) he lives: still wounded
        ("A policeman was shot on Monday. He is in stable condition.", None, 1),
        # a range of the dead settled by the bodies recovered
        (
            "Between 30 and 40 herders were killed by gunmen near the river, a local leader "
            "said. On Tuesday, police said 34 bodies had been recovered.",
            34,
            None,
        ),
        # (contrast) a lower bound stands against a first count of bodies
        (
            "At least 20 people were killed in the raid, officials said. Rescuers have "
            "recovered 15 bodies.",
            20,
            None,
        ),
        # (contrast) a second source's rival figure: the lower one
        (
            "Hospital sources said 45 people had died; the government put the toll at 60.",
            45,
            None,
        ),
    ],
)
def test_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # deaths and harm no one inflicted
        (
            "Four members of a family died after eating poisoned mushrooms, health officials said.",
            None,
            None,
        ),
        ("Three children died after drinking contaminated water from a well.", None, None),
        ("Twenty people were hospitalised after they ate contaminated food.", None, None),
        ("Two hikers died after falling from a cliff in the national park.", None, None),
        ("A man died after being bitten by a snake in the village.", None, None),
        ("A tiger killed two villagers near the reserve, forest officials said.", None, None),
        ("Doctors said the patient was killed by a rare form of cancer.", None, None),
        ("Six people died from heatstroke during the pilgrimage.", None, None),
        ("Two climbers died after being caught in an avalanche.", None, None),
        ("Four people died in a house fire caused by a faulty heater.", None, None),
        ("Nine people were hurt when a gas cylinder exploded at a restaurant.", None, None),
        ("Six people died of suspected food poisoning after a wedding feast.", None, None),
        # (contrast) poison or a fall set off by attackers counts
        (
            "Five soldiers died after eating food that militants had poisoned at the camp.",
            5,
            None,
        ),
        # a stay in hospital for something other than a wound
        ("The governor remained in hospital for a routine check-up, aides said.", None, None),
        (
            "The bomb killed four people. Separately, the minister was admitted to hospital "
            "for a routine check-up.",
            4,
            None,
        ),
        (
            "Two lawmakers were taken to hospital for tests after complaining of chest pains.",
            None,
            None,
        ),
        # (contrast) a wound, or a bomb near a cancer hospital, is harm
        ("Three people were taken to hospital with stab wounds.", None, 3),
        ("Nine people were injured after a bomb went off near a cancer hospital.", None, 9),
        # background: a war's total, an earlier similar attack, last week's dead mourned
        (
            "The United Nations said 4,000 civilians had been killed in the conflict since it "
            "began in 2023.",
            None,
            None,
        ),
        (
            "Two policemen were killed in a shootout with bandits on Monday. Last month, 14 "
            "officers died in a similar ambush.",
            2,
            None,
        ),
        (
            "Thousands marched in the capital on Saturday to mourn 40 soldiers killed in an "
            "ambush last week.",
            None,
            None,
        ),
        (
            "The army launched an offensive on Monday against militants who killed 40 soldiers "
            "in an ambush last week.",
            None,
            None,
        ),
        # fiction and a refusal
        ("The film's villain kills 40 people in the opening scene.", None, None),
        (
            "The president said he would not let terrorists kill 1,000 innocent people.",
            None,
            None,
        ),
    ],
)
def test_no_event_counts(text: str, killed: int | None, injured: int | None) -> None:
    assert casualty_counts(text) == (killed, injured)
