"""Whether an article is political news at all, before its events are trusted.

Sport, culture, business, science and weather stories use the words of conflict ("attacked",
"surrendered", "a truce", "stormed"), and their people are easily taken for officials
(a team's "captain", the "Kings"). An article whose words are mostly of one of those
domains (``data/lexicon/off_topic.tsv``) and which names few political actors is off
topic: the pipeline codes no events from it. In the gold sets' political articles such
words are rare (two or fewer) and sit in one paragraph at most; in the decoys they run
through most paragraphs.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from flashpoint.layers.tables import read_tsv
from flashpoint.records import Actor

MIN_WORDS = 5
"""The fewest domain words that can make an article off topic."""
_PARAGRAPH_WORDS = 8
"""Lines shorter than this (datelines, subheads) are not counted as paragraphs."""
_POLITICAL = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "OPP", "REB"})
_WORD = re.compile(r"[a-z][a-z'-]*")
_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "us", "our"}
)
"""Words that only point back at an actor named before: they repeat a mention, and a match
report's "he" and "they" (a coach, his players) are no more officials for being many."""


@functools.cache
def _domains() -> dict[str, str]:
    return {r["word"]: r["domain"] for r in read_tsv("lexicon", "off_topic.tsv")}


def political_mentions(actors: Iterable[Actor]) -> int:
    """Return how many actor mentions are states' organs, armed groups, parties or IGOs,
    named (not pronouns that point back at one)."""
    return sum(
        1
        for a in actors
        if (a.sector in _POLITICAL or (a.code.startswith("IGO") and a.sector is None))
        and a.text.lower() not in _PRONOUNS
    )


def off_topic(text: str, actors: Iterable[Actor]) -> str | None:
    """Return the domain (``sport``, ``culture``, ``business``, ``science``, ``weather``) of
    an article that is not political news, or None. Off topic: at least ``MIN_WORDS`` words of those
    domains, spread over at least half of its paragraphs of a sentence or more (a trade
    row's one paragraph on share prices does not count), and no fewer than its political
    actor mentions (a riot at a stadium, told through police and ministers, is political)."""
    domains = _domains()
    hits: Counter[str] = Counter()
    paragraphs = touched = 0
    for line in text.split("\n"):
        words = _WORD.findall(line.lower())
        if len(words) < _PARAGRAPH_WORDS:
            continue
        paragraphs += 1
        found = [domains[w] for w in words if w in domains]
        touched += bool(found)
        hits.update(found)
    n = sum(hits.values())
    if n < MIN_WORDS or 2 * touched < paragraphs or political_mentions(actors) > n:
        return None
    return hits.most_common(1)[0][0]
