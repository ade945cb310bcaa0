"""Dyad series, the escalation index and alerts, on synthetic event series."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import make_annotation
from flashpoint import analysis
from flashpoint.analysis import EventFact
from flashpoint.cli import main
from flashpoint.store import Store

START = dt.date(2024, 1, 1)  # a Monday


def _fact(
    i: int, day: int, *, quad: int = 3, g: float = -4.0, a: str = "CHN", b: str = "IND"
) -> EventFact:
    return EventFact(
        id=f"ev_{i:04d}",
        date_start=START + dt.timedelta(days=day),
        date_precision="day",
        plover="ACCUSE" if quad == 3 else ("ASSAULT" if quad == 4 else "CONSULT"),
        quad_class=quad,
        goldstein=g,
        source_key=a,
        target_key=b,
        fatalities=None,
        n_articles=1,
        location_country=None,
    )


def _weekly(counts: list[int], *, quad: int = 3, g: float = -4.0) -> list[EventFact]:
    facts = []
    for week, n in enumerate(counts):
        for k in range(n):
            facts.append(_fact(len(facts), week * 7 + k % 7, quad=quad, g=g))
    return facts


TODAY = dt.date(2030, 1, 1)


def test_a_planted_escalation_is_alerted_on() -> None:
    facts = _weekly([1, 2, 1, 1, 2, 1, 1, 2, 1, 12, 2, 1]) + [
        _fact(900 + k, 63 + k, quad=4, g=-10.0) for k in range(4)
    ]
    found = analysis.alerts(facts, freq="week", today=TODAY)
    assert [a.start for a in found] == [START + dt.timedelta(weeks=9)]
    alert = found[0]
    assert alert.dyad == ("CHN", "IND") and not alert.provisional
    assert alert.z >= analysis.Z_ALERT and alert.n_events >= analysis.MIN_EVENTS
    # the alert lists the events that drove it, the heaviest (the clashes) first
    assert alert.events[:4] == tuple(f"ev_{900 + k:04d}" for k in range(4))


def test_a_flat_or_slowly_rising_series_raises_nothing() -> None:
    assert analysis.alerts(_weekly([3] * 20), today=TODAY) == []
    assert analysis.alerts(_weekly([2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6]), today=TODAY) == []


def test_a_dyad_with_three_events_raises_nothing() -> None:
    facts = [_fact(1, 0), _fact(2, 70, quad=4, g=-10.0), _fact(3, 71, quad=4, g=-10.0)]
    assert analysis.alerts(facts, today=TODAY) == []


def test_cooperation_does_not_raise_conflict_alerts() -> None:
    facts = _weekly([1] * 10 + [20], quad=1, g=4.0)
    assert analysis.alerts(facts, today=TODAY) == []


def test_an_alert_on_a_period_not_over_is_provisional() -> None:
    facts = _weekly([1, 1, 1, 1, 1, 1, 12])
    (alert,) = analysis.alerts(facts, today=START + dt.timedelta(weeks=6, days=2))
    assert alert.provisional


def test_series_counts_quads_and_keeps_empty_periods() -> None:
    facts = [_fact(1, 0, quad=1, g=3.0), _fact(2, 1, quad=4, g=-10.0), _fact(3, 15, quad=3)]
    s = analysis.series(facts, freq="week")
    assert [p.events for p in s.periods] == [2, 0, 1]
    assert s.periods[0].by_quad == (1, 0, 0, 1)
    assert s.periods[0].goldstein_sum == -7.0 and s.periods[0].conflict_score == 10.0
    month = EventFact("ev_m", START, "month", "ACCUSE", 3, -4.0, "CHN", "IND", None, 1, None)
    assert analysis.series([*facts, month], freq="week").unplaced == 1
    assert analysis.series([*facts, month], freq="month").periods[0].events == 4


def test_dyads_rank_activity_and_conflict() -> None:
    facts = _weekly([3]) + [_fact(100 + k, k, quad=1, g=5.0, a="FRA", b="DEU") for k in range(5)]
    found = analysis.dyads(facts, top=5)
    assert found["most_active"][0].to_json()["dyad"] == ["DEU", "FRA"]
    assert found["most_conflictual"][0].to_json()["dyad"] == ["CHN", "IND"]


def test_alerts_are_stored_once_per_identity(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.duckdb")
    store.init()
    facts = _weekly([1, 1, 1, 1, 1, 1, 12])
    first = analysis.alerts(facts, today=START + dt.timedelta(weeks=6, days=1))
    assert store.save_alerts(first) == 1
    assert store.save_alerts(first) == 0  # the same alert again changes nothing
    later = analysis.alerts([*facts, _fact(999, 45, quad=4, g=-10.0)], today=TODAY)
    assert store.save_alerts(later) == 1  # updated in place, not repeated
    (row,) = store.table_rows("alerts")
    assert row[0] == first[0].id and row[-1] is False


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    db = tmp_path / "s.duckdb"
    anns = [make_annotation(f"a{k}", published=START + dt.timedelta(days=7 * k)) for k in range(6)]
    Store(db).write_batch(anns)
    return db


def test_dyad_dyads_series_and_alerts_commands(small_db: Path, tmp_path: Path) -> None:
    run = CliRunner().invoke
    out = run(main, ["dyad", "CHN", "IND", "--db", str(small_db), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert {r["dyad"] for r in rows} == {"CHN->IND", "IND->CHN", "CHN-IND"}
    assert sum(r["material_conflict"] for r in rows if r["dyad"] == "CHN-IND") == 6
    assert {"baseline", "escalation_index"} <= set(rows[0])
    out = run(main, ["export", "dyads", "--format", "jsonl", "-o", "-", "--db", str(small_db)])
    assert out.exit_code == 0 and json.loads(out.stdout.splitlines()[0])["dyad"] == ["CHN", "IND"]
    png = tmp_path / "chart.png"
    out = run(main, ["dyad", "CHN", "IND", "--db", str(small_db), "--plot", str(png)])
    assert out.exit_code == 0, out.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    out = run(main, ["dyads", "--db", str(small_db), "--format", "csv"])
    assert out.exit_code == 0 and "CHN;IND" in out.stdout
    out = run(main, ["series", "--country", "IND", "--db", str(small_db), "--format", "jsonl"])
    assert out.exit_code == 0 and sum(json.loads(x)["events"] for x in out.stdout.splitlines()) == 6
    out = run(main, ["alerts", "--db", str(small_db), "--format", "jsonl"])
    assert out.exit_code == 0 and out.stdout == ""  # six steady weekly clashes: no alert
