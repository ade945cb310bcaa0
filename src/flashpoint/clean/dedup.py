"""Syndicated copies and near-duplicates: MinHash over word shingles (datasketch).

Wire stories are republished under other headlines, trimmed, or wrapped in another
site's furniture. Flashpoint links such copies to each other so that later stages count
them as one source: every article gets a ``story_id``, the id of the earliest article
(by publication date, then id) among the copies it is linked to.

Two texts are copies when the estimated Jaccard similarity of their word 5-shingles is
at least ``THRESHOLD``; candidates come from an LSH index, so linking stays fast as the
store grows.
"""

from __future__ import annotations

import re
from typing import Any

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.5
SEED = 20201

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = SHINGLE) -> set[bytes]:
    """Return the set of lowercase word n-grams of a text, as bytes."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < n:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + n]).encode() for i in range(len(words) - n + 1)}


def signature(text: str) -> Any:
    """Return the MinHash signature of a text (a datasketch LeanMinHash)."""
    from datasketch import LeanMinHash, MinHash

    m = MinHash(num_perm=NUM_PERM, seed=SEED)
    m.update_batch(sorted(shingles(text)))
    return LeanMinHash(m)


def to_bytes(sig: Any) -> bytes:
    """Serialise a signature for the store."""
    buf = bytearray(sig.bytesize())
    sig.serialize(buf)
    return bytes(buf)


def from_bytes(data: bytes) -> Any:
    """Read a signature back from the store."""
    from datasketch import LeanMinHash

    return LeanMinHash.deserialize(data)


class StoryIndex:
    """An LSH index of article signatures that finds the copies of a new article."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, article_id: str, sig: Any) -> list[tuple[str, float]]:
        """Index an article; return the indexed articles it copies, with their similarity."""
        if article_id in self._sigs:
            self._lsh.remove(article_id)
        matches = []
        for other in self._lsh.query(sig):
            similarity = float(sig.jaccard(self._sigs[other]))
            if other != article_id and similarity >= self.threshold:
                matches.append((other, round(similarity, 3)))
        self._lsh.insert(article_id, sig)
        self._sigs[article_id] = sig
        return sorted(matches)
