"""Stop 65: boilerplate in wordings the earlier rules did not list: reading pointers of any
wording glued to a story sentence or before a headline, link labels glued to the end of a
paragraph, ad labels in more languages, share buttons of any verb, paywall and donation
buttons, subscription offers with a price, credits for illustrations, and a caption that
repeats a story sentence with the person's full name. Lines written for these tests."""

from __future__ import annotations

import pytest

from conftest import cut_from_start
from flashpoint.clean.blocks import mark_captions
from flashpoint.clean.boilerplate import classify_line, strip_boilerplate


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "See also\u2014The harbour authority said it had received 40 complaints since June.",
            "The harbour authority",
        ),
        (
            "Worth a read:Opposition deputies said the bill had been rushed through committee.",
            "Opposition deputies",
        ),
        (
            "RELATED READING: Port strike enters third weekThe dock workers' union said talks "
            "would resume on Thursday.",
            "The dock workers' union",
        ),
    ],
)
def test_a_reading_pointer_glued_to_the_start_is_cut(line: str, story: str) -> None:
    assert cut_from_start(line, story)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the budget could not bear a larger rise. Tap to share \u27a4",
        "Teachers may not wear religious symbols at work.Continue below \u2b07",
    ],
)
def test_a_link_label_glued_to_the_end_is_cut(line: str) -> None:
    kind, glued, rest = classify_line(line)
    assert kind is None
    assert glued
    assert rest.rstrip().endswith(".")


@pytest.mark.parametrize(
    "line",
    [
        "The talks will continue",
        "The unions said the strike would continue.",
        '"We will keep reading the fine print," she said.',
        "Protesters said they would not share the stage with the minister.",
    ],
)
def test_story_endings_with_such_words_are_kept_whole(line: str) -> None:
    assert classify_line(line) == (None, "", line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ICYMI \u279c Hosts stun champions to reach the semi-finals", "readmore"),
        ("You may have missed", "related-header"),
        ("\u2014 annonce \u2014", "ad"),
        ("Oglas / Ad", "ad"),
        ("Reklam\u00eb", "ad"),
        ("Je m'abonne", "newsletter"),
        ("Forward on WhatsApp", "share"),
        ("Send via email", "share"),
        ("Unlock", "donation"),
        ("Support us via card", "donation"),
        ("Get the whole paper every Sunday \u2014 e-edition from $4 a month.", "paywall"),
        ("If you like our work, a small monthly contribution keeps it going.", "donation"),
        ("Illustration: R. Moreau", "caption"),
    ],
)
def test_noise_in_new_wordings_is_removed(line: str, kind: str) -> None:
    assert classify_line(line)[0] == kind


@pytest.mark.parametrize(
    "line",
    [
        "The regulator said the monthly contribution from each bank would double in 2027.",
        "Our correspondents were not allowed into the region, the broadcaster said.",
        "The company said subscriptions to its e-edition rose by a fifth a year ago.",
    ],
)
def test_story_lines_about_money_and_reporters_are_kept(line: str) -> None:
    assert classify_line(line)[0] is None


def test_a_desk_note_at_the_end_is_a_bio() -> None:
    text = "\n".join(
        [
            "ADEN, Dec 2 (Wire) - Fighting resumed near the port on Tuesday, officials said.",
            "Two people were wounded when a shell hit a market, a medic said.",
            "The government and the rebels blamed each other for the shelling.",
            "Our Gulf desk draws on reporters in Aden and Muscat and on local stringers.",
        ]
    )
    kept, removed = strip_boilerplate(text)
    assert "Gulf desk" not in kept
    assert "shell hit a market" in kept
    assert any(r.reason == "bio" for r in removed)


def test_the_caption_names_the_person_in_full_the_story_copy_is_kept() -> None:
    out: list[tuple[str | None, str, str]] = [
        (None, "", "The council voted to close the library, which opened in 1964."),
        (None, "", "Lena Okafor, who ran the reading club, now teaches at a school in Kano."),
        (None, "", "Okafor, who ran the reading club, now teaches at a school in Kano."),
        (None, "", "The council said the building would be sold next year."),
    ]
    mark_captions(out)
    assert [kind for kind, _p, _t in out] == [None, "caption", None, None]


def test_a_caption_that_repeats_part_of_a_paragraph_is_still_the_caption() -> None:
    out: list[tuple[str | None, str, str]] = [
        (None, "", "Many families have fled the valley several times."),
        (
            None,
            "",
            "Many families have fled the valley several times, the agency said in a report.",
        ),
    ]
    mark_captions(out)
    assert [kind for kind, _p, _t in out] == ["caption", None]
