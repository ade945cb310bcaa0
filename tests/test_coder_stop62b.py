"""Coder, stop 62 (second helper): general fixes found on a new tuning batch (issue #3)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import coded_events, kept_actors
from flashpoint.pipeline import annotate

pytestmark = pytest.mark.model

# written for these tests: an invented chess tournament whose players come from named states
CHESS = (
    "OSLO (Test Wire) - Eighteen-year-old Dutch grandmaster Pieter Smit won the Fjord Open "
    "on Sunday, attacking the king of the top seed from the opening move.\n"
    "Smit sacrificed a bishop on the 12th move, and checkmate followed nine moves later, "
    "the tournament's organisers said.\n"
    "His rival, Germany's Lena Vogt, protested about the noise in the hall and accused the "
    "organisers of placing the boards too close to the spectators.\n"
    "Smit's coach said the teenager had spent the winter studying chess openings, and "
    "Poland's champion, who beat him in round four, said he was the strongest grandmaster "
    "of his age."
)


def test_a_chess_report_names_its_sport_and_codes_no_events() -> None:
    assert annotate(CHESS).mentions == ()


def test_a_bare_national_security_council_is_not_the_united_nations() -> None:
    text = (
        "WASHINGTON, March 3 - A spokesman for the National Security Council said the "
        "administration was studying the report."
    )
    codes = [code for _, code in kept_actors(text, dt.date(2026, 3, 3))]
    assert "IGOUNO" not in codes
    # the UN's council keeps its name
    un = "NEW YORK, March 3 - The Security Council met on Tuesday to discuss the crisis."
    assert "IGOUNO" in [code for _, code in kept_actors(un, dt.date(2026, 3, 3))]


def test_a_national_security_council_spokesman_gives_no_un_event() -> None:
    events = coded_events(
        "WASHINGTON, March 3 - Estonia expelled two Russian diplomats on Tuesday. "
        '"We stand with our ally Estonia," a spokesman for the National Security Council said.',
        "2026-03-03",
    )
    assert not any(e[1].startswith("IGOUNO") for e in events)


def test_asking_that_ones_name_be_withheld_is_no_request() -> None:
    events = coded_events(
        "DUSHANBE, March 3 - Police fired tear gas at protesters in the town on Tuesday. "
        '"They chased us through the market," a shopkeeper said by telephone, asking that '
        "his name not be used.",
        "2026-03-03",
    )
    assert not any(e[0] == "REQUEST" for e in events)


def test_a_third_state_welcoming_a_treaty_praises_both_its_parties() -> None:
    events = coded_events(
        "LONDON, March 3 - Britain and Ghana signed a treaty on Tuesday settling a "
        "long-running dispute over a research station in Ghana, after two years of talks.\n\n"
        "Britain said the deal protected its scientists. Ghana said the treaty ended an "
        "old grievance.\n\n"
        "Nigeria welcomed the treaty.",
        "2026-03-03",
    )
    support = {e[2][:3] for e in events if e[0] == "SUPPORT" and e[1].startswith("NGA") and e[2]}
    assert support == {"GBR", "GHA"}


def test_two_sides_that_accuse_each_other_as_a_standing_stance_code_no_accusation() -> None:
    events = coded_events(
        "NIAMEY, March 3 - Niger reopened its border with Benin on Tuesday after a "
        "year-long closure.\n\n"
        "The two governments accuse each other of harbouring armed groups, charges both "
        "deny.",
        "2026-03-03",
    )
    assert not any(e[0] == "ACCUSE" for e in events)


def test_two_sides_accusing_each_other_on_a_given_day_still_accuse() -> None:
    events = coded_events(
        "NIAMEY, March 3 - Niger and Benin accused each other on Tuesday of harbouring "
        "armed groups after an attack on a border post.",
        "2026-03-03",
    )
    assert any(e[0] == "ACCUSE" and e[1].startswith("NER") for e in events)


def test_troops_surrounding_a_hijacked_train_restrict_movement() -> None:
    events = coded_events(
        "QUETTA, March 3 - Gunmen hijacked a passenger train in Pakistan's Balochistan "
        "province on Tuesday and took dozens of passengers hostage, officials said.\n\n"
        "Pakistani troops surrounded the train overnight, two security officials said.",
        "2026-03-03",
    )
    assert any(e[0] == "COERCE" and e[1].startswith("PAK") for e in events)
