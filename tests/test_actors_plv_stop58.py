"""Actor rows added in stop 58 for names seen missing on PLV's tune part (tests on
sentences written for them)."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def test_ogaden_rebels_are_ethiopian_rebels() -> None:
    text = "The Ogaden National Liberation Front accused Ethiopian troops of killing civilians."
    assert ("ACCUSE", "ETHREB", "ETHMIL") in coded_events(text, "2010-05-01")


def test_new_office_holders_are_coded_in_office() -> None:
    text = "President Gerald Ford pardoned Richard Nixon on Sunday."
    assert {e[1] for e in coded_events(text, "1974-09-08")} == {"USAGOV"}
    text = "Gladys Berejiklian criticised China on Monday."
    assert ("ACCUSE", "AUSGOV", "CHN") in coded_events(text, "2020-03-02")
    text = "Michael Somare met Australian Prime Minister John Howard in Canberra."
    assert ("CONSULT", "PNGGOV", "AUSGOV") in coded_events(text, "2005-03-02")


def test_a_bank_of_nova_scotia_is_canadian_business() -> None:
    text = "The Bank of Nova Scotia rejected a request from the U.S. Treasury on Monday."
    assert ("REJECT", "CANBUS", "USAGOV") in coded_events(text, "2015-03-02")


def test_nato_allies_act_as_nato() -> None:
    assert ("ACCUSE", "IGONAT", "RUS") in coded_events(
        "NATO allies condemned Russia on Monday.", "2022-03-01"
    )
    # one named ally is still that state
    assert ("ACCUSE", "POL", "RUS") in coded_events(
        "Poland, a NATO ally, condemned Russia on Monday.", "2022-03-01"
    )


def test_devolved_executives_act_for_their_state() -> None:
    text = "The Catalan government condemned the French court ruling on Monday."
    assert ("ACCUSE", "ESPGOV", "FRAJUD") in coded_events(text, "2019-10-14")
    text = "The Welsh Government criticised the Irish government on Monday."
    assert ("ACCUSE", "GBRGOV", "IRLGOV") in coded_events(text, "2019-10-14")
