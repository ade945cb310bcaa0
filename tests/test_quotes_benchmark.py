"""The PolNeAR quote benchmark's scoring (benchmarks/quotes.py) on tiny hand-made cases."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _load() -> ModuleType:
    path = Path(__file__).parents[1] / "benchmarks" / "quotes.py"
    spec = importlib.util.spec_from_file_location("quotes_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


qb = _load()

TEXT = (
    'Smith said the army had left the town. "We will not return," the colonel added, '
    '"because the bridge is gone." Rain fell all day.'
)


def at(sub: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


def test_words_ignore_punctuation_and_take_whole_words() -> None:
    assert qb.words("a “b,” c", [(0, 8)]) == {(0, 1), (3, 4), (7, 8)}
    assert qb.words("abc def", [(1, 5)]) == {(0, 3), (4, 7)}  # cut words count whole
    assert qb.words("abc def", [(3, 4)]) == set()


def test_exact_match() -> None:
    gold = [qb.Gold("indirect", (at("the army had left the town"),), (at("Smith"),))]
    preds = [qb.Pred("indirect", (at("the army had left the town."),), (at("Smith"),))]
    s = qb.score_doc(TEXT, gold, preds)
    assert s.pairs == [(0, 0)]
    f = qb.figures(s.counts)
    assert f["all"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "n_gold": 1, "n_pred": 1}
    assert f["indirect"]["f1"] == 1.0
    assert f["direct"]["n_gold"] == f["direct"]["n_pred"] == 0
    assert f["speaker"] == {"accuracy": 1.0, "n": 1}


@pytest.mark.parametrize(
    ("pred", "matched"),
    [
        ("the army had", True),  # 3 of the gold's 6 words: exactly half
        ("the army", False),  # 2 of 6
        ('the army had left the town. "We will not return', True),  # 6 of 10 predicted
        ('the army had left the town. "We will not return," the colonel', True),  # 6 of 12
        ('the army had left the town. "We will not return," the colonel added', False),  # 6 of 13
    ],
)
def test_half_overlap_boundary(pred: str, matched: bool) -> None:
    gold = [qb.Gold("indirect", (at("the army had left the town"),))]
    s = qb.score_doc(TEXT, gold, [qb.Pred("indirect", (at(pred),))])
    assert bool(s.pairs) is matched


def test_split_gold_matched_by_two_predictions() -> None:
    one, two = at('"We will not return,"'), at('"because the bridge is gone."')
    gold = [qb.Gold("direct", (one, two), (at("the colonel"),))]
    preds = [qb.Pred("direct", (two,)), qb.Pred("direct", (one,))]
    s = qb.score_doc(TEXT, gold, preds)
    assert s.pairs == [(0, 0), (0, 1)]
    f = qb.figures(s.counts)
    assert (f["all"]["p"], f["all"]["r"]) == (1.0, 1.0)
    assert f["speaker"]["n"] == 2  # both pairs checked, neither has a speaker
    assert f["speaker"]["accuracy"] == 0.0


def test_whole_match_takes_the_gold() -> None:
    one, two = at('"We will not return,"'), at('"because the bridge is gone."')
    gold = [qb.Gold("direct", (one, two))]
    preds = [qb.Pred("direct", (one, two)), qb.Pred("direct", (one,))]
    s = qb.score_doc(TEXT, gold, preds)
    assert s.pairs == [(0, 0)]  # the whole content shares most; the part is then taken
    f = qb.figures(s.counts)
    assert (f["all"]["p"], f["all"]["r"]) == (0.5, 1.0)


def test_one_prediction_matches_one_gold() -> None:
    quote = at("the army had left the town")
    gold = [qb.Gold("indirect", (quote,)), qb.Gold("indirect", (quote,))]
    s = qb.score_doc(TEXT, gold, [qb.Pred("indirect", (quote,))])
    assert len(s.pairs) == 1
    assert qb.figures(s.counts)["all"]["r"] == 0.5


def test_prediction_matching_nothing() -> None:
    gold = [qb.Gold("indirect", (at("the army had left the town"),))]
    preds = [
        qb.Pred("indirect", (at("the army had left the town"),)),
        qb.Pred("direct", (at("Rain fell all day."),)),
    ]
    f = qb.figures(qb.score_doc(TEXT, gold, preds).counts)
    assert f["all"]["p"] == 0.5 and f["all"]["r"] == 1.0
    assert f["direct"]["p"] == 0.0 and f["direct"]["n_gold"] == 0  # precision by pred kind
    assert f["indirect"]["p"] == 1.0


@pytest.mark.parametrize(
    ("speaker", "ok"),
    [
        ((at("the colonel"),), True),
        ((at("colonel"),), True),  # any character overlap
        ((at("Smith"), at("the colonel")), True),  # the antecedent overlaps
        ((at("Smith"),), False),
        ((), False),
    ],
)
def test_speaker(speaker: tuple[tuple[int, int], ...], ok: bool) -> None:
    quote = at('"We will not return,"')
    gold = [qb.Gold("direct", (quote,), (at("the colonel"),))]
    f = qb.figures(qb.score_doc(TEXT, gold, [qb.Pred("direct", (quote,), speaker)]).counts)
    assert f["speaker"] == {"accuracy": 1.0 if ok else 0.0, "n": 1}


def test_gold_without_source_is_not_a_speaker_check() -> None:
    quote = at('"We will not return,"')
    s = qb.score_doc(TEXT, [qb.Gold("direct", (quote,))], [qb.Pred("direct", (quote,))])
    assert s.pairs == [(0, 0)]
    assert qb.figures(s.counts)["speaker"]["n"] == 0


def test_read_ann() -> None:
    a, b = at('"We will not return,"'), at('"because the bridge is gone."')
    c = at("the army had left the town")
    src, cue, smith, said = at("the colonel"), at("added"), at("Smith"), at("said")
    ann = (
        f"T1\tSource {src[0]} {src[1]}\tthe colonel\n"
        f"T2\tCue {cue[0]} {cue[1]}\tadded\n"
        f"T3\tContent {a[0]} {a[1]};{b[0]} {b[1]}\t...\n"
        "a wrapped line of annotation text\n"
        f"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        f"T5\tContent {c[0]} {c[1]}\tthe army had left the town\n"
        f"T6\tCue {said[0]} {said[1]}\tsaid\n"
        f"E2\tAttribution-no-source:T7 Content:T5 Cue:T6 \n"
        f"T8\tDiscard {smith[0]} {smith[1]}\tSmith\n"
        "E3\tAttribution-no-source:T9 \n"
    )
    assert qb.read_ann(ann, TEXT) == [
        qb.Gold("direct", (a, b), (src,)),
        qb.Gold("indirect", (c,), ()),
    ]


def test_read_ann_second_content() -> None:
    a, b = at('"We will not return,"'), at('"because the bridge is gone."')
    ann = (
        f"T1\tContent {b[0]} {b[1]}\tx\nT2\tContent {a[0]} {a[1]}\tx\n"
        "E1\tAttribution:T3 Content:T1 Content2:T2\n"
    )
    assert qb.read_ann(ann, TEXT) == [qb.Gold("direct", (a, b), ())]


def test_kind_of() -> None:
    text = " \u201cYes,\u201d  that it rains  \u00abOui\u00bb 'no'"
    assert qb.kind_of(text, [at("\u201cYes", text)]) == "direct"
    assert qb.kind_of(text, [(0, 3)]) == "direct"  # leading whitespace is stripped
    assert qb.kind_of(text, [at("that it", text)]) == "indirect"
    assert qb.kind_of(text, [at("\u00abOui", text)]) == "direct"
    assert qb.kind_of(text, [at("'no'", text), at("that", text)]) == "indirect"  # first part


def test_baseline_sentences() -> None:
    preds = qb.baseline(TEXT + "\n\n\u201cNo,\u201d she said.\nLast line")
    got = [(p.kind, TEXT[p.parts[0][0] : p.parts[0][1]]) for p in preds[:3]]
    assert got == [
        ("indirect", "Smith said the army had left the town."),
        ("direct", '"We will not return," the colonel added, "because the bridge is gone."'),
        ("indirect", "Rain fell all day."),
    ]
    assert [p.kind for p in preds[3:]] == ["direct", "indirect"]
    assert all(p.speaker == () for p in preds)
