"""Syndicated copies of one story are linked; different stories are not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.clean.dedup import StoryIndex, signature
from flashpoint.pipeline import ingest
from flashpoint.settings import Settings
from flashpoint.store import Store

BODY = [
    "ADDIS ABABA, Nov 28 (Test Wire) - Ethiopian federal troops entered the regional capital "
    "Mekelle on Saturday after days of shelling, Prime Minister Abiy Ahmed said, declaring "
    "that the military phase of the operation in Tigray was complete.",
    "The Tigray People's Liberation Front said its fighters had withdrawn from the city to "
    "spare civilians and vowed to keep resisting from the surrounding mountains.",
    "Aid agencies said they had no access to the region, where communications have been cut "
    "for more than three weeks, and warned of shortages of food, fuel and medicine.",
    "Tens of thousands of refugees have crossed into neighbouring Sudan since the fighting "
    "began on Nov. 4, according to the United Nations refugee agency.",
]
OTHER = [
    "MINSK, Sept 20 (Test Wire) - Belarusian police detained dozens of women at a march in "
    "the capital on Saturday, the sixth weekend of protests against the disputed election.",
    "Opposition leader Sviatlana Tsikhanouskaya urged supporters abroad to keep up pressure "
    "on European governments to widen sanctions against officials in Minsk.",
]


def test_copies_are_found_and_different_stories_are_not() -> None:
    index = StoryIndex()
    assert index.add("a", signature(" ".join(BODY))) == []
    trimmed = signature(" ".join(BODY[:3]))  # a shorter syndicated copy
    assert [m[0] for m in index.add("b", trimmed)] == ["a"]
    assert index.add("c", signature(" ".join(OTHER))) == []
    again = index.add("a", signature(" ".join(BODY)))  # re-adding is not a self-match
    assert [m[0] for m in again] == ["b"]


@pytest.mark.model
def test_three_copies_under_different_headlines_share_a_story(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        {
            "id": "x-1",
            "title": "Ethiopian army takes Mekelle",
            "published": "2020-11-29",
            "source": "Outlet One",
            "text": "\n\n".join(BODY),
        },
        {
            "id": "x-2",
            "title": "Abiy declares Tigray operation over as troops enter city",
            "published": "2020-11-28",
            "source": "Outlet Two",
            "text": "Share this article\n\n" + "\n\n".join(BODY) + "\n\nAdvertisement",
        },
        {
            "id": "x-3",
            "title": "Mekelle falls; TPLF vows to fight on",
            "published": "2020-11-30",
            "source": "Outlet Three",
            "text": "\n\n".join(BODY[:3]),
        },
        {
            "id": "y-1",
            "title": "Dozens held at Minsk women's march",
            "published": "2020-09-20",
            "text": "\n\n".join(OTHER),
        },
    ]
    feed.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    settings = Settings(db=tmp_path / "s.duckdb", batch_size=2)
    ingest([feed], settings=settings)
    store = Store(settings.db)
    stories = {a.id: a.story_id for a in store.articles()}
    assert stories == {"x-1": "x-2", "x-2": "x-2", "x-3": "x-2", "y-1": "y-1"}
    assert [a for a, _ in store.copies("x-3")] == ["x-1", "x-2"]
    before = {t: store.table_rows(t) for t in ("signatures", "story_links", "stories")}
    ingest([feed], settings=settings)
    assert {t: store.table_rows(t) for t in before} == before
    reversed_feed = tmp_path / "reversed.jsonl"
    reversed_feed.write_text("\n".join(json.dumps(x) for x in reversed(lines)) + "\n")
    other = Settings(db=tmp_path / "r.duckdb", batch_size=1)
    ingest([reversed_feed], settings=other)
    assert {a.id: a.story_id for a in Store(other.db).articles()} == stories


def test_the_index_forgets_an_article_it_removes() -> None:
    index = StoryIndex()
    index.add("a", signature(" ".join(BODY)))
    index.remove("a")
    index.remove("never-added")
    assert len(index) == 0
    assert index.add("b", signature(" ".join(BODY))) == []


def test_band_keys_are_stable_and_shared_by_copies() -> None:
    from flashpoint.clean.dedup import band_keys, bands

    n_bands, n_rows = bands()
    keys = band_keys(signature(" ".join(BODY)))
    assert len(keys) == n_bands and n_bands * n_rows <= 128
    assert keys == band_keys(signature(" ".join(BODY)))
    assert all(-(2**63) <= k < 2**63 for k in keys)
    assert set(keys) & set(band_keys(signature(" ".join(BODY[:3]))))
    assert not set(keys) & set(band_keys(signature(" ".join(OTHER))))


@pytest.mark.model
def test_copies_are_found_in_the_store_by_a_later_ingest(tmp_path: Path) -> None:
    """A later run finds the copies of what an earlier run stored, through the band keys
    the store keeps (nothing is loaded into memory first); an older store's keys are
    filled in by the migration that adds them."""
    settings = Settings(db=tmp_path / "s.duckdb")
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(
        json.dumps({"id": "x-1", "published": "2020-11-28", "text": "\n\n".join(BODY)}) + "\n"
    )
    second.write_text(
        json.dumps({"id": "x-3", "published": "2020-11-30", "text": "\n\n".join(BODY[:3])})
        + "\n"
        + json.dumps({"id": "y-1", "published": "2020-09-20", "text": "\n\n".join(OTHER)})
        + "\n"
    )
    ingest([first], settings=settings)
    store = Store(settings.db)
    bands = store.table_rows("story_bands")
    with store.writer() as con:  # as an older Flashpoint left it: no band keys
        con.execute("DELETE FROM story_bands")
        con.execute("DELETE FROM _migrations WHERE name = '0009_story_bands'")
        con.execute("DROP TABLE story_bands")
    store.init()
    assert store.table_rows("story_bands") == bands
    ingest([second], settings=settings)
    assert [a for a, _ in store.copies("x-3")] == ["x-1"]
    assert store.copies("y-1") == []
    assert {a.id: a.story_id for a in store.articles()} == {
        "x-1": "x-1",
        "x-3": "x-1",
        "y-1": "y-1",
    }


def test_a_later_copy_that_bridges_two_stories_merges_them(tmp_path: Path) -> None:
    """An article copying most of each of two stored stories that are not copies of each
    other joins both: the three are one story, named by the earliest published."""
    lead, more, other = BODY[0], BODY[1], OTHER[0]
    settings = Settings(db=tmp_path / "s.duckdb")
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"

    def line(aid: str, day: str, parts: list[str]) -> str:
        return json.dumps({"id": aid, "published": day, "text": "\n\n".join(parts)}) + "\n"

    first.write_text(line("a", "2020-11-29", [lead, more]) + line("b", "2020-11-27", [lead, other]))
    second.write_text(line("c", "2020-11-30", [lead, more, other]))
    ingest([first], settings=settings)
    store = Store(settings.db)
    before = {a.id: a.story_id for a in store.articles()}
    assert before["a"] != before["b"]
    ingest([second], settings=settings)
    assert {a.id: a.story_id for a in store.articles()} == {"a": "b", "b": "b", "c": "b"}
