"""Actor coding, stop 63: the WHO as a UN agency; an organisation's head by surname; Russia's
National Guard; a chamber's party members; munitions that strike; a listed name the parser
hung on an adjective; an organisation or a seat of power as the place something happened.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors

DAY = dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "day", "span", "code"),
    [
        # a UN specialised agency is the UN (the actors gold's rule 15)
        (
            "The World Health Organization warned of a cholera outbreak in Sudan.",
            DAY,
            "World Health Organization",
            "IGOUNO",
        ),
        # an organisation's head named by surname in a story that names the organisation
        (
            "The European Union tightened sanctions on Minsk, and Kallas said more would follow.",
            DAY,
            "Kallas",
            "IGOEEC",
        ),
        # Rosgvardia is an internal-security force
        (
            "Russia's National Guard detained dozens of protesters in Moscow.",
            DAY,
            "Russia's National Guard",
            "RUSCOP",
        ),
        # a chamber's party members are lawmakers
        (
            "Senate Republicans blocked the U.S. government's spending plan on Tuesday.",
            DAY,
            "Senate Republicans",
            "USALEG",
        ),
        # munitions that strike: the country that fired them, marked on its adjective
        (
            "Israeli missiles struck a power station in Yemen's Hodeidah port.",
            DAY,
            "Israeli",
            "ISR",
        ),
        (
            "Shelling went on overnight as Ukrainian drones and Russian rockets hit the town.",
            DAY,
            "Russian",
            "RUS",
        ),
        # a listed name the parser made a compound of the adjective after it
        (
            "The tribunal found the detention of Imran Khan illegal.",
            dt.date(2024, 3, 1),
            "Imran Khan",
            "PAKOPP",
        ),
        # an organisation's post is no venue
        (
            "Iran's envoy at the United Nations rejected the charge.",
            DAY,
            "United Nations",
            "IGOUNO",
        ),
        # a seat of power acting is the government
        ("The Kantei said the prime minister would visit Seoul.", DAY, "Kantei", "JPNGOV"),
    ],
)
def test_stop63_codes(text: str, day: dt.date, span: str, code: str) -> None:
    assert dict(kept_actors(text, day)).get(span) == code


@pytest.mark.parametrize(
    ("text", "day", "span", "code"),
    [
        # before she took the EU post, the surname is not the EU's
        (
            "The European Union tightened sanctions on Minsk, and Kallas said more would follow.",
            dt.date(2022, 3, 1),
            "Kallas",
            "IGOEEC",
        ),
        # Ukraine's National Guard is not Rosgvardia
        (
            "Ukraine's National Guard repelled an assault near Kharkiv.",
            DAY,
            "Ukraine's National Guard",
            "UKRCOP",
        ),
        # party members with no chamber are no legislature
        (
            "Democrats in Ohio knocked on doors ahead of the U.S. midterm elections.",
            DAY,
            "Democrats",
            "USALEG",
        ),
    ],
)
def test_stop63_not_these_codes(text: str, day: dt.date, span: str, code: str) -> None:
    assert dict(kept_actors(text, day)).get(span) != code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # munitions shot down, or only made somewhere, name no one who acts
        ("Air defences shot down Russian missiles over Kyiv.", "Russian"),
        ("Iranian-made missiles struck the base.", "Iranian"),
        # an organisation or a seat of power as where something was done
        (
            "The Kenyan president spoke to reporters at the United Nations after the vote.",
            "United Nations",
        ),
        ("The new prime minister entered the Kantei on Monday.", "Kantei"),
    ],
)
def test_stop63_no_actor(text: str, word: str) -> None:
    assert not any(word in phrase for phrase, _ in kept_actors(text, DAY))


@pytest.mark.parametrize(
    ("text", "day", "span", "code"),
    [
        # a definite age stands for the person named last in the sentences before
        (
            "The trial of opposition leader Kizza Besigye opened in Kampala on Monday. "
            "Lawyers for the 68-year-old said he had been abducted in Nairobi.",
            dt.date(2025, 1, 13),
            "68-year-old",
            "UGAOPP",
        ),
        # a breakaway region's capital acting is the government of the state it belongs to
        (
            "Tiraspol rejected the offer of fuel from the government in Chisinau.",
            DAY,
            "Tiraspol",
            "MDAGOV",
        ),
        # a party's coalition is the party's
        (
            "The Liberal Democratic Party said its new coalition would hold.",
            DAY,
            "its",
            "JPNPTY",
        ),
    ],
)
def test_stop63_later_mentions(text: str, day: dt.date, span: str, code: str) -> None:
    assert dict(kept_actors(text, day)).get(span) == code


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a person named in the same sentence is not whom the age stands for
        ("Interior Minister Kipchumba Murkomen said the 23-year-old had fled.", "23-year-old"),
        # an age with no one named before
        ("The 23-year-old had fled to the coast, police said.", "23-year-old"),
        # "its" of a body that is no party is left to the events layer
        ("The Kenyan foreign ministry said its new coalition would hold.", "its"),
    ],
)
def test_stop63_later_mentions_left_alone(text: str, span: str) -> None:
    assert span not in dict(kept_actors(text, DAY))
