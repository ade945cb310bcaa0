"""Actor coding for the fourth gold batch's regions (stop 57): office-holders of Latin
America, Central Asia, South-East Asia, West Africa, the Horn, South Asia, the Gulf and the
domestic politics of the US, UK, Germany, Japan, Australia and Canada, coded by their role on
the day."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors
from flashpoint.layers.tables import read_tsv


def _people_rows(name: str) -> list[dict[str, str]]:
    return [r for r in read_tsv("actors", "people.tsv") if r["name"] == name]


def test_people_file_parses_with_the_regions_added() -> None:
    rows = list(read_tsv("actors", "people.tsv", required=("name", "aliases", "code")))
    names = {r["name"] for r in rows}
    assert {"Dina Boluarte", "Succes Masra", "Aidarous al-Zubaidi", "Nigel Farage"} <= names
    assert all(r["note"] for r in rows)


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Succes Masra", "2022-10-20", "TCDOPP"),
        ("Succes Masra", "2024-03-01", "TCDGOV"),
        ("Aidarous al-Zubaidi", "2019-08-10", "YEMREB"),
        ("Aidarous al-Zubaidi", "2024-03-01", "YEMGOV"),
        ("Peter Dutton", "2021-09-16", "AUSGOV"),
        ("Peter Dutton", "2024-06-19", "AUSOPP"),
        ("Arvind Kejriwal", "2020-01-01", "INDGOV"),
        ("Arvind Kejriwal", "2025-02-08", "INDPTY"),
        ("Sadyr Japarov", "2020-10-06", "KGZOPP"),
    ],
)
def test_people_rows_give_the_role_of_the_day(name: str, day: str, code: str) -> None:
    when = dt.date.fromisoformat(day)
    hits = [
        r["code"]
        for r in _people_rows(name)
        if (not r["valid_from"] or dt.date.fromisoformat(r["valid_from"]) <= when)
        and (not r["valid_until"] or when < dt.date.fromisoformat(r["valid_until"]))
    ]
    assert hits == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "phrase", "code"),
    [
        (
            "Boluarte told reporters in Lima that she would not step down.",
            dt.date(2023, 1, 20),
            "Boluarte",
            "PERGOV",
        ),
        (
            "Nigel Farage said his party would field candidates in every seat.",
            dt.date(2024, 6, 10),
            "Nigel Farage",
            "GBRPTY",
        ),
        (
            "J.D. Vance said the Senate should vote on the bill before the recess.",
            dt.date(2023, 6, 1),
            "J.D. Vance",
            "USALEG",
        ),
        (
            "Issa Tchiroma Bakary urged his supporters to stay in the streets.",
            dt.date(2025, 10, 30),
            "Issa Tchiroma Bakary",
            "CMROPP",
        ),
    ],
)
def test_added_people_are_coded_by_their_role_on_the_day(
    text: str, day: dt.date, phrase: str, code: str
) -> None:
    assert (phrase, code) in kept_actors(text, day)


@pytest.mark.model
def test_a_person_outside_every_period_gets_no_code_from_the_table() -> None:
    # Chérizier is coded only from the end of February 2024, when his alliance went to war
    # with the state; before that he is an unlisted name.
    text = "Jimmy Cherizier said the gangs would hold a news conference."
    codes = {code for _, code in kept_actors(text, dt.date(2022, 5, 1))}
    assert "HTIREB" not in codes
    assert ("Jimmy Cherizier", "HTIREB") in kept_actors(text, dt.date(2024, 3, 5))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "phrase", "code"),
    [
        # a guerrilla that became a party, and whose name later meant its dissidents
        ("The FARC ambushed an army patrol in Cauca.", dt.date(2012, 5, 3), "FARC", "COLREB"),
        ("The FARC chose its candidates for the Senate.", dt.date(2018, 1, 10), "FARC", "COLPTY"),
        ("The Awami League won the election.", dt.date(2018, 12, 31), "Awami League", "BGDPTY"),
        (
            "The Awami League called a nationwide strike against the interim government.",
            dt.date(2025, 2, 3),
            "Awami League",
            "BGDOPP",
        ),
        (
            "Los Lobos claimed the attack on the prison, officials said.",
            dt.date(2024, 2, 1),
            "Los Lobos",
            "ECUREB",
        ),
        (
            "Foro Penal said 40 more people had been detained since the vote.",
            dt.date(2024, 8, 10),
            "Foro Penal",
            "VENNGO",
        ),
        (
            "The Human Rights Commission of Pakistan condemned the killings.",
            dt.date(2024, 3, 1),
            "Human Rights Commission of Pakistan",
            "PAKNGO",
        ),
    ],
)
def test_named_groups_of_the_regions_by_their_status_on_the_day(
    text: str, day: dt.date, phrase: str, code: str
) -> None:
    assert (phrase, code) in kept_actors(text, day)


@pytest.mark.model
def test_a_band_before_the_decree_is_no_armed_group() -> None:
    text = "Los Lobos played two sold-out nights in Los Angeles."
    codes = {code for _, code in kept_actors(text, dt.date(2019, 6, 1))}
    assert "ECUREB" not in codes


@pytest.mark.model
def test_local_councils_are_government_and_security_agencies_spies() -> None:
    text = (
        "LONDON, May 3 — Surrey County Council said it would appeal, and British security "
        "agencies were investigating the leak."
    )
    kept = kept_actors(text, dt.date(2024, 5, 3))
    codes = {code for _, code in kept}
    assert "GBRGOV" in codes
    assert "GBRSPY" in codes


@pytest.mark.model
def test_parliament_hill_is_canadas_parliament_but_not_as_a_venue() -> None:
    said = kept_actors("Parliament Hill voted to extend the sitting.", dt.date(2024, 6, 1))
    assert ("Parliament Hill", "CANLEG") in said
    venue = kept_actors(
        "Thousands of truckers rallied at Parliament Hill for three weeks.", dt.date(2022, 2, 5)
    )
    assert ("Parliament Hill", "CANLEG") not in venue


@pytest.mark.model
def test_a_title_completes_a_listed_person_outside_their_roles() -> None:
    # the table's row for Khashoggi ends with his death; the news of the inquiry still calls
    # him by his trade
    text = "Turkish prosecutors said journalist Jamal Khashoggi was killed by a team of agents."
    assert ("journalist Jamal Khashoggi", "SAUMED") in kept_actors(text, dt.date(2019, 3, 1))
    # without a title the table gives no sector after his death
    bare = kept_actors("Jamal Khashoggi was remembered at a vigil.", dt.date(2019, 3, 1))
    assert ("Jamal Khashoggi", "SAUMED") not in bare


@pytest.mark.model
def test_an_intelligence_committee_of_lawmakers_is_legislative() -> None:
    text = "The U.S. Senate intelligence committee questioned the CIA director on Tuesday."
    kept = kept_actors(text, dt.date(2024, 5, 3))
    assert ("U.S. Senate intelligence committee", "USALEG") in kept
    spies = kept_actors("The CIA said it had warned the White House.", dt.date(2024, 5, 3))
    assert ("CIA", "USASPY") in spies
