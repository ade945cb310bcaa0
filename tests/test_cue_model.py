"""The learned cue scorer (``flashpoint.layers.cue_model``): training, the shipped model,
and the fall-back to the counts when a parse carries no context vectors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from flashpoint.layers.cue_model import (
    cue_model,
    fit,
    frame_vector,
    has_vectors,
    load,
    save,
    table_features,
    table_vector,
    word_key,
)

SENTENCE = "The governor lampooned the presidential ambitions of three senators on Saturday."


def test_fit_learns_which_rows_carry_an_attribution(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    rows = rng.normal(size=(3000, 6)).astype("float32")
    labels = (rows[:, 0] + 0.5 * rows[:, 1] > 0).astype("float32")
    model = fit(rows, labels, epochs=20, threshold=0.4)
    scores = model.score(rows)
    assert ((scores >= 0.5) == (labels == 1)).mean() > 0.9
    save(model, tmp_path / "scorer.npz")
    again = load(tmp_path / "scorer.npz")
    assert again.threshold == pytest.approx(0.4)
    assert np.allclose(again.score(rows), scores, atol=1e-6)


def test_table_counts_are_used_only_for_a_frame_seen_twice_and_a_cue_once() -> None:
    assert np.allclose(table_vector(10, 4), [1.0, 0.4, np.log1p(4)])
    assert not table_vector(1, 1).any()
    assert not table_vector(0, 0).any()


def test_the_counts_part_holds_the_frame_then_the_word_over_all_its_frames() -> None:
    assert word_key("lampoon|VERB|prep:for") == "lampoon|VERB"
    row = table_features((0, 0), (12, 3))
    assert not row[:3].any()
    assert np.allclose(row[3:], [1.0, 0.25, np.log1p(3)])


def test_the_shipped_word_counts_sum_the_frame_counts() -> None:
    from flashpoint.layers.quotes import learned_counts, learned_word_counts

    words = learned_word_counts()
    frames = learned_counts()
    assert words["say|VERB"][1] >= 1
    for key, (seen, cues) in frames.items():
        if word_key(key) in words:
            total_seen, total_cues = words[word_key(key)]
            assert total_seen >= seen and total_cues >= cues


def test_the_shipped_scorer_reads_the_features_the_layer_builds() -> None:
    from flashpoint.layers.quotes import candidate_vector, learned_speaker
    from flashpoint.nlp import load_nlp

    model = cue_model()
    assert model is not None, "the package ships data/quotes/cue_model.npz"
    assert 0.0 < model.threshold < 1.0
    doc = load_nlp()(SENTENCE)
    assert has_vectors(doc)
    tok = next(t for t in doc if t.text == "lampooned")
    span = (SENTENCE.index("the presidential"), SENTENCE.index(" on Saturday"))
    vector = candidate_vector(tok, "lampoon|VERB|dobj", span, frozenset())
    frame = frame_vector(tok, "lampoon|VERB|dobj", span, learned_speaker(tok))
    assert np.array_equal(vector[: len(frame)], frame)
    row = np.concatenate([table_features((0, 0), (0, 0)), vector])
    assert len(row) == model.mean.shape[0]
    score = model.score(row[None, :])
    assert score.shape == (1,) and 0.0 <= float(score[0]) <= 1.0


def test_a_parse_without_context_vectors_falls_back_to_the_counts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from flashpoint.layers import quotes as layer
    from flashpoint.nlp import load_nlp

    doc = load_nlp()(SENTENCE)
    doc.tensor = np.zeros((0, 0), dtype="float32")
    assert not has_vectors(doc)
    monkeypatch.setattr(layer, "learned_cues", lambda: {})
    assert not layer.find_quotes(doc, [])
    monkeypatch.setattr(layer, "learned_cues", lambda: {"lampoon|VERB|dobj": 0.6})
    (q,) = layer.find_quotes(doc, [])
    assert q.text == "the presidential ambitions of three senators"
    assert q.cue == "lampooned"


def test_the_scorer_keeps_a_frame_the_counts_alone_leave_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import flashpoint
    from flashpoint.layers import quotes as layer

    def annotate(text: str) -> dict[str, Any]:
        ann = flashpoint.annotate(text)
        assert ann.rejected is None
        return ann.to_json()

    text = (
        "WASHINGTON, May 4 (Wire) - The senator embraced the governor's plan to cut fuel "
        "taxes. Police arrested two men near the port on Sunday.\n"
    )
    # "embrace|VERB|dobj" carried an attribution in 12 of its 32 uses in PolNeAR train:
    # under the 40% the counts alone ask; its context here makes the scorer keep it
    assert layer.learned_counts().get("embrace|VERB|dobj") == (32, 12)
    (q,) = annotate(text)["quotes"]
    assert q["text"] == "the governor's plan to cut fuel taxes"
    assert q["cue"]["text"] == "embraced"
    assert "senator" in q["speaker"]["text"]
    monkeypatch.setattr(layer, "cue_model", lambda: None)
    assert not annotate(text)["quotes"]


def test_the_scorer_averages_its_networks_and_reads_a_single_network_file(
    tmp_path: Path,
) -> None:
    rng = np.random.default_rng(2)
    rows = rng.normal(size=(600, 5)).astype("float32")
    labels = (rows[:, 0] > 0).astype("float32")
    model = fit(rows, labels, members=2, hidden=8, epochs=3)
    assert model.w1.shape == (2, 5, 8) and model.b2.shape == (2,)
    one = fit(rows, labels, members=1, hidden=8, epochs=3)
    other = fit(rows, labels, members=1, hidden=8, epochs=3, seed=1)
    assert np.allclose(model.score(rows), (one.score(rows) + other.score(rows)) / 2, atol=1e-5)
    # a file written before the scorer averaged several networks
    np.savez(
        tmp_path / "single.npz",
        mean=one.mean,
        scale=one.scale,
        w1=one.w1[0],
        b1=one.b1[0],
        w2=one.w2[0],
        b2=np.array(one.b2[0], dtype="float32"),
        threshold=np.array(0.3, dtype="float32"),
    )
    again = load(tmp_path / "single.npz")
    assert np.allclose(again.score(rows), one.score(rows), atol=1e-6)


def test_the_context_part_reads_the_sentence_around_a_candidate() -> None:
    from flashpoint.layers.cue_model import HEAD_POS, context_vector
    from flashpoint.nlp import load_nlp

    text = "Senator Jane Ortiz lampooned the plan. Nobody lampooned the second plan."
    doc = load_nlp()(text)
    first, second = (t for t in doc if t.text == "lampooned")
    span = (text.index("the plan"), text.index(". Nobody"))
    row = context_vector(first, span, frozenset({0}), frozenset({"lampoon"}))
    assert len(row) == 13 + len(HEAD_POS)
    assert row[0] == 1.0  # a person named in the sentence, outside the governed words
    assert row[2] == 1.0  # a curated cue reports words in this sentence
    assert row[12] == 1.0  # the lemma is a curated cue
    span2 = (text.index("the second"), len(text) - 1)
    other = context_vector(second, span2, frozenset({0}), frozenset())
    assert other[0] == 0.0 and other[2] == 0.0 and other[12] == 0.0
    assert other[7] > row[7]  # later in the article


def test_a_sentences_entities_are_read_as_spacy_reads_them() -> None:
    from flashpoint.layers.cue_model import _ents_in
    from flashpoint.nlp import load_nlp

    doc = load_nlp()(
        "Kremlin spokesman Dmitry Peskov said on Monday that Russia and China would meet "
        "in Geneva. The United Nations welcomed it. New York Times reporters asked Peskov "
        "about the European Union"
    )
    sents = list(doc.sents)
    assert len(sents) == 3
    for sent in sents:
        assert _ents_in(sent) == [(e.start, e.label_) for e in sent.ents]
    assert [e.text for e in doc.ents][-1] == "the European Union"  # one ends the text
