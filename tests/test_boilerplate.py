"""Each kind of crawl noise is removed; story lines, quotes and subheads are kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashpoint.clean.boilerplate import classify_line, load_rules, strip_boilerplate

STORY = [
    "KYIV, March 3 (Test Wire) - Russian forces shelled the port city overnight, regional "
    "officials said on Tuesday.",
    '"We will not back down," the governor said.',
    "The ministry said it would support the affected families with emergency payments.",
    "Turkey's support for Azerbaijan has been decisive, analysts say.",
    "Readers of the local newspaper queued for hours to buy bread.",
    "Police said the cookies handed out at the rally were safe to eat.",
]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Support independent journalism! Give once or become a monthly supporter.", "donation"),
        ("Once | Monthly | Annual", "donation"),
        ("( ) Once ( ) Monthly ( ) Annual", "donation"),
        ("Continue -> Remind me later", "donation"),
        ("$5 $10 $25 Other", "donation"),
        ("Sign up for our morning briefing, delivered to your inbox.", "newsletter"),
        ("By submitting this form, I agree to the terms of use and privacy policy.", "newsletter"),
        ("Email address: [ ] SIGN UP", "newsletter"),
        (
            "We use cookies to improve your experience. By continuing you accept our policy.",
            "cookie",
        ),
        ("[Accept all] [Reject all] [Manage preferences]", "cookie"),
        ("Share this article", "share"),
        ("Facebook Twitter WhatsApp Email Copy link", "share"),
        ("Soldiers patrol near the border on Monday. (Photo: Ana Ruiz/Test Wire)", "caption"),
        ("Protesters march in the capital. REUTERS/Jan Novak", "caption"),
        ("Advertisement", "ad"),
        ("--- ADVERTISEMENT ---", "ad"),
        ("Comments (12)", "comments"),
        ("Home | World | Europe | Politics", "nav"),
        ("Skip to main content", "nav"),
        ("(c) 2021 Test Wire. All rights reserved.", "footer"),
        ("(Reporting by Ana Ruiz; Editing by Jan Novak)", "credit"),
        ("READ MORE: Troops withdraw from disputed ridge", "readmore"),
        ("Was this article helpful? Yes / No", "feedback"),
        ("------------------", "rule"),
    ],
)
def test_noise_kinds(line: str, kind: str) -> None:
    assert classify_line(line)[0] == kind


@pytest.mark.parametrize("line", STORY)
def test_story_lines_are_kept(line: str) -> None:
    assert classify_line(line)[0] is None


def test_glued_read_more_is_cut_from_the_story_sentence() -> None:
    text = "Read moreThe defence ministers met in Moscow on Friday."
    clean, removed = strip_boilerplate(text)
    assert clean == "The defence ministers met in Moscow on Friday."
    assert [(r.text, r.reason) for r in removed] == [("Read more", "readmore")]


def test_related_list_goes_with_its_header_and_the_story_resumes() -> None:
    text = "\n".join(
        [
            STORY[0],
            "Related:",
            "- Ceasefire talks stall in Geneva",
            "Who is the new defence minister?",
            "Explainer: the frontline in maps",
            STORY[2],
        ]
    )
    clean, removed = strip_boilerplate(text)
    assert clean.split("\n") == [STORY[0], STORY[2]]
    assert removed[0].reason == "related" and removed[0].text.count("\n") == 3


def test_author_bio_only_at_the_end() -> None:
    bio = "Ana Ruiz is Test Wire's Kyiv correspondent. She has covered the war since 2014."
    clean, removed = strip_boilerplate("\n\n".join([STORY[0], STORY[2], bio]))
    assert bio not in clean and removed[-1].reason == "bio"
    clean, _ = strip_boilerplate(
        "\n\n".join([bio, STORY[0], STORY[1], STORY[2], STORY[3], STORY[4]])
    )
    assert clean.startswith("Ana Ruiz is")  # at the top it is a story sentence


def test_paragraphs_survive() -> None:
    text = f"{STORY[0]}\n\nShare this article\n\n{STORY[1]}\n{STORY[2]}"
    clean, _ = strip_boilerplate(text)
    assert clean == f"{STORY[0]}\n\n{STORY[1]}\n{STORY[2]}"


def test_rules_compile_and_have_known_scopes() -> None:
    rules = load_rules()
    assert len(rules) > 20
    assert {r.scope for r in rules} <= {"full", "search", "prefix", "suffix", "header", "tail"}


@given(
    st.lists(
        st.sampled_from(
            [*STORY, "Share this article", "Advertisement", "Read moreThe talks resumed."]
        ),
        max_size=8,
    )
)
def test_cleaning_is_idempotent(lines: list[str]) -> None:
    once, _ = strip_boilerplate("\n".join(lines))
    twice, removed = strip_boilerplate(once)
    assert twice == once and removed == ()


def test_read_more_glued_to_the_end_of_a_paragraph() -> None:
    clean, removed = strip_boilerplate(f"{STORY[0]}Read more\n{STORY[2]}")
    assert clean == f"{STORY[0]}\n{STORY[2]}"
    assert removed[0].reason == "readmore"


def test_a_caption_repeating_a_story_sentence_is_dropped_once() -> None:
    text = "\n".join([STORY[2], STORY[0], STORY[3], STORY[2], STORY[4]])
    clean, removed = strip_boilerplate(text)
    assert clean.split("\n") == [STORY[0], STORY[3], STORY[2], STORY[4]]
    assert [r.reason for r in removed] == ["duplicate"]


def test_menus_and_mastheads_around_the_story_go_short_lines_inside_stay() -> None:
    text = "\n".join(
        [
            "NEWS",
            "World",
            "Politics",
            STORY[0],
            "Aftermath",
            STORY[2],
            STORY[3],
            "Latest headlines",
            "Oil prices slip",
            "Cup final tonight",
        ]
    )
    clean, removed = strip_boilerplate(text)
    assert clean.split("\n") == [STORY[0], "Aftermath", STORY[2], STORY[3]]
    assert {r.reason for r in removed} == {"furniture"}


def test_a_clean_text_is_left_alone() -> None:
    text = "\n\n".join(STORY)
    assert strip_boilerplate(text) == (text, ())
    assert strip_boilerplate("Beijing accused New Delhi of provocation.")[1] == ()
