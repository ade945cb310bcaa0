"""Actor coding for what the fourth look at the actors gold found short (stop 55):
definite descriptions and initials that refer back to a body named earlier, titled
names the tagger did not know, and the people of an international organisation."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors

pytestmark = pytest.mark.model


def _kept(text: str, day: dt.date = dt.date(2024, 5, 1)) -> list[tuple[str, str]]:
    return kept_actors(text, day)


def test_a_pronoun_after_a_titled_name_the_tagger_did_not_know() -> None:
    # the recogniser takes "Kassym-Jomart Tokayev" for a body; the title says a person
    text = "President Kassym-Jomart Tokayev said on Monday he had dismissed the cabinet."
    assert ("he", "KAZGOV") in _kept(text, dt.date(2022, 1, 10))


def test_a_pronoun_after_a_ministry_stays_the_ministry() -> None:
    text = "Kazakhstan's foreign ministry said on Monday it had summoned the Russian ambassador."
    assert ("it", "KAZGOV") in _kept(text, dt.date(2022, 1, 10))


def test_the_agency_is_the_un_agency_named_before() -> None:
    text = (
        "Israel's cabinet voted to cut all contact with UNRWA, the UN agency for Palestine "
        "refugees. Guterres said the agency could not be replaced."
    )
    assert ("agency", "IGOUNO") in _kept(text)


def test_the_agency_after_two_agencies_is_nobody() -> None:
    text = (
        "The EU border agency and the UN agency for refugees signed a pact on Monday. "
        "The agency said the camps would stay open."
    )
    assert ("agency", "IGOUNO") not in _kept(text)


def test_the_commission_after_the_eu_is_the_eu() -> None:
    text = (
        "Ursula von der Leyen met Donald Trump in Scotland on Sunday. The Commission said "
        "the deal would spare European carmakers."
    )
    assert ("Commission", "IGOEEC") in _kept(text, dt.date(2025, 7, 28))


def test_the_commission_with_no_eu_before_is_not_the_eu() -> None:
    text = "The Commission said the deal would spare European carmakers."
    assert all(c != "IGOEEC" for _, c in _kept(text, dt.date(2025, 7, 28)))


def test_initials_of_a_body_named_before() -> None:
    text = (
        "Palestinian Authority police detained three men in Nablus on Friday, the PA's "
        "interior ministry said."
    )
    kept = _kept(text)
    assert ("PA", "PSEGOV") in kept
    assert ("Palestinian Authority police", "PSECOP") in kept  # the government's police


def test_initials_with_no_name_before_are_nobody() -> None:
    assert all(c != "PSEGOV" for _, c in _kept("The PA news agency reported the arrests."))


def test_inspectors_of_the_organisation_named_before() -> None:
    text = "IAEA chief Rafael Grossi said inspectors had not been allowed into the plant."
    assert ("inspectors", "IGOIAE") in _kept(text)


def test_observers_with_no_organisation_are_nobody() -> None:
    text = "Election observers said turnout in the capital was low."
    assert all(t != "observers" for t, _ in _kept(text))


def test_the_paramilitary_group_is_the_armed_group_named_before() -> None:
    text = (
        "The Rapid Support Forces shelled a market in Omdurman on Sunday. The paramilitary "
        "group denied targeting civilians."
    )
    assert ("paramilitary group", "SDNREB") in _kept(text)


def test_the_aid_group_is_not_the_armed_group_named_before() -> None:
    text = (
        "The Rapid Support Forces shelled a market in Omdurman on Sunday. The aid group "
        "said it had treated 40 people."
    )
    assert all(not t.endswith("aid group") or c != "SDNREB" for t, c in _kept(text))


def _code(text: str, phrase: str, day: dt.date = dt.date(2024, 5, 1)) -> str | None:
    """Return the code of the kept actor whose words are ``phrase``."""
    return next((c for t, c in _kept(text, day) if t == phrase), None)


def test_a_transnational_group_is_placed_by_its_sentences_places() -> None:
    text = (
        "Islamic State fighters attacked a village in Cabo Delgado province, a police source said."
    )
    assert _code(text, "Islamic State fighters") == "MOZREB"


def test_residents_and_a_local_official_are_the_scenes() -> None:
    text = (
        "Insurgents raided a village in Cabo Delgado province, forcing hundreds of residents "
        "to flee, a local official said."
    )
    assert _code(text, "residents") == "MOZCVL"  # made to flee: still residents
    assert _code(text, "official") == "MOZGOV"


def test_people_who_have_fled_are_refugees() -> None:
    text = "Colombia's ombudsman said about 12,000 people had fled their homes in Catatumbo."
    assert _code(text, "people") == "COLREF"


def test_people_who_marched_are_not_refugees() -> None:
    text = "Colombia's ombudsman said about 12,000 people had marched in Bogota."
    assert _code(text, "people") == "COLCVL"


def test_rohingya_who_fled_are_refugees_from_myanmar() -> None:
    text = (
        "More than 5,000 Rohingya who fled the fighting have reached camps in Cox's Bazar, "
        "aid groups said."
    )
    assert _code(text, "Rohingya") == "MMRREF"
    assert _code("Rohingya militants attacked a police post.", "Rohingya militants") == "MMRREB"


def test_a_party_named_as_the_opposition_is_the_opposition() -> None:
    text = "The main opposition Republican People's Party called for early elections."
    assert _code(text, "opposition Republican People's Party") == "TUROPP"
    text = "The Republican People's Party won 35 mayoral races."
    assert _code(text, "Republican People's Party") == "TURPTY"


def test_foreign_forces_are_no_ones() -> None:
    text = "The Taliban said it would stop attacks on foreign forces."
    assert all(t != "forces" for t, _ in _kept(text, dt.date(2020, 3, 1)))
    assert _code("Afghan forces retook the district.", "Afghan forces") == "AFGMIL"


def test_wagner_is_a_rebel_force_during_its_mutiny_only() -> None:
    text = "Wagner fighters took control of the army headquarters in Rostov-on-Don."
    assert _code(text, "Wagner fighters", dt.date(2023, 6, 24)) == "RUSREB"
    assert _code(text, "Wagner fighters", dt.date(2023, 3, 1)) == "RUSMIL"


def test_named_units_and_missions() -> None:
    text = "The National Unity Government said its People's Defence Forces had captured two towns."
    assert _code(text, "People's Defence Forces") == "MMRREB"
    text = "A Greek frigate serving with Aspides shot down two drones over the Red Sea."
    assert _code(text, "Aspides") == "IGOEEC"


def test_erbil_acts_as_iraqs_regional_government() -> None:
    assert _code("Erbil accused Baghdad of withholding salaries.", "Erbil") == "IRQGOV"
    assert all(t != "Erbil" for t, _ in _kept("A drone hit a house in Erbil."))


def test_the_world_court_is_the_un() -> None:
    text = (
        "The International Court of Justice ordered Israel to let aid into Gaza. The court "
        "said the order was binding."
    )
    kept = _kept(text)
    assert ("International Court of Justice", "IGOUNO") in kept
    assert ("court", "IGOUNO") in kept


def test_whom_a_un_agency_serves_is_part_of_its_name() -> None:
    text = "Israel barred UNRWA, the UN agency for Palestinian refugees, from working in Gaza."
    kept = _kept(text)
    assert ("UN agency for Palestinian refugees", "IGOUNO") in kept
    assert all(c != "PSEREF" for _, c in kept)
    text = "The UN agency said Palestinian refugees in Lebanon had lost their jobs."
    assert ("Palestinian refugees", "PSEREF") in _kept(text)


def test_an_opposition_party_does_not_make_both_sides_one_countrys() -> None:
    text = (
        "Indian and Chinese troops clashed on the disputed border on Friday. China's foreign "
        "ministry blamed Indian troops. India's main opposition Congress party demanded a "
        "debate. Commanders from both sides met on Saturday."
    )
    codes = {c for t, c in _kept(text) if t.startswith("Commanders")}
    assert codes == {"INDMIL", "CHNMIL"}


def test_a_building_stormed_or_reached_is_a_place() -> None:
    text = "Hundreds of rioters stormed Congress and the Supreme Court in Brasilia on Sunday."
    kept = _kept(text, dt.date(2023, 1, 9))
    assert all(t not in ("Congress", "Supreme Court") for t, _ in kept)
    text = "Opposition lawmakers climbed a wall to reach the National Assembly before dawn."
    assert all(t != "National Assembly" for t, _ in _kept(text, dt.date(2024, 12, 4)))


def test_a_body_that_acts_or_a_country_invaded_stays_an_actor() -> None:
    assert ("Congress", "USALEG") in _kept("Congress passed the spending bill on Friday.")
    assert ("Ukraine", "UKR") in _kept("Russia invaded Ukraine in February 2022.")


def test_a_country_word_on_tariffs_or_sanctions_names_who_imposed_them() -> None:
    text = "Ottawa wants US tariffs on Canadian steel lifted."
    assert ("US", "USA") in _kept(text, dt.date(2025, 3, 9))
    text = "Beijing said Western sanctions and Japanese goods had nothing to do with it."
    assert {c for _, c in _kept(text)} == {"CHNGOV"}


def test_its_after_a_country_the_recogniser_took_for_a_person() -> None:
    text = "Jordan said its air force had shot down several drones over Amman."
    assert ("its air force", "JORMIL") in _kept(text)
    assert _kept("Jordan Henderson said his knee had healed.") == []


def test_a_named_forces_contractors_are_that_force() -> None:
    text = "Wagner contractors have deployed alongside government troops in Mali, a UN report said."
    assert ("Wagner contractors", "RUSMIL") in _kept(text, dt.date(2023, 3, 1))
    assert ("Defence contractors", "USABUS") in _kept("Defence contractors lobbied Congress.")
