"""Crash safety: ``flashpoint ingest`` killed with SIGKILL at random points, then run again,
leaves exactly the tables an uninterrupted run leaves — never a half-stored article or event.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import STORED_TABLES, stored_tables
from flashpoint.records import Annotation
from flashpoint.sources.demo import demo_paths
from flashpoint.store import Store

pytestmark = pytest.mark.model
log = logging.getLogger(__name__)

KILLS = 3


def _ingest(db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "FLASHPOINT_BATCH_SIZE": "4"}  # many commits: kills land between
    cmd = [sys.executable, "-m", "flashpoint.cli", "ingest", "-q", "--db", str(db)]
    return subprocess.Popen(
        [*cmd, *map(str, demo_paths())],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    return stored_tables(db)


def _whole(db: Path) -> None:
    """Assert nothing is half-stored: every mention has its article and its event, every
    event its mentions, every article its signature."""
    store = Store(db)
    with store.reader() as con:
        orphans = con.execute(
            "SELECT "
            "(SELECT count(*) FROM mentions m LEFT JOIN articles a ON a.id = m.article_id "
            " WHERE a.id IS NULL),"
            "(SELECT count(*) FROM mentions m LEFT JOIN events e ON e.id = m.event_id "
            " WHERE e.id IS NULL),"
            "(SELECT count(*) FROM events e WHERE NOT EXISTS "
            " (SELECT 1 FROM mentions m WHERE m.event_id = e.id)),"
            "(SELECT count(*) FROM articles a LEFT JOIN signatures s ON s.article_id = a.id "
            " WHERE s.article_id IS NULL)"
        ).fetchone()
    assert orphans == (0, 0, 0, 0), orphans


def test_killed_ingests_then_a_rerun_equal_an_uninterrupted_run(tmp_path: Path) -> None:
    reference = tmp_path / "reference.duckdb"
    started = time.monotonic()
    assert _ingest(reference).wait(timeout=900) == 0
    duration = time.monotonic() - started
    expected = _tables(reference)
    assert expected["articles"] and expected["events"]

    db = tmp_path / "killed.duckdb"
    rng = random.Random(20201)
    survived = 0
    for _ in range(KILLS):
        proc = _ingest(db)
        time.sleep(rng.uniform(0.25, 0.9) * duration)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            survived += 1
        proc.wait(timeout=60)
        if db.exists():
            _whole(db)  # whatever a kill left is whole
    assert survived >= 2, "the ingest finished before the kills: too fast to test"
    assert _ingest(db).wait(timeout=900) == 0
    _whole(db)
    got = _tables(db)
    for table in STORED_TABLES:
        assert got[table] == expected[table], table
    log.warning(
        "crash safety: %d kills with SIGKILL survived; %d articles, %d events as uninterrupted",
        survived,
        len(got["articles"]),
        len(got["events"]),
    )


def test_a_rerun_after_a_kill_at_any_batch_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    """The same at batch boundaries, without timing: the demo corpus coded once, its
    first k batches stored (what a kill after the k-th commit leaves), then every
    batch stored again, gives the tables storing every batch once gives. (A report with no
    date once joined whichever dated event a batch had loaded, and a rerun stored another
    ``first_seen``: the timed test above caught it only when a kill fell in the window.)"""
    from flashpoint.clean import dedup
    from flashpoint.pipeline import process, read_paths
    from flashpoint.settings import Settings

    settings = Settings(db=tmp_path / "unused.duckdb")
    anns = list(process(read_paths(demo_paths(), settings=settings), settings=settings))
    batches = [anns[k : k + 4] for k in range(0, len(anns), 4)]

    def store(db: Path, seq: list[list[Annotation]]) -> None:
        s = Store(db)
        s.init()
        for b in seq:
            copies = {
                a.article.id: dedup.to_bytes(dedup.signature(a.article.text))
                for a in b
                if a.article is not None
            }
            s.write_batch(b, copies)

    store(tmp_path / "once.duckdb", batches)
    expected = _tables(tmp_path / "once.duckdb")
    differ = []
    for k in range(1, len(batches), 3):  # every third boundary: the test's time stays short
        db = tmp_path / f"k{k}.duckdb"
        store(db, [*batches[:k], *batches])
        got = _tables(db)
        differ += [(k, t) for t in STORED_TABLES if got[t] != expected[t]]
        db.unlink()
    assert not differ
