"""Actor coding, stop 64: a listed surname the tagger took for an organisation or a place;
"the attackers" after a named armed group; a country's Red Cross society; Commonwealth
civil-service titles; sport and weather roles are no state's. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors

DAY = dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "day", "span", "code"),
    [
        # a listed surname alone, in a story that names the person's country
        (
            "Guatemala's president again asked for the resignation of Porras on Friday.",
            dt.date(2024, 5, 3),
            "Porras",
            "GTMJUD",
        ),
        (
            "Senegal's top court annulled Sall's order delaying the vote.",
            dt.date(2024, 2, 20),
            "Sall",
            "SENGOV",
        ),
        # "the attackers" are the named group of the sentence before, not of where they fled
        (
            "Congo's army said fighters of the Allied Democratic Forces had killed 20 villagers "
            "in Congo's Ituri province. Congolese troops chased the attackers into the forest "
            "near Komanda.",
            DAY,
            "attackers",
            "UGAREB",
        ),
        # a country's Red Cross society is that country's NGO
        (
            "The Tongan Red Cross handed out tarpaulins after the storm.",
            DAY,
            "Tongan Red Cross",
            "TONNGO",
        ),
        # civil-service heads of ministries are the government
        (
            "Kenyan Immigration Principal Secretary Belio Kipsang said the new passports "
            "would be ready in May.",
            DAY,
            "Kenyan Immigration Principal Secretary Belio Kipsang",
            "KENGOV",
        ),
        (
            "The permanent secretary in Uganda's finance ministry said the budget would be cut.",
            DAY,
            "permanent secretary",
            "UGAGOV",
        ),
    ],
)
def test_stop64_codes(text: str, day: dt.date, span: str, code: str) -> None:
    assert dict(kept_actors(text, day)).get(span) == code


@pytest.mark.parametrize(
    ("text", "day", "span", "code"),
    [
        # no country in the story: the surname stays no one's
        (
            "Critics asked for the resignation of Porras on Friday.",
            dt.date(2024, 5, 3),
            "Porras",
            "GTMJUD",
        ),
        # the Red Cross alone is the international committee
        (
            "Hamas handed two captives to the Red Cross in Rafah.",
            DAY,
            "Red Cross",
            "PSENGO",
        ),
    ],
)
def test_stop64_not_these_codes(text: str, day: dt.date, span: str, code: str) -> None:
    # (the surname with no country is no actor at all; the Red Cross is still coded)
    assert dict(kept_actors(text, day)).get(span) != code


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # a place of its own, or two named groups of different countries: left to the rules
        # that were there
        (
            "Al-Shabaab and the Allied Democratic Forces both claimed raids. "
            "Police said the attackers in Mombasa had fled.",
            "attackers",
            "UGAREB",
        ),
    ],
)
def test_stop64_attackers_left_alone(text: str, span: str, code: str) -> None:
    got = dict(kept_actors(text, DAY))
    assert span in got
    assert got[span] != code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a sportsman's role is no state's
        (
            "England cricket captain Joe Root said the tour of Pakistan would go ahead.",
            "captain",
        ),
        ("Brazil captain Marquinhos said the squad was ready for Friday's game.", "captain"),
        ("Argentina coach Lionel Scaloni named three new players.", "coach"),
        # nor a forecaster's
        ("The weather bureau chief said the typhoon would reach Okinawa.", "chief"),
    ],
)
def test_stop64_no_actor(text: str, word: str) -> None:
    assert not any(word in phrase for phrase, _ in kept_actors(text, DAY))


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # an officer's rank after a service or a demonym is still the army's
        ("Russian army captain Ivan Sokolov was captured near Kharkiv.", "Sokolov", "RUSMIL"),
        ("A Ukrainian army team cleared mines near Kherson.", "Ukrainian army team", "UKRMIL"),
    ],
)
def test_stop64_ranks_stay(text: str, span: str, code: str) -> None:
    assert any(span in phrase and c == code for phrase, c in kept_actors(text, DAY))


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # the office of a person named before, acting, is the person's
        (
            "Colombia's Attorney General Luz Adriana Camargo rejected the charge, and her "
            "office said the inquiry would go on.",
            "her office",
            "COLJUD",
        ),
        # the holder is the subject of the clause before, not the person they host
        (
            "Mexican President Claudia Sheinbaum will receive the speaker on Monday, her "
            "office said.",
            "her office",
            "MEXGOV",
        ),
        # a country's central bank, even as the object of "close"
        ("Ecuador's new president vowed to close the central bank.", "central bank", "ECUGOV"),
    ],
)
def test_stop64_offices(text: str, span: str, code: str) -> None:
    assert dict(kept_actors(text, DAY)).get(span) == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an office someone runs for is held by no one in the phrase
        ("Chile's former interior minister said she would run for president.", "president"),
        # an office as a venue is no one
        ("Kenyan police searched the governor's aides at his office in Nakuru.", "his office"),
    ],
)
def test_stop64_offices_left_alone(text: str, word: str) -> None:
    assert not any(phrase == word for phrase, _ in kept_actors(text, DAY))


@pytest.mark.parametrize(
    ("text", "day", "span", "code"),
    [
        # a party acting against the government, or saying it will, is the opposition
        (
            "Japan's Constitutional Democratic Party said it would table a no-confidence "
            "motion against the cabinet.",
            DAY,
            "Japan's Constitutional Democratic Party",
            "JPNOPP",
        ),
        (
            "Pakistan Tehreek-e-Insaf boycotted the vote on the constitutional amendment.",
            DAY,
            "Pakistan Tehreek-e-Insaf",
            "PAKOPP",
        ),
        # a politician out of office campaigning is their party's
        (
            "Imran Khan campaigned for his candidates from prison, Pakistan's election "
            "commission said.",
            dt.date(2024, 1, 20),
            "Imran Khan",
            "PAKPTY",
        ),
    ],
)
def test_stop64_party_roles(text: str, day: dt.date, span: str, code: str) -> None:
    assert dict(kept_actors(text, day)).get(span) == code


@pytest.mark.parametrize(
    ("text", "day", "span", "code"),
    [
        # a party talking about someone else's boycott is not the one boycotting
        (
            "Japan's Liberal Democratic Party said the boycott of the vote by its rivals was "
            "unlawful.",
            DAY,
            "Japan's Liberal Democratic Party",
            "JPNPTY",
        ),
        # a party winning is in electoral affairs, not against the government
        (
            "India's Bharatiya Janata Party won the state election in Delhi.",
            DAY,
            "India's Bharatiya Janata Party",
            "INDPTY",
        ),
        # the opposition campaigning against the government stays the opposition
        (
            "Opposition leader Imran Khan campaigned against the government's budget.",
            dt.date(2024, 1, 20),
            "Opposition leader Imran Khan",
            "PAKOPP",
        ),
    ],
)
def test_stop64_party_roles_kept(text: str, day: dt.date, span: str, code: str) -> None:
    assert dict(kept_actors(text, day)).get(span) == code


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # of two demonyms joined by a hyphen, the last is the person's country
        (
            "Georgian-Israeli businessman Moshe Gabay was detained in Tbilisi.",
            "Israeli businessman Moshe Gabay",
            "ISRBUS",
        ),
        (
            "Armenian-Russian billionaire Arkady Petrosov was freed on Monday.",
            "Russian billionaire Arkady Petrosov",
            "RUSBUS",
        ),
    ],
)
def test_stop64_nationalities(text: str, span: str, code: str) -> None:
    assert dict(kept_actors(text, DAY)).get(span) == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the first demonym of the pair is no actor of its own
        ("Georgian-Israeli businessman Moshe Gabay was detained in Tbilisi.", "Georgian"),
        # a country only says where an unlisted person is from
        (
            "Tommy Fleetwood birdied the last hole to finish ahead of Shane Lowry of Ireland.",
            "Ireland",
        ),
    ],
)
def test_stop64_nationalities_no_actor(text: str, word: str) -> None:
    assert not any(word in phrase for phrase, _ in kept_actors(text, DAY))


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        # a listed person with a country after "of" keeps both
        ("Abiy Ahmed of Ethiopia met Isaias Afwerki of Eritrea.", "Ethiopia", "ETH"),
        # the listed person with that surname alone is still found
        ("CIA Director John Ratcliffe flew to Riyadh.", "CIA Director John Ratcliffe", "USASPY"),
    ],
)
def test_stop64_nationalities_kept(text: str, span: str, code: str) -> None:
    assert dict(kept_actors(text, DAY)).get(span) == code


def test_stop64_double_surname() -> None:
    # a double surname is not the listed person whose surname ends it
    found = kept_actors("Aid worker Nazanin Zaghari-Ratcliffe returned to London on Friday.", DAY)
    assert "USASPY" not in {code for _, code in found}
