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


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Speak up below \u2014 be kind to each other.", "comments"),
        ("In brief: The council approved the budget and delayed the tram vote.", "other"),
        ("Saving for a house? Speak with one of our mortgage specialists today.", "ad"),
        ("\u2022 IKLAN \u2022", "ad"),
        ("Baca: Governor names new cabinet after weeks of talks", "readmore"),
        ("The old ferry terminal at Kota Kinabalu. Pic: Ahmad Razak", "caption"),
        ("Berita / Latest", "related"),
    ],
)
def test_more_wordings_of_everyday_noise(line: str, kind: str) -> None:
    got = classify_rules(line)[0]
    assert got is not None and got.split("-")[0] == kind


@pytest.mark.parametrize(
    "line",
    [
        "Our Harare correspondent has reported on Zimbabwe's mining sector since 2015.",
        "Tomas Berg writes about energy and climate. He grew up in a fishing town near Bergen.",
    ],
)
def test_bios_of_one_reporter_at_the_end(line: str) -> None:
    assert classify_rules(line, at_tail=True)[0] == "bio"
    assert classify_rules(line)[0] is None  # not in the middle of a story


@pytest.mark.parametrize(
    "line",
    [
        "Lee said the talks would resume on Monday.",
        "Baca is a small town on the river, officials said.",
        "Residents were invited to share their views at a public hearing on Thursday.",
        "The minister said he would talk to our partners in Brussels next week.",
    ],
)
def test_story_lines_that_look_like_them_are_kept(line: str) -> None:
    assert classify_rules(line)[0] is None


def test_a_line_the_rules_unglued_is_not_judged_by_its_label(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from flashpoint.clean import boilerplate

    class Sure:  # a scorer that takes every line for noise
        def noise(self, lines: list[str]) -> list[bool]:
            return [True] * len(lines)

    monkeypatch.setattr(boilerplate, "line_model", lambda: Sure())
    story = [
        f"Paragraph {n} of the story says the port authority met union leaders on Tuesday."
        for n in range(14)
    ]
    glued = "Dock workers said the talks would resume after the holiday weekend.Share this \u2197"
    out = boilerplate.classify_lines([*story[:7], glued, *story[7:]])
    kind, label, rest = out[7]
    assert kind is None and "Share this" in label
    assert rest.startswith("Dock workers said")
    assert out[8][0] is not None  # the scorer did judge the lines around it


def test_a_dateline_in_capitals_names_a_smaller_town_too() -> None:
    from flashpoint.clean.shapes import town

    assert town("NOUM\u00c9A")
    assert not town("Noum\u00e9a")  # in lower case only a city of 100,000 or more
    assert not town("MORE")  # a name the gazetteer knows another town by
