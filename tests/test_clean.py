from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashpoint.clean import clean, decode, find_date, normalize
from flashpoint.records import Article, RawArticle, Rejection
from flashpoint.settings import Settings

STORY = (
    "NEW DELHI, June 17 (Meridian Wire) - Indian and Chinese troops clashed in the Galwan "
    "Valley on Monday night, the Indian army said on Tuesday, in the deadliest confrontation "
    "between the two armies in decades.\n\nThe army said that twenty of its soldiers had died. "
    "China did not give figures for its own losses but accused India of crossing the line."
)


def _raw(data: bytes, **kw: object) -> RawArticle:
    return RawArticle(input="in.txt", kind="text", data=data, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
        (bytes(random.Random(1).randrange(128, 256) for _ in range(3000)), "undecodable"),
    ],
)
def test_bad_bytes_are_rejected_with_a_reason(data: bytes, reason: str) -> None:
    got = clean(_raw(data), settings=Settings())
    assert isinstance(got, Rejection)
    assert got.input == "in.txt"
    assert reason in got.reason


_ARMENIA = (
    "Armenian and Azerbaijani forces exchanged fire on Sunday near the line of contact, "
    "officials in both capitals said, each blaming the other for the fighting."
)


@pytest.mark.parametrize(
    "data",
    [
        _ARMENIA.encode("utf-16"),  # with its byte-order mark, little-endian
        b"\xfe\xff" + _ARMENIA.encode("utf-16-be"),
        _ARMENIA.encode()[:40] + b"\x00\x00\x00" + _ARMENIA.encode()[40:],  # stray NULs
    ],
)
def test_utf16_and_stray_nul_bytes_are_text(data: bytes) -> None:
    got = clean(_raw(data), settings=Settings())
    assert not isinstance(got, Rejection), got
    assert got.text.replace("\n", " ").startswith("Armenian and Azerbaijani forces")


def test_a_page_of_menus_has_no_sentence_to_read() -> None:
    menu = "Home\nWorld\nSection 1 Section 2 Section 3\nSubscribe\nWe use cookies."
    got = clean(_raw(menu.encode()), settings=Settings())
    assert isinstance(got, Rejection) and got.reason.startswith("no sentence to read")


def test_a_sentence_without_its_full_stop_is_read_but_a_menu_line_is_not() -> None:
    text = (
        "Ghana's president on Wednesday blamed the Togolese government for the closure of "
        "the border crossing at Aflao"
    )
    assert isinstance(clean(_raw(text.encode()), settings=Settings()), Article)
    menu = "Home World Africa Politics Business Sport Opinion Video Podcasts Newsletters Jobs"
    got = clean(_raw(menu.encode()), settings=Settings())
    # (a menu of capitalised words is now boilerplate itself: nothing is left to read)
    assert isinstance(got, Rejection)
    assert got.reason.startswith(("no sentence to read", "no text left after cleaning"))


def test_initials_are_words_of_a_sentence_but_a_short_menu_is_still_none() -> None:
    text = "The U.S. Senate condemned Russia."
    assert isinstance(clean(_raw(text.encode()), settings=Settings()), Article)
    for menu in ("Home. News. World. Sports.", "U.S. Politics Home. News."):
        got = clean(_raw(menu.encode()), settings=Settings())
        assert isinstance(got, Rejection) and got.reason.startswith("no sentence to read")


def test_non_english_text_is_rejected() -> None:
    text = (
        "El ejército de Azerbaiyán y las fuerzas armenias intercambiaron disparos el "
        "domingo en la región de Nagorno Karabaj, según informaron ambos gobiernos, que "
        "se acusaron mutuamente de iniciar los combates."
    )
    got = clean(_raw(text.encode()), settings=Settings())
    assert isinstance(got, Rejection) and got.stage == "language"
    assert got.reason.startswith("language es not supported")


def test_a_short_english_sentence_full_of_names_is_not_rejected_as_another_language() -> None:
    # py3langid reads these as Nigerian Pidgin (0.99; 0.72 with English at 0.23)
    for text in (
        "Nigerian President Bola Tinubu will meet Ghanaian President John Mahama in Abuja "
        "on October 14 for talks set to touch on Niger and Mali.",
        "Kenyan President William Ruto will host Ugandan President Yoweri Museveni in "
        "Mombasa on Friday for talks on the oil pipeline.",
    ):
        got = clean(_raw(text.encode()), settings=Settings())
        assert isinstance(got, Article) and got.language == "en"


def test_a_short_sentence_is_read_by_its_words_not_its_names() -> None:
    # py3langid reads the first as Luganda at 0.79 (English 0.07); without its names, English
    got = clean(_raw(b"Kenya banned imports from Uganda."), settings=Settings())
    assert isinstance(got, Article) and got.language == "en"
    text = "Le gouvernement du Kenya a interdit les importations en provenance de l'Ouganda."
    rejected = clean(_raw(text.encode()), settings=Settings())
    assert isinstance(rejected, Rejection) and "language fr" in rejected.reason


