"""The rule coder, stop 58: misses and false events seen on the eighth to twelfth gold
batches (dev8..dev12), on sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-03-10")


def _kinds(text: str) -> set[str]:
    return {kind for kind, _, _ in _events(text)}


def test_checkpoints_set_up_are_a_show_of_force_with_no_target() -> None:
    text = "Malian soldiers set up checkpoints on the main road into Gao on Monday, residents said."
    assert _events(text) == {("MOBILIZE", "MLIMIL", None)}
    text = "Kenyan police erected roadblocks around Nairobi's central business district."
    assert _events(text) == {("MOBILIZE", "KENCOP", None)}
    # a cordon thrown around a building still hems in whoever is inside
    text = "Riot police set up a cordon around the Georgian parliament."
    assert "MOBILIZE" not in _kinds(text)
    assert "COERCE" in _kinds(text)


def test_a_resolve_not_to_allow_a_hostile_act_is_a_threat() -> None:
    text = (
        '"We will not allow anyone to threaten the peace of this country," Fiji Prime'
        " Minister Sitiveni Rabuka said."
    )
    assert ("THREATEN", "FJIGOV", None) in _events(text)
    text = (
        "Paraguayan President Santiago Pena said his government would never allow private"
        " property to be invaded."
    )
    assert ("THREATEN", "PRYGOV", None) in _events(text)


def test_a_resolve_not_to_allow_a_mere_change_or_a_past_refusal_is_no_threat() -> None:
    text = "Peruvian President Jose Jeri said the government would not allow fuel prices to rise."
    assert "THREATEN" not in _kinds(text)
    text = "The Romanian government did not allow the port to be shut."
    assert "THREATEN" not in _kinds(text)


def test_a_protest_note_handed_to_an_envoy_is_an_accusation() -> None:
    text = (
        "Latvian Foreign Minister Baiba Braze said Riga had handed the Russian diplomat a"
        " protest note."
    )
    assert ("ACCUSE", "LVAGOV", "RUSGOV") in _events(text)
    # documents handed over are no protest
    text = "Latvian officials handed Russian investigators documents on the crash."
    assert "ACCUSE" not in _kinds(text)


def test_talks_by_telephone_find_the_partner_hung_on_the_means() -> None:
    text = (
        "Zambian President Hakainde Hichilema spoke by telephone with Congo's President"
        " Felix Tshisekedi on Tuesday evening."
    )
    events = _events(text)
    assert ("CONSULT", "ZMBGOV", "CODGOV") in events
    assert ("CONSULT", "CODGOV", "ZMBGOV") in events
    # a call with no partner named is no consultation
    assert "CONSULT" not in _kinds("Kenyan President William Ruto spoke by telephone on Monday.")


def test_the_national_church_offering_mediation_is_an_actor_of_the_dateline_country() -> None:
    text = (
        "PANAMA CITY, Dec 3 — The Catholic Church offered on Monday to mediate between the"
        " unions and the government."
    )
    assert ("AGREE", "PANCVL", "PANGOV") in _events(text)
    text = (
        "ASUNCION, June 3 — The Catholic bishops' conference offered to mediate between the"
        " farmers and the government."
    )
    assert ("AGREE", "PRYCVL", "PRYGOV") in _events(text)
    # a church that is only the place of an attack does not mediate or act
    text = "ABUJA, June 3 — Gunmen attacked a church in Kaduna state on Sunday."
    assert not {e for e in _events(text) if e[1].endswith("CVL")}
