"""Fusion, stop 64: reports the coder missed, so that another outlet's report of the same
happening had nothing to fuse with: a march a crowd "tried to" hold, a march "towards" a
foreign mission, and captives "freed" in an agentless passive after the article told who
took them (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import annotated_mentions, fused_groups, of_type, one_act
from flashpoint.records import Actor, Plover

pytestmark = [pytest.mark.model, pytest.mark.usefixtures("warm_models")]


_mentions = annotated_mentions
_of = of_type


def _pairs(found: list) -> set[tuple[str | None, str | None]]:
    return {(m.source.country, m.target.country if m.target else None) for m in found}


def test_a_march_stopped_as_it_began_is_told_by_the_detention() -> None:
    text = (
        "Gambian police detained dozens of opposition supporters in Banjul on Saturday as "
        "they tried to march against the election delay."
    )
    assert not _of(_mentions(text, "2025-03-12"), "PROTEST")


def test_a_march_a_crowd_tried_to_hold_is_a_protest() -> None:
    text = (
        "Several hundred students tried to march on Senegal's embassy in Banjul on Tuesday, "
        "in the latest sign of how far relations between the neighbours have fallen."
    )
    marched = _of(_mentions(text, "2025-03-12"), "PROTEST")
    assert ("GMB", "SEN") in _pairs(marched)
    day = {m.date.value for m in marched if m.date is not None}
    assert "2025-03-11" in day


def test_a_march_only_planned_is_no_protest() -> None:
    text = "The opposition will try to march on parliament in Banjul on Friday."
    assert not _of(_mentions(text, "2025-03-12"), "PROTEST")


def test_a_march_towards_a_foreign_mission_is_aimed_at_its_country() -> None:
    text = (
        "BANJUL: Hundreds of students marched towards the Senegalese embassy in Kotu on "
        "Tuesday, chanting slogans against killings at the border."
    )
    marched = _of(_mentions(text, "2025-03-12"), "PROTEST")
    assert ("GMB", "SEN") in _pairs(marched)


def test_captives_freed_in_a_dated_agentless_passive_are_freed_by_their_takers() -> None:
    text = (
        "Senegalese troops detained five Gambian fishermen off Barra on Monday. "
        "The five men were released late on Tuesday and driven to the Karang crossing."
    )
    freed = _of(_mentions(text, "2025-03-12"), "RETREAT")
    assert _pairs(freed) == {("SEN", "GMB")}
    assert freed[0].date is not None and freed[0].date.value == "2025-03-11"


def test_captives_named_again_are_freed_by_their_takers() -> None:
    text = (
        "Senegalese troops detained five Gambian fishermen off Barra on Monday. "
        "The fishermen were freed on Wednesday, their families said."
    )
    assert _pairs(_of(_mentions(text, "2025-03-12"), "RETREAT")) == {("SEN", "GMB")}


def test_a_count_of_people_rescued_is_no_release_by_the_takers() -> None:
    text = (
        "Gunmen seized a bus near Kayes on Monday. By Tuesday evening, 40 passengers had "
        "been freed and six gunmen killed, officials said."
    )
    assert not _of(_mentions(text, "2025-03-12"), "RETREAT")


def test_an_undated_release_is_a_detail_of_the_arrest() -> None:
    text = (
        "Senegalese troops detained five Gambian fishermen off Barra on Monday. "
        "The men were later released."
    )
    assert not _of(_mentions(text, "2025-03-12"), "RETREAT")


def test_a_release_with_no_taker_told_before_names_no_one() -> None:
    text = "Gambia protested on Monday. The five men were released late on Tuesday."
    assert not _of(_mentions(text, "2025-03-12"), "RETREAT")


def test_a_release_after_arrests_by_two_states_names_no_one() -> None:
    text = (
        "Senegalese troops detained five Gambian fishermen on Monday, and Guinean police "
        "arrested three Malian traders on Sunday. The men were freed late on Tuesday."
    )
    assert not _of(_mentions(text, "2025-03-12"), "RETREAT")


def test_a_closure_that_names_no_neighbour_answers_its_latest_harm() -> None:
    text = (
        "Two fishermen were killed when their trawler was fired on by a Senegalese patrol "
        "boat off Banjul on Tuesday. In a separate move, the Gambian authorities closed the "
        "Karang border crossing late on Tuesday, customs officers said."
    )
    closed = _of(_mentions(text, "2025-03-12"), "SANCTION")
    assert _pairs(closed) == {("GMB", "SEN")}
    assert closed[0].date is not None and closed[0].date.value == "2025-03-11"


def test_a_closure_after_no_harm_is_no_sanction() -> None:
    text = (
        "Senegal and Gambia signed a fisheries deal on Monday. The Gambian authorities "
        "closed the Karang border crossing on Tuesday for repairs."
    )
    assert not _of(_mentions(text, "2025-03-12"), "SANCTION")


def test_a_closure_after_a_harm_by_its_own_side_is_no_sanction() -> None:
    text = (
        "Gambian police detained five smugglers near Karang on Monday. The Gambian "
        "authorities closed the Karang border crossing on Tuesday."
    )
    assert not _of(_mentions(text, "2025-03-12"), "SANCTION")


def test_captives_freed_after_a_named_custody_are_freed_by_the_custodian() -> None:
    text = (
        "Five Gambian traders returned home on Wednesday after a week in Senegalese "
        "custody. The five men were freed late on Tuesday and driven to the Karang crossing."
    )
    freed = _of(_mentions(text, "2025-03-12"), "RETREAT")
    assert {m.source.country for m in freed} == {"SEN"}


def _release(article_id: str, target: Actor) -> Any:
    """A release of captives (RETREAT, CAMEO 0841) by Senegal's army, given ``target``."""
    source = Actor("Senegal's army", 0, 14, "SENMIL", "SEN", "MIL", "Senegal")
    text = "Senegal's army freed five men on Monday at Karang."
    return one_act(article_id, text, source, target, Plover.RETREAT, "0841")


def test_a_release_of_unnamed_people_fuses_with_one_naming_whose_they_were(
    tmp_path: Path,
) -> None:
    # the coder guesses the releaser's own people for "the five men": no clue to whose
    gambians = Actor("Gambian traders", 20, 35, "GMBCVL", "GMB", "CVL", "Gambia")
    guessed = Actor("men", 20, 23, "SENCVL", "SEN", "CVL", "Senegal")
    assert {"a", "b"} in fused_groups(tmp_path, _release("a", gambians), _release("b", guessed))


def test_releases_of_two_named_peoples_stay_apart(tmp_path: Path) -> None:
    gambians = Actor("Gambian traders", 20, 35, "GMBCVL", "GMB", "CVL", "Gambia")
    malians = Actor("Malian traders", 20, 34, "MLICVL", "MLI", "CVL", "Mali")
    assert {"a", "b"} not in fused_groups(tmp_path, _release("a", gambians), _release("b", malians))
