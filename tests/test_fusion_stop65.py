"""Fusion, stop 65: reports the coder missed or typed apart from another outlet's report of
the same happening: a sanction a cabinet "decided" (taken, not only threatened), and a dated
protest at a foreign mission or a summons of a foreign envoy that names no doer but the
town it happened in (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import annotated_mentions, kept_actors, of_type

pytestmark = [pytest.mark.model, pytest.mark.usefixtures("warm_models")]


_mentions = annotated_mentions
_of = of_type


def _pairs(found: list) -> set[tuple[str | None, str | None]]:
    return {(m.source.country, m.target.country if m.target else None) for m in found}


def test_a_closure_a_cabinet_decided_is_a_sanction() -> None:
    text = (
        "Gambia's cabinet decided late on Sunday to close its border with Senegal, "
        "according to minutes of the meeting."
    )
    found = _mentions(text, "2025-03-11")
    assert "SANCTION" in {m.plover for m in found}
    assert not _of(found, "THREATEN")
    closed = _of(found, "SANCTION")
    assert closed[0].date is not None and closed[0].date.value == "2025-03-09"


def test_a_closure_a_cabinet_may_decide_is_no_sanction_yet() -> None:
    text = "Gambia's cabinet may decide to close its border with Senegal."
    assert not _of(_mentions(text, "2025-03-11"), "SANCTION")


def test_a_dated_protest_at_a_foreign_embassy_is_by_the_host_towns_people() -> None:
    text = (
        "The note followed Thursday's protest outside the Senegalese embassy in Banjul, "
        "where dozens of traders chanted slogans."
    )
    protests = [
        m
        for m in _of(_mentions(text, "2025-03-14"), "PROTEST")
        if m.target is not None and m.target.country == "SEN"
    ]
    assert _pairs(protests) == {("GMB", "SEN")}
    assert protests[0].source.code == "GMBCVL"
    assert protests[0].date is not None and protests[0].date.value == "2025-03-13"


def test_an_undated_protest_at_a_foreign_embassy_names_no_one() -> None:
    text = "The note followed a protest outside the Senegalese embassy in Banjul."
    assert not _of(_mentions(text, "2025-03-14"), "PROTEST")


def test_a_dated_summons_of_an_envoy_is_by_the_host_state() -> None:
    text = "The expulsions resumed after Wednesday's summons of Senegal's ambassador in Banjul."
    summoned = [m for m in _of(_mentions(text, "2025-03-14"), "ACCUSE") if m.cameo == "114"]
    assert _pairs(summoned) == {("GMB", "SEN")}
    assert summoned[0].date is not None and summoned[0].date.value == "2025-03-12"


def test_a_summons_in_the_envoys_own_capital_names_no_summoner() -> None:
    text = "The expulsions resumed after Wednesday's summons of Senegal's ambassador in Dakar."
    assert not _of(_mentions(text, "2025-03-14"), "ACCUSE")


def test_a_bare_ministry_summoning_an_envoy_in_a_town_is_the_towns_state() -> None:
    text = (
        "The foreign ministry on Wednesday summoned Senegal's ambassador in Banjul and "
        "handed him a protest note."
    )
    summoned = _of(_mentions(text, "2025-03-14"), "ACCUSE")
    assert _pairs(summoned) == {("GMB", "SEN")}


def test_an_envoy_summoned_in_his_own_capital_names_no_summoner() -> None:
    text = "The foreign ministry on Wednesday summoned Senegal's ambassador in Dakar."
    assert not _of(_mentions(text, "2025-03-14"), "ACCUSE")


def test_a_bare_army_moved_near_a_small_town_is_that_towns_countrys() -> None:
    text = (
        "The armed forces moved about 200 troops to positions near Kraslava on Tuesday, "
        "after a Belarusian drone crossed the border."
    )
    found = dict(kept_actors(text, dt.date(2025, 5, 7)))
    assert found.get("armed forces") == "LVAMIL"


def test_a_month_named_like_a_town_places_no_one() -> None:
    text = (
        "The rebels seized the town in March before being driven out by government troops, "
        "officials in Bangui said."
    )
    codes = {code for _, code in kept_actors(text, dt.date(2025, 5, 7))}
    assert "GBRMIL" not in codes


def test_a_drone_strike_is_no_ones_role() -> None:
    text = (
        "Saturday's drone strike on a farm near Kayes, which killed two herders, was the "
        "last straw, a Malian official said."
    )
    roles = dict(kept_actors(text, dt.date(2025, 3, 10)))
    assert "drone strike" not in roles


def test_a_dated_drone_strike_after_accusations_at_one_side_is_that_sides() -> None:
    text = (
        "Mali's foreign ministry summoned the Senegalese ambassador in Bamako on Sunday and "
        "accused Dakar of repeated aggression. Saturday's drone strike on a farm near Kayes, "
        "which killed two herders, was the last straw, the official said."
    )
    struck = _of(_mentions(text, "2025-03-10"), "ASSAULT")
    assert _pairs(struck) == {("SEN", "MLI")}
