"""Actor coding for what the fifth look at the actor layer found (stop 56): first names
that are also capitals or groups, a party owned by the person named before it, a group's
branch in one country, a people named after its state's demonym, the end of a coded
body's name, and a US Congress cue that belongs to another country."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors

pytestmark = pytest.mark.model


def _kept(text: str, day: dt.date = dt.date(2024, 5, 1)) -> list[tuple[str, str]]:
    return kept_actors(text, day)


def _codes(text: str, day: dt.date = dt.date(2024, 5, 1)) -> set[str]:
    return {code for _, code in _kept(text, day)}


def test_a_capital_that_opens_a_persons_name_is_a_first_name() -> None:
    text = (
        "Argentine Foreign Minister Santiago Cafiero said Buenos Aires would not recall its envoy."
    )
    codes = _codes(text, dt.date(2022, 3, 1))
    assert "ARGGOV" in codes
    assert "CHLGOV" not in codes


def test_a_capital_alone_still_speaks_for_its_government() -> None:
    text = "Santiago said on Monday it would recall its ambassador from Lima."
    assert "CHLGOV" in _codes(text, dt.date(2022, 3, 1))


def test_a_group_name_that_opens_a_persons_name_is_a_first_name() -> None:
    text = "Malawi's opposition leader Lazarus Chakwera filed a petition against the result."
    codes = _codes(text, dt.date(2019, 6, 5))
    assert "PRKSPY" not in codes
    assert "MWIOPP" in codes


def test_the_group_its_name_alone_names_is_still_coded() -> None:
    text = "The Lazarus Group stole $600 million from the bridge, the FBI said."
    assert "PRKSPY" in _codes(text, dt.date(2022, 4, 14))


def test_her_party_is_the_party_of_the_leader_named_before() -> None:
    text = (
        "Italy's opposition leader Elly Schlein said her Democratic Party would vote "
        "against the budget."
    )
    kept = _kept(text, dt.date(2024, 10, 20))
    assert ("Democratic Party", "ITAOPP") in kept


def test_his_party_stays_american_for_an_american() -> None:
    text = "Senator Chuck Schumer said his Democratic Party would block the spending bill."
    assert ("Democratic Party", "USAPTY") in _kept(text, dt.date(2023, 9, 20))


def test_a_groups_branch_in_a_country_is_that_countrys_armed_group() -> None:
    text = "Al Qaeda's Yemeni branch said it had fired on government positions near Marib."
    assert ("Al Qaeda's Yemeni branch", "YEMREB") in _kept(text, dt.date(2023, 2, 1))


def test_a_charitys_branch_is_no_armed_group() -> None:
    text = "The Kenyan branch of the Red Cross said 40 people had died in the floods."
    assert "KENREB" not in _codes(text, dt.date(2024, 5, 1))


def test_a_people_named_after_a_states_demonym_is_that_states() -> None:
    text = "Bosnian Croat lawmakers walked out of the parliament in Sarajevo on Thursday."
    codes = _codes(text, dt.date(2025, 3, 6))
    assert "BIHLEG" in codes
    assert "HRVLEG" not in codes


def test_a_people_after_a_states_name_are_its_people() -> None:
    text = "Kosovo Serbs blocked two roads near the border crossing at Jarinje."
    assert ("Kosovo Serbs", "KOSCVL") in _kept(text, dt.date(2022, 12, 12))


def test_coordinated_demonyms_keep_their_own_states() -> None:
    text = "Serbian and Croatian ministers met in Brussels on Tuesday."
    codes = _codes(text, dt.date(2025, 3, 6))
    assert {"SRBGOV", "HRVGOV"} <= codes


def test_the_end_of_a_courts_name_is_no_actor_of_its_own() -> None:
    text = (
        "The ECOWAS Court of Justice ordered Guinea to pay damages to the families of protesters."
    )
    kept = _kept(text, dt.date(2023, 6, 1))
    assert ("ECOWAS Court", "IGOWAS") in kept
    assert not any(t == "Justice" for t, _ in kept)


def test_a_role_after_of_on_a_common_noun_is_still_coded() -> None:
    text = "Nigerian soldiers surrounded the home of former interior minister Musa Danladi."
    assert ("interior minister Musa Danladi", "NGAOPP") in _kept(text, dt.date(2023, 6, 1))


def test_senators_of_another_country_make_no_american_congress() -> None:
    text = (
        "MANILA, Dec 3 — Philippine opposition senators criticised the budget on Tuesday. "
        "Congress approved it on Wednesday."
    )
    assert ("Congress", "PHLLEG") in _kept(text, dt.date(2024, 12, 3))


def test_senators_in_washington_make_the_congress_american() -> None:
    text = (
        "MANILA, Dec 3 — Senators in Washington criticised the aid package on Tuesday. "
        "Congress approved it on Wednesday."
    )
    assert ("Congress", "USALEG") in _kept(text, dt.date(2024, 12, 3))


def test_africa_command_alone_is_the_us_military() -> None:
    text = "Africa Command said it had killed three militants in an air strike in Somalia."
    assert ("Africa Command", "USAMIL") in _kept(text, dt.date(2025, 2, 1))


def _datelined(text: str, day: dt.date) -> list[tuple[str, str]]:
    """Actors as ingest codes them, with the article's text to read its dateline from."""
    from flashpoint.layers.actors import find_actors, without_places
    from flashpoint.layers.places import find_places
    from flashpoint.nlp import load_nlp, mask_datelines

    doc = load_nlp()(mask_datelines(text))
    spans = find_actors(doc, published=day, text=text)
    return [
        (s.actor.text, s.actor.code) for s in without_places(doc, spans, find_places(doc, spans))
    ]


