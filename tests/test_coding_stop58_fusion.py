"""The rule coder, stop 58: misses seen on the fusion gold (dev6, dev7), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-01-30")


def test_a_framing_act_owned_by_its_day_is_a_recap() -> None:
    # "since last Tuesday's detention ... by ...": one recent act, told again
    text = (
        "The border crossing has stayed shut since last Tuesday's detention of four "
        "Ghanaian traders by Togolese police near Aflao."
    )
    assert ("COERCE", "TGOCOP", "GHACVL") in _events(text)
    text = "Talks stalled after Tuesday's arrest of two Nigerian fishermen by Cameroonian police."
    assert ("COERCE", "CMRCOP", "NGACVL") in _events(text)


def test_a_framing_act_with_no_day_stays_background() -> None:
    text = "Talks stalled after the arrest of two Nigerian fishermen by Cameroonian police."
    assert not any(kind == "COERCE" for kind, _, _ in _events(text))


def test_cutting_sales_to_a_country_is_an_embargo() -> None:
    text = (
        "Paraguay closed two border crossings on Monday, three days after Argentina cut "
        "electricity sales to Paraguay."
    )
    assert ("SANCTION", "ARG", "PRY") in _events(text)
    text = "Moscow halted arms sales to Yerevan on Tuesday."
    assert any(kind == "SANCTION" for kind, _, _ in _events(text))
    # sales cut by shops are no act between states
    assert not _events("Bakeries cut sales of bread on Tuesday as flour ran short.")
