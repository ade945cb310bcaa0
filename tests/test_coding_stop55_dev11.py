"""The rule coder, stop 55: false events and misses seen on the eleventh gold batch
(dev11), on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-01-20")


def _kinds(text: str) -> set[str]:
    return {kind for kind, _, _ in _events(text)}


def test_striking_workers_are_on_strike() -> None:
    text = (
        "Peruvian police detained 30 people on Friday when they broke up a sit-in by striking"
        " copper miners near Arequipa, union officials said."
    )
    assert ("COERCE", "PERCOP", "PERCVL") in _events(text)
    assert "ASSAULT" not in _kinds(text)
    # an attack that strikes someone is still one
    assert "ASSAULT" in _kinds("Russian drones struck a Ukrainian army depot near Kharkiv.")


def test_a_crowd_dispersing_is_no_crackdown() -> None:
    text = (
        "About 300 Kenyan opposition supporters gathered outside parliament on Monday before"
        " dispersing peacefully in the evening."
    )
    assert "ASSAULT" not in _kinds(text)
    text = "Kenyan police fired tear gas to disperse opposition supporters outside parliament."
    assert ("ASSAULT", "KENCOP", "KENOPP") in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Uzbek authorities have sought the extradition of dozens of exiled dissidents from"
        " Kazakhstan in recent years.",
        "Qatari and Egyptian officials have held several meetings on Sudan in recent weeks.",
        "Chadian relief groups have warned for months that the refugee camps in the east are"
        " running out of food.",
    ],
)
def test_acts_over_recent_years_are_a_campaign(text: str) -> None:
    assert _events(text) == set()


def test_acts_of_the_past_week_are_told() -> None:
    text = (
        "Angolan security forces have expelled more than 2,000 Congolese nationals from the"
        " border province in the past week, Congolese officials said."
    )
    assert any(src.startswith("AGO") for _, src, _ in _events(text))


def test_a_court_ruling_that_a_state_did_wrong_finds_it_liable() -> None:
    text = (
        "Kenya's High Court ruled on Friday that the interior ministry had violated the"
        " constitution by banning the rally."
    )
    assert ("ACCUSE", "KENJUD", "KENGOV") in _events(text)
    text = "The ECOWAS Court ruled on Monday that Togo had breached the rights of two reporters."
    assert ("ACCUSE", "IGOWAS", "TGO") in _events(text)
    # a ruling that clears the state charges no wrong
    text = (
        "Kenya's High Court ruled on Friday that the interior ministry had acted lawfully when"
        " it banned the rally."
    )
    assert "ACCUSE" not in _kinds(text)


def test_few_details_given_share_nothing() -> None:
    text = "Iraqi and Turkish officials described the talks as useful but gave few details."
    assert "COOPERATE" not in _kinds(text)
    text = "Iraq's foreign ministry gave Turkish diplomats a few details of the investigation."
    assert ("COOPERATE", "IRQGOV", "TURGOV") in _events(text)


def test_hosting_an_armed_group_is_no_visit() -> None:
    text = "Tehran said Islamabad was hosting armed militants near the border."
    assert "CONSULT" not in _kinds(text)
    assert ("CONSULT", "QAT", "IRNGOV") in _events("Qatar hosted a senior Iranian delegation.")


def test_a_ceasefire_violated_is_no_ceasefire_agreed() -> None:
    text = (
        "Rival Sudanese forces clashed near El Obeid on Thursday, in the worst violation of"
        " Sudan's 2025 ceasefire so far."
    )
    assert "RETREAT" not in _kinds(text)
    text = "Ethiopia's ceasefire with Tigrayan forces was signed in Pretoria on Wednesday."
    assert "RETREAT" in _kinds(text)
