"""Actor coding for the classes found short on the third gold batch (stop 54): seats of
power named by their town or building, dated roles of well-known people, role nouns,
coreference and non-actor places."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors
from flashpoint.nlp import load_nlp

pytestmark = pytest.mark.model


def _kept(text: str, day: dt.date = dt.date(2024, 5, 1)) -> list[tuple[str, str]]:
    return kept_actors(text, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rawalpindi has said nothing about the general's arrest.", ("Rawalpindi", "PAKMIL")),
        ("Karlsruhe ruled that the budget breached the debt brake.", ("Karlsruhe", "DEUJUD")),
        ("Holyrood backed the motion by 68 votes to 57.", ("Holyrood", "GBRLEG")),
        ("Stormont rejected the proposal on Monday.", ("Stormont", "GBRLEG")),
    ],
)
def test_seats_of_power_act_as_their_body(text: str, expected: tuple[str, str]) -> None:
    assert expected in _kept(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A car bomb exploded in Rawalpindi on Sunday, killing six people.", "Rawalpindi"),
        ("Thousands marched in Karlsruhe against the new law.", "Karlsruhe"),
    ],
)
def test_seat_towns_that_say_where_are_not_actors(text: str, place: str) -> None:
    assert all(t != place for t, _ in _kept(text))


def _code(text: str, phrase: str, day: dt.date) -> str | None:
    """Return the code of the kept actor whose words include ``phrase``."""
    return next((c for t, c in _kept(text, day) if phrase in t), None)


@pytest.mark.parametrize(
    ("text", "phrase", "day", "code"),
    [
        (
            "Trump told supporters in Iowa he would win back the White House.",
            "Trump",
            dt.date(2023, 9, 2),
            "USAOPP",
        ),
        (
            "Trump signed an executive order on tariffs on Friday.",
            "Trump",
            dt.date(2025, 4, 4),
            "USAGOV",
        ),
        (
            "Burhan vowed to keep fighting until the RSF was defeated.",
            "Burhan",
            dt.date(2024, 3, 1),
            "SDNMIL",
        ),
        (
            "Burhan dissolved the cabinet and declared a state of emergency.",
            "Burhan",
            dt.date(2021, 10, 25),
            "SDNGOV",
        ),
        (
            "Burhan said Dagalo's fighters had looted the city.",
            "Dagalo",
            dt.date(2024, 3, 1),
            "SDNREB",
        ),
        (
            "Christine Lagarde warned that inflation was still too high.",
            "Lagarde",
            dt.date(2023, 6, 15),
            "IGOEEC",
        ),
        (
            "Christine Lagarde said the fund would lend Greece more money.",
            "Lagarde",
            dt.date(2015, 6, 15),
            "IGOIMF",
        ),
        ("Maia Sandu accused Moscow of plotting a coup.", "Sandu", dt.date(2023, 2, 13), "MDAGOV"),
        (
            "Chris Hipkins said the budget would hurt renters.",
            "Hipkins",
            dt.date(2024, 5, 30),
            "NZLOPP",
        ),
        (
            "Venancio Mondlane called for a national strike.",
            "Mondlane",
            dt.date(2024, 11, 5),
            "MOZOPP",
        ),
        ("Netanyahu rejected the ceasefire proposal.", "Netanyahu", dt.date(2024, 5, 1), "ISRGOV"),
    ],
)
def test_well_known_people_by_their_role_on_the_day(
    text: str, phrase: str, day: dt.date, code: str
) -> None:
    assert _code(text, phrase, day) == code


def test_bibi_inside_another_name_is_not_netanyahu() -> None:
    text = "Asia Bibi, the Christian woman acquitted of blasphemy, left Pakistan for Canada."
    assert _code(text, "Bibi", dt.date(2019, 5, 8)) is None


def _masked(text: str, day: dt.date) -> list[tuple[str, str]]:
    """Return (text, code) of the actors in an article whose dateline is blanked, as ingest
    parses it."""
    from flashpoint.layers.actors import actors_in
    from flashpoint.nlp import mask_datelines

    doc = load_nlp()(mask_datelines(text))
    return [(a.text, a.code) for a in actors_in(doc, published=day)]


def test_an_actor_after_a_blanked_dateline_starts_at_its_first_word() -> None:
    text = "KYIV, May 2 — Volodymyr Zelensky said on Thursday that air defences had held."
    kept = _masked(text, dt.date(2024, 5, 2))
    assert kept and all(not t[:1].isspace() for t, _ in kept)
    assert all(t != "KYIV" for t, _ in kept)


@pytest.mark.parametrize(
    ("text", "surname", "code"),
    [
        (
            "Zabihullah Mujahid said the strikes had killed civilians. Mujahid warned Islamabad.",
            "Mujahid",
            "AFGGOV",
        ),
        (
            "Rajnath Singh arrived in Moscow on Monday. Singh said the talks went well.",
            "Singh",
            "INDGOV",
        ),
    ],
)
def test_a_surname_after_the_full_listed_name_is_that_person(
    text: str, surname: str, code: str
) -> None:
    kept = _kept(text, dt.date(2024, 3, 19))
    assert (surname, code) in kept


def test_an_acronym_is_no_family_name() -> None:
    text = "Kim Jong Un watched the launch. The UN condemned it, and Kim vowed more tests."
    kept = _kept(text, dt.date(2024, 3, 19))
    assert ("UN", "IGOUNO") in kept
    assert ("Kim", "PRKGOV") in kept


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("MI6 chief Richard Moore warned of Chinese espionage.", "MI6 chief", "GBRSPY"),
        ("First Minister John Swinney called the ruling a disgrace.", "John Swinney", "GBRGOV"),
        ("Poland's Senate president opened the session.", "Senate president", "POLLEG"),
        (
            "Ayaz Kurmanov, head of Kyrgyzstan's State Committee for National Security, spoke.",
            "State Committee",
            "KGZSPY",
        ),
    ],
)
def test_titles_and_role_nouns(text: str, phrase: str, code: str) -> None:
    assert _code(text, phrase, dt.date(2024, 10, 1)) == code


def test_a_company_chief_takes_no_government_code() -> None:
    text = "Former Nomura chief Jan Kowalczyk was barred from the presidential race in Ghana."
    assert all(not c.endswith("GOV") for t, c in _kept(text) if "Kowalczyk" in t)


def test_a_host_country_is_no_broadcaster() -> None:
    kept = _kept("Qatar will host the talks, and the host said the meeting was useful.")
    assert all(c != "QATMED" for _, c in kept)


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The Jakarta Post said the minister had resigned.", "Jakarta Post", "IDNMED"),
        ("The Bangkok Post quoted a police source.", "Bangkok Post", "THAMED"),
        ("Energy Transfer said the pipeline would reopen.", "Energy Transfer", "USABUS"),
        ("The AU's Peace and Security Council suspended Gabon.", "Peace and Security", "IGOAFU"),
    ],
)
def test_named_papers_companies_and_igo_organs(text: str, phrase: str, code: str) -> None:
    assert _code(text, phrase, dt.date(2024, 10, 1)) == code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kerry Washington and Idris Elba presented the award.", "Washington"),
        ("Partizan Belgrade signed a striker from Lokomotiv Moscow.", "Belgrade"),
        ("Grover Washington played the saxophone solo.", "Washington"),
        ("Partizan Belgrade signed a striker from Lokomotiv Moscow.", "Moscow"),
    ],
)
def test_a_capital_ending_a_persons_or_clubs_name_is_no_actor(text: str, name: str) -> None:
    assert all(t != name for t, _ in _kept(text))


def test_capitals_that_act_stay_actors() -> None:
    kept = _kept("Washington and Beijing traded accusations over the tariffs.")
    assert ("Washington", "USAGOV") in kept
    assert ("Beijing", "CHNGOV") in kept
