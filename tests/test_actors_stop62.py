"""Actor coding, stop 62: a listed politician named without a title near, but outside,
their offices (a candidate in the year before, a former leader out of office); a party or
lawmakers the phrase calls the opposition. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors


@pytest.mark.parametrize(
    ("text", "day", "span", "code"),
    [
        # the year before the first office: the party's candidate or leader-elect
        (
            "Jose Antonio Kast told cheering supporters in Santiago that order would return.",
            dt.date(2025, 12, 20),
            "Jose Antonio Kast",
            "CHLPTY",
        ),
        # out of office within a few years of the last: a former leader in opposition
        (
            "Frank Bainimarama accused the new coalition of betraying voters.",
            dt.date(2023, 2, 10),
            "Frank Bainimarama",
            "FJIOPP",
        ),
    ],
)
def test_a_politician_near_their_offices_is_coded(
    text: str, day: dt.date, span: str, code: str
) -> None:
    assert dict(kept_actors(text, day)).get(span) == code


@pytest.mark.parametrize(
    ("text", "day", "span"),
    [
        # long out of office: the news may be about a legacy, not an actor
        (
            "A statue of Nelson Mandela was unveiled outside the museum.",
            dt.date(2015, 5, 1),
            "Nelson Mandela",
        ),
        # years before any office
        (
            "Jose Antonio Kast spoke at a law school debate.",
            dt.date(2010, 5, 1),
            "Jose Antonio Kast",
        ),
    ],
)
def test_a_politician_far_from_their_offices_stays_uncoded(
    text: str, day: dt.date, span: str
) -> None:
    assert span not in dict(kept_actors(text, day))


def test_a_bare_surname_out_of_office_stays_uncoded() -> None:
    found = dict(kept_actors("Bainimarama said little on Tuesday.", dt.date(2023, 2, 10)))
    assert found.get("Bainimarama") is None


@pytest.mark.parametrize(
    ("text", "day", "span", "code"),
    [
        (
            "The opposition Law and Justice party called for early elections on Monday.",
            dt.date(2024, 5, 6),
            "opposition Law and Justice party",
            "POLOPP",
        ),
        (
            "Opposition Kuomintang lawmakers blocked the defence budget on Friday.",
            dt.date(2024, 5, 6),
            "Opposition Kuomintang lawmakers",
            "TWNOPP",
        ),
    ],
)
def test_a_party_called_the_opposition_is_the_opposition(
    text: str, day: dt.date, span: str, code: str
) -> None:
    assert dict(kept_actors(text, day)).get(span) == code


def test_a_party_beside_the_opposition_stays_a_party() -> None:
    found = dict(
        kept_actors("The Kuomintang said the opposition had misled voters.", dt.date(2024, 5, 6))
    )
    assert found.get("Kuomintang") == "TWNPTY"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Thousands of Afghan migrants were pushed out of Iran last month.", "Iran"),
        ("The mercenary group said it was leaving Mali after three years.", "Mali"),
        ("Police fired on crowds marking the storming of parliament a year ago.", "parliament"),
    ],
)
def test_where_someone_left_or_stormed_is_a_place(text: str, span: str) -> None:
    assert span not in dict(kept_actors(text, dt.date(2025, 6, 1)))


def test_whom_someone_left_to_act_stays_an_actor() -> None:
    found = dict(kept_actors("Russia left Syria to fend for itself.", dt.date(2025, 6, 1)))
    assert found.get("Syria") == "SYR"


def test_leaving_an_organisation_names_it() -> None:
    found = dict(kept_actors("Washington said it would leave NATO.", dt.date(2025, 6, 1)))
    assert found.get("NATO") == "IGONAT"


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        (
            "AMMAN -- Jordan's General Intelligence Department said it foiled a plot.",
            "Jordan's General Intelligence Department",
            "JORSPY",
        ),
        (
            "Turnout in Mexico was low, the National Electoral Institute said.",
            "Electoral Institute",
            "MEXGOV",
        ),
        (
            "A trial in Hong Kong opened before three government-appointed judges.",
            "judges",
            "HKGJUD",
        ),
        (
            "DONETSK, Ukraine -- Russia-backed separatists shelled the town.",
            "separatists",
            "UKRREB",
        ),
    ],
)
def test_role_words_and_backers(text: str, span: str, code: str) -> None:
    assert dict(kept_actors(text, dt.date(2024, 12, 1))).get(span) == code


def test_a_hyphenated_government_modifier_is_no_actor() -> None:
    found = dict(
        kept_actors(
            "A trial in Hong Kong opened before government-appointed judges.",
            dt.date(2024, 12, 1),
        )
    )
    assert found.get("judges") == "HKGJUD"
    assert "government" not in found


def test_a_leading_country_stays_the_coalitions() -> None:
    found = dict(
        kept_actors("The Saudi-led coalition said it had intercepted a drone.", dt.date(2020, 1, 5))
    )
    assert found.get("Saudi") == "SAU"


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        (
            "Transparency International Kenya called for an inquiry.",
            "Transparency International Kenya",
            "KENNGO",
        ),
        (
            "A Chinese naval task group held drills off the coast.",
            "Chinese naval task group",
            "CHNMIL",
        ),
        ("Rwanda accused the FDLR of shelling border villages.", "FDLR", "RWAREB"),
        (
            "Fighters of the Allied Democratic Forces raided a village near Beni.",
            "Allied Democratic Forces",
            "UGAREB",
        ),
    ],
)
def test_branches_groups_and_warships(text: str, span: str, code: str) -> None:
    found = dict(kept_actors(text, dt.date(2025, 3, 1)))
    assert any(code == c and span in t for t, c in found.items()), found


def test_an_ngo_beside_a_country_is_not_its_branch() -> None:
    found = dict(
        kept_actors("Amnesty International said Kenya must investigate.", dt.date(2025, 3, 1))
    )
    assert found.get("Amnesty International") == "NGOAMN"
    assert found.get("Kenya") == "KEN"


def test_a_state_outlets_country_service_is_the_outlet() -> None:
    found = dict(
        kept_actors(
            "Azerbaijani police raided the office of Sputnik Azerbaijan.", dt.date(2025, 6, 30)
        )
    )
    assert found.get("Sputnik Azerbaijan") == "RUSMED"


def test_a_democratic_party_in_a_story_on_korea_is_koreas() -> None:
    text = (
        "President Yoon Suk Yeol declared martial law in South Korea. The Democratic Party "
        "said it would move to impeach him."
    )
    # (moving to impeach the president, the party acts as the opposition: gold rule 9)
    assert dict(kept_actors(text, dt.date(2024, 12, 4))).get("Democratic Party") == "KOROPP"


def test_a_democratic_party_in_an_american_story_stays_american() -> None:
    text = "Senate Republicans and the Democratic Party clashed over the budget in Washington."
    assert dict(kept_actors(text, dt.date(2024, 12, 4))).get("Democratic Party") == "USAPTY"
