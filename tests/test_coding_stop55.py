"""The rule coder, stop 55: errors seen on whole articles (events dev8..dev10), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2025-06-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berlin announced a suspension of development aid to Rwanda on Thursday.",
            ("SANCTION", "DEUGOV", "RWA"),
        ),
        (
            "Mali's junta ordered the suspension of diplomatic relations with Ukraine.",
            ("SANCTION", "MLIGOV", "UKR"),
        ),
    ],
)
def test_a_noun_trigger_takes_its_object_after_of(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _events(text)


def test_a_suspension_of_something_else_is_no_sanction() -> None:
    assert _events("The Kenyan government announced a suspension of fuel taxes.") == set()


def test_an_issue_to_be_raised_at_a_summit_to_come_is_no_meeting() -> None:
    text = "Nepal's foreign ministry said it would raise the matter at a regional summit soon."
    assert _events(text) == set()
    # raised with someone, or at a summit already held, it is
    text = "Nepal raised the matter with Indian Prime Minister Narendra Modi on Friday."
    assert ("CONSULT", "NPL", "INDGOV") in _events(text)
    text = "Nepal's prime minister raised the matter during talks with Modi in Delhi on Friday."
    assert ("CONSULT", "NPLGOV", "INDGOV") in _events(text)


def test_what_a_court_orders_others_to_do_is_not_the_courts_act() -> None:
    text = "Zambia's Constitutional Court ordered the police to release the two journalists."
    assert not any(src.endswith("JUD") for _, src, _ in _events(text))
    # what a government orders its own police to do is still its act
    text = "Zambia's president ordered the police to release the two journalists."
    assert ("RETREAT", "ZMBGOV", "ZMBMED") in _events(text)
