"""Coder cases found outside the gold sets (the demo, new tuning splits): a killing's
result word, children as civilians, a mention's sentence."""

from __future__ import annotations

import pytest

from conftest import coded_events
from flashpoint.pipeline import annotate

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2024-10-08")


@pytest.mark.parametrize(
    "text",
    [
        # the parser reads "dead" as the object's predicate (oprd), as for a name given
        "Indian border guards shot dead a Bangladeshi man near the frontier on Sunday.",
        "Indian border guards shot dead a 15-year-old Bangladeshi boy early on Sunday.",
    ],
)
def test_shot_dead_is_an_attack_whatever_the_parse_of_dead(text: str) -> None:
    assert ("ASSAULT", "INDMIL", "BGDCVL") in _events(text)


def test_a_naming_verb_still_needs_a_pejorative_name() -> None:
    # "called X unfriendly" criticises; "called X important" does not
    assert not any(p == "ACCUSE" for p, _, _ in _events("Moscow called the talks important."))
    assert ("ACCUSE", "RUSGOV", None) in _events("Moscow called the sanctions unfriendly.")


def test_a_national_girl_or_boy_is_a_civilian_of_that_country() -> None:
    assert ("ASSAULT", "ISRMIL", "PSECVL") in _events(
        "Israeli troops shot a Palestinian girl at a checkpoint near Hebron on Monday."
    )
    assert _events("The boy band played to a sold-out arena in Dhaka on Sunday.") == set()


def test_a_countrys_high_commission_is_its_government() -> None:
    events = _events(
        "Several hundred Bangladeshi students marched on India's High Commission in Dhaka "
        "on Tuesday, demanding justice for a boy killed at the border."
    )
    assert ("PROTEST", "BGDCVL", "INDGOV") in events
    assert ("PROTEST", "BGDCVL", "BGDGOV") not in events


def test_event_sentence_stops_before_the_blank_line_closing_its_paragraph() -> None:
    text = (
        "Kenya accused Somalia on Monday of shelling a border post near Mandera.\n\n"
        "Somalia denied the charge.\n\nThe two countries agreed to hold talks."
    )
    events = annotate(text, published="2021-03-02").to_json()["events"]
    assert events
    for e in events:
        sentence = e["mentions"][0]["sentence"]
        assert sentence == sentence.strip()
        assert sentence in text


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Defence Minister Wei Fenghe urged India to strictly abide by agreements "
        "between the two countries, the statement said.",
        "Russia accused Ukraine of violating the agreement between the two countries.",
    ],
)
def test_an_agreement_kept_or_broken_was_made_before(text: str) -> None:
    # the agreement is old: keeping to it or breaking it signs nothing
    assert not any(p == "SUPPORT" for p, _, _ in _events(text))


def test_an_agreement_signed_is_still_one() -> None:
    text = "An agreement between Armenia and Azerbaijan was signed in Washington on Friday."
    assert ("SUPPORT", "ARM", "AZE") in _events(text)


def test_a_pla_theatre_command_is_chinas_military_in_either_spelling() -> None:
    for spelling in ("Theatre", "Theater"):
        text = f"China's Western {spelling} Command accused India of a blatant provocation."
        assert ("ACCUSE", "CHNMIL", "IND") in _events(text)


def test_talks_held_for_hours_are_talks() -> None:
    text = (
        "Chinese Defence Minister Wei Fenghe and his Indian counterpart Rajnath Singh held "
        "more than two hours of talks in Moscow on Friday."
    )
    countries = {(p, s[:3], t[:3] if t else None) for p, s, t in _events(text)}
    assert {("CONSULT", "CHN", "IND"), ("CONSULT", "IND", "CHN")} <= countries
    # a span of time is no object of its own: "spent two hours" codes nothing
    assert _events("The two ministers spent two hours at the airport on Friday.") == set()


def test_called_on_is_an_appeal_when_the_parser_gives_on_the_object() -> None:
    # parsed "called" + particle "on" + direct object "groups": the object is the particle's
    text = "Kenya's president called on armed groups in Sudan to lay down their weapons."
    assert ("REQUEST", "KENGOV", "SDNREB") in _events(text)
    assert not any(p == "CONSULT" for p, _, _ in _events(text))
    # a phone call is still one
    assert ("CONSULT", "RUSGOV", "TURGOV") in _events("Putin called Erdogan on Monday.")
