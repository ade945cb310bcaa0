"""Ingesting a thousand hostile files: no crash, no hang, nothing lost, nothing twice."""

from __future__ import annotations

import collections
import faulthandler
import logging
from pathlib import Path
from typing import Any

import pytest

from flashpoint.pipeline import ingest
from flashpoint.settings import Settings
from flashpoint.sources import files
from flashpoint.store import Store
from hostile import EITHER, REJECTED, STORED, make_corpus

pytestmark = pytest.mark.model
log = logging.getLogger(__name__)
TABLES = ("articles", "rejections", "mentions", "events", "signatures", "stories")


def test_a_thousand_hostile_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = make_corpus(tmp_path / "in")
    assert len(corpus.expect) >= 1000
    original = files.read_file

    def vanishing(path: Path, **kwargs: Any) -> Any:
        if str(path) in corpus.vanish:  # listed by the walk, gone before it is read
            path.unlink()
        return original(path, **kwargs)

    monkeypatch.setattr(files, "read_file", vanishing)
    db = tmp_path / "h.duckdb"
    settings = Settings(db=db, article_timeout=30.0)
    faulthandler.dump_traceback_later(1200, exit=True)  # a hang fails the run, loudly
    try:
        ingest([corpus.root], settings=settings)
    finally:
        faulthandler.cancel_dump_traceback_later()

    store = Store(db)
    rejected = {r.input: r for r in store.rejections()}
    stored = {a.input for a in store.articles()}
    parts: dict[str, str] = {}  # a feed entry (path#n) or JSONL line (path:n) speaks for its file
    for key in rejected:
        for sep in ("#", ":"):
            head, found, tail = key.rpartition(sep)
            if found and tail.isdigit():
                parts.setdefault(head, key)
    outcome: collections.Counter[str] = collections.Counter()
    per_kind: collections.Counter[tuple[str, str]] = collections.Counter()
    for name, expect in corpus.expect.items():
        kind = corpus.kinds[name]
        seen = name if name in rejected or name in stored else parts.get(name)
        if seen is None:
            raise AssertionError(f"{kind}: {name!r} was lost")
        per_kind[(kind, "stored" if seen in stored else "rejected")] += 1
        if seen in stored:
            outcome["stored"] += 1
            assert expect in (STORED, EITHER), f"{kind}: {name!r} was stored"
        else:
            outcome["rejected"] += 1
            reason = rejected[seen].reason
            assert expect in (REJECTED, EITHER), f"{kind}: {name!r} rejected: {reason}"
            assert reason and rejected[seen].stage
    unknown = {
        key
        for key in set(rejected) - set(corpus.expect)
        if not any(key.rpartition(sep)[0] in corpus.expect for sep in ("#", ":"))
    }
    assert not unknown, sorted(unknown)[:5]
    log.warning(
        "hostile corpus: %d inputs tried, %d stored, %d rejected; by kind: %s",
        len(corpus.expect),
        outcome["stored"],
        outcome["rejected"],
        ", ".join(f"{k} {o} {n}" for (k, o), n in sorted(per_kind.items())),
    )
    by_kind = collections.Counter(corpus.kinds[name] for name in corpus.expect if name in stored)
    assert by_kind["good"] == 30  # every good article is in

    before = {t: store.table_rows(t) for t in TABLES}
    ingest([corpus.root], settings=settings)  # again: nothing changes
    assert {t: store.table_rows(t) for t in TABLES} == before
