"""Stop 66: a noise line run together with a story sentence, with no space between them,
in a wording no prefix or suffix rule lists: the part before or after the join, read as a
line of its own, is one a whole-line rule removes, so it is cut and the sentence kept. Names
that join two capitalised words ("Martinez-Acha", "YouTube", "McDonald's") are left whole.
Lines written for these tests."""

from __future__ import annotations

import pytest

from conftest import cut_from_start
from flashpoint.clean.boilerplate import classify_line, strip_boilerplate
from flashpoint.clean.rules import classify_rules, unglue


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "Cookie settingsThe regional governor said the bridge over the Sava would reopen "
            "next week.",
            "The regional governor",
        ),
        (
            "Sign up for our morning briefingThe finance minister told lawmakers the deficit "
            "would narrow in 2027.",
            "The finance minister",
        ),
        (
            "Photo: Courtesy of the Ministry of DefenceThe ministry said the naval drills "
            "would last until Sunday.",
            "The ministry said",
        ),
    ],
)
def test_a_label_run_into_the_start_of_a_sentence_is_cut(line: str, story: str) -> None:
    assert cut_from_start(line, story)
    # the label is one no prefix rule knows: the cut comes from reading it as a line
    assert classify_rules(line, glued=False)[1] == ""


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "The council voted to delay the plan until spring, officials said.Sign up for our "
            "newsletter",
            "The council voted to delay the plan until spring, officials said.",
        ),
        (
            "Rebels attacked the convoy near the river crossing, the army said on Tuesday."
            "Share this story",
            "Rebels attacked the convoy near the river crossing, the army said on Tuesday.",
        ),
    ],
)
def test_a_label_run_into_the_end_of_a_sentence_is_cut(line: str, story: str) -> None:
    kind, label, rest = classify_line(line)
    assert kind is None
    assert rest.strip() == story
    assert label and label not in rest


def test_a_sentence_a_search_rule_would_take_whole_is_kept() -> None:
    line = (
        "Police said two officers were hurt in the clashes outside the court.Sign up for our "
        "newsletter"
    )
    assert classify_rules(line, glued=False)[0] == "newsletter"  # the whole line, before
    text = "\n".join(
        [
            "KAMPALA, March 3 (Wire) - Police fired tear gas at supporters of the opposition "
            "leader outside the High Court on Monday.",
            line,
            "The hearing was adjourned until Thursday, a court clerk told reporters.",
        ]
    )
    kept, removed = strip_boilerplate(text)
    assert "two officers were hurt in the clashes outside the court." in kept
    assert "Sign up" not in kept
    assert any("Sign up for our newsletter" in r.text for r in removed)


@pytest.mark.parametrize(
    "line",
    [
        "Panamanian Foreign Minister Javier Martinez-Acha said Panama regretted the decision.",
        "The ministry posted the video on YouTube and said the strike hit a depot near the city.",
        "Protesters gathered outside a McDonald's in the capital on Sunday, police said.",
        "GiveWell said the grant would fund malaria nets in three districts next year.",
        "The agreement was signed at 10 a.m.The two leaders then held a joint news conference.",
    ],
)
def test_names_and_plain_sentences_are_not_split(line: str) -> None:
    assert unglue(line) is None
    kind, label, rest = classify_line(line)
    assert kind is None and label == "" and rest == line


@pytest.mark.parametrize(
    ("line", "label"),
    [
        (
            "Sign up for our morning briefingA court in the capital on Monday jailed two "
            "opposition organisers for six months.",
            "Sign up for our morning briefing",
        ),
        (
            "AdvertisementThe two ministers agreed to reopen the crossing to trucks on "
            "Thursday, officials said.",
            "Advertisement",
        ),
    ],
)
def test_unglue_finds_the_join_before_a_one_letter_word_and_after_a_one_word_label(
    line: str, label: str
) -> None:
    cut = unglue(line)
    assert cut is not None
    assert cut[0] == label
    assert line == cut[0] + cut[1]
