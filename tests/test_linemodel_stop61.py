"""The learned line scorer of crawled text (flashpoint.clean.linemodel), stop 61."""

from __future__ import annotations

import io
import re

import numpy as np
import pytest

import flashpoint.clean.boilerplate as boilerplate
from flashpoint.clean import split_text
from flashpoint.clean.linemodel import (
    MIN_LINES,
    LineModel,
    buckets,
    features,
    line_model,
    read_model,
)

STORY = [
    "ADDIS ABABA, March 12 (Horn Wire) - Envoys from Sudan's army and the Rapid Support Forces"
    " returned to talks in the Ethiopian capital on Thursday, a week after the last round"
    " collapsed over the exchange of prisoners.",
    "The African Union's mediator, a former Kenyan foreign minister, said both delegations had"
    " agreed to meet face to face for the first time since January.",
    '"We are not here to sign anything today, but we are here," the mediator told reporters'
    " outside the conference hall.",
    "The army's delegation accused the paramilitary force of shelling a market in El Obeid on"
    " Tuesday, killing nine people, a charge the RSF denied.",
    "Aid agencies say more than 11 million people have fled their homes since the war began in"
    " April 2023.",
    "The RSF's chief negotiator said his side wanted international monitors at every crossing"
    " point before any ceasefire took effect.",
    "The talks are expected to last three days, according to an AU statement.",
]
CAPTION = (
    "Delegates arrive at the African Union headquarters in Addis Ababa, March 12, 2026."
    " Horn Wire/Selam Tadesse"
)
PAGE = [
    "Home / World / Africa",
    "Ceasefire talks resume in Addis Ababa as envoys trade blame",
    "By Tomas Abera, East Africa correspondent",
    *STORY[:2],
    CAPTION,
    *STORY[2:],
    "Our journalism depends on readers like you. Every gift, big or small, keeps our"
    " correspondents in the field.",
    "Filed under: Sudan, Ethiopia, African Union, Ceasefire",
    "Most popular this week",
]


def test_the_packaged_model_was_trained_on_tuning_splits_only() -> None:
    model = line_model()
    assert model.trained_on
    assert all(re.fullmatch(r"dev\d*", split) for split in model.trained_on)
    assert 0.5 < model.threshold < 1.0
    assert len(model.weights) > 1000


def test_a_photo_caption_no_rule_knows_is_removed_by_the_scorer() -> None:
    parts = split_text("\n".join(PAGE))
    body = parts.body.split("\n")
    assert CAPTION not in body
    assert [line for line in body if line.strip()] == STORY
    assert ("learned", CAPTION) in [(r.reason, r.text) for r in parts.removed]


def test_short_texts_are_left_to_the_rules() -> None:
    lines = [STORY[0], CAPTION, STORY[1]]
    assert len(lines) < MIN_LINES
    assert line_model().noise(lines) == [False, False, False]
    assert CAPTION in split_text("\n".join(lines), find_title=False).body


def test_story_sentences_score_low_and_page_chrome_high() -> None:
    model = line_model()
    lines = [line for line in PAGE[1:]]
    scores = {line: model.probability(lines, i) for i, line in enumerate(lines)}
    assert all(scores[line] < 0.5 for line in STORY[1:])
    assert scores["Filed under: Sudan, Ethiopia, African Union, Ceasefire"] > 0.9


def test_lines_the_rules_claim_for_the_story_are_never_judged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A scorer that calls every line noise: only what the rules keep as story survives it.
    everything = LineModel(
        weights={b: 20.0 for b in buckets(["bias"])}, threshold=0.5, trained_on=("dev",)
    )
    monkeypatch.setattr(boilerplate, "line_model", lambda: everything)
    lede = STORY[0]
    prose = STORY[1:5] + STORY[5:]
    text = "\n".join([lede, *prose[:3], "Roads closed", *prose[3:], *prose, "Aftermath", *prose])
    body = split_text(text, find_title=False).body.split("\n")
    assert lede in body  # a story line that opens with its dateline
    assert "Roads closed" in body and "Aftermath" in body  # subheads inside the story
    assert not set(prose) & set(body)


def test_features_see_the_neighbours_and_the_place() -> None:
    names = features(["Menu", "A story sentence about talks, said the envoy.", "Share"], 1)
    assert "prevlen:1" in names and "nextlen:1" in names
    assert "head:1" in names and "tail:1" in names
    assert "w:envoy" in names and "end:." in names
    assert buckets(names) == sorted(set(buckets(names)))


def test_a_model_file_reads_back() -> None:
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        index=np.array([3, 7], dtype=np.int32),
        weight=np.array([0.5, -1.25], dtype=np.float32),
        threshold=np.float64(0.8),
        trained_on=np.array(["dev", "dev2"]),
    )
    model = read_model(buffer.getvalue())
    assert model.weights == {3: 0.5, 7: -1.25}
    assert model.threshold == 0.8
    assert model.trained_on == ("dev", "dev2")
