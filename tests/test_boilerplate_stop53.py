"""Stop 53: consent walls in other languages, live blogs, NGO and government pages, podcasts,
print views, paywall badges and comment threads; lists and subheads the story keeps."""

from __future__ import annotations

import pytest

from flashpoint.clean.boilerplate import classify_line, strip_boilerplate

LEDE = (
    "Flood water rose through the lower town of Valmora overnight, forcing about 2,000 "
    "residents from their homes, regional officials said on Saturday."
)
BODY = (
    "The river crested at 6.2 metres shortly before dawn, the highest level recorded since "
    "the gauge was installed in 1961, the water authority said."
)
MORE = (
    "Army engineers began building a temporary dyke along the eastern bank on Saturday "
    "afternoon, and schools in the district will stay closed until Wednesday."
)
LAST = (
    "The regional council said it would meet on Monday to decide on emergency payments for "
    "households whose homes were flooded."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Nous et nos 212 partenaires stockons des informations sur votre appareil.", "cookie"),
        (
            "Questo sito usa cookie per migliorare la tua esperienza. Cliccando "
            "\u00abAccetta tutto\u00bb acconsenti.",
            "cookie",
        ),
        ("News release \u00b7 12 March 2027", "byline"),
        ("Notes to editors:", "other"),
        ("Our spokespeople are available for interviews in Spanish and English.", "contact"),
        ("Why am I seeing this?", "other"),
        ("This is a subscriber-only article.", "paywall"),
        ("Already registered? Log in", "paywall"),
        ("Winter appeal: \u00a325 could keep a family warm for a month.", "donation"),
        ("In this week's episode, our reporters look back at the strike.", "audio"),
        ("12/03/2027, 10:05 https://example.org/news/strike 2/3", "other"),
        ("Masterclass: Reporting elections safely \u2014 20 March. Book now", "ad"),
        ("Accessibility information: Step-free access via the side entrance.", "other"),
        (
            "Crowds are still building outside the ministry. \u2014 Ana P. (@ana_reports) "
            "March 12, 2027",
            "social",
        ),
        ("This is an archived copy of https://example.org/story taken on 3 March.", "other"),
        ("Mobile version Desktop version", "other"),
        ("Volunteers clear rubble in the square on Monday. (Coastal Radio Network)", "caption"),
    ],
)
def test_stop53_noise_families(line: str, kind: str) -> None:
    assert classify_line(line)[0] == kind


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for official flood alerts by texting FLOOD to 3030, the council said.",
        "The charity said a gift of $2 million from a foundation would pay for the clinics.",
        "Volunteers sold cookies outside the town hall and agreed to accept payment by card.",
        "The appeal court said on Friday that the ban would stay in force.",
        "Spokespeople for the ministry did not answer calls on Saturday.",
        "In this case, the court said, the minister had acted lawfully.",
    ],
)
def test_stop53_story_lines_with_the_same_words_stay(line: str) -> None:
    assert classify_line(line)[0] is None


@pytest.mark.parametrize(
    ("glued", "kept"),
    [
        (BODY + "Donate now", BODY),
        (BODY + "Subscribe to continue reading", BODY),
        (BODY + "Related stories", BODY),
        ("Listen to this episode" + BODY, BODY),
        ("Vezi \u0219i: Dyke works begin in the lower townThe river crested", "The river crested"),
        ("L\u00e4s ocks\u00e5: Schools shut after the floodThe river crested", "The river crested"),
    ],
)
def test_stop53_glued_markers_are_cut(glued: str, kept: str) -> None:
    clean, _ = strip_boilerplate("\n".join([LEDE, glued, MORE, LAST]))
    lines = clean.splitlines()
    assert lines[0] == LEDE
    assert lines[1] == kept


