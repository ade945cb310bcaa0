"""``scripts/learn_cues.py``: how PolNeAR's attributions become the learned cue counts."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def learn() -> ModuleType:
    spec = importlib.util.spec_from_file_location("learn_cues", ROOT / "scripts" / "learn_cues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["learn_cues"] = module
    spec.loader.exec_module(module)
    return module


TEXT = "The governor lampooned the ambitions of three senators. Aides said nothing."
ANN = (
    "T1\tSource 0 12\tThe governor\n"
    "T2\tCue 13 22\tlampooned\n"
    "T3\tContent 23 54\tthe ambitions of three senators\n"
    "T4\tAttribution 13 22\tlampooned\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 61 65\tsaid\n"
    "E2\tAttribution:T5 Cue:T5\n"  # no content: not an attribution to learn from
)


def test_attributions_are_read_with_their_cue_and_content(learn: ModuleType) -> None:
    assert learn.attributions(ANN) == [([(13, 22)], [(23, 54)])]


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ((23, 54), True),  # the content itself
        ((27, 54), True),  # "ambitions of three senators": 4 of 5 words
        ((23, 36), False),  # "the ambitions": under half of the content
        ((0, 73), False),  # the whole text: the content is under half of the span
    ],
)
def test_a_span_carries_the_content_as_the_benchmark_scores_it(
    learn: ModuleType, span: tuple[int, int], expected: bool
) -> None:
    assert learn._matches(TEXT, span, [(23, 54)]) is expected


def test_thresholds_keep_frames_seen_often_enough_as_cues(learn: ModuleType) -> None:
    seen = Counter({"a|VERB|dobj": 10, "b|VERB|dobj": 10, "c|VERB|dobj": 2})
    cues = Counter({"a|VERB|dobj": 5, "b|VERB|dobj": 3, "c|VERB|dobj": 2})
    assert learn.keep(seen, cues, 2, 0.4) == {"a|VERB|dobj": 0.5, "c|VERB|dobj": 1.0}
    assert learn.keep(seen, cues, 3, 0.4) == {"a|VERB|dobj": 0.5}


def test_each_word_is_scored_on_the_frame_most_often_a_cue(learn: ModuleType) -> None:
    table = {"pin|VERB|dobj": 0.3, "pin|VERB|prep:on": 0.7}
    none = np.zeros(0, dtype="float32")
    doc = [
        (4, "pin|VERB|dobj", True, none),
        (4, "pin|VERB|prep:on", False, none),
        (9, "x|VERB|dobj", True, none),
    ]
    assert learn.chosen(doc, table) == [False]
