"""Property tests: cleaning, time resolution and ``annotate`` take any input without an
exception, and every offset they return lies inside the text it points into."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from flashpoint.clean import clean
from flashpoint.layers.times import find_times
from flashpoint.records import Article, RawArticle, Rejection
from flashpoint.settings import Settings

SETTINGS = Settings()
DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))

# Text that looks like news often enough to reach the deeper layers: words of wire prose,
# dates, numbers and punctuation, shuffled, with arbitrary characters in between.
WORDS = [
    "China",
    "India",
    "troops",
    "clashed",
    "killed",
    "20",
    "soldiers",
    "on",
    "Monday",
    "in",
    "June",
    "last",
    "week",
    "Galwan",
    "Valley",
    "Ladakh",
    "said",
    "the",
    "minister",
    "Moscow",
    "met",
    "talks",
    "2020",
    "Sept.",
    "4",
    "at",
    "least",
    "dozens",
    "wounded",
    ",",
    '"',
    "'",
    "(",
    ")",
    "-",
    ":",
    ";",
    "Wei",
    "Fenghe",
    "Rajnath",
    "Singh",
    "Russian",
    "Foreign",
    "Minister",
]
SENTENCE = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(max_size=3)), min_size=4, max_size=25
).map(lambda words: " ".join(words) + ".")
NEWSY = st.lists(
    st.tuples(SENTENCE, st.sampled_from([" ", "\n", "\n\n"])), min_size=1, max_size=8
).map(lambda parts: "".join(s + sep for s, sep in parts))


def _bounded(text: str, start: int, end: int) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))


@given(data=st.binary(max_size=4000), kind=st.sampled_from(["text", "html"]))
@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
def test_cleaning_takes_any_bytes(data: bytes, kind: str) -> None:
    got = clean(RawArticle(input="x", kind=kind, data=data), settings=SETTINGS)
    assert isinstance(got, Article | Rejection)
    if isinstance(got, Rejection):
        assert got.input == "x" and got.reason
    else:
        assert got.text.strip() and len(got.text) <= SETTINGS.max_chars


@given(text=st.one_of(st.text(max_size=3000), NEWSY), kind=st.sampled_from(["text", "html"]))
@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
def test_cleaning_takes_any_text(text: str, kind: str) -> None:
    raw = RawArticle(input="x", kind=kind, **({"text": text} if kind == "text" else {"html": text}))
    got = clean(raw, settings=SETTINGS)
    assert isinstance(got, Article | Rejection)


@given(text=st.one_of(st.text(max_size=2000), NEWSY), published=st.one_of(st.none(), DAYS))
@settings(max_examples=400, deadline=None, derandomize=True)
def test_time_expressions_lie_in_the_text_and_resolve_to_dates(
    text: str, published: dt.date | None
) -> None:
    for t in find_times(text, published):
        _bounded(text, t.start, t.end)
        assert text[t.start : t.end] == t.text
        if t.precision is not None:
            assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?|-W\d\d)?", t.value), t.value


def _offsets(node: Any, text: str) -> int:
    """Check every (start, end) pair in an annotate JSON tree against ``text``."""
    n = 0
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            _bounded(text, node["start"], node["end"])
            n += 1
        for key, value in node.items():
            if key in ("trigger",) or (key == "spans" and isinstance(value, dict)):
                pairs = [value] if key == "trigger" else list(value.values())
                for pair in pairs:
                    if pair is not None:
                        _bounded(text, pair[0], pair[1])
                        n += 1
            elif key != "spans":
                n += _offsets(value, text)
    elif isinstance(node, list):
        n += sum(_offsets(v, text) for v in node)
    return n


@pytest.mark.model
@given(text=st.one_of(NEWSY, st.text(max_size=400)), published=st.one_of(st.none(), DAYS))
@example(text="\u00b9", published=None)  # a superscript digit: str.isdigit() but not int()
@example(
    text="At least \u00b9\u00b2 people were killed in the attack, police said.", published=None
)
@settings(
    max_examples=80, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
def test_annotate_takes_any_text_and_keeps_its_offsets_in_bounds(
    text: str, published: dt.date | None
) -> None:
    from flashpoint.pipeline import annotate

    out = annotate(text, published=published).to_json()
    if out["rejected"]:
        assert out["text"] is None
        return
    clean_text = out["text"]
    assert clean_text
    _offsets({k: v for k, v in out.items() if k != "removed"}, clean_text)
    for event in out["events"]:
        for m in event["mentions"]:
            assert clean_text[m["start"] : m["end"]] == m["sentence"]


# The examples are derandomized so CI is repeatable; run with HYPOTHESIS_SEED=... or drop
# derandomize locally to explore further (random runs found the superscript-digit bug).
