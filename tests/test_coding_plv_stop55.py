"""The rule coder, stop 55: recall and type gaps seen on PLV's tune part, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2020-09-10")


def _cameos(text: str) -> set[str]:
    from flashpoint.pipeline import annotate

    return {e["cameo"] for e in annotate(text, published="2020-09-10").to_json()["events"]}


def test_peacekeepers_deployed_by_no_one_named_are_their_own_sides_aid() -> None:
    assert _events("About 300 Kenyan peacekeepers were deployed to Haiti on Monday.") == {
        ("AID", "KENMIL", "HTI")
    }
    text = "Some 1,500 Zambian soldiers were deployed as peacekeeping troops in Mozambique."
    assert {e[0] for e in _events(text)} == {"AID"}
    # troops (not peacekeepers) sent are a mobilisation; peacekeepers stationed there are
    # a standing state, no act
    assert _events("Zambian troops were deployed to the Congolese border on Monday.") == {
        ("MOBILIZE", "ZMBMIL", "COD")
    }
    assert _events("Some 12,000 Kenyan peacekeepers are deployed in Haiti.") == set()


def test_reinforcing_a_commitment_mobilises_no_one() -> None:
    text = "Norway has reinforced its commitment to Sudanese refugees with a new grant."
    assert not any(e[0] == "MOBILIZE" for e in _events(text))
    assert _events("Chad reinforced its troops along the Sudanese border on Friday.") == {
        ("MOBILIZE", "TCD", "SDN")
    }


def test_let_free_with_the_adjective_on_the_object_is_a_release() -> None:
    text = "Egypt let free dozens of activists on Sunday."
    assert _events(text) == {("RETREAT", "EGY", "EGYOPP")}
    assert _cameos("Bahrain let free jailed activists after a royal pardon.") == {"0841"}
    # letting people do something else frees no one
    assert _events("Bahrain let foreign journalists enter the country.") == set()


def test_ending_mediation_efforts_halts_mediation() -> None:
    text = "Qatar ended its mediation efforts between Israel and Hamas on Saturday."
    assert _events(text) == {("SANCTION", "QAT", "ISR"), ("SANCTION", "QAT", "PSEREB")}
    assert _cameos(text) == {"165"}
    # the effort launched is the mediation itself
    assert _cameos("Qatar launched a mediation effort between Israel and Hamas.") == {"045"}


def test_expelled_from_a_state_with_no_agent_is_that_states_act() -> None:
    text = "Four Swedish diplomats were expelled from Iran on Thursday."
    assert _events(text) == {("SANCTION", "IRN", "SWEGOV")}
    text = "Hundreds of Afghan migrants were deported from Pakistan last week."
    assert ("COERCE", "PAK", "AFGCVL") in _events(text)
    # a party or a school is no state
    assert _events("The Kenyan lawmaker was expelled from the ruling party.") == set()


def test_an_announced_intent_is_the_intent() -> None:
    text = "The Kenyan opposition leader said he would seek peace with the Tanzanian government."
    assert _events(text) == {("AGREE", "KENOPP", "TZAGOV")}
    assert _cameos("Norway will offer aid to Sudan.") == {"033"}
    # an announced act with no intent code stays uncoded
    assert _events("Chile will criticise Peru's president.") == set()


def test_a_loan_guarantee_is_financial_aid() -> None:
    text = "Japan provided a $500 million loan guarantee to Sri Lanka on Monday."
    assert _cameos(text) == {"071"}
    text = "Japan is ready to provide a $500 million loan guarantee to Sri Lanka."
    assert _events(text) == {("AGREE", "JPN", "LKA")}
    # a security guarantee is no money
    assert _events("Britain gave security guarantees to Moldova.") == set()


def test_a_pejorative_name_after_an_object_read_as_a_name_is_criticism() -> None:
    text = (
        "Brazil's president on Monday called Argentina's foreign minister to the United "
        "Nations a liar as the row over trade deepened."
    )
    assert _events(text) == {("ACCUSE", "BRAGOV", "ARGGOV")}
    text = (
        "The Brazilian president on Monday called Argentina's ambassador to the United "
        "Nations a stupid man as the row over trade deepened."
    )
    assert _events(text) == {("ACCUSE", "BRAGOV", "ARGGOV")}
    # a friendly name is neither criticism nor a phone call
    text = "Brazil's president on Monday called Argentina's foreign minister a good friend."
    assert _events(text) == set()
