"""Coder, stop 63: events in whole articles (issue #3)."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-05-04")


def test_a_deployment_the_other_side_only_objects_to_faces_no_one() -> None:
    events = _events(
        "MANILA, May 4 — The Philippines accused China on Monday of ramming a supply boat "
        "near a disputed shoal. China denied it, and the Philippines said China was to "
        "blame.\n\n"
        "The Philippines deployed an anti-ship missile battery to Batanes, its northernmost "
        "province, on Tuesday, a move China called provocative."
    )
    moved = {e for e in events if e[0] == "MOBILIZE" and e[1].startswith("PHL")}
    assert moved and all(e[2] is None for e in moved), events


def test_an_offer_of_talks_by_one_side_of_a_two_country_story_is_made_to_the_other() -> None:
    events = _events(
        "ATHENS, June 11 — Greece accused Turkey on Wednesday of violating its airspace. "
        "Turkey denied it, and Greece said Turkey was to blame.\n\n"
        "A Turkish diplomatic source said Ankara remained open to dialogue on the dispute."
    )
    offers = {e for e in events if e[0] == "AGREE" and e[1].startswith("TUR")}
    assert offers and all((e[2] or "")[:3] == "GRC" for e in offers), events