def test_latin1_text_is_decoded() -> None:
    got = decode(STORY.replace("Galwan", "Galwán").encode("latin-1"))
    assert isinstance(got, str) and "Galwán" in got


def test_text_headline_and_date_line_become_metadata() -> None:
    data = f"Twenty Indian soldiers killed in Ladakh clash\nPublished: 2020-06-17\n\n{STORY}"
    got = clean(_raw(data.encode()), settings=Settings())
    assert isinstance(got, Article)
    assert got.title == "Twenty Indian soldiers killed in Ladakh clash"
    assert (got.published, got.published_from) == (dt.date(2020, 6, 17), "text")
    assert got.text.startswith("NEW DELHI")
    assert [r.reason for r in got.removed] == ["title", "date line"]
    assert got.language == "en"


def test_declared_date_wins_over_date_line() -> None:
    data = f"Headline about the clash here\nBy A. Writer | June 20, 2020\n\n{STORY}"
    got = clean(
        _raw(data.encode(), published=dt.date(2020, 6, 18), published_from="cli"),
        settings=Settings(),
    )
    assert isinstance(got, Article)
    assert (got.published, got.published_from) == (dt.date(2020, 6, 18), "cli")


def test_same_bytes_give_the_same_id_and_url_changes_it() -> None:
    a = clean(_raw(STORY.encode()), settings=Settings())
    b = clean(_raw(STORY.encode()), settings=Settings())
    c = clean(_raw(STORY.encode(), url="https://x.org/1"), settings=Settings())
    assert isinstance(a, Article) and isinstance(b, Article) and isinstance(c, Article)
    assert a.id == b.id != c.id


def test_given_id_is_kept() -> None:
    got = clean(RawArticle(input="f:1", kind="text", text=STORY, id="mw-1"), settings=Settings())
    assert isinstance(got, Article) and got.id == "mw-1"


def test_html_page_is_extracted_with_metadata() -> None:
    page = f"""<html><head><title>Clash in Ladakh</title>
    <meta property="article:published_time" content="2020-06-16T08:30:00Z">
    <meta property="og:site_name" content="Frontier Herald"></head><body>
    <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>Clash in Ladakh</h1>{"".join(f"<p>{p}</p>" for p in STORY.split(chr(10) * 2))}
    </article><footer>Copyright 2020 Frontier Herald</footer></body></html>"""
    got = clean(RawArticle(input="p.html", kind="html", data=page.encode()), settings=Settings())
    assert isinstance(got, Article)
    assert got.title == "Clash in Ladakh"
    assert got.source == "Frontier Herald"
    assert (got.published, got.published_from) == (dt.date(2020, 6, 16), "html")
    assert got.text.startswith("NEW DELHI") and "Copyright" not in got.text
    assert "\n\n" in got.text


def test_html_without_text_is_rejected() -> None:
    got = clean(
        RawArticle(input="e.html", kind="html", data=b"<html><body></body></html>"),
        settings=Settings(),
    )
    assert isinstance(got, Rejection) and got.stage == "extract"


def test_too_long_text_is_rejected() -> None:
    got = clean(_raw(STORY.encode()), settings=Settings(max_chars=100))
    assert isinstance(got, Rejection) and "too long" in got.reason


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Published: 2020-06-17", dt.date(2020, 6, 17)),
        ("By Jane Roe | June 17, 2020", dt.date(2020, 6, 17)),
        ("Updated 4 September 2020, 10:30", dt.date(2020, 9, 4)),
        ("Sept. 4, 2020", dt.date(2020, 9, 4)),
        ("no date here", None),
        ("2020-13-45", None),
        ("By Jane Roe | 12th March 2024", dt.date(2024, 3, 12)),
        ("Match report \u00b7 20-Nov-2025", dt.date(2025, 11, 20)),
        ("21. november 2025, kl. 10.14", dt.date(2025, 11, 21)),
        ("Published 14/11/2025 at 18:32", dt.date(2025, 11, 14)),
        ("Published: 01.12.2026 16:30", dt.date(2026, 12, 1)),
        ("By Jane Roe | 06/12/2024 05:31 PM EDT", dt.date(2024, 6, 12)),
        ("Updated 4 May 2024, first published 2024-05-01", dt.date(2024, 5, 4)),
        ("31/02/2024", None),
    ],
)
def test_find_date(text: str, day: dt.date | None) -> None:
    assert find_date(text) == day


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def test_a_sentence_may_end_inside_quote_marks() -> None:
    from flashpoint.pipeline import annotate

    out = annotate('The army said its strikes killed "dozens of terrorists".').to_json()
    assert out["rejected"] is None
