"""Stop 54: blocks found by where lines sit: standfirsts, embedded posts, tables of contents,
captions that reword the story."""

from __future__ import annotations

import pytest

from ferry_story import BODY, LEDE, MORE
from ferry_story import removed as _removed
from flashpoint.clean.boilerplate import classify_line, strip_boilerplate


def test_standfirst_between_headline_and_byline_is_removed() -> None:
    dek = "Commuters face weeks of disruption. The operator blames the supplier."
    text = "\n".join(
        [
            "Valmora halts night ferries after second engine fire",
            dek,
            "By Ana Ribeiro",
            "Published 3 March 2027",
            LEDE,
            BODY,
            MORE,
        ]
    )
    kept, _ = strip_boilerplate(text)
    assert dek not in kept
    assert _removed(text)[dek] == "standfirst"
    assert LEDE in kept and BODY in kept


def test_standfirst_with_author_name_above_follow_button() -> None:
    dek = "A second fire in a week has stopped the night boats. Nobody knows for how long."
    text = "\n".join(
        [
            "Member-only story",
            "Why Valmora's ferries stopped running at night",
            dek,
            "Ana Ribeiro",
            "Follow",
            "5 min read",
            "Share",
            LEDE,
            BODY,
            MORE,
        ]
    )
    kept, _ = strip_boilerplate(text)
    assert dek not in kept and LEDE in kept


def test_lede_with_dateline_above_a_byline_is_story() -> None:
    lede = "VALMORA, March 3 (Test Wire) - The port authority suspended night ferries on Monday."
    text = "\n".join(["Valmora halts night ferries", lede, "By Ana Ribeiro", BODY, MORE])
    kept, _ = strip_boilerplate(text)
    assert lede in kept


def test_first_prose_line_without_byline_below_is_story() -> None:
    short_lede = "The port authority in Valmora suspended night ferries on Monday."
    text = "\n".join(["Valmora halts night ferries", short_lede, BODY, MORE])
    kept, _ = strip_boilerplate(text)
    assert short_lede in kept


def test_live_post_time_is_no_byline_for_a_standfirst() -> None:
    summary = "Night ferries are suspended after a second engine fire in a week."
    text = "\n".join(["Valmora ferries - live", summary, "10:42 GMT", LEDE, BODY, MORE])
    kept, _ = strip_boilerplate(text)
    assert summary in kept


def test_numbered_contents_whose_entries_return_as_subheads_are_removed() -> None:
    text = "\n".join(
        [
            "Explainer: why Valmora's ferries stopped",
            "On this page",
            "1. Why did the boats stop?",
            "2. Who pays for replacements?",
            LEDE,
            "Why did the boats stop?",
            BODY,
            "Who pays for replacements?",
            MORE,
        ]
    )
    kept, _ = strip_boilerplate(text)
    lines = kept.splitlines()
    assert "1. Why did the boats stop?" not in lines
    assert "2. Who pays for replacements?" not in lines
    assert "Why did the boats stop?" in lines and "Who pays for replacements?" in lines


def test_one_line_repeated_later_is_no_table_of_contents() -> None:
    quote = '"We want the boats back."'
    text = "\n".join([LEDE, quote, BODY, MORE, quote, "Island councillors met on Monday."])
    kept, _ = strip_boilerplate(text)
    assert kept.splitlines().count(quote) >= 1
    assert LEDE in kept and MORE in kept


def test_caption_above_a_photographer_credit_is_removed() -> None:
    caption = "Commuters wait at the closed ferry terminal in Valmora on Monday evening."
    credit = "(Photo by Ines Moura / The Valmora Post)"
    kept, _ = strip_boilerplate("\n".join([LEDE, BODY, caption, credit, MORE]))
    assert caption not in kept and credit not in kept
    assert BODY in kept and MORE in kept


def test_story_sentence_above_a_caption_with_its_own_words_stays() -> None:
    short = "The next sailing is due on Friday."
    caption = "Image: Ines Moura, left, has led the ferry union since 2019"
    kept, _ = strip_boilerplate("\n".join([LEDE, BODY, short, caption, MORE]))
    assert short in kept


def test_caption_repeating_part_of_the_paragraph_beside_it_is_removed() -> None:
    para = (
        "Many commuters have slept in their cars at the terminal, waiting for the first "
        "morning boat or for a lift from fishermen, the port authority said."
    )
    caption = "Many commuters have slept in their cars at the terminal."
    kept, _ = strip_boilerplate("\n".join([LEDE, para, caption, BODY, MORE]))
    assert caption not in kept.splitlines() and para in kept


def test_short_sentence_inside_the_next_paragraph_stays() -> None:
    short = "The boats stopped."
    para = "The boats stopped. Nobody has said when they will run again, the mayor said."
    kept, _ = strip_boilerplate("\n".join([LEDE, short, para, MORE]))
    assert short in kept.splitlines()


def test_publication_date_comes_from_the_byline_the_cleaner_removed() -> None:
    import datetime as dt

    from flashpoint.clean import split_text

    text = "\n".join(
        [
            "News | World | Business",
            "Valmora halts night ferries after second engine fire",
            "By Ana Ribeiro \u00b7 3 March 2027, 18:20",
            LEDE,
            BODY,
            "The ministry's review is due on 30 April 2027.",
            MORE,
        ]
    )
    parts = split_text(text)
    assert parts.published == dt.date(2027, 3, 3)
    assert LEDE in parts.body


