"""The rule coder, stop 59: misses seen on the fusion gold (dev5..dev8), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2026-03-12")


def test_handing_over_detained_fishermen_is_a_release() -> None:
    text = "Ghana on Wednesday handed over seven Togolese fishermen at the Aflao border post."
    assert ("RETREAT", "GHA", "TGOCVL") in _events(text)
    # handing over suspects to another state stays judicial cooperation
    text = "Kenya handed over two terrorism suspects to Somalia on Tuesday."
    assert not any(kind == "RETREAT" for kind, _, _ in _events(text))
    # handing over papers is no act between states
    assert not _events("The clerk handed over the documents to the court on Tuesday.")


def test_a_boat_fired_on_by_a_side_is_an_attack() -> None:
    text = "A Senegalese pirogue was fired on by a Gambian navy patrol boat on Tuesday."
    assert any(kind == "ASSAULT" and src.startswith("GMB") for kind, src, _ in _events(text))
    # fired on with no one named who fired: no event
    text = "A Senegalese pirogue was fired on near the river mouth on Tuesday."
    assert not any(kind == "ASSAULT" for kind, _, _ in _events(text))


def test_a_speech_participle_after_a_reported_clause_is_the_speakers() -> None:
    # "accusing" goes with the minister who told parliament, not with the soldiers the
    # reported clause is about (who would accuse their own capital)
    text = (
        "Fiji's foreign minister told parliament on Wednesday that Tongan sailors had "
        "landed on Minerva Reef and raised a flag, accusing Nuku'alofa of provocation."
    )
    found = _events(text)
    assert any(kind == "ACCUSE" and src.startswith("FJI") for kind, src, _ in found)
    assert not any(kind == "ACCUSE" and src.startswith("TON") for kind, src, _ in found)
    # a participle of what the reported clause's subject does stays theirs
    text = (
        "Fiji's foreign minister said on Wednesday that Tongan troops had shelled the "
        "island, killing two fishermen."
    )
    assert not any(kind == "ASSAULT" and src.startswith("FJI") for kind, src, _ in _events(text))


def test_intercepting_a_dhow_restricts_movement() -> None:
    text = "Omani coast guards intercepted a Yemeni dhow off Salalah on Tuesday."
    assert any(kind == "COERCE" and src.startswith("OMN") for kind, src, _ in _events(text))
    # missiles intercepted are defence, not this
    text = "Omani air defences intercepted two missiles over Salalah on Tuesday."
    assert not any(kind == "COERCE" for kind, _, _ in _events(text))


def test_signing_an_extension_is_an_agreement() -> None:
    text = "Malian and Nigerien army chiefs signed the extension in Niamey on Tuesday."
    assert any(src.startswith("MLI") for _, src, _ in _events(text))
    assert not _events("The striker signed a contract extension with the club on Tuesday.")


def test_sending_paratroopers_is_a_deployment() -> None:
    text = "Armenia on Monday sent paratroopers to positions close to the Azerbaijani border."
    assert any(kind == "MOBILIZE" and src.startswith("ARM") for kind, src, _ in _events(text))
    text = "Armenia on Monday sent paratroopers to a parade in Yerevan."
    assert not any(kind == "MOBILIZE" and tgt == "AZE" for kind, _, tgt in _events(text))


def test_talks_that_opened_on_a_day_are_dated_to_it() -> None:
    from flashpoint.pipeline import annotate

    def days(text: str) -> set[str]:
        out = annotate(text, published="2026-03-12").to_json()  # a Thursday
        return {e["date"][:10] for e in out["events"] if e["plover"] == "CONSULT"}

    assert days("Talks between Fiji and Tonga opened in Suva on Tuesday.") == {"2026-03-10"}
    # a day the talks were only reported on does not date them
    assert days("Talks between Fiji and Tonga were held in Suva, officials said on Tuesday.") != {
        "2026-03-10"
    }
