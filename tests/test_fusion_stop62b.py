"""Fusion, stop 62 (round 2): acts told again as nouns with no doer of their own: an
envoy's summons whose "by" phrase the parser hangs on the envoy, and a seizure dated after
the noun ("late last Monday") that recaps the article's earlier seizures (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from conftest import annotated_mentions, of_type

pytestmark = [pytest.mark.model, pytest.mark.usefixtures("warm_models")]


_mentions = annotated_mentions
_of = of_type


def test_summons_of_an_envoy_by_a_ministry_is_an_accusation() -> None:
    text = (
        "Thailand sent extra troops to its frontier on Thursday. The move came a day "
        "after Tuesday's summons of Cambodia's ambassador by Thailand's foreign ministry."
    )
    accused = _of(_mentions(text, "2025-05-08"), "ACCUSE")
    assert [(m.source.code[:3], m.target.code[:3] if m.target else None) for m in accused] == [
        ("THA", "KHM")
    ]
    assert accused[0].date.value == "2025-05-06"


def test_a_court_summons_is_no_accusation() -> None:
    text = "A Thai court issued a summons for the former prime minister on Tuesday."
    assert not _of(_mentions(text, "2025-05-08"), "ACCUSE")


def test_the_by_phrase_on_the_detained_names_who_detained_them() -> None:
    text = (
        "The talks followed Friday's detention of four Indian fishermen by the Sri Lankan "
        "navy near Delft."
    )
    held = _of(_mentions(text, "2025-05-12"), "COERCE")
    assert [(m.source.code[:3], m.target.code[:3] if m.target else None) for m in held] == [
        ("LKA", "IND")
    ]


def test_a_seizure_dated_after_the_noun_is_the_same_captor_again() -> None:
    text = (
        "A Vietnamese fishing trawler was seized on Sunday by a Chinese coast guard ship "
        "near the Paracel Islands, Vietnam's fisheries agency said.\n\n"
        "It follows the seizure of another trawler off Woody Island late last Tuesday, "
        "whose crew are still held there."
    )
    seized = _of(_mentions(text, "2025-09-15"), "COERCE")
    days = sorted(m.date.value for m in seized if m.source.code.startswith("CHN"))
    assert days == ["2025-09-09", "2025-09-14"]


def test_an_undated_seizure_after_the_noun_is_not_told_again() -> None:
    text = (
        "A Vietnamese fishing trawler was seized on Sunday by a Chinese coast guard ship "
        "near the Paracel Islands, Vietnam's fisheries agency said.\n\n"
        "Fishermen fear the seizure of more boats in the coming weeks."
    )
    seized = _of(_mentions(text, "2025-09-15"), "COERCE")
    assert len(seized) == 1


def test_a_summoned_consul_general_is_an_envoy_summoned() -> None:
    text = "Vietnam on Tuesday summoned China's consul general in Hanoi over the seized boats."
    accused = _of(_mentions(text, "2025-09-17"), "ACCUSE")
    assert [(m.source.code[:3], m.target.code[:3] if m.target else None) for m in accused] == [
        ("VNM", "CHN")
    ]


def test_a_summoned_army_general_is_no_envoy() -> None:
    text = "Vietnam's president on Tuesday summoned the army's top general to the palace."
    assert not _of(_mentions(text, "2025-09-17"), "ACCUSE")


def test_an_act_blamed_on_someone_in_the_passive_is_theirs() -> None:
    text = (
        "Indian troops moved more artillery to the frontier on Saturday. The move came "
        "after Thursday's shelling of Uri, which wounded three villagers and was blamed by "
        "India on Pakistan's army."
    )
    struck = _of(_mentions(text, "2025-05-10"), "ASSAULT")
    assert [(m.source.code[:3], m.target.code[:3] if m.target else None) for m in struck] == [
        ("PAK", "IND")
    ]
    assert struck[0].date.value == "2025-05-08"


def test_an_act_not_blamed_on_anyone_has_no_doer() -> None:
    text = (
        "Indian troops moved more artillery to the frontier on Saturday. The move came "
        "after Thursday's shelling of Uri, which wounded three villagers."
    )
    assert not _of(_mentions(text, "2025-05-10"), "ASSAULT")


def test_a_seizure_after_a_request_to_free_captives_is_the_holder_again() -> None:
    text = (
        "Manila on Tuesday asked China to release six Filipino fishermen held near the "
        "shoal.\n\nThe request followed Sunday's seizure of a second boat near the reef, "
        "the coast guard said."
    )
    seized = _of(_mentions(text, "2025-04-15"), "COERCE")
    assert [(m.source.code[:3], m.target.code[:3] if m.target else None) for m in seized] == [
        ("CHN", "PHL")
    ]


def test_a_request_for_help_names_no_one_who_seized_a_boat() -> None:
    text = (
        "Manila on Tuesday asked Japan to send more patrol ships to the shoal.\n\n"
        "The request followed Sunday's seizure of a fishing boat near the reef, the coast "
        "guard said."
    )
    seized = _of(_mentions(text, "2025-04-15"), "COERCE")
    assert not [m for m in seized if m.source.code.startswith("JPN")]
