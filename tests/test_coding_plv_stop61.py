"""The rule coder, stop 61: general lexicon gaps behind PLV's uncoded sentences (orders,
funding, loans, refugees hosted or resettled, lobbying, cancelled deals; hackers and MEPs
as actors), on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2020-09-10")


def _types(text: str) -> set[str]:
    return {e[0] for e in _events(text)}


def test_ordering_someone_to_act_is_a_demand() -> None:
    text = "Thai police ordered opposition leader Abhisit Vejjajiva to appear for questioning."
    assert ("REQUEST", "THACOP", "THAOPP") in _events(text)
    text = "The Venezuelan government ordered the newspaper El Nacional to suspend publication."
    assert ("REQUEST", "VENGOV", "VENMED") in _events(text)


def test_a_state_ordering_its_own_organs_is_no_demand() -> None:
    # (negative) a leader's order to his army, a court's to its government: no demand
    # between actors (the ordered act, if any, is coded on its own)
    text = "Colombian President Gustavo Petro ordered the army to send more troops to Cauca."
    assert "REQUEST" not in _types(text)
    text = "A Ghanaian court ordered the Ghanaian government to pay the journalists."
    assert "REQUEST" not in _types(text)
    # a court abroad ordering a country is
    text = "The International Court of Justice ordered Venezuela to refrain from any action."
    assert ("REQUEST", "IGOUNO", "VEN") in _events(text)


def test_ordering_a_thing_is_no_demand() -> None:
    # (negative) an inquiry or a report ordered asks nothing of an actor
    assert "REQUEST" not in _types("The Iranian president ordered an investigation into the crash.")
    assert "REQUEST" not in _types("The Kenyan health ministry ordered a review of the tenders.")


def test_funding_and_financing_an_actor_is_economic_aid() -> None:
    assert ("AID", "SAU", "SYRREB") in _events("Saudi Arabia funds Syrian rebels.")
    assert ("AID", "QAT", "PSEREB") in _events("Qatar is financing Hamas, Israeli officials said.")
    # (negative) a project funded is no actor aided
    assert "AID" not in _types("Saudi Arabia funds the new stadium.")


def test_funding_and_loans_as_nouns() -> None:
    assert ("AID", "DEU", "UKR") in _events("German funding to Ukraine rose sharply last year.")
    assert ("AID", "JPN", "KEN") in _events("Japan's loan to Kenya was signed on Monday.")


def test_bailing_out_a_country_is_economic_aid() -> None:
    assert ("AID", "IGOEEC", "GRC") in _events("The European Union bailed out Greece in 2010.")


def test_hosting_refugees_is_asylum() -> None:
    assert ("AID", "TUR", "SYRREF") in _events("Turkey hosts 3.6 million Syrian refugees.")


def test_lobbying_a_government_is_an_appeal() -> None:
    text = "Israel lobbied Washington to block the sale of jets to Qatar."
    assert ("REQUEST", "ISR", "USAGOV") in _events(text)


def test_cancelling_a_deal_with_a_country_cuts_relations() -> None:
    text = "The Turkish president cancelled a gas deal with Greece on Friday."
    assert ("SANCTION", "TURGOV", "GRC") in _events(text)


def test_hackers_and_meps_with_a_nationality_are_actors() -> None:
    assert ("ASSAULT", "CHNSPY", "INDGOV") in _events(
        "Chinese hackers attacked Indian government websites on Monday."
    )
    assert ("ACCUSE", "DEULEG", "HUN") in _events("German MEPs sharply criticised Hungary.")


def test_an_order_given_in_passing_by_a_ruling_is_no_demand() -> None:
    # (negative) the participle adds the ruling's terms; the ruling is the act
    text = "The court ruled that the Danish firm was liable, ordering it to pay damages."
    assert "REQUEST" not in _types(text)


def test_instructing_and_begging_an_actor() -> None:
    text = "The Thai government instructed the newspaper Matichon to remove the article."
    assert ("REQUEST", "THAGOV", "THAMED") in _events(text)
    assert ("REQUEST", "UKR", "DEU") in _events("Ukraine begged Germany for tanks.")


def test_equipping_a_force_is_military_aid() -> None:
    text = "Russia equipped Syrian government forces with tanks and artillery."
    assert ("AID", "RUS", "SYRMIL") in _events(text)


def test_resettling_refugees_is_asylum() -> None:
    text = "Canada resettled 25,000 Syrian refugees last year."
    assert ("AID", "CAN", "SYRREF") in _events(text)


def test_relief_and_grants_to_an_actor_are_aid() -> None:
    assert ("AID", "CHN", "NPL") in _events("Chinese relief to Nepal arrived on Monday.")
    assert ("AID", "JPN", "LKA") in _events("A Japanese grant to Sri Lanka will pay for the port.")


def test_a_murder_is_an_assault() -> None:
    assert ("ASSAULT", "SAU", "SAUMED") in _events(
        "The Saudi murder of journalist Jamal Khashoggi shocked the world."
    )
