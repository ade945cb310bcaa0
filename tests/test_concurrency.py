"""Readers keep answering while another process writes (the store's locking design)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from conftest import make_annotation
from flashpoint.errors import DatabaseBusy
from flashpoint.store import Store

WRITER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from conftest import make_annotation
    from flashpoint.store import Store
    from pathlib import Path
    store = Store({db!r}, lock_timeout=30)
    reads = Path({reads!r})
    for i in range(40):
        store.write_batch([make_annotation(f"w{{i}}-{{j}}") for j in range(5)])
        # wait (a little) for the reader to get in before the next batch, so that the
        # test does not depend on how busy the machine is
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and int(reads.read_text() or 0) <= i:
            time.sleep(0.01)
    print("done")
    """
)


def test_reads_succeed_while_another_process_writes(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    store = Store(db, lock_timeout=30)
    store.write_batch([make_annotation("seed")])
    marker = tmp_path / "reads.txt"
    marker.write_text("0")
    code = WRITER.format(tests=str(Path(__file__).parent), db=str(db), reads=str(marker))
    writer = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    reads, counts = 0, []
    while writer.poll() is None:
        counts.append(store.summary()["mentions"])
        store.events()  # the event query answers too
        reads += 1
        marker.write_text(str(reads))
    out, _ = writer.communicate(timeout=60)
    assert writer.returncode == 0 and "done" in out
    assert reads >= 5  # readers got in between the writer's batches
    assert counts == sorted(counts)  # a reader never sees a half-written batch go backwards
    assert all((c - 1) % 5 == 0 for c in counts)  # batches are all-or-nothing
    assert store.summary()["mentions"] == 1 + 40 * 5
    # the same clash reported 201 times is one event with every report
    (event,) = store.events()
    assert event.n_articles == 201


def test_a_writer_waits_for_a_lock_then_gives_up_with_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    Store(db).init()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('held', flush=True); "
            "time.sleep(3)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    try:
        Store(db, lock_timeout=0.5).write_batch([make_annotation("x")])
    except DatabaseBusy as exc:
        assert "locked" in str(exc)
    else:
        raise AssertionError("expected DatabaseBusy")
    assert time.monotonic() - started < 2.5
    holder.wait()
    Store(db, lock_timeout=5).write_batch([make_annotation("x")])  # free again: it works


def test_the_web_app_keeps_answering_while_another_process_writes(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from flashpoint.web.app import create_app

    db = tmp_path / "w.duckdb"
    Store(db, lock_timeout=30).write_batch([make_annotation("seed")])
    marker = tmp_path / "reads.txt"
    marker.write_text("0")
    code = WRITER.format(tests=str(Path(__file__).parent), db=str(db), reads=str(marker))
    writer = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    statuses, counts = [], []
    with TestClient(create_app(db)) as client:
        while writer.poll() is None:
            r = client.get("/api/overview")
            statuses.append(r.status_code)
            if r.status_code == 200:
                counts.append(r.json()["mentions"])
            statuses.append(client.get("/events").status_code)
            marker.write_text(str(len(statuses)))
        out, _ = writer.communicate(timeout=60)
        final = client.get("/api/overview").json()
    assert writer.returncode == 0 and "done" in out
    assert len(counts) >= 3 and set(statuses) == {200}
    assert counts == sorted(counts) and all((c - 1) % 5 == 0 for c in counts)
    assert final["mentions"] == 1 + 40 * 5


READERS = textwrap.dedent(
    """
    import sys, threading, time
    from flashpoint.store import Store
    store = Store({db!r}, lock_timeout=30)
    stop = time.monotonic() + {seconds}
    def read():
        while time.monotonic() < stop:
            with store.session():
                store.summary()
                store.events()
    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads: t.start()
    print("reading", flush=True)
    for t in threads: t.join()
    """
)


def test_a_writer_is_not_starved_by_readers_that_never_pause(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).write_batch([make_annotation("seed")])
    code = READERS.format(db=str(db), seconds=20)
    readers = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert readers.stdout is not None and readers.stdout.readline().strip() == "reading"
    store = Store(db, lock_timeout=8)  # four overlapping readers would hold the file for good
    for i in range(5):
        store.write_batch([make_annotation(f"s{i}")])  # DatabaseBusy if starved
    assert readers.poll() is None, "the readers were still reading throughout"
    readers.kill()
    readers.wait()
    assert Store(db).summary()["articles"] == 6
    assert not list(tmp_path.glob("s.duckdb.write-intent.*"))  # the writer cleaned up


def test_a_write_intent_left_by_a_dead_writer_is_ignored(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    Store(db).write_batch([make_annotation("x")])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    flag = tmp_path / f"d.duckdb.write-intent.{dead.pid}"
    flag.touch()
    assert Store(db, lock_timeout=1).summary()["articles"] == 1
    assert not flag.exists()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (tmp_path / f"d.duckdb.write-intent.{alive.pid}").touch()
        try:
            Store(db, lock_timeout=0.5).summary()
        except DatabaseBusy as exc:
            assert "being written" in str(exc)
        else:
            raise AssertionError("a reader must wait for a live writer")
    finally:
        alive.kill()
        alive.wait()
