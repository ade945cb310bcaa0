"""The learned judge of coded events (flashpoint.coding.confidence), stop 62."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import flashpoint.coding.confidence as confidence
from flashpoint.coding.confidence import (
    MIN_SENTENCES,
    ArticleContext,
    event_model,
    features,
    likely,
)
from flashpoint.learn import HashedModel, buckets
from flashpoint.settings import Settings

pytestmark = pytest.mark.model

DAY = dt.date(2026, 3, 11)
STORY = [
    "GAROUA, Cameroon, March 11 (Sahel Desk) - Nigerian troops shelled a camp used by"
    " separatist fighters near the border on Tuesday, Cameroon's defence ministry said.",
    "Cameroon accused Nigeria of violating its territory and summoned the Nigerian"
    " ambassador in Yaounde on Wednesday.",
    "The ministry said four civilians were wounded in the shelling.",
    "Nigeria's foreign ministry denied that its forces had crossed the frontier.",
    "Residents of the village said they heard explosions for about an hour.",
    "The two neighbours signed a border security pact in 2019.",
    "Traders in the border market said prices of grain had risen sharply this year.",
    "A regional analyst said the dispute could hurt trade along the corridor.",
    "The African Union urged both governments to show restraint.",
    "Markets in Garoua were calm on Wednesday afternoon, witnesses said.",
]


def _coded(text: str) -> tuple[list[object], object, object]:
    """The events the rules code in ``text`` with the judge off, its parse and article."""
    from flashpoint.nlp import load_nlp, parse_text
    from flashpoint.pipeline import _cleaned, _code_parsed
    from flashpoint.records import RawArticle
    from flashpoint.settings import Settings

    raw = RawArticle(
        input="t", kind="text", data=text.encode(), published=DAY, published_from="input"
    )
    article = _cleaned(raw, settings=Settings()).article
    assert article is not None
    doc = load_nlp()(parse_text(article.text))
    mentions = list(_code_parsed(article, doc, input_id="t", judge=False).mentions)
    return mentions, doc, article


def _model(bias: float) -> HashedModel:
    return HashedModel(weights={b: bias for b in buckets(["bias"])}, threshold=0.5, trained_on=())


def test_the_packaged_model_was_trained_on_tuning_splits_only() -> None:
    model = event_model()
    assert model.trained_on
    assert all(re.fullmatch(r"dev\d*", split) for split in model.trained_on)
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 500


def test_a_model_that_doubts_everything_empties_a_whole_article() -> None:
    mentions, doc, article = _coded("\n\n".join(STORY))
    assert len(mentions) >= 2
    kept = likely(mentions, doc, article.text, article.published, model=_model(-20.0))
    assert kept == []
    trusting = likely(mentions, doc, article.text, article.published, model=_model(20.0))
    assert trusting == mentions


def test_short_texts_keep_every_event_the_rules_code() -> None:
    text = " ".join(STORY[:2])
    mentions, doc, article = _coded(text)
    assert mentions and len(list(doc.sents)) < MIN_SENTENCES
    doubting = _model(-20.0)
    assert likely(mentions, doc, article.text, article.published, model=doubting) == mentions


def test_features_read_the_event_its_actors_and_its_sentence() -> None:
    mentions, doc, article = _coded("\n\n".join(STORY))
    context = ArticleContext(doc, article.text, article.published, mentions)
    accuse = next(m for m in mentions if str(m.plover) == "ACCUSE")
    names = features(accuse, context)
    assert "pl=ACCUSE" in names and "bias" in names
    assert f"cam={accuse.cameo}" in names
    assert "lem=summon" in names
    assert "sidx=1" in names  # the article's second sentence
    assert "diffcountry" in names
    assert features(accuse, context) == names  # the same every time


def test_the_judge_runs_in_the_pipeline_on_whole_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    from flashpoint.pipeline import annotate

    text = "\n\n".join(STORY)
    judged = Settings(judge="on")
    assert annotate(text, published=DAY, settings=judged).mentions
    monkeypatch.setattr(confidence, "event_model", lambda: _model(-20.0))
    assert annotate(text, published=DAY, settings=judged).mentions == ()
    # off by default
    assert annotate(text, published=DAY).mentions


def test_the_judge_is_a_setting_and_an_ingest_flag(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from flashpoint.cli import main
    from flashpoint.errors import ConfigError
    from flashpoint.settings import load_settings

    assert not Settings().judged
    assert load_settings(environ={"FLASHPOINT_JUDGE": "on"}, cwd=tmp_path).judged
    with pytest.raises(ConfigError, match="judge"):
        Settings(judge="maybe")
    story = tmp_path / "story.txt"
    story.write_text("\n\n".join(STORY), encoding="utf-8")
    db = tmp_path / "j.duckdb"
    result = CliRunner().invoke(
        main, ["ingest", str(story), "--db", str(db), "--judge", "-q", "--published", "2026-03-11"]
    )
    assert result.exit_code == 0, result.output
