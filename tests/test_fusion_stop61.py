"""Fusion, stop 61: small places the gazetteer lacks, arrests told again in the passive,
deployments with no dead, and "comes a day after" dates (sentences written for these
tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint import annotate
from flashpoint.records import Mention
from flashpoint.store import Store

pytestmark = [pytest.mark.model, pytest.mark.usefixtures("warm_models")]


def _mentions(text: str, published: str = "2025-03-05") -> list[Mention]:
    return list(annotate(text, published=published).mentions)


def _words(text: str, m: Mention) -> str | None:
    at = m.span("location")
    return text[at[0] : at[1]] if at else None


def _one(text: str, plover: str, published: str = "2025-03-05") -> Mention:
    found = [m for m in _mentions(text, published) if m.plover == plover]
    assert found, f"no {plover} coded"
    return found[0]


def test_a_village_the_gazetteer_lacks_is_where_the_raid_was() -> None:
    text = (
        "GULU, March 4 (Wire) - Three herders were killed when Sudanese gunmen stormed "
        "Lokoruk village on Monday morning, local officials said."
    )
    assert _words(text, _one(text, "ASSAULT")) == "Lokoruk"


def test_a_village_named_by_a_people_is_no_place_name() -> None:
    text = "A shell fired by Sudanese troops exploded in a Chadian village on Friday."
    m = _one(text, "ASSAULT")
    assert _words(text, m) != "Chadian village"
    assert m.location is None or m.location.country == "TCD"


def test_a_border_crossing_the_gazetteer_lacks_is_where_men_were_handed_over() -> None:
    text = (
        "TEGUCIGALPA, Sept 7 (Wire) - Honduras freed the seven Salvadoran fishermen on "
        "Friday, handing them over at the Cuyamapa border crossing to Salvadoran consular "
        "officials."
    )
    m = _one(text, "RETREAT", "2024-09-07")
    assert _words(text, m) == "Cuyamapa"
    names = [p.text for p in annotate(text, published="2024-09-07").places]
    assert names.count("Cuyamapa") == 1  # one place, though two words say what it is


def test_a_road_leads_to_a_place_the_blockade_was_not_at() -> None:
    text = (
        "Hundreds of Tajik villagers blocked the only road to Kyrgyzstan's Barak exclave "
        "at Khojai Alo on Wednesday."
    )
    m = _one(text, "PROTEST", "2026-05-21")
    assert _words(text, m) != "Barak"


def test_reports_naming_two_villages_for_one_raid_are_flagged(tmp_path: Path) -> None:
    one = (
        "GULU, March 4 (Wire) - Sudanese soldiers stormed Lokoruk village in northern Uganda "
        "on Monday, killing three herders, Ugandan officials said."
    )
    two = (
        "GULU, March 4 (Post) - Sudanese soldiers raided the Ugandan border village of "
        "Ngomoromo on Monday, killing three herders, the army said."
    )
    anns = [annotate(t, published="2025-03-04") for t in (one, two)]
    store = Store(tmp_path / "f.duckdb")
    store.write_batch(anns)
    joint = [e for e in store.events() if len({m.article_id for m in e.mentions}) == 2]
    assert joint, "the two reports were not fused"
    fields = {c["field"] for c in joint[0].to_json()["conflicts"]}
    assert "location" in fields


def test_arrests_told_in_the_passive_after_one_states_arrests_are_that_states() -> None:
    text = (
        "CHENNAI, Aug 11 - Fishermen in Pamban protested on Sunday against the arrest of 30 "
        "of their colleagues by the Sri Lankan navy. Sixteen of the men were detained off "
        "Kachchativu last Wednesday, and fourteen others were arrested near Mannar on "
        "Saturday, officials said."
    )
    days = sorted(
        m.date.value
        for m in _mentions(text, "2025-08-11")
        if m.plover == "COERCE" and m.source.country == "LKA" and m.date is not None
    )
    # the two passive arrests, each on its own day, besides the one the protest names
    assert "2025-08-06" in days and "2025-08-09" in days


def test_a_passive_arrest_after_two_states_arrests_names_no_one() -> None:
    text = (
        "Kenyan police arrested six Somali traders on Monday, and Ethiopian police arrested "
        "four Kenyan herders on Tuesday. Twelve more were detained on Wednesday."
    )
    coded = _mentions(text, "2025-03-06")
    wednesday = [m for m in coded if m.date is not None and m.date.value == "2025-03-05"]
    assert not wednesday


def test_a_named_person_detained_again_is_the_ledes_arrest_told_again() -> None:
    text = (
        "MINSK, May 6 - Belarusian police have arrested a well-known blogger, his lawyer said "
        "on Wednesday. Andrei Kovalchuk, 38, who runs a small news channel, was detained at "
        "his flat in Gomel on Monday night, his wife said."
    )
    coerced = [m for m in _mentions(text, "2026-05-06") if m.plover == "COERCE"]
    assert len(coerced) <= 1


def test_a_deployment_gets_no_dead_from_the_attack_it_answers() -> None:
    text = (
        "ARUA - The army on Sunday deployed about 2,000 soldiers to the northern border, "
        "officials said.\n\n"
        "\"After Friday's ambush near the river, in which three soldiers were killed, we had "
        'to act," an army spokesman said.'
    )
    m = _one(text, "MOBILIZE", "2025-03-10")
    assert m.fatalities is None


def test_a_day_after_told_in_a_relative_clause_counts_from_the_main_act() -> None:
    text = (
        "Kenya on Saturday barred Somali-flagged fishing boats from its ports, the fisheries "
        "minister said. The ban, which takes effect immediately, comes a day after Kenya sent "
        "troops and armoured vehicles to Mandera."
    )
    m = _one(text, "MOBILIZE", "2024-11-16")
    assert m.date is not None and m.date.value == "2024-11-15"
