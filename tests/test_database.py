from __future__ import annotations

import datetime as dt
from pathlib import Path

import flashpoint
from conftest import make_annotation
from flashpoint.store import Store


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "api.duckdb"
    # ten days apart: two separate clashes, not one event reported twice
    Store(db).write_batch(
        [make_annotation("a1"), make_annotation("a2", published=dt.date(2020, 6, 26))]
    )
    return db


def test_open_and_query_events(tmp_path: Path) -> None:
    db = flashpoint.open(str(_db(tmp_path)))
    assert len(db.events()) == 2
    assert len(db.events(dyad=("IND", "CHN"), plover="ASSAULT", since="2020-06-01")) == 2
    assert db.events(actor="RUS") == []
    one = db.events(limit=1)[0]
    assert db.event(one.id) == one
    assert one.head.source.code == "CHNMIL"


def test_articles_and_tables(tmp_path: Path) -> None:
    db = flashpoint.open(str(_db(tmp_path)))
    assert sorted(a.id for a in db.articles(since="2020-06-16")) == ["a1", "a2"]
    table = db.events_table(actor="CHN")
    assert table.num_rows == 2
    assert {"id", "plover", "source_code", "article_ids"} <= set(table.column_names)
    assert db.articles_table().num_rows == 2
    assert db.summary()["events"] == 2
    assert db.rejections() == []
