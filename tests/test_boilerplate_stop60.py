"""Stop 60: ad markers with their reading prompt and arrowed "Read more" links glued to a
story sentence; arrowed related headlines; glued donation buttons; metered paywalls and
trial offers; disclaimers; acknowledgements of country; newsletter pitches; bracketed ad
markers. Lines written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.clean.boilerplate import classify_line


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "Advertisement · Continue reading belowThe harbour board voted to raise fees again.",
            "The harbour board",
        ),
        (
            "ADVERTISEMENT — story continues belowThe mayor said the levy would stay in place.",
            "The mayor said",
        ),
        (
            "Read more \u203aThe valley has been without power since the storm on Friday.",
            "The valley has been",
        ),
    ],
)
def test_marker_glued_to_the_start_is_cut(line: str, story: str) -> None:
    kind, prefix, rest = classify_line(line)
    assert kind is None
    assert rest.startswith(story)
    assert prefix and story not in prefix


def test_an_arrowed_link_before_a_headline_is_a_related_link_not_a_story_line() -> None:
    # No sentence follows the arrow: the whole line is a link to another story.
    line = "Read more \u203a Fishing crews block port over new quotas"
    kind, prefix, rest = classify_line(line)
    assert kind is not None
    assert not prefix and rest == line


@pytest.mark.parametrize(
    "line",
    [
        "The senator said the audit would be published in March.Support independent reporting →",
        "Crews worked through the night to restore the line.Donate now",
    ],
)
def test_a_donation_button_glued_to_the_end_is_cut(line: str) -> None:
    kind, glued, rest = classify_line(line)
    assert kind is None
    assert glued
    assert rest.endswith(".")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ALSO READ ▸ Teachers threaten strike over unpaid allowances", "readmore"),
        ("READ ALSO >> Council delays vote on bus fares until spring", "readmore"),
        ("If you can, please back us today. It only takes a minute.", "donation"),
        ("Journalism like this costs money.", "donation"),
        ("Help us keep reporting from the places others have left.", "donation"),
        ("Give now", "donation"),
        ("You have 3 of 10 free articles left this month.", "paywall"),
        ("Every edition, all the data tools: free for 30 days, then cancel anytime.", "paywall"),
        ("Request a trial", "paywall"),
        ("Join free", "paywall"),
        ("This story is for information only and is not financial advice.", "other"),
        (
            "We acknowledge the Traditional Custodians of the land and pay respects to Elders "
            "past and present.",
            "other",
        ),
        ("Anything to add? Comments are open until 6pm on Friday.", "comments"),
        ("Like what you read? Get the best of the week in one email.", "newsletter"),
        ("Start your morning with The Harbour Brief", "newsletter"),
        ("[AD]", "ad"),
        ("(Sponsored)", "ad"),
        ("By Lena Vartanian and Omar Haddad · Nov. 30, 2026", "byline"),
    ],
)
def test_noise_line_is_claimed(line: str, kind: str) -> None:
    assert classify_line(line)[0] == kind


@pytest.mark.parametrize(
    "line",
    [
        "The finance minister said the plan was not investment advice but a warning to banks.",
        "Help was slow to arrive, residents said, and the road stayed closed for a week.",
        "Protesters said they would give the government until Friday to respond.",
        "The opposition asked voters to support the reform in the referendum on Sunday.",
        "Officials said the trial of the three men would begin in January.",
        "Read the full statement, the spokesman told reporters, before judging the deal.",
    ],
)
def test_story_line_is_left_alone(line: str) -> None:
    assert classify_line(line)[0] is None