def test_a_date_in_the_story_is_no_publication_date() -> None:
    from flashpoint.clean import split_text

    text = "\n".join(
        [
            "Valmora halts night ferries",
            "Ferry review due 30 April 2027, ministry says.",
            LEDE,
            BODY,
            MORE,
        ]
    )
    assert split_text(text).published is None


def test_author_bio_at_the_top_of_a_longform_page_is_removed() -> None:
    bio = (
        "Ines Moura is a Lisbon-based journalist who has covered island politics for a "
        "decade. Her work has appeared in several European magazines."
    )
    text = "\n".join(
        ["The night the boats stopped", bio, "March 2027 issue", "9 min read", LEDE, BODY, MORE]
    )
    kept, removed = strip_boilerplate(text)
    assert bio not in kept and LEDE in kept
    assert any(r.reason == "bio" and bio in r.text for r in removed)


def test_lede_about_a_reporter_followed_by_the_story_stays() -> None:
    lede = (
        "Ines Moura is a Lisbon-based journalist who was detained at Valmora airport on "
        "Sunday, her newspaper said, drawing protests from press freedom groups."
    )
    later = [
        "Airport officials declined to comment on the detention.",
        "Her editor said she had travelled to the island to report on the ferry strike.",
        "Press freedom groups called for her immediate release.",
    ]
    text = "\n".join(["Journalist held in Valmora", lede, "Advertisement", BODY, MORE, *later])
    kept, _ = strip_boilerplate(text)
    assert lede in kept


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("The boats can be visited until May. Admission \u20ac8, concessions \u20ac4.", "other"),
        ("Open Monday to Saturday, 09:30\u201317:00", "other"),
        (
            "The Island Reporting Scheme is funded by the regional government and two "
            "local papers to cover municipal councils.",
            "other",
        ),
        ("Admission to the ferry museum is free this weekend, the council said.", None),
        ("The new ferry service is funded by the European Union, officials said.", None),
    ],
)
def test_stop54_noise_families(line: str, kind: str | None) -> None:
    assert classify_line(line)[0] == kind


def test_poll_question_above_its_answer_buttons_is_removed() -> None:
    question = "Should Valmora buy its own ferries?"
    text = "\n".join([LEDE, BODY, "Have your say", question, "Yes", "No", "Vote", MORE])
    kept, _ = strip_boilerplate(text)
    assert question not in kept and MORE in kept


def test_question_subhead_above_the_story_stays() -> None:
    question = "What happens to the commuters?"
    kept, _ = strip_boilerplate("\n".join([LEDE, BODY, question, MORE, LEDE + " Again."]))
    assert question in kept


def test_teaser_in_sentences_inside_a_related_list_is_removed() -> None:
    teaser = "Island ferries keep getting older. Here's why nobody replaces them."
    text = "\n".join(
        [LEDE, BODY, MORE, "Recommended", teaser, "Valmora port strike enters second week"]
    )
    kept, _ = strip_boilerplate(text)
    assert teaser not in kept and MORE in kept


def test_short_story_lines_after_a_related_header_mid_story_stay() -> None:
    line = "The strike goes on. Talks resume on Friday."
    text = "\n".join([LEDE, BODY, "Related", line, "What the unions want", MORE, LEDE + " Again."])
    kept, _ = strip_boilerplate(text)
    assert line in kept


FACT = (
    "A post shared thousands of times since Monday says that Valmora has sold its ferry "
    "fleet to a foreign company and that the boats will never return to the island."
)


@pytest.mark.parametrize("badge", [["RATING: FALSE"], ["Rating", "FALSE"]])
def test_summary_in_a_fact_check_rating_box_is_removed(badge: list[str]) -> None:
    summary = "The ferries were taken out of service for repairs and have not been sold."
    text = "\n".join(
        [
            "No, Valmora has not sold its ferries",
            "By Ana Ribeiro",
            *badge,
            summary,
            "Share",
            "The claim",
            FACT,
            BODY,
            "Our verdict",
            "The ferries are under repair. The claim that they were sold is false.",
            MORE,
        ]
    )
    kept, _ = strip_boilerplate(text)
    lines = kept.splitlines()
    assert summary not in lines
    assert "The claim" in lines and FACT in lines and "Our verdict" in lines


def test_first_line_under_a_verdict_without_a_rating_stays() -> None:
    first = "The ferries were taken out of service for repairs and have not been sold."
    text = "\n".join(["Valmora ferries", "Our verdict", first, FACT, BODY, MORE])
    kept, _ = strip_boilerplate(text)
    assert first in kept


def test_newsletter_pitch_between_page_chrome_and_its_form_is_removed() -> None:
    pitch = "Island Letter: one story from the coast, every Friday, nothing more."
    text = "\n".join([LEDE, BODY, MORE, "Topics: Ferries, Valmora", pitch, "Your email", "Sign up"])
    kept, _ = strip_boilerplate(text)
    assert pitch not in kept and MORE in kept


def test_last_story_line_after_an_ad_above_a_form_stays() -> None:
    last = "The port authority will publish its findings on Friday."
    text = "\n".join([LEDE, BODY, MORE, "Advertisement", last, "Your email", "Sign up"])
    kept, _ = strip_boilerplate(text)
    assert last in kept
