"""The GDELT 2.0 export round-trips through a reader of GDELT's column layout."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

from click.testing import CliRunner

from conftest import make_annotation
from flashpoint import gdelt
from flashpoint.cli import main
from flashpoint.records import Location, Where
from flashpoint.store import Store


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "g.duckdb"
    galwan = Location("Galwan Valley", "IND", "Ladakh", 34.75, 78.2, Where.POINT, None, True)
    a1 = make_annotation("a1")
    m = dataclasses.replace(a1.mentions[0], location=galwan, fatalities=20)
    a1 = dataclasses.replace(a1, mentions=(m,))
    Store(db).write_batch([a1, make_annotation("a2", published=dt.date(2020, 7, 1))])
    return db


def test_gdelt_layout_has_61_columns() -> None:
    assert len(gdelt.GDELT_COLUMNS) == 61 == len(set(gdelt.GDELT_COLUMNS))
    assert gdelt.GDELT_COLUMNS[0] == "GLOBALEVENTID" and gdelt.GDELT_COLUMNS[-1] == "SOURCEURL"


def test_export_round_trips(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = CliRunner().invoke(
        main, ["export", "events", "--format", "gdelt", "-o", "-", "--db", str(db)]
    )
    assert out.exit_code == 0, out.output
    rows = list(gdelt.read(io.StringIO(out.stdout)))
    events = {gdelt.global_id(e.id): e.to_json() for e in Store(db).events()}
    assert len(rows) == len(events) == 2
    for r in rows:
        e = events[int(r["GLOBALEVENTID"])]
        assert r["SQLDATE"] == e["date"].replace("-", "")
        assert dt.datetime.strptime(r["SQLDATE"], "%Y%m%d")
        assert (r["EventCode"], r["EventRootCode"], r["QuadClass"]) == (
            e["cameo"],
            e["cameo"][:2],
            "4",
        )
        assert float(r["GoldsteinScale"]) == e["goldstein"]
        assert (r["Actor1Code"], r["Actor1CountryCode"], r["Actor1Type1Code"]) == (
            "CHNMIL",
            "CHN",
            "MIL",
        )
        assert r["Actor2Code"] == "INDMIL"
        assert r["SOURCEURL"].startswith("https://example.org/")
    (placed,) = [r for r in rows if r["ActionGeo_FullName"]]
    # FIPS 10-4, not ISO3: India is IN
    assert (placed["ActionGeo_CountryCode"], placed["ActionGeo_Type"]) == ("IN", "4")
    assert float(placed["ActionGeo_Lat"]) == 34.75


def test_a_short_line_is_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="61"):
        list(gdelt.read(["1\t2\t3\n"]))


def test_month_precision_gives_the_first_day() -> None:
    event = {
        "id": "ev_x", "date": "2020-06", "cameo": "190", "quad_class": 4, "goldstein": -10.0,
        "source": None, "target": None, "location": None, "mentions": [],
    }  # fmt: skip
    assert gdelt.row(event)[1] == "20200601"
