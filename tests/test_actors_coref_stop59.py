"""Pronoun and possessive coreference found wrong in the stop-59 actor round, on
sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors

pytestmark = pytest.mark.model

_DAY = dt.date(2024, 5, 14)


def _codes(text: str, actor: str) -> list[str]:
    return [code for t, code in kept_actors(text, _DAY) if t == actor]


def test_possessive_climbs_past_a_noun_with_a_clause() -> None:
    # "had no right to expel its ambassador": the clause on "right" hangs on "had", whose
    # subject is plural; "its" is Nairobi's, the one who said so, not the Malian army's
    text = (
        "Mali's junta ordered the Kenyan ambassador out within three days, and Nairobi "
        "said the soldiers of the Malian army had no right to expel its ambassador."
    )
    assert _codes(text, "its ambassador") == ["KENGOV"]


def test_possessive_in_its_own_clause_is_unchanged() -> None:
    # (negative) the subject of the pronoun's own clause still comes first
    text = "Ugandan officials met Kenyan envoys, and Uganda said its troops would stay."
    assert _codes(text, "its troops") == ["UGAMIL"]


def test_possessive_pronoun_before_a_plain_noun_is_its_owner() -> None:
    # "surrounded his home", "quit her coalition": the pronoun is the person whose they are
    text = (
        "Ugandan opposition leader Bobi Wine said on Monday that soldiers had surrounded his home."
    )
    assert ("his", "UGAOPP") in kept_actors(text, _DAY)
    # (negative) a farm is a venue; "its" and "their" before a plain noun stay unread
    text = "Zambian police arrested opposition leader Hakainde Hichilema at his farm on Friday."
    assert "his" not in [t for t, _ in kept_actors(text, _DAY)]
    text = "Rebels of the M23 agreed to hand their weapons to the army."
    assert "their" not in [t for t, _ in kept_actors(text, _DAY)]


def test_possessive_pronoun_before_a_venue_or_ally_is_no_actor() -> None:
    # (negative) "inside his residence" is where he was held; "its allies" are others
    text = "Soldiers of the presidential guard held President Mohamed Bazoum inside his residence."
    assert "his" not in [t for t, _ in kept_actors(text, _DAY)]
    text = "Germany and its European allies announced new sanctions on Monday."
    assert "its" not in [t for t, _ in kept_actors(text, _DAY)]


def test_her_follows_she_across_sentences() -> None:
    # "she" named the prime minister; a general named after her is no "her"
    text = (
        "Prime Minister Sheikh Hasina said on Sunday that she had sacked a senior army "
        "general over the crackdown. The Jatiya Party quit her alliance on Monday."
    )
    assert ("her", "BGDGOV") in kept_actors(text, _DAY)


def test_her_in_a_clause_with_its_own_subject_is_that_subject() -> None:
    # (negative) the "she" chain does not beat the subject of her own clause
    text = (
        "Prime Minister Sheikh Hasina said she would hold the vote in January. "
        "Opposition leader Khaleda Zia said her party would boycott it."
    )
    assert ("her party", "BGDOPP") in kept_actors(text, _DAY)


def test_the_chamber_is_the_legislature_named_before() -> None:
    text = (
        "Kenya's Senate voted on Tuesday to remove the deputy president, and Speaker "
        "Amason Kingi said the chamber would sit again on Friday."
    )
    assert ("chamber", "KENLEG") in kept_actors(text, _DAY)


def test_a_chamber_with_no_legislature_before_is_no_actor() -> None:
    # (negative) a room is no house of parliament
    text = "Kenyan police said the explosives were stored in the chamber below the mosque."
    assert "chamber" not in [t for t, _ in kept_actors(text, _DAY)]
