"""A learned judge of crawled-text lines: how likely a line is page noise, not story.

The noise rules (``data/clean/noise.tsv``) and the shape pass of
:func:`flashpoint.clean.boilerplate.classify_lines` catch the page chrome they were written
for; each new site words its appeals, menus and credits a little differently. This scorer
is a logistic regression over hashed features of a line and its neighbours: its words and
word pairs, its first and last words, its length, how it starts and ends, its share of
capitalised words, the symbols it holds (bars, arrows, bullets, the copyright sign...),
where it sits in the text, and the length and ending of the lines around it. A line the
rules kept is removed when the scorer is at least ``threshold`` sure it is noise, and only in
texts of at least ``MIN_LINES`` lines (a sentence given to ``annotate`` is never judged by
its shape); lines the rules claimed for the story (a lede that opens with its dateline, a
subhead inside the story, a list the story introduces) are never judged.

``scripts/train_line_model.py`` trains it on the hand-written crawled-text gold's tuning
splits (``benchmarks/gold/crawl/dev*.jsonl``, never a ``test`` split) and writes
``data/clean/line_model.npz``: the weights of the hashed features, the threshold its
leave-one-batch-out cross-validation picked, and the names of the splits it read.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from importlib import resources

from flashpoint import learn

MODEL_FILE = "line_model.npz"
MIN_LINES = 12
"""Texts with fewer non-blank lines are left to the rules alone."""

_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f]+|\d+|[^\w\s]")
_SYMBOLS = frozenset(
    "|\u203a\u00bb\u2192\u00b7\u2022@#\u00a9/([*+=~<>\u00ae\u2122\u25b8\u25ba\u2713\u2026:"
)
_URL = re.compile(r"https?://|www\.|\.com\b")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LENGTHS = (0, 1, 2, 3, 5, 8, 12, 20, 35)


def _length_bucket(n: int) -> int:
    for bucket, limit in enumerate(_LENGTHS):
        if n <= limit:
            return bucket
    return len(_LENGTHS)


def _end(line: str) -> str:
    if not line:
        return "empty"
    c = line[-1]
    if c in ".!?:;,\"\u201d')":
        return c
    if c.isalpha():
        return "A"
    return "9" if c.isdigit() else "sym"


def _start(line: str) -> str:
    if not line:
        return "empty"
    c = line[0]
    if c.isupper():
        return "U"
    if c.islower():
        return "l"
    if c.isdigit():
        return "9"
    return f"sym:{c}" if c in "\"\u201c'(" else "sym"


def line_features(line: str) -> list[str]:
    """The features of one line on its own."""
    line = line.strip()
    lowered = [t.lower() for t in _TOKEN.findall(line)]
    words = line.split()
    out = [
        "bias",
        f"len:{_length_bucket(len(words))}",
        f"end:{_end(line)}",
        f"start:{_start(line)}",
    ]
    out.extend(f"w:{t}" for t in set(lowered[:60]))
    out.extend(f"b:{a}_{b}" for a, b in set(itertools.pairwise(lowered[:41])))
    if lowered:
        out += [f"first:{lowered[0]}", f"last:{lowered[-1]}"]
    if len(lowered) > 1:
        out.append(f"first2:{lowered[0]}_{lowered[1]}")
    if words:
        caps = int(sum(w[:1].isupper() for w in words) / len(words) * 4)
        out += [f"caps:{caps}", f"caps_len:{caps}_{_length_bucket(len(words))}"]
    if line.isupper() and len(line) > 3:
        out.append("allcaps")
    out.extend(f"sym:{c}" for c in set(line) & _SYMBOLS)
    if _URL.search(line):
        out.append("url")
    if _CLOCK.search(line):
        out.append("time")
    if _YEAR.search(line):
        out.append("year")
    return out


def features(lines: list[str], i: int) -> list[str]:
    """The features of line ``i`` of a text: its own, its place, and its neighbours' shape."""
    n = len(lines)
    own = lines[i]
    out = line_features(own)
    out.append(f"pos:{int(i / max(n - 1, 1) * 10)}")
    if i < 3:
        out.append(f"head:{i}")
    if n - 1 - i < 3:
        out.append(f"tail:{n - 1 - i}")
    own_length = _length_bucket(len(own.split()))
    for step, name in ((-1, "prev"), (1, "next"), (-2, "prev2"), (2, "next2")):
        j = i + step
        if not 0 <= j < n:
            out.append(f"{name}:none")
            continue
        other = lines[j].strip()
        length = _length_bucket(len(other.split()))
        out += [f"{name}len:{length}", f"{name}end:{_end(other)}"]
        if abs(step) == 1:
            out.append(f"{name}lenpair:{length}_{own_length}")
    return out


def buckets(names: list[str]) -> list[int]:
    """The hash buckets of a line's features (each bucket once)."""
    return learn.buckets(names)


@dataclass(frozen=True)
class LineModel:
    """Weights of the hashed features and the probability at which a line is noise."""

    weights: dict[int, float]
    threshold: float
    trained_on: tuple[str, ...]

    def probability(self, lines: list[str], i: int) -> float:
        """How likely line ``i`` of ``lines`` is page noise."""
        return learn.probability(self.weights, features(lines, i))

    def noise(self, lines: list[str]) -> list[bool]:
        """For each line, whether the scorer judges it noise (never in short texts)."""
        if sum(1 for line in lines if line.strip()) < MIN_LINES:
            return [False] * len(lines)
        return [self.probability(lines, i) >= self.threshold for i in range(len(lines))]


def read_model(data: bytes) -> LineModel:
    """Read a model written by ``scripts/train_line_model.py``."""
    model = learn.read_model(data)
    return LineModel(model.weights, model.threshold, model.trained_on)


@functools.cache
def line_model() -> LineModel:
    """The packaged line model (loaded once per process)."""
    data = resources.files("flashpoint.data").joinpath("clean").joinpath(MODEL_FILE).read_bytes()
    return read_model(data)
