"""Tolls in a headline in capitals or title case: "BOMB AT BUS STATION KILLS 12 — A bomb ...",
"3 DEAD, 9 HURT IN MARKET BLAST". The model parses capitals badly (it reads "KILLS" as a
name), so the headline, the text's first line or the words before its first dash, is
read word by word with ``data/casualties/headlines.tsv``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from flashpoint.layers.casualties.causes import _CAUSES
from flashpoint.layers.casualties.lexicon import _VAGUE
from flashpoint.layers.casualties.numbers import number_value
from flashpoint.layers.tables import read_tsv
from flashpoint.records import Casualty

_WORDS: dict[str, tuple[str, str]] = {
    r["word"]: (r["kind"], r["side"])
    for r in read_tsv("casualties", "headlines.tsv", required=("word", "kind", "side"))
}

_QUALIFIERS: tuple[tuple[str, ...], ...] = (
    ("at", "least"),
    ("more", "than"),
    ("up", "to"),
    ("over",),
    ("about",),
    ("nearly",),
    ("around",),
    ("some",),
    ("almost",),
)

_END = re.compile("\\s[\u2014\u2013]\\s|\\s--?\\s|\\n|\\.\\s")  # a dash, a line end, a stop
_WORD = re.compile(r"\d[\d,]*|[A-Za-z]+(?:-[A-Za-z]+)*")


def headline(doc: Doc) -> tuple[int, int] | None:
    """Return where a headline at the start of the text starts and ends: in capitals, or
    in title case set off by a dash ("Bomb Blast Kills 12, Wounds 30 in Baghdad — ")."""
    text = doc.text
    start = len(text) - len(text.lstrip())
    end_m = _END.search(text, start)
    end = end_m.start() if end_m else len(text)
    letters = [c for c in text[start:end] if c.isalpha()]
    words = [w for w in _WORD.findall(text[start:end]) if w.isalpha() and len(w) > 1]
    if len(words) < 3 or not letters:
        return None
    if sum(c.isupper() for c in letters) >= 0.9 * len(letters):
        return start, end
    long = [w for w in words if len(w) > 3]
    dashed = end_m is not None and end_m.group(0).strip() not in ("", ".")
    if dashed and len(long) >= 3 and all(w[0].isupper() for w in long):
        return start, end
    return None


def headline_counts(doc: Doc) -> tuple[tuple[int, int] | None, list[Casualty]]:
    """Return an all-capitals headline's span and the tolls it states (none when it
    names a disaster, a disease or an accident: "FLOODS KILL 40")."""
    span = headline(doc)
    if span is None:
        return None, []
    words = [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(doc.text, *span)]
    causes = set().union(*_CAUSES.values())
    if any(w in causes or w.rstrip("s") in causes for w, _, _ in words):
        return span, []
    out: list[Casualty] = []
    for j, (w, _, b) in enumerate(words):
        value = number_value(w)
        approx = False
        if value is None and w in _VAGUE:
            value, approx = _VAGUE[w]
        if value is None or doc.text[b : b + 1] == "-":
            continue  # (not "KILLS 12-YEAR-OLD")
        first = j
        for q in _QUALIFIERS:
            if tuple(x for x, _, _ in words[j - len(q) : j]) == q:
                first, approx = j - len(q), True
                break
        kind = None
        if first > 0 and _WORDS.get(words[first - 1][0], ("", ""))[1] == "before":
            kind = _WORDS[words[first - 1][0]][0]
        else:
            for w2, _, _ in words[j + 1 : j + 3]:
                if _WORDS.get(w2, ("", ""))[1] == "after":
                    kind = _WORDS[w2][0]
                    break
                if w2 in _WORDS or number_value(w2) is not None:
                    break
        if kind is None or any(c.kind == kind for c in out):
            continue
        start = words[first][1]
        out.append(Casualty(kind, value, approx, doc.text[start:b], start, b))
    return span, out
