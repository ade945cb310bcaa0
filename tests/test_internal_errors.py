"""A bug that one article meets is that article's rejection, not the end of the stream."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from flashpoint import pipeline
from flashpoint.errors import ModelError
from flashpoint.nlp import load_nlp
from flashpoint.pipeline import ingest
from flashpoint.settings import Settings
from flashpoint.store import Store

pytestmark = pytest.mark.model

STORY = (
    "NAIROBI, March 3 (Test Wire) - Kenya accused Somalia on Monday of shelling a border "
    "post near Mandera, the foreign ministry said.\n"
)


def _corpus(root: Path) -> Path:
    root.mkdir()
    for name in ("a.txt", "boom.txt", "c.txt"):
        (root / name).write_text(STORY.replace("Monday", "Monday " + name))
    return root


def test_an_internal_error_rejects_its_article_and_the_rest_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.code_article

    def code_article(article: Any, **kw: Any) -> Any:
        if "boom.txt" in article.text:
            raise AssertionError("the parser's vocabulary is inconsistent")
        return real(article, **kw)

    monkeypatch.setattr(pipeline, "code_article", code_article)
    before = load_nlp()
    settings = Settings(db=tmp_path / "x.duckdb", workers=1)
    report = ingest([_corpus(tmp_path / "in")], settings=settings)
    assert report.articles == 2
    [rejection] = report.rejections
    assert rejection.input.endswith("boom.txt") and rejection.stage == "process"
    assert rejection.reason.startswith("internal error: AssertionError")
    assert len(Store(settings.db).article_ids()) == 2
    assert load_nlp() is not before  # the model is loaded afresh after the error


def test_a_missing_model_still_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def code_article(article: Any, **kw: Any) -> Any:
        raise ModelError("the spaCy model package is not installed")

    monkeypatch.setattr(pipeline, "code_article", code_article)
    settings = Settings(db=tmp_path / "x.duckdb", workers=1)
    with pytest.raises(ModelError):
        ingest([_corpus(tmp_path / "in")], settings=settings)
