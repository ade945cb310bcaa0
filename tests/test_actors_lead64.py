"""Actor cases fixed by the lead in stop 64: a word of a role phrase ("Bar Association") is no
town placing the role; forces acting in a part of their own capital ("sealed off central
Harare") act in their own country, not on another state."""

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


def test_forces_sealing_off_central_harare_are_zimbabwes() -> None:
    # written for this test: an invented lockdown of a capital, with a foreign embassy named
    codes = _codes(
        "HARARE, March 31 (Test Wire) - Heavily armed officers sealed off central Harare on "
        "Monday.\nThe U.S. embassy in Harare urged the government to respect the right to "
        "peaceful protest."
    )
    assert codes["officers"].startswith("ZWE")


def test_a_leader_warning_a_capital_still_warns_the_other_state() -> None:
    codes = _codes(
        "PHNOM PENH, March 31 (Test Wire) - The Thai prime minister warned Phnom Penh on Monday "
        "against moving troops to the border."
    )
    assert codes["Thai prime minister"] == "THAGOV"
    assert codes["Phnom Penh"] == "KHMGOV"


def test_the_three_leaders_are_the_three_named_before() -> None:
    # written for this test: an invented three-country border summit
    text = (
        "DUSHANBE, March 31 (Test Wire) - Emomali Rahmon, Sadyr Japarov and Shavkat "
        "Mirziyoyev signed a border treaty on Monday. The three leaders agreed to meet again "
        "next year."
    )
    leaders = {a.code for a in annotate(text).actors if a.text == "three leaders"}
    assert leaders == {"TJKGOV", "KGZGOV", "UZBGOV"}


def test_three_leaders_with_no_list_of_three_people_are_not_split() -> None:
    text = (
        "DUSHANBE, March 31 (Test Wire) - Tajikistan and Kyrgyzstan signed a border treaty "
        "on Monday. The three leaders agreed to meet again next year."
    )
    leaders = [a.code for a in annotate(text).actors if a.text.endswith("leaders")]
    assert len(leaders) <= 1
