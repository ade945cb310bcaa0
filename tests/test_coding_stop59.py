"""The rule coder, stop 59: misses and false events seen on the eighth to twelfth gold
batches (dev8..dev12), on sentences written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from flashpoint.records import Actor

pytestmark = pytest.mark.model


def _country(actor: Actor) -> str:
    return actor.country or actor.code  # (an IGO has no country: its code stands)


def _told(text: str) -> Counter[tuple[str, str | None, str | None]]:
    """Count the mentions coded in ``text`` by PLOVER type and source and target country."""
    from flashpoint.pipeline import annotate

    ann = annotate(text, published="2026-05-04")
    return Counter(
        (str(m.plover), _country(m.source), _country(m.target) if m.target else None)
        for m in ann.mentions
    )


def test_both_sides_of_one_country_are_told_one_request() -> None:
    text = (
        "Sudan's army and the paramilitary Rapid Support Forces fought in Omdurman on Monday. "
        "The Arab League called on both sides to allow aid convoys through."
    )
    assert _told(text)[("REQUEST", "IGOARL", "SDN")] == 1


def test_the_two_sides_of_one_country_signing_a_truce_are_one_truce() -> None:
    text = (
        "Fighting between Sudan's army and the Rapid Support Forces killed dozens in"
        " Omdurman. The two sides signed a truce in Jeddah on Monday."
    )
    assert _told(text)[("RETREAT", "SDN", "SDN")] == 1


def test_two_countries_named_apart_still_each_act() -> None:
    # two parties named apart are no one phrase: both directions stay
    text = "Kenya and Uganda signed a border security pact in Kampala on Monday."
    told = _told(text)
    assert told[("SUPPORT", "KEN", "UGA")] == 1
    assert told[("SUPPORT", "UGA", "KEN")] == 1


def test_a_welcome_of_a_truce_within_one_country_is_aimed_at_that_country() -> None:
    text = (
        "Sudan's army and the Rapid Support Forces signed a truce in Jeddah on Friday. "
        "Egypt welcomed the agreement."
    )
    assert _told(text)[("SUPPORT", "EGY", "SDN")] == 1


def test_a_welcome_of_a_deal_between_two_countries_is_aimed_at_neither() -> None:
    text = "Kenya and Uganda signed a border security pact on Monday. Tanzania welcomed the deal."
    told = _told(text)
    assert told[("SUPPORT", "TZA", None)] == 1
    assert not told[("SUPPORT", "TZA", "KEN")] and not told[("SUPPORT", "TZA", "UGA")]


def test_an_object_pronoun_is_none_of_the_doers() -> None:
    # "it" is the killing, not Togo: Nigeria did not condemn Togo
    text = "Gunmen killed 12 soldiers in northern Benin on Sunday. Nigeria and Togo condemned it."
    told = _told(text)
    assert told[("ACCUSE", "NGA", None)] == 1
    assert not told[("ACCUSE", "NGA", "TGO")]


def test_an_object_pronoun_for_someone_else_stays_the_target() -> None:
    text = "Uganda hosted Kenya's president on Monday and thanked him for his support."
    assert _told(text)[("SUPPORT", "UGA", "KEN")] == 1
