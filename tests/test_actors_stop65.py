"""Actor coding, stop 65: a ministry that summons another state's envoy is not that
state's; a bare "Democratic Party" under a foreign dateline; a ship's captain is no
officer; "police on the Greek side"; the pope by his office. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import dated_actors

DAY = dt.date(2025, 6, 12)


def _codes(text: str, day: dt.date = DAY) -> list[tuple[str, str]]:
    """(text, code) of the actors ingest keeps, the text read with its dateline."""
    return dated_actors(text, day)


def _code_of(text: str, span: str, day: dt.date = DAY) -> str | None:
    return next((code for t, code in _codes(text, day) if span in t), None)


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # a ministry summoning an envoy is the other state's: the dateline's, else the one named
        (
            "DHAKA -- The foreign ministry summoned Myanmar's ambassador over the shelling.",
            "foreign ministry",
            "BGDGOV",
        ),
        (
            "The ministry called in and summoned the Chinese envoy, "
            "the Philippine foreign office said.",
            "Chinese envoy",
            "CHNGOV",
        ),
        (
            "The ministry summoned Russia's charge d'affaires on Monday, "
            "the Estonian government said.",
            "ministry",
            "ESTGOV",
        ),
        # a bare Democratic Party under a foreign dateline is that country's party
        (
            "ULAANBAATAR -- The Democratic Party quit the ruling coalition on Monday.",
            "Democratic Party",
            "MNGPTY",
        ),
        # a ship's captain is a seafarer
        (
            "Coast guards boarded the freighter and arrested the captain of the ship, "
            "Greek officials said.",
            "captain",
            "GRCCVL",
        ),
        # the side of a border names whose a role is
        (
            "Soldiers on the Afghan side fired mortars, Pakistani officials said.",
            "Soldiers",
            "AFGMIL",
        ),
        # the pope, by his office
        ("The pontiff urged both sides to return to talks.", "pontiff", "VATGOV"),
        ("The new pope will visit Lebanon in the autumn.", "pope", "VATGOV"),
        # a Coptic or Orthodox head is a religious figure, no Vatican
        ("Pope Tawadros II condemned the bombing of the church.", "Tawadros", "EGYCVL"),
        # an outlet or charity is where it is based
        ("A Vienna-based website published the leaked files on Monday.", "website", "AUTMED"),
        ("The Amman-based charity said its convoy had reached Gaza.", "charity", "JORNGO"),
        # foreign military instructors, named by their country
        ("Turkish instructors are training Somali commandos near Mogadishu.", "Turkish", "TURMIL"),
        # a legislature voting is the legislature, not a building
        (
            "The budget was approved in a vote in the Storting on Thursday.",
            "Storting",
            "NORLEG",
        ),
        # a government is a body of people, not a building
        ("Officials in the Maltese government denied the report.", "Maltese government", "MLTGOV"),
    ],
)
def test_stop65_codes(text: str, span: str, code: str) -> None:
    assert _code_of(text, span) == code


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # the ministry is not the summoned envoy's
        ("The ministry summoned the Danish ambassador on Friday.", "ministry", "DNKGOV"),
        # the American party keeps its country at home
        (
            "WASHINGTON -- The Democratic Party said it would fight the spending bill.",
            "Democratic Party",
            "USAOPP",
        ),
        # a website attacked is a thing, not an outlet
        ("Hackers defaced the news websites of Latvia on Friday.", "websites", "LVAMED"),
        # an officer's rank stays military
        (
            "A Ukrainian army captain was killed by shelling near Pokrovsk.",
            "captain",
            "UKRCVL",
        ),
    ],
)
def test_stop65_not_these_codes(text: str, span: str, code: str) -> None:
    assert _code_of(text, span) != code


def test_stop65_democrats_at_home() -> None:
    assert _code_of(
        "WASHINGTON -- The Democratic Party said it would fight the spending bill.",
        "Democratic Party",
    ) in ("USAPTY", "USAOPP")


def test_stop65_foreign_ministers_of_many() -> None:
    # many foreign ministers are no one country's
    assert _code_of("Western foreign ministers met in Brussels.", "foreign ministers") is None


def test_stop65_army_captain_is_military() -> None:
    assert (
        _code_of("A Ukrainian army captain was killed by shelling near Pokrovsk.", "captain")
        == "UKRMIL"
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # bare instructors are nobody's
        ("The ski resort hired more instructors for the winter season.", "instructors"),
        # protesters outside a chamber: the chamber is where
        ("Farmers rallied outside the Storting on Thursday.", "Storting"),
    ],
)
def test_stop65_no_actor(text: str, word: str) -> None:
    assert not any(word in t for t, _ in _codes(text))


@pytest.mark.parametrize(
    ("text", "day", "span", "code"),
    [
        # reigning monarchs are their state, on the days they reign
        (
            "King Frederik thanked the rescue crews in Copenhagen.",
            dt.date(2024, 6, 1),
            "Frederik",
            "DNKGOV",
        ),
        ("Emperor Naruhito addressed the Diet.", dt.date(2023, 1, 1), "Naruhito", "JPNGOV"),
        ("Prince Albert of Monaco opened the ocean conference.", DAY, "Albert", "MCOGOV"),
        ("Vanuatu's Jotham Napat signed the loan agreement.", DAY, "Napat", "VUTGOV"),
    ],
)
def test_stop65_office_holders(text: str, day: dt.date, span: str, code: str) -> None:
    assert _code_of(text, span, day) == code


def test_stop65_abdicated_queen_is_not_the_state() -> None:
    # Margrethe abdicated in January 2024
    assert _code_of("Queen Margrethe visited Greenland.", "Margrethe", dt.date(2025, 6, 1)) != (
        "DNKGOV"
    )


def test_stop65_regnal_number_is_no_surname() -> None:
    # "VI" alone is no one's surname
    from flashpoint.layers.actors import _surname_index

    assert "vi" not in _surname_index()
    assert "xiv" not in _surname_index()


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # a body's voice speaks for the body
        (
            "KARACHI -- Two soldiers were killed in a roadside blast, the army's media wing said.",
            "media wing",
            "PAKMIL",
        ),
        (
            "NAIROBI -- A spokeswoman for the police said 12 people had been arrested.",
            "spokeswoman",
            "KENCOP",
        ),
        # Pakistan's Rangers
        ("Sindh Rangers detained six party workers in Karachi.", "Sindh Rangers", "PAKCOP"),
        # people of a faith are civilians of the story's country
        (
            "JOS, Nigeria -- Gunmen killed 14 Christians in a village overnight.",
            "Christians",
            "NGACVL",
        ),
    ],
)
def test_stop65_voices_and_people(text: str, span: str, code: str) -> None:
    assert _code_of(text, span) == code


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # the government's own spokesman stays the government's
        ("MANILA -- The government's spokesman said the talks had failed.", "spokesman", "PHLGOV"),
        # a named outlet keeps its code
        ("TOKYO -- Kyodo's news service said the launch had failed.", "Kyodo", "JPNMED"),
    ],
)
def test_stop65_voices_left_alone(text: str, span: str, code: str) -> None:
    assert _code_of(text, span) == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rangers beat Celtic 2-1 at Ibrox on Saturday.", "Rangers"),
        ("Christian Lindner resigned as finance minister.", "Christian"),
    ],
)
def test_stop65_not_rangers_nor_faith(text: str, word: str) -> None:
    assert not any(t == word for t, _ in _codes(text))


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # a party's deputies by the party's name
        (
            "LISBON -- The Socialists said they would abstain in the budget vote.",
            "Socialists",
            "PRTPTY",
        ),
        # settlers in the West Bank are Israelis, though the story happens in Palestine
        ("HEBRON -- Settlers set fire to olive groves near the village.", "Settlers", "ISRCVL"),
    ],
)
def test_stop65_parties_and_settlers(text: str, span: str, code: str) -> None:
    assert _code_of(text, span) == code


def test_stop65_other_settlers_keep_their_country() -> None:
    assert _code_of("Dutch settlers reached the Cape in 1652.", "settlers") == "NLDCVL"


def test_stop65_title_in_apposition_completes_a_listed_person() -> None:
    # Odinga's listed roles end in March 2025; the title says what he is that day
    text = "The Kenyan opposition leader Raila Odinga called for fresh protests."
    assert _code_of(text, "Raila Odinga", dt.date(2025, 6, 12)) == "KENOPP"


def test_stop65_former_title_completes_nothing() -> None:
    text = "The former U.S. president Barack Obama endorsed the candidate."
    assert _code_of(text, "Barack Obama", dt.date(2025, 6, 12)) != "USAGOV"


@pytest.mark.parametrize(
    "text",
    [
        "The singer grew up in Macon, Georgia, and moved to Atlanta at 19.",
        "The wrestler was born in Gori, Georgia, in 1994.",
    ],
)
def test_stop65_state_after_a_town_is_where(text: str) -> None:
    # a country or state after a town and a comma says where the town is
    assert not any(t == "Georgia" for t, _ in _codes(text))


def test_stop65_countries_in_apposition_to_a_noun_stay() -> None:
    text = "Talks between the two neighbours, Armenia and Azerbaijan, resumed on Monday."
    assert _code_of(text, "Armenia") == "ARM"
