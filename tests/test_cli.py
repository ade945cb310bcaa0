from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from flashpoint.cli import main

STORY = (
    "NEW DELHI, June 17 (Test Wire) - Chinese troops clashed with Indian soldiers in the "
    "Galwan Valley on Monday night, the Indian army said. Beijing accused New Delhi of "
    "provocation, and India rejected the accusation.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "story.txt").write_text(STORY)
    (root / "empty.txt").write_bytes(b"")
    (root / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    return root


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_help_lists_the_commands() -> None:
    code, out, _ = _run("--help")
    assert code == 0
    for cmd in ("ingest", "events", "articles", "rejections", "export", "annotate", "demo"):
        assert cmd in out


@pytest.mark.model
def test_ingest_then_query_in_every_format(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "x.duckdb")
    code, _, err = _run(
        "ingest", str(corpus), "--db", db, "--published", "2020-06-17", "--source", "Test Wire"
    )
    assert code == 0, err
    assert "rejected 2" in err and "stored 1 articles" in err

    code, out, _ = _run("events", "--db", db, "--format", "jsonl", "--dyad", "IND,CHN")
    events = [json.loads(line) for line in out.splitlines()]
    assert ("ASSAULT", "CHNMIL", "INDMIL") in {
        (e["plover"], e["source"]["code"], e["target"]["code"]) for e in events
    }
    assert all(e["mentions"][0]["outlet"] == "Test Wire" for e in events)

    code, out, _ = _run(
        "events", "--db", db, "--format", "csv", "--actor", "CHN", "--type", "accuse"
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["source_code"] for r in rows] == ["CHNGOV"]

    code, out, _ = _run("events", "--db", db, "--since", "2020-07-01")
    assert code == 0 and "0 events" in _run("events", "--db", db, "--since", "2020-07-01")[2]

    code, out, _ = _run("articles", "--db", db, "--format", "jsonl")
    [article] = [json.loads(line) for line in out.splitlines()]
    assert article["published"] == "2020-06-17" and article["published_from"] == "cli"
    assert set(article) == {
        "id",
        "title",
        "url",
        "source",
        "published",
        "published_from",
        "language",
        "text",
        "n_removed",
        "story_id",
    }

    code, out, _ = _run("rejections", "--db", db, "--format", "jsonl")
    rej = {Path(r["input"]).name: r for r in map(json.loads, out.splitlines())}
    assert set(rej) == {"empty.txt", "blob.txt"}
    assert set(rej["empty.txt"]) == {"input", "stage", "reason", "at"}
    assert "binary" in rej["blob.txt"]["reason"]

    first_id = events[0]["id"]
    code, out, _ = _run("event", first_id, "--db", db)
    assert json.loads(out)["id"] == first_id
    code, _, err = _run("event", "ev_missing", "--db", db)
    assert code == 1 and "no event" in err

    parquet = tmp_path / "e.parquet"
    code, _, _ = _run("export", "events", "--format", "parquet", "-o", str(parquet), "--db", db)
    assert code == 0 and pq.read_table(parquet).num_rows == len(_all_events(db))
    code, out, _ = _run("export", "articles", "--format", "csv", "-o", "-", "--db", db)
    assert out.startswith("id,title,url")
    code, _, err = _run("export", "events", "--format", "parquet", "-o", "-", "--db", db)
    assert code != 0 and "stdout" in err


def _all_events(db: str) -> list[dict[str, object]]:
    _, out, _ = _run("events", "--db", db, "--format", "jsonl")
    return [json.loads(line) for line in out.splitlines()]


def test_database_from_the_environment(tmp_path: Path) -> None:
    code, _, err = _run("events", env={"FLASHPOINT_DB": str(tmp_path / "none.duckdb")})
    assert code == 1 and "none.duckdb" in err and "flashpoint ingest" in err


def test_bad_dyad_and_date_are_usage_errors(tmp_path: Path) -> None:
    code, _, err = _run("events", "--dyad", "CHN", "--db", str(tmp_path / "x.duckdb"))
    assert code == 2 and "CHN,IND" in err
    code, _, err = _run("events", "--since", "June", "--db", str(tmp_path / "x.duckdb"))
    assert code == 2 and "YYYY-MM-DD" in err


@pytest.mark.model
def test_annotate_text_and_jsonl(tmp_path: Path) -> None:
    _code, out, _ = _run(
        "annotate", "Beijing accused New Delhi of provocation.", "--published", "2020-06-17"
    )
    doc = json.loads(out)
    assert doc["published"] == "2020-06-17" and doc["events"][0]["plover"] == "ACCUSE"
    src = tmp_path / "docs.jsonl"
    src.write_text(
        json.dumps({"id": "d1", "text": STORY, "published": "2020-06-18"})
        + "\n"
        + "{broken\n"
        + json.dumps({"id": "d3", "html": f"<html><body><p>{STORY}</p></body></html>"})
        + "\n"
    )
    _, out, _ = _run("annotate", "--input", str(src))
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["input_id"] for d in docs] == ["d1", f"{src}:2", "d3"]
    assert docs[0]["published"] == "2020-06-18" and docs[0]["events"]
    assert docs[1]["rejected"] and "invalid JSON" in docs[1]["rejected"]
    assert docs[2]["text"].startswith("NEW DELHI")
    assert not list(tmp_path.glob("*.duckdb"))  # annotate stores nothing


def test_annotate_needs_exactly_one_input() -> None:
    code, _, err = _run("annotate")
    assert code == 2 and "TEXT" in err


def _event_json(sentence: str) -> dict[str, object]:
    return {
        "id": "ev_0123456789abcdef",
        "date": "2020-06-15",
        "date_precision": "day",
        "date_source": "text",
        "plover": "ASSAULT",
        "cameo": "190",
        "goldstein": -10.0,
        "quad_class": 4,
        "source": {"code": "CHNMIL", "country": "CHN", "sector": "MIL", "text": "Chinese"},
        "target": {"code": "INDMIL", "country": "IND", "sector": "MIL", "text": "Indian"},
        "location": {"name": "Galwan Valley", "country": "IND"},
        "fatalities": 20,
        "injured": None,
        "n_articles": 3,
        "mentions": [{"article_id": "a_1", "url": None, "sentence": sentence}],
        "coder": "flashpoint.rules.v1",
        "lexicon_version": "test",
    }


@pytest.mark.parametrize("width", [80, 120, 200])
def test_event_table_fits_the_terminal_and_keeps_codes_whole(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    from flashpoint import render

    page = io.StringIO()
    monkeypatch.setattr(render, "out", Console(file=page, width=width))
    sentence = "Chinese and Indian troops clashed in the Galwan Valley on Monday night. " * 2
    render.emit("events", [_event_json(sentence)], "table")
    lines = page.getvalue().splitlines()
    assert max(len(line) for line in lines) <= width
    text = page.getvalue()
    # ids and actor codes are never folded mid-value, and the sentence is there to read
    assert "ev_0123456789abcdef" in text and "CHNMIL" in text and "INDMIL" in text
    assert "Galwan" in text
    # a wide terminal shows every column, a narrow one gives up the least needed first
    assert ("goldstein" in text) == (width >= 200)
    assert "plover" in text
