"""A word of a role phrase ("Bar Association", "Coast Guard") is no town that places the role."""

from __future__ import annotations

import pytest

from flashpoint.pipeline import annotate

pytestmark = pytest.mark.model


def _codes(text: str) -> dict[str, str]:
    return {a.text: a.code for a in annotate(text).actors}


def test_the_bar_of_a_bar_association_is_no_town_in_montenegro() -> None:
    # written for this test: an invented lawyers' strike in Tunis
    codes = _codes(
        "TUNIS, April 14 (Test Wire) - The National Bar Association demanded the release of "
        "the lawyer on Monday and called a strike in courts across Tunisia."
    )
    assert codes["Bar Association"] == "TUNCVL"


def test_a_town_before_a_role_still_places_it() -> None:
    codes = _codes("KARACHI, April 14 (Test Wire) - Karachi police arrested two men on Monday.")
    assert codes["police"] == "PAKCOP"
