"""Coder, stop 66: events in whole articles (issue #3), on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-06-02")


def test_planes_sent_with_rescue_crews_or_as_aid_are_aid_not_a_deployment() -> None:
    events = _events(
        "Kenya said it had sent two cargo planes with search and rescue teams to Malawi "
        "after the floods."
    )
    assert any(e[0] == "AID" and e[1].startswith("KEN") for e in events), events
    assert not any(e[0] == "MOBILIZE" for e in events), events
    events = _events("Norway and Denmark said they were sending aid planes to Malawi.")
    assert not any(e[0] == "MOBILIZE" for e in events), events
    events = _events("Kenya said it had sent a disaster assistance team to Malawi.")
    assert not any(e[0] == "MOBILIZE" for e in events), events
    # troops sent with armoured vehicles remain a deployment
    events = _events("Kenya sent two battalions with armoured vehicles to the Somali border.")
    assert any(e[0] == "MOBILIZE" and e[1].startswith("KEN") for e in events), events


def test_an_announced_defence_is_no_pledge_of_support() -> None:
    events = _events(
        "Ghana's defence minister said on Tuesday that the army would defend every village "
        "along the northern border."
    )
    assert not any(e[0] == "AGREE" for e in events), events
    events = _events("The mining company said it would defend its licence in court.")
    assert not any(e[0] == "AGREE" for e in events), events
    events = _events("Ghana's foreign minister defended Togo's decision to close the border.")
    assert any(e[0] == "SUPPORT" and e[1] == "GHAGOV" for e in events), events


def test_rejecting_an_accusation_is_a_denial_not_a_refusal() -> None:
    events = _events(
        "Rwanda's government on Monday dismissed suggestions that its troops had crossed "
        "into Burundi."
    )
    assert not any(e[0] == "REJECT" for e in events), events
    events = _events("Burundi's foreign ministry rejected the allegations as baseless.")
    assert not any(e[0] == "REJECT" for e in events), events
    events = _events("Burundi's foreign ministry rejected Rwanda's demand for talks.")
    assert any(e[0] == "REJECT" and e[1] == "BDIGOV" for e in events), events


def test_an_accusation_of_unnamed_groups_is_aimed_at_no_one() -> None:
    text = (
        "HARARE, June 2 — Zimbabwe's government banned two opposition rallies in Harare on "
        "Monday. Zimbabwe's information minister said the police had acted lawfully. {}"
    )
    events = _events(text.format("He accused unnamed foreign groups of funding the protests."))
    accuse = [e for e in events if e[0] == "ACCUSE"]
    assert accuse and all(e[2] is None for e in accuse), events
    events = _events(text.format("He accused the opposition of funding the protests."))
    assert any(e[0] == "ACCUSE" and e[2] is not None for e in events), events


def test_a_campaign_rally_is_no_protest() -> None:
    events = _events(
        "The Ghanaian opposition candidate held a campaign rally in Kumasi on Sunday, "
        "his last before the vote."
    )
    assert not any(e[0] == "PROTEST" for e in events), events
    events = _events(
        "Ghanaian opposition supporters held a rally in Accra on Sunday against the "
        "government's fuel tax."
    )
    assert any(e[0] == "PROTEST" for e in events), events
