"""Stop 55: page blocks the boilerplate classifier finds by where lines sit: fact boxes under
their heading, a press release's "About" section, scrambled paywall text."""

from __future__ import annotations

import pytest

from ferry_story import BODY, EARLIER, LAST, LEDE, MORE, QUOTE
from flashpoint.clean.boilerplate import strip_boilerplate


def test_fact_box_items_go_with_their_heading() -> None:
    fact = "Valmora's ferries carried 1.1 million passengers last year, a record."
    term = "Load line: the mark on a hull that shows how deep a ship may safely sit."
    figure = "Average fare: €4.20 (up from €3.90)"
    text = "\n".join(
        [
            LEDE,
            "Key figures",
            figure,
            BODY,
            "Did you know?",
            fact,
            MORE,
            LAST,
            "Key terms",
            term,
            "© 2027 The Valmora Ledger",
        ]
    )
    kept, _ = strip_boilerplate(text)
    for line in (fact, term, figure, "Did you know?", "Key terms"):
        assert line not in kept
    for line in (LEDE, BODY, MORE, LAST):
        assert line in kept


def test_story_under_a_box_heading_without_items_is_kept() -> None:
    # "In numbers" heads a box whose items the crawler lost: the paragraph below is story.
    text = "\n".join([LEDE, "The strike in numbers", BODY, MORE, LAST])
    kept, _ = strip_boilerplate(text)
    assert BODY in kept


def test_about_section_of_a_press_release_is_removed() -> None:
    about = (
        "The Valmora Port Authority is a public body set up in 1961 to run the island's "
        "harbours, ferry terminals and pilot services."
    )
    text = "\n".join(
        [
            LEDE,
            BODY,
            MORE,
            LAST,
            "About the Valmora Port Authority",
            about,
            "Media contacts: Press Office, +00 555 0100",
            "© 2027 PortWire",
        ]
    )
    kept, _ = strip_boilerplate(text)
    assert about not in kept
    assert LAST in kept


@pytest.mark.parametrize(
    "after",
    [
        # story prose follows: the heading is no press release's closing boilerplate
        [BODY, "Advertisement", MORE, LAST, "© 2027 PortWire"],
        # three paragraphs: the story's end, not an organisation's description
        [BODY, MORE, LAST, "© 2027 PortWire"],
    ],
)
def test_paragraph_after_an_about_heading_inside_the_story_is_kept(after: list[str]) -> None:
    text = "\n".join([LEDE, "About the Valmora Port Authority", *after])
    kept, _ = strip_boilerplate(text)
    assert BODY in kept and LAST in kept


def test_scrambled_paywall_lines_are_removed() -> None:
    scrambled = [
        "Vx qtelm dar opwi gnuze, hbrat ykso mfelq ziwp dro usnk valtre bzq.",
        "Oqm tbyr lnzea fiswu krt, pdoe gzax wlm hytsre cvb nuolq.",
    ]
    story = [LEDE, BODY, MORE, EARLIER, QUOTE, LAST]
    text = "\n".join([*story, *scrambled, "Subscribe to continue reading."])
    kept, _ = strip_boilerplate(text)
    for line in scrambled:
        assert line not in kept
    for line in story:
        assert line in kept
    # a short page: too few story words to tell the story's spelling from another's
    short = strip_boilerplate("\n".join([LEDE, BODY, scrambled[0]]))[0]
    assert scrambled[0] in short


def test_a_line_in_another_language_is_kept() -> None:
    # a quote left in Spanish shares no word with the English story, but its spelling
    quote = (
        '"Nadie nos avisó del incendio y ahora tenemos que esperar otra semana sin barco," '
        "dijo Pérez."
    )
    text = "\n".join([LEDE, BODY, quote, MORE, EARLIER, QUOTE, LAST])
    kept, _ = strip_boilerplate(text)
    assert quote in kept


def test_list_of_names_sharing_no_words_is_no_scrambled_text() -> None:
    credits = (
        "Director_Lee Min Ho, Writer_Park Ji Won, Composer_Choi Su Ah, Lighting_Han Dae Il, "
        "Costume_Yoon Hee."
    )
    text = "\n".join([LEDE, BODY, MORE, EARLIER, QUOTE, LAST, credits])
    kept, _ = strip_boilerplate(text)
    assert credits in kept
