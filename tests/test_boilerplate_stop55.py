"""Stop 55: glued counters, credits and channel prompts; chrome in other languages; poll,
live-blog and gallery widgets; fact boxes, press-release boilerplate and scrambled paywall
text."""

from __future__ import annotations

import pytest

from ferry_story import BODY, LAST, LEDE, MORE
from flashpoint.clean.boilerplate import classify_line, strip_boilerplate

# --- glued markers


@pytest.mark.parametrize(
    ("line", "story"),
    [
        ("PUBLICIDADEThe ferry union called a strike for Friday.", "The ferry union"),
        ("PUBLICIDADEl sindicato convocó una huelga para el viernes.", "El sindicato"),
        ("Photo: Delta Survey TeamThe engineers measured the hull plates.", "The engineers"),
        ("Photos by Ana RuizInspectors boarded the second vessel.", "Inspectors boarded"),
    ],
)
def test_marker_glued_to_the_start_is_cut(line: str, story: str) -> None:
    kind, prefix, rest = classify_line(line)
    assert kind is None
    assert rest.startswith(story)
    assert prefix and story not in prefix


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        ("The strike will go ahead on Friday, the union said.Soma zaidi", "Soma zaidi"),
        ("The strike will go ahead on Friday, the union said. Đọc thêm", "Đọc thêm"),
        ("The ministry will rule before the end of the month.48 Comments", "48 Comments"),
        ("The ministry will rule within the month. 1.2k comentarios", "1.2k comentarios"),
        (
            "The ministry will rule next week.Click here to join our WhatsApp channel",
            "Click here to join our WhatsApp channel",
        ),
        (
            'The ministry will rule next week." Follow our Telegram channel for updates',
            "Follow our Telegram channel for updates",
        ),
    ],
)
def test_marker_glued_to_the_end_is_cut(line: str, marker: str) -> None:
    kind, glued, rest = classify_line(line)
    assert kind is None
    assert marker in glued
    assert marker not in rest and rest.strip()


@pytest.mark.parametrize(
    "line",
    [
        "Photo: the ferry at the quay in Valmora on Monday.",
        "The court received 48 comments from residents before it ruled.",
        "Officials said residents could register online today.",
        "Voters were told to click here and there on a broken screen.",
    ],
)
def test_story_lines_keep_their_words(line: str) -> None:
    _kind, glued, rest = classify_line(line)
    assert glued == ""
    assert rest == line


# --- whole lines


@pytest.mark.parametrize(
    "line",
    [
        "Ce site utilise des cookies pour analyser le trafic. Vous pouvez changer d'avis.",
        "Este sitio usa cookies para mejorar tu experiencia de lectura en la web.",
        "Wir verwenden Cookies, um unsere Seite für Sie zu verbessern.",
        "Refresh (2 new)",
        "Actualizar (5 nuevas)",
        "Source: National Statistics Office (preliminary figures)",
        "Poll: Should the capital host the next games?",
        "1,204 votes · Poll closed",
        "Bet on the cup final — odds from 2.10. 18+ Gamble responsibly.",
        "Images accompanying this release are available at https://media.example/ferry",
        "This photo may contain graphic content. Click to view",
        "Open gallery (9 images)",
        "Loans for small shops, approved in a day. Apply online today.",
        "Journal reference: Okello P. et al., Lake Science Reports, 2027.",
        "About the Valmora Port Authority",
    ],
)
def test_page_furniture_line_is_noise(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "The source said the minister had not been told about the fire.",
        "The poll, published on Sunday, gave the opposition a lead of four points.",
        "He won 1,204 votes, fewer than in 2022.",
        "Residents can apply for compensation at the town hall.",
        "The gallery will reopen in March after repairs.",
        "Officials said the new rules would help people gamble responsibly.",
        "About 3,000 commuters use the night boats every week.",
    ],
)
def test_story_line_is_kept(line: str) -> None:
    assert classify_line(line)[0] is None


def test_interviewee_bio_at_the_end_is_removed() -> None:
    bio = "Marta Quiroga is a professor of maritime law and advises the island councils."
    text = "\n".join([LEDE, BODY, MORE, LAST, bio, "© 2027 The Valmora Ledger"])
    kept, _ = strip_boilerplate(text)
    assert bio not in kept
    assert LAST in kept
