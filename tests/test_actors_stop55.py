"""Actor coding for what the fourth look at the actors gold found short (stop 55):
definite descriptions and initials that refer back to a body named earlier, titled
names the tagger did not know, and the people of an international organisation."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.nlp import load_nlp

pytestmark = pytest.mark.model


def _kept(text: str, day: dt.date = dt.date(2024, 5, 1)) -> list[tuple[str, str]]:
    """Return (text, code) of the actors ingest keeps once places are taken out."""
    from flashpoint.layers.actors import find_actors, without_places
    from flashpoint.layers.places import find_places

    doc = load_nlp()(text)
    spans = find_actors(doc, published=day)
    return [
        (s.actor.text, s.actor.code) for s in without_places(doc, spans, find_places(doc, spans))
    ]


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
