"""The rule coder, stop 57: misses seen on the fusion gold (dev7), on sentences written
for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-01-27")


def _kinds(text: str) -> set[str]:
    return {kind for kind, _, _ in _events(text)}


def test_troops_sent_with_vehicles_to_a_home_province_are_a_deployment() -> None:
    # the object's head word picks the row, not a conjunct ("vehicles" are a shipment)
    text = (
        "Kenya's armed forces sent some 1,500 troops and armoured vehicles to the northern "
        "county of Mandera on Monday amid a dispute with Somalia."
    )
    assert _kinds(text) == {"MOBILIZE"}
    # weapons named first are still a shipment
    text = "Kenya sent rifles and troops to Somalia on Monday."
    assert "AID" in _kinds(text)


def test_troops_sent_to_help_go_as_aid_to_where_they_were_sent() -> None:
    text = "Kenya sent 500 troops to Somalia on Monday to help fight al-Shabaab."
    assert ("AID", "KEN", "SOM") in _events(text)
    # troops only promised are a promise, not aid
    text = "Kenya said it would send 50 soldiers to help keep order in the towns of Somalia."
    assert "AID" not in _kinds(text) and "AGREE" in _kinds(text)


def _dates(text: str) -> list[tuple[str, str | None, str | None]]:
    from flashpoint import annotate

    out = annotate(text, published="2026-01-22").to_json()  # a Thursday
    return [(e["plover"], e["date"], e["date_source"]) for e in out["events"]]


def test_a_measure_announced_on_a_day_is_dated_by_its_announcement() -> None:
    text = (
        "Peru's government announced its own tariff late on Tuesday in a post on social "
        "media, saying Chilean imports would face a 20% levy."
    )
    assert _dates(text) == [("SANCTION", "2026-01-20", "text")]
    # a measure with no day told keeps the publication date
    text = "Peru's government announced its own tariff in a post on social media."
    assert _dates(text) == [("SANCTION", "2026-01-22", "published")]