def test_a_dateline_country_the_lede_names_as_a_party_is_the_storys() -> None:
    text = (
        "COLOMBO, May 2 — India and Japan sent tents and medicine to Sri Lanka on Friday "
        "after floods killed 40 people. Indian navy ships docked in the port, and India's "
        "foreign ministry said more aid would follow. The army evacuated residents from "
        "villages along the river."
    )
    assert ("army", "LKAMIL") in _datelined(text, dt.date(2025, 5, 2))


def test_a_lede_that_names_the_dateline_country_as_a_place_keeps_its_subject() -> None:
    text = (
        "LUANDA, July 15 — The Central African Republic's government and a rebel group "
        "signed a peace deal in the Angolan capital on Tuesday. Angola's president hosted "
        "the ceremony. Residents said they hoped the fighting would end."
    )
    assert ("Residents", "CAFCVL") in _datelined(text, dt.date(2025, 7, 15))


def test_a_foreign_force_in_the_lede_leaves_the_story_at_its_dateline() -> None:
    text = (
        "MOGADISHU, May 2 — The U.S. military said it had carried out two air strikes "
        "against al Shabaab fighters near Jilib. Washington has carried out more than 50 "
        "strikes this year, U.S. officials said. The army said soldiers had retaken two "
        "villages."
    )
    assert ("army", "SOMMIL") in _datelined(text, dt.date(2025, 5, 2))


def test_a_states_own_force_at_home_keeps_a_foreign_bureaus_story_its_own() -> None:
    text = (
        "BANGKOK, Feb 6 — Myanmar's military carried out air strikes on a village in the "
        "northwestern Sagaing region on Monday, killing 17 civilians, residents said. "
        "Security forces crushed the protests that followed the coup."
    )
    assert ("Security forces", "MMRCOP") in _datelined(text, dt.date(2024, 2, 6))


def test_a_titled_person_after_in_is_someone_not_somewhere() -> None:
    text = (
        "Scottish lawmakers will vote on Wednesday on a motion of no confidence in First "
        "Minister John Swinney."
    )
    assert ("First Minister John Swinney", "GBRGOV") in _kept(text, dt.date(2024, 6, 3))


def test_a_capital_after_in_is_still_somewhere() -> None:
    text = "Scottish lawmakers met Irish ministers in Dublin on Wednesday."
    assert all(t != "Dublin" for t, _ in _kept(text, dt.date(2024, 6, 3)))


def test_a_countrys_supermarkets_are_its_business() -> None:
    kept = _kept("British supermarkets warned that food prices would rise again in spring.")
    assert ("British supermarkets", "GBRBUS") in kept


def test_a_supermarket_that_was_struck_is_a_place_not_a_business() -> None:
    text = "Two people were wounded when a drone struck a supermarket, Ukrainian officials said."
    assert all(t != "supermarket" for t, _ in _kept(text, dt.date(2024, 12, 20)))
