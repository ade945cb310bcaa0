"""The rule coder, stop 60: recall gaps seen on PLV's tune part, on sentences written for
these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2020-09-10")


def _types(text: str) -> set[str]:
    return {e[0] for e in _events(text)}


def test_a_refusal_waits_on_whom_its_until_clause_names() -> None:
    text = "Russia said it will not lift the ban on Polish meat until Warsaw explains the outbreak."
    assert ("REJECT", "RUS", "POLGOV") in _events(text)
    # the doer of a passive "until" clause is its "by" agent
    text = (
        "Kenyan nurses said they will not end the strike until their demands are met "
        "by the Kenyan health ministry."
    )
    assert ("REJECT", "KENCVL", "KENGOV") in _events(text)


def test_a_refusal_with_no_until_clause_keeps_no_target() -> None:
    # (negative) no "until" clause: nobody is named as awaited
    text = "The Kenyan teachers union said it will not end the strike."
    assert all(e[2] is None for e in _events(text) if e[0] == "REJECT")
    # (negative) a realised act ended "until" something happened is no refusal
    text = "Kenyan teachers stayed on strike until the government paid them."
    assert "REJECT" not in _types(text)


def test_an_audit_is_an_investigation() -> None:
    text = "The Organization of American States launched an audit of the Bolivian election."
    assert "ACCUSE" in _types(text)


def test_accepting_demands_by_a_party_yields_to_it() -> None:
    text = "The Kenyan government accepted the demands by striking doctors for higher pay."
    assert ("CONCEDE", "KENGOV", "KENCVL") in _events(text)


def test_lifting_a_travel_ban_to_a_country_eases_toward_it() -> None:
    text = "The United States lifted its travel ban to Lebanon on Monday."
    assert ("CONCEDE", "USA", "LBN") in _events(text)


def test_a_lunch_or_dinner_with_a_leader_is_a_meeting() -> None:
    text = "The Kenyan president had dinner with the Ugandan president on Monday."
    assert ("CONSULT", "KENGOV", "UGAGOV") in _events(text)


def test_a_dinner_of_no_political_actor_is_no_meeting() -> None:
    # (negative) no actor on either side
    assert _types("The couple had dinner with friends in a small restaurant on Monday.") == set()


def test_refusing_talks_with_a_party_rejects_them() -> None:
    text = "The Kenyan opposition refused talks with the government on Tuesday."
    assert "REJECT" in _types(text)


def test_offered_criticism_is_an_accusation_not_an_offer() -> None:
    text = "Kenyan MPs offered sharp criticism of the Ugandan government."
    assert ("ACCUSE", "KENLEG", "UGAGOV") in _events(text)
    assert "AGREE" not in _types(text)


def test_refusing_to_give_is_aimed_at_who_would_have_been_given() -> None:
    text = "Iraq has refused to give the US military any information on the sites."
    assert ("REJECT", "IRQ", "USAMIL") in _events(text)
    text = "Egypt refused to provide the UN inspectors with the documents."
    assert any(e[0] == "REJECT" and e[1] == "EGY" and e[2] for e in _events(text))


def test_refusing_to_let_is_aimed_at_who_would_have_been_let() -> None:
    text = "Uganda refused to allow Kenyan troops to enter its territory."
    assert ("REJECT", "UGA", "KENMIL") in _events(text)
    text = "Egypt refused to let Israeli diplomats enter Cairo."
    assert any(e[0] == "REJECT" and e[1] == "EGY" and e[2] for e in _events(text))


def test_refusing_the_press_details_is_still_no_event() -> None:
    # (negative) reporters are not refused anything political
    assert _types("The Kenyan ministry declined to give reporters any details.") == set()


def test_a_concession_decided_is_the_concession() -> None:
    text = "The Kenyan government decided to release 200 political prisoners on Monday."
    assert "RETREAT" in _types(text)
    assert "AGREE" not in _types(text)
    text = "The Egyptian presidency has decided to ease curfew hours in North Sinai."
    assert "RETREAT" in _types(text)


def test_a_concession_still_to_be_decided_is_an_intent() -> None:
    # (negative) a decision to come stays an intent; a decision not to yield yields nothing
    assert "RETREAT" not in _types("The Kenyan government may decide to lift the curfew soon.")
    assert "RETREAT" not in _types("The Kenyan government decided not to lift the curfew.")
