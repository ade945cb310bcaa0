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
