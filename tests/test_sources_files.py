from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from flashpoint.records import RawArticle, Rejection
from flashpoint.settings import Settings
from flashpoint.sources.files import iter_files, parse_jsonl_record, read_paths


def _read(paths: list[Path], settings: Settings, **kw: object) -> list[RawArticle | Rejection]:
    return list(read_paths(paths, settings=settings, **kw))  # type: ignore[arg-type]


def test_directories_are_walked_recursively_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x")
    (tmp_path / "a.html").write_text("<p>x</p>")
    (tmp_path / ".hidden.txt").write_text("x")
    assert [p.name for p in iter_files([tmp_path])] == ["a.html", "z.txt"]


def test_kinds_by_suffix_and_cli_metadata(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "a.txt").write_text("Some text.")
    (tmp_path / "b.htm").write_text("<p>Some text.</p>")
    got = _read([tmp_path], settings, published=dt.date(2020, 1, 2), source="Wire")
    assert [
        (r.kind, r.published, r.published_from, r.source) for r in got if isinstance(r, RawArticle)
    ] == [
        ("text", dt.date(2020, 1, 2), "cli", "Wire"),
        ("html", dt.date(2020, 1, 2), "cli", "Wire"),
    ]


def test_unsupported_missing_and_too_large_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    (tmp_path / "big.txt").write_text("x" * 100)
    got = _read(
        [tmp_path / "scan.pdf", tmp_path / "nope.txt", tmp_path / "big.txt"], Settings(max_bytes=50)
    )
    assert all(isinstance(r, Rejection) for r in got)
    reasons = [r.reason for r in got if isinstance(r, Rejection)]
    assert "unsupported file type '.pdf'" in reasons[0]
    assert "cannot read file" in reasons[1]
    assert "file too large" in reasons[2]


def test_jsonl_lines_good_and_bad(tmp_path: Path, settings: Settings) -> None:
    lines = [
        json.dumps(
            {
                "id": "x1",
                "text": "Hello.",
                "published": "2020-06-17",
                "url": "u",
                "source": "S",
                "title": "T",
                "language": "en",
            }
        ),
        "{not json",
        json.dumps({"id": "x3", "title": "no body"}),
        "",
        json.dumps({"html": "<p>Hi</p>", "published": "2020-06-18T10:00:00Z"}),
    ]
    path = tmp_path / "f.jsonl"
    path.write_text("\n".join(lines) + "\n")
    got = _read([path], settings, published=dt.date(2000, 1, 1))
    assert isinstance(got[0], RawArticle)
    assert (got[0].id, got[0].published, got[0].published_from) == (
        "x1",
        dt.date(2020, 6, 17),
        "input",
    )
    assert isinstance(got[1], Rejection) and got[1].input == f"{path}:2"
    assert "invalid JSON" in got[1].reason
    assert isinstance(got[2], Rejection) and "neither" in got[2].reason
    assert isinstance(got[3], RawArticle) and got[3].kind == "html"
    assert got[3].input == f"{path}:5" and got[3].published == dt.date(2020, 6, 18)


def test_jsonl_cli_date_fills_in_only_missing_dates() -> None:
    rec = parse_jsonl_record('{"text": "x"}', "w:1", published=dt.date(2020, 5, 5))
    assert isinstance(rec, RawArticle)
    assert (rec.published, rec.published_from) == (dt.date(2020, 5, 5), "cli")
