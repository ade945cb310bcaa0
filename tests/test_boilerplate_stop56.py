"""Stop 56: glued app promos, toasts, overlay labels, e-paper jump lines and kickers; foreign
"continue reading" and "read also" links; e-paper, archive, newsletter and think-tank chrome;
fact-check and standings boxes inside a story; a dateline with an okina (U+02BB)."""

from __future__ import annotations

import pytest

from ferry_story import BODY, LAST, LEDE, MORE
from flashpoint.clean.boilerplate import classify_line, strip_boilerplate
from flashpoint.clean.shapes import line_shape

# --- glued markers


@pytest.mark.parametrize(
    ("line", "marker"),
    [
        (
            "Sailings resume on Friday.Download the Valmora 9 News app for breaking news alerts.",
            "Download the Valmora 9 News app",
        ),
        ("Sailings resume on Friday, the port said.Link copied", "Link copied"),
        ('"We were never told," said the union leader.Accessibility menu', "Accessibility menu"),
        ("The ferry union met the minister on Monday.Contd. on page 9", "Contd. on page 9"),
        ("El sindicato se reunió con el ministro el lunes.Sigue leyendo", "Sigue leyendo"),
        ("The island councils asked for replacement boats.Read in app", "Read in app"),
    ],
)
def test_marker_glued_to_the_end_is_cut(line: str, marker: str) -> None:
    kind, glued, rest = classify_line(line)
    assert kind is None
    assert marker in glued
    assert marker not in rest and rest.strip()


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "Also in Markets: Harbour fees rise for the third yearInspectors boarded the vessel.",
            "Inspectors boarded",
        ),
        ("From the archiveThe ferry service was first suspended in 1998.", "The ferry service"),
        ("DonateAid groups said the islands were running short of fuel.", "Aid groups"),
    ],
)
def test_marker_glued_to_the_start_is_cut(line: str, story: str) -> None:
    kind, prefix, rest = classify_line(line)
    assert kind is None
    assert rest.startswith(story)
    assert prefix and story not in prefix


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to download the new ferry app before the sailings resume.",
        "The strike continued on Monday, and page after page of complaints reached the port.",
        "The archive of sailing records was moved to the capital in 2019.",
        "Sponsored by the port, the study found that the engines were ten years overdue.",
        "The union said its link with the ministry had been copied to every island council.",
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
        "Lea además: El puerto de Valmora suspende los ferris nocturnos",
        "Open original ↗",
        "[column break]",
        "Ferry strike Contd. from page 1",
        "Printed and published by the Valmora Printing Co., Port Town. Regd. No. VAL/2019/12.",
        "Some images and embedded content in archived articles may no longer be available.",
        "Valmora \u22123°C · Air quality: good (PM2.5 9)",
        "Tallinn \u22124°C Snow",
        "The Marsh Institute is an independent think tank. Its fellows express their own views.",
        "Cite this article: Ruiz, A. (2027), 'Ferries and the islands', Marsh Institute.",
        "Plus: the harbour budget and a new timetable. Not displaying correctly?",
        "This week's newsletter is sponsored by Harbour Bank — loans for island businesses.",
        "That's all for this week. Thanks for reading — Ana and Tom.",
        "Was this forwarded to you? Sign up here.",
        "You're receiving this because you signed up at the Valmora Ledger website.",
        "How we fact-check →",
        "Sigue leyendo",
    ],
)
def test_page_furniture_line_is_noise(line: str) -> None:
    assert classify_line(line)[0] is not None


@pytest.mark.parametrize(
    "line",
    [
        "Temperatures fell to \u22123°C in Valmora overnight, the weather office said.",
        "The senators said they were expressing their own views on the ferry contract.",
        "Officials warned that some night sailings may no longer be available next year.",
        "Thanks to the union's pressure, the ministry agreed to charter two boats.",
        "A fact-check published by the port authority found the claims were false.",
        "Islanders read the original ferry contract at the town hall on Monday.",
    ],
)
def test_story_line_is_kept(line: str) -> None:
    assert classify_line(line)[0] is None


# --- blocks


def test_footnotes_at_the_end_of_a_commentary_are_removed() -> None:
    notes = [
        "[1] Port Authority of Valmora, annual safety report, 2026.",
        "[2] Transport Ministry, ferry licensing rules, 12 March 2025.",
    ]
    text = "\n".join([LEDE, BODY, MORE, LAST, *notes, "Topics: Ferries · Islands"])
    kept, _ = strip_boilerplate(text)
    for note in notes:
        assert note not in kept
    assert LAST in kept


def test_newsletter_list_in_brief_goes_with_its_heading() -> None:
    items = [
        "Harbour fees: the port will raise berth charges by five percent in April.",
        "Timetables: the summer ferry timetable is now online for all routes.",
    ]
    text = "\n".join([LEDE, BODY, MORE, LAST, "Quick hits", *items, "© 2027 The Bulletin"])
    kept, _ = strip_boilerplate(text)
    for line in ("Quick hits", *items):
        assert line not in kept
    assert LAST in kept


def test_fact_check_box_inside_a_story_is_removed() -> None:
    claim = "Claim: A video shows the ferry sinking off Valmora on Monday."
    text = "\n".join([LEDE, BODY, "FACT CHECK / VERIFICACIÓN", claim, "Rating: FALSE", MORE, LAST])
    kept, _ = strip_boilerplate(text)
    for line in ("FACT CHECK / VERIFICACIÓN", claim, "Rating: FALSE"):
        assert line not in kept
    for line in (LEDE, BODY, MORE, LAST):
        assert line in kept


def test_standings_widget_rows_go_with_their_heading() -> None:
    rows = ["1. Valmora Rowing Club 24 (TB 31.5)", "2. Port Town Athletic 24 (TB 29.0)"]
    text = "\n".join([LEDE, BODY, MORE, LAST, "Standings · Men · Final", *rows, "3. Isla 20"])
    kept, _ = strip_boilerplate(text)
    for row in rows:
        assert row not in kept
    assert LAST in kept


def test_dateline_with_an_okina_is_a_dateline() -> None:
    assert line_shape("HAWAI\u02bbI, United States") == "near"
    assert line_shape("ŁÓDŹ, Poland") == "near"
    text = "\n".join(["NUKU\u02bbALOFA, Tonga", LEDE, BODY, MORE, LAST])
    kept, _ = strip_boilerplate(text)
    assert "NUKU\u02bbALOFA, Tonga" in kept


def test_fact_check_box_explanation_goes_with_its_rating() -> None:
    claim = "Claim: A video shows the ferry sinking off Valmora on Monday."
    note = "The video was filmed in 2019 at another port. No ferry sank on Monday."
    text = "\n".join(
        [
            LEDE,
            BODY,
            "CEK FAKTA / FACT CHECK",
            claim,
            "Rating: FALSE",
            note,
            "How we fact-check →",
            MORE,
            LAST,
        ]
    )
    kept, _ = strip_boilerplate(text)
    assert note not in kept
    for line in (LEDE, BODY, MORE, LAST):
        assert line in kept


def test_story_after_a_fact_check_box_is_kept() -> None:
    # The rating closes the box and the story goes on: no link of the box below the paragraph.
    text = "\n".join([LEDE, "CEK FAKTA / FACT CHECK", "Rating: FALSE", BODY, MORE, LAST])
    kept, _ = strip_boilerplate(text)
    for line in (LEDE, BODY, MORE, LAST):
        assert line in kept
