"""Actor coding, stop 66: a leader's rival is his country's opposition; listed people the
tagger takes for bodies are people to pronouns; an organisation's "the agency" later; a
named body's agents; space agencies; Northern Ireland; moods felt in a capital; "the
winner"; the head of a body named beside it; "the rights group" after a named group.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import dated_actors

DAY = dt.date(2024, 9, 10)


def _codes(text: str, day: dt.date = DAY) -> list[tuple[str, str]]:
    """(text, code) of the actors ingest keeps, the text read with its dateline."""
    return dated_actors(text, day)


def _code_of(text: str, span: str, day: dt.date = DAY) -> str | None:
    return next((code for t, code in _codes(text, day) if span in t), None)


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # a leader's rival, challenger or critic is the opposition of his country
        (
            "President Lula said his critics were spreading lies about the budget.",
            "his critics",
            "BRAOPP",
        ),
        (
            "Prime Minister Keir Starmer said his main challenger Tom Hollis had no plan.",
            "his main challenger",
            "GBROPP",
        ),
        # a named body's own people
        ("Two FSB agents were arrested near the Polish border.", "FSB agents", "RUSSPY"),
        ("Mossad operatives were blamed for the blast, officials said.", "Mossad", "ISRSPY"),
        # space agencies and their crews
        ("NASA astronaut Mark Tell returned from the station on Tuesday.", "NASA", "USAGOV"),
        ("Russian cosmonaut Ivan Petrenko began a spacewalk.", "cosmonaut", "RUSGOV"),
        ("ISRO said its lunar lander was healthy.", "ISRO", "INDGOV"),
        # an international organisation's "the agency" and "the fund" later
        (
            "The World Health Organization declared a mpox emergency. "
            "The agency said cases were rising in Burundi.",
            "agency",
            "IGOUNO",
        ),
        (
            "The IMF agreed a new loan with Egypt. The fund said subsidies must fall.",
            "fund",
            "IGOIMF",
        ),
        # Northern Ireland is part of the United Kingdom
        ("Police in Northern Ireland arrested three men after the riot.", "Police", "GBRCOP"),
        ("Northern Irish police found a pipe bomb in Newry.", "police", "GBRCOP"),
        # a mood felt in a capital is its government's
        (
            "The missile test caused concern in Washington, officials said.",
            "Washington",
            "USAGOV",
        ),
        # "the winner" is who won
        (
            "TEGUCIGALPA -- Opposition leader Ana Ruiz won the presidential election, and "
            "President Xiomara Castro called the winner.",
            "winner",
            "HNDOPP",
        ),
        # the head of a body, named beside it, later by surname
        (
            "ACCRA -- Police questioned the director of the national intelligence agency, "
            "Kwesi Owusu. Owusu denied the claims.",
            "Owusu",
            "GHASPY",
        ),
        # "the rights group", "the broadcaster" after the one named group or outlet
        (
            "Amnesty International said Iran executed dozens of protesters. "
            "The rights group urged a halt.",
            "rights group",
            "NGOAMN",
        ),
        (
            "Al Jazeera said its bureau in Ramallah was raided. The broadcaster called it a crime.",
            "broadcaster",
            "QATMED",
        ),
        # a person introduced by a role beside the name, later by the family name
        (
            "A Chinese businessman, Li Wenhua, was detained in Lagos. Li said he was innocent.",
            "Li",
            "CHNBUS",
        ),
    ],
)
def test_codes(text: str, span: str, code: str) -> None:
    assert _code_of(text, span) == code


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a state's "opponents" are other states, not its opposition
        ("Russia said its opponents would fail.", "opponents"),
        # a bare agent is no actor: a nerve agent, a free agent
        ("A nerve agent was used in the attack, investigators said.", "agent"),
        # a protest in a capital is still where it happened
        ("Protests in Moscow were broken up on Sunday.", "Moscow"),
        # "the winner" with no one who won before it
        ("The winner of the lottery was not named, police said.", "winner"),
    ],
)
def test_no_actor(text: str, span: str) -> None:
    assert _code_of(text, span) is None


def test_two_groups_leave_the_rights_group_open() -> None:
    text = (
        "Human Rights Watch and Amnesty International criticised the law. "
        "The rights group said it was vague."
    )
    assert _code_of(text, "rights group") not in ("NGOHRW", "NGOAMN")


def test_her_office_is_the_holders() -> None:
    text = (
        "U.S. House Speaker Nancy Pelosi was due to land in Taipei. "
        "Taiwanese President Tsai Ing-wen will host Pelosi on Wednesday, her office said."
    )
    codes = dict(_codes(text, dt.date(2022, 8, 2)))
    assert codes.get("her office") == "TWNGOV"


@pytest.mark.parametrize(
    ("text", "span", "code", "day"),
    [
        # a person's party, and the army of the state a leader heads
        ("Sonko's party called a protest in Dakar.", "party", "SENOPP", dt.date(2023, 6, 15)),
        ("Putin's army shelled Kharkiv overnight.", "army", "RUSMIL", DAY),
        # a rebel leader's forces stay the group's
        ("Haftar's forces shelled the airport.", "forces", "LBYREB", DAY),
        # a state force's fighters are the force's; an armed group's the group's
        (
            "Wagner chief Yevgeny Prigozhin said his fighters had taken the town.",
            "his fighters",
            "RUSMIL",
            dt.date(2023, 5, 20),
        ),
        ("Hamas said its fighters had ambushed a patrol.", "its fighters", "PSEREB", DAY),
    ],
)
def test_codes_on(text: str, span: str, code: str, day: dt.date) -> None:
    assert _code_of(text, span, day) == code


def test_a_bare_trade_gives_no_country_to_the_name() -> None:
    # "an airline mechanic" names no country: the person beside it is not coded by the
    # story's country
    text = (
        "DOHA -- Qatar's foreign ministry said talks would go on. In March, the group freed "
        "Harold Voss, an airline mechanic, after a visit by the envoy."
    )
    assert _code_of(text, "Harold Voss") is None
