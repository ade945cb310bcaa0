from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import make_annotation
from flashpoint import export
from flashpoint.errors import QueryError


def _events() -> list[dict[str, object]]:
    return [e.to_json() for a in ("a1", "a2") for e in make_annotation(a).events]


def test_jsonl_keeps_the_contract_shape() -> None:
    buf = io.StringIO()
    assert export.write("events", _events(), "jsonl", None, buf) == 2
    first = json.loads(buf.getvalue().splitlines()[0])
    assert first == _events()[0]


def test_csv_is_flat_with_a_header() -> None:
    buf = io.StringIO()
    export.write("events", _events(), "csv", None, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == 2
    assert rows[0]["source_code"] == "CHNMIL" and rows[0]["target_code"] == "INDMIL"
    assert rows[0]["article_ids"] == "a1"
    assert list(rows[0]) == list(export.EVENT_COLUMNS)


def test_parquet_file(tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    export.write("events", _events(), "parquet", out, None)
    table = pq.read_table(out)
    assert table.num_rows == 2
    assert table.column("plover").to_pylist() == ["ASSAULT", "ASSAULT"]


def test_flat_rows_say_whether_a_location_was_only_inferred() -> None:
    event = _events()[0]
    place: dict[str, object] = {
        "name": "Pristina",
        "country": "KOS",
        "admin1": None,
        "lat": 42.7,
        "lon": 21.2,
        "geonameid": None,
        "precision": "city",
        "disputed": False,
        "claimants": [],
        "inferred": True,
    }
    assert export.flat_event({**event, "location": place})["location_inferred"] is True
    assert export.flat_event({**event, "location": None})["location_inferred"] is None


def test_parquet_to_stdout_is_refused() -> None:
    with pytest.raises(QueryError, match="-o FILE"):
        export.write("events", _events(), "parquet", None, io.StringIO())


def test_articles_csv() -> None:
    buf = io.StringIO()
    arts = [make_annotation("a1").article.to_json()]  # type: ignore[union-attr]
    export.write("articles", arts, "csv", None, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows[0]["id"] == "a1" and rows[0]["published"] == "2020-06-16"
