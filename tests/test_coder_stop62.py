"""Coder, stop 62: events in whole articles, held out of the tuning (issue #3)."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-03-03")


def test_an_offer_to_host_talks_between_two_neighbours_is_the_mediators_intent() -> None:
    events = _events(
        "DAKAR, March 3 — Senegal protested to Mauritania on Tuesday after Mauritanian "
        "coast guards seized three Senegalese fishing boats. Mauritania said the boats had "
        "been fishing without licences in Mauritanian waters.\n\n"
        "Gambia's foreign minister offered on Wednesday to host talks between the two "
        "neighbours in Banjul, seat of a regional fisheries commission.\n\n"
        "Senegal said it would study the offer."
    )
    assert ("AGREE", "GMBGOV", "SEN") in events or ("AGREE", "GMBGOV", "SENGOV") in events
    assert any(e[0] == "AGREE" and e[1] == "GMBGOV" and e[2] and e[2][:3] == "MRT" for e in events)
    # the talks are only offered: the two neighbours have not met
    pair = {"SEN", "MRT"}
    assert not any(e[0] == "CONSULT" and {e[1][:3], (e[2] or "")[:3]} == pair for e in events)


def test_two_states_expelling_a_count_of_each_others_diplomats_sanction_each_other() -> None:
    events = _events(
        "BAKU, March 3 — Azerbaijan and Iran expelled four of each other's diplomats, "
        "including both countries' military attaches, in a row over a border incident."
    )
    assert {e[:2] for e in events if e[0] == "SANCTION"} >= {
        ("SANCTION", "AZE"),
        ("SANCTION", "IRN"),
    }
    assert any(
        e[0] == "SANCTION" and e[1][:3] == "AZE" and (e[2] or "")[:3] == "IRN" for e in events
    )
    assert any(
        e[0] == "SANCTION" and e[1][:3] == "IRN" and (e[2] or "")[:3] == "AZE" for e in events
    )
    assert not any(e[0] == "COERCE" for e in events)  # diplomats, not people expelled
