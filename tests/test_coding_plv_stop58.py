"""The rule coder, stop 58: recall gaps seen on PLV's tune part, on sentences written for
these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2020-09-10")


def _types(text: str) -> set[str]:
    return {e[0] for e in _events(text)}


def test_an_agentless_arrest_in_a_country_is_that_countrys_act() -> None:
    text = "A French aid worker was arrested in Mali on Tuesday for spying."
    assert ("COERCE", "MLI", "FRANGO") in _events(text)
    text = "Two Kenyan journalists were detained on Monday in Somalia."
    assert ("COERCE", "SOM", "KENMED") in _events(text)


def test_an_agentless_arrest_with_no_place_has_no_source() -> None:
    assert _types("Three Kenyan journalists were detained in connection with the riots.") == set()
    assert _types("A French aid worker was arrested on Tuesday.") == set()


def test_support_received_from_someone_is_the_givers_act() -> None:
    text = "The Nigerian army has received logistical and financial support from the U.S. military."
    assert ("AID", "USAMIL", "NGAMIL") in _events(text)
    text = "The Venezuelan opposition received strong support from Washington on Monday."
    assert ("SUPPORT", "USAGOV", "VENOPP") in _events(text)


def test_support_received_from_no_one_is_no_event() -> None:
    assert _types("The proposal received wide support in the Kenyan parliament.") == set()


def test_refusing_to_answer_someones_request_rejects_them() -> None:
    text = "The Kenyan government refused to respond to a request from Somalia for more troops."
    assert ("REJECT", "KENGOV", "SOM") in _events(text)
    text = "Iran's foreign ministry declined to answer a demand from the IAEA for access."
    assert ("REJECT", "IRNGOV", "IGOIAE") in _events(text)


def test_refusing_to_answer_questions_rejects_no_one() -> None:
    assert _types("The Kenyan government refused to respond to questions from Reuters.") == set()
    assert _types("The Kenyan government declined to respond to the request.") == set()


def test_providing_relief_materials_is_aid() -> None:
    text = "The Japanese government provided shelter materials to 20,000 families in Pakistan."
    assert ("AID", "JPNGOV", "PAKCVL") in _events(text)
    text = "The Red Cross provided hygiene kits to displaced families in Mosul."
    assert "AID" in _types(text)


def test_providing_materials_to_no_actor_is_no_aid() -> None:
    assert _types("The Kenyan ministry provided the materials on Friday.") == set()


def test_a_call_made_to_thank_or_congratulate_is_praise_too() -> None:
    text = "Senegal's president telephoned Ghana's president on Monday to thank him for his help."
    assert ("SUPPORT", "SENGOV", "GHAGOV") in _events(text)
    assert ("CONSULT", "SENGOV", "GHAGOV") in _events(text)
    text = "Kenya's president called Ghana's president on Sunday to congratulate him on his win."
    assert ("SUPPORT", "KENGOV", "GHAGOV") in _events(text)


def test_a_call_asking_someone_to_thank_others_is_no_praise() -> None:
    text = "Kenya's president called on Ghana's president to thank the mediators."
    assert "SUPPORT" not in _types(text)
    assert "SUPPORT" not in _types("Kenya's president plans to call Ghana's president.")


def test_withholding_permission_refuses_it() -> None:
    text = "The Kenyan government did not give permission to the opposition for the rally."
    assert ("REJECT", "KENGOV", "KENOPP") in _events(text)
    text = "Kenya has not granted the Ugandan delegation permission to land."
    assert "REJECT" in _types(text)


def test_other_past_negations_are_still_no_refusal() -> None:
    assert _types("The Kenyan government did not withdraw its troops from Somalia.") == set()
    text = "The Kenyan government might not give permission to the opposition."
    assert "REJECT" not in _types(text)


def test_an_apology_made_on_a_call_is_to_the_one_called() -> None:
    text = "Kenya's president called Ghana's president on Sunday to apologise for the remarks."
    assert ("SUPPORT", "KENGOV", "GHAGOV") in _events(text)
    # an apology with no call is to no one named
    text = "Kenya's president apologised on Sunday for the remarks."
    assert ("SUPPORT", "KENGOV", "GHAGOV") not in _events(text)
