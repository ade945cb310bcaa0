"""The rule coder, stop 54: recall gaps seen on PLV's tune part, on sentences written for
these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2020-09-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US-led coalition bombed Islamic State positions in Syria on Monday.",
            ("ASSAULT", "USA", "SYRREB"),
        ),
        (
            "The Saudi-led coalition has declared a two-week truce in Yemen.",
            ("RETREAT", "SAU", None),
        ),
        ("A Saudi-led air strike hit a market in northern Yemen.", ("ASSAULT", "SAU", "YEM")),
    ],
)
def test_what_a_country_leads_acts_for_it(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _events(text)


def test_backed_is_not_led() -> None:
    # "Russia-backed" forces are not Russia's own
    assert not any(
        src == "RUS" for _, src, _ in _events("Russia-backed militias shelled Mariupol on Sunday.")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Commission granted the Italian government permission to recapitalise"
            " the airline.",
            ("CONCEDE", "IGOEEC", "ITAGOV"),
        ),
        (
            "Islamabad gave the Pentagon permission to fly over Pakistani territory.",
            ("CONCEDE", "PAKGOV", "USAGOV"),
        ),
        (
            "Indonesian President Joko Widodo attended a summit of the Association of Southeast"
            " Asian Nations in Hanoi.",
            ("CONSULT", "IDNGOV", "IGOASN"),
        ),
    ],
)
def test_permission_granted_and_meetings_attended(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _events(text)


def test_a_permit_or_a_concert_attended_is_no_event() -> None:
    assert _events("The French president attended a concert in Vienna on Sunday.") == set()
    assert not any(
        kind == "CONCEDE"
        for kind, _, _ in _events("Egypt's government gave farmers more water this year.")
    )


def test_experts_sent_abroad_to_investigate_are_an_inquiry() -> None:
    text = "Norway sent a team of forensic experts to Lebanon to investigate the blast."
    assert ("ACCUSE", "NOR", "LBN") in _events(text)
    text = "Washington dispatched FBI agents to Tanzania to help investigate the bombing."
    assert ("ACCUSE", "USAGOV", "TZA") in _events(text)


def test_experts_sent_to_treat_the_wounded_are_no_inquiry() -> None:
    text = "Norway sent a team of surgeons to Lebanon to treat the wounded."
    assert not any(kind == "ACCUSE" for kind, _, _ in _events(text))


def test_a_stolen_portrait_returned_is_property_returned() -> None:
    text = "The United States returned a stolen portrait of a Dutch merchant to the Netherlands."
    assert any(kind == "RETREAT" and src == "USA" for kind, src, _ in _events(text))
    assert _events("The American ambassador returned the book to the library.") == set()
