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

