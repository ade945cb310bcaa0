"""Coder, stop 61: who acts and at whom in whole articles (issue #3)."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-03-03")


_FLOODS = (
    "LIMA, Peru, March 3 — Argentina and Ecuador sent rescue teams to northern Peru on "
    "Tuesday after the government in Lima declared an emergency over floods that have "
    "killed 40 people.\n\n"
    "Peruvian President Jose Jeri thanked the Argentine government for its help.\n\n"
    "The government also asked the World Bank for emergency loans, the finance ministry "
    "said.\n\n"
    "Opposition lawmakers accused the government of reacting too slowly."
)


def test_the_government_is_the_storys_own_after_a_foreign_one_is_named() -> None:
    events = _events(_FLOODS)
    assert ("REQUEST", "PERGOV", "IGOWBK") in events
    assert ("ACCUSE", "PEROPP", "PERGOV") in events
    assert not any("ARGGOV" in (e[1], e[2]) and e[0] != "SUPPORT" for e in events)


def test_the_minister_is_still_the_last_one_named_so() -> None:
    # a role word that is no whole state keeps the last holder of the same word
    text = (
        "LIMA, Peru, March 3 — Peru's foreign minister met Chile's foreign minister in "
        "Santiago on Tuesday.\n\n"
        "Peru's prime minister later praised Brazil's environment minister.\n\n"
        "The minister urged Bolivia to join a regional water pact."
    )
    assert any(e[0] == "REQUEST" and e[1] == "BRAGOV" for e in _events(text))


def test_police_blocking_a_road_restrict_movement_protesters_blocking_one_protest() -> None:
    events = _events(
        "ACCRA, June 3 — Ghanaian police blocked the main road to parliament with lorries on "
        "Tuesday.\n\nFarmers blocked the highway near Kumasi for three hours to demand higher "
        "cocoa prices."
    )
    assert ("COERCE", "GHACOP", "GHA") in events
    assert ("PROTEST", "GHACVL", "GHAGOV") in events
    assert not any(e[0] == "PROTEST" and e[1] == "GHACOP" for e in events)


def test_praise_of_one_countrys_talks_passes_over_their_host() -> None:
    events = _events(
        "PANAMA CITY, May 4 — Delegates of Nicaragua's government and the opposition Civic "
        "Alliance met on Monday for their first talks in three years.\n\n"
        "The two delegations agreed to meet again in June and to set up a commission on "
        "political prisoners.\n\n"
        "Panamanian President Jose Raul Mulino, who hosted the delegations at his residence, "
        "said the region wanted peace.\n\n"
        "Costa Rica and Honduras welcomed the resumption of talks."
    )
    assert ("SUPPORT", "CRI", "NIC") in events
    assert ("SUPPORT", "HND", "NIC") in events


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Kenya deported three Ethiopian activists it accuses of plotting attacks.",
            ("ACCUSE", "KEN", "ETHOPP"),
        ),
        (
            "Austria froze the assets of four Russian firms and two men it accuses of "
            "helping Moscow evade sanctions.",
            ("ACCUSE", "AUT", "RUSBUS"),
        ),
    ],
)
def test_a_relative_clause_acts_on_the_noun_it_hangs_on(
    text: str, event: tuple[str, str, str]
) -> None:
    assert event in _events(text)


def test_a_relative_clause_with_its_own_object_keeps_it() -> None:
    events = _events("Kenya deported three Ethiopian activists who had criticised Uganda.")
    assert not any(e[0] == "ACCUSE" and e[2] == "ETHOPP" for e in events)


def test_praise_of_the_decision_the_story_leads_with_told_further_down() -> None:
    events = _events(
        "OSLO, May 8 — Norway on Friday expelled two Russian diplomats it said had worked as "
        "intelligence officers.\n\n"
        "The foreign ministry gave the two men a week to leave the country.\n\n"
        "Russia's embassy called the step unfounded.\n\n"
        "Moscow's foreign ministry summoned Norway's charge d'affaires.\n\n"
        "The embassy said the two diplomats had broken no laws.\n\n"
        "Lithuania welcomed the decision."
    )
    assert ("SUPPORT", "LTU", "NOR") in events


def test_a_labour_congress_is_a_union_federation_not_the_us_congress() -> None:
    events = _events(
        "ACCRA, June 3 — The United States embassy urged calm after Ghanaian police fired "
        "tear gas at teachers on Tuesday.\n\n"
        "The Ghana Trades Union Congress (TUC), the country's main union federation, "
        "condemned the violence and demanded the release of 30 detained teachers."
    )
    assert any(e[0] == "ACCUSE" and e[1] == "GHACVL" for e in events)
    assert not any(e[1] == "USALEG" for e in events)