def test_a_list_the_story_introduces_with_a_colon_stays() -> None:
    items = ["- Valmora: 1,200", "- Ostrin: 540", "- Bela Ves: 260"]
    text = "\n".join([LEDE, "Residents evacuated, by town:", *items, MORE, LAST])
    clean, _ = strip_boilerplate(text)
    assert clean.splitlines() == [LEDE, "Residents evacuated, by town:", *items, MORE, LAST]


def test_a_list_of_short_lines_without_an_introducing_colon_still_goes() -> None:
    items = ["- Valmora: 1,200", "- Ostrin: 540", "- Bela Ves: 260"]
    clean, _ = strip_boilerplate("\n".join([LEDE, BODY, *items, MORE, LAST]))
    assert clean.splitlines() == [LEDE, BODY, MORE, LAST]


def test_a_list_item_above_a_post_time_is_not_a_title() -> None:
    text = "\n".join([LEDE, "- Schools will stay closed until Wednesday.", "10:15 CET", BODY])
    clean, _ = strip_boilerplate(text)
    assert "- Schools will stay closed until Wednesday." in clean.splitlines()


def test_live_blog_post_author_goes_and_post_headline_stays() -> None:
    text = "\n".join(
        [
            "Pinned",
            "What we know so far",
            LEDE,
            "11:40 CET",
            "Marek Novotny",
            "Dyke works begin",
            BODY,
            "10:15 CET",
            "River crests at 6.2 metres, water authority says",
            MORE,
            LAST,
        ]
    )
    clean, removed = strip_boilerplate(text)
    assert clean.splitlines() == [
        "What we know so far",
        LEDE,
        "Dyke works begin",
        BODY,
        "River crests at 6.2 metres, water authority says",
        MORE,
        LAST,
    ]
    assert any("Marek Novotny" in r.text and r.reason == "byline" for r in removed)


def test_a_stock_subhead_without_its_paragraph_goes() -> None:
    clean, _ = strip_boilerplate("\n".join([LEDE, BODY, MORE, LAST, "What happens next"]))
    assert clean.splitlines() == [LEDE, BODY, MORE, LAST]


def test_reader_comments_under_their_authors_go() -> None:
    comments = [
        "38 comments",
        "river_watcher \u00b7 2 h",
        "Same thing happened in 2010. Nobody fixed the dyke then either.",
        "\u25b2 12 \u25bc \u00b7 Reply \u00b7 Report",
        "anna.k \u00b7 1 h",
        "Stay safe everyone in the lower town.",
    ]
    clean, removed = strip_boilerplate("\n".join([LEDE, BODY, MORE, LAST, *comments]))
    assert clean.splitlines() == [LEDE, BODY, MORE, LAST]
    assert any("Stay safe" in r.text and r.reason == "comments" for r in removed)


def test_an_author_line_without_a_comment_section_takes_no_story_line() -> None:
    clean, _ = strip_boilerplate("\n".join(["river_watcher \u00b7 2 h", LEDE, BODY, MORE]))
    assert clean.splitlines() == [LEDE, BODY, MORE]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Nairobi-based journalist covering East African politics and elections.", "bio"),
        (
            "The two leaders met at the border crossing on Friday. / Regional Press Pool",
            "caption",
        ),
        (
            "This release contains forward-looking statements about the timing of the plant's "
            "construction, its cost, its output, the financing the company expects to raise "
            "from lenders and partners, the permits it still needs from regional authorities, "
            "and the risks that could cause actual results to differ materially from them.",
            "other",
        ),
    ],
)
def test_stop53_nameless_bios_slash_credits_and_long_disclaimers(line: str, kind: str) -> None:
    assert classify_line(line)[0] == kind


@pytest.mark.parametrize(
    "line",
    [
        "A Nairobi-based journalist covering the protests was detained on Friday, police said.",
        "The ministry said the photos were taken on Friday and released on Saturday.",
    ],
)
def test_stop53_story_sentences_about_journalists_and_photos_stay(line: str) -> None:
    assert classify_line(line)[0] is None
