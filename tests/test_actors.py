from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.layers.actors import actors_in
from flashpoint.nlp import load_nlp

pytestmark = pytest.mark.model


def _codes(text: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    doc = load_nlp()(text)
    return [(a.text, a.code) for a in actors_in(doc, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese troops clashed with Indian soldiers.",
            [("Chinese troops", "CHNMIL"), ("Indian soldiers", "INDMIL")],
        ),
        ("Beijing warned New Delhi.", [("Beijing", "CHNGOV"), ("New Delhi", "INDGOV")]),
        ("The Kremlin said it was ready.", [("Kremlin", "RUSGOV")]),
        ("China said it was ready.", [("China", "CHN")]),
        (
            "Indian Defence Minister Rajnath Singh arrived.",
            [("Indian Defence Minister Rajnath Singh", "INDGOV")],
        ),
        ("The government of Japan protested.", [("government of Japan", "JPNGOV")]),
        (
            "Belarusian riot police detained protesters.",
            [("Belarusian riot police", "BLRCOP"), ("protesters", "BLROPP")],
        ),
        (
            "Indian and Chinese soldiers clashed.",
            [("Indian and Chinese soldiers", "INDMIL"), ("Indian and Chinese soldiers", "CHNMIL")],
        ),
        ("NATO and the United Nations met.", [("NATO", "IGONAT"), ("United Nations", "IGOUNO")]),
        ("The People's Liberation Army moved.", [("People's Liberation Army", "CHNMIL")]),
    ],
)
def test_actor_codes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _codes(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Chinese apps were banned.", "Protesters marched.", "The weather was cold in the valley."],
)
def test_no_actor_without_a_country_or_a_name(text: str) -> None:
    assert _codes(text) == []


def test_dated_entries_follow_the_publication_date() -> None:
    before = _codes("The Taliban seized the town.", dt.date(2021, 5, 1))
    after = _codes("The Taliban seized the town.", dt.date(2022, 5, 1))
    assert before == [("Taliban", "AFGREB")]
    assert after == [("Taliban", "AFGGOV")]


def test_spans_point_at_the_words() -> None:
    text = "Officials said Russian forces shelled the town."
    doc = load_nlp()(text)
    for a in actors_in(doc):
        assert text[a.start : a.end] == a.text
