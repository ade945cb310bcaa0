"""Syndicated copies and near-duplicates: MinHash over word shingles (datasketch).

Wire stories are republished under other headlines, trimmed, or wrapped in another
site's furniture. Flashpoint links such copies to each other so that later stages count
them as one source: every article gets a ``story_id``, the id of the earliest article
(by publication date, then id) among the copies it is linked to.

Two texts are copies when the estimated Jaccard similarity of their word 5-shingles is
at least ``THRESHOLD``; candidates are the articles that share an LSH band key with it
(kept in the store, so linking stays fast and ingest memory stays flat as the store grows).
"""

from __future__ import annotations

import functools
import hashlib
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


@functools.cache
def bands() -> tuple[int, int]:
    """Return the LSH banding datasketch's ``MinHashLSH`` picks for ``THRESHOLD`` (25 bands
    of 5 rows for 128 permutations at 0.5): two articles are candidate copies when all the
    rows of one band of their signatures agree."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return int(lsh.b), int(lsh.r)


def band_keys(sig: Any) -> list[int]:
    """Return the signature's LSH keys, one per band: signed 64-bit integers (for DuckDB's
    BIGINT) that name the band and hash its rows, so one column holds every band."""
    values = sig.hashvalues
    n_bands, n_rows = bands()
    out = []
    for band in range(n_bands):
        rows = values[band * n_rows : (band + 1) * n_rows].tobytes()
        digest = hashlib.blake2b(rows, digest_size=8, salt=band.to_bytes(2, "little")).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out


def similar(sig: Any, other: Any, threshold: float = THRESHOLD) -> float | None:
    """Return the estimated Jaccard similarity of two signatures if they are copies."""
    similarity = float(sig.jaccard(other))
    return round(similarity, 3) if similarity >= threshold else None


class StoryIndex:
    """An in-memory LSH index of signatures that finds the copies of a new article.

    The store keeps the same band keys in its ``story_bands`` table, so an ingest looks up
    the copies of a batch in the database and holds only the batch in memory; this class
    finds the copies among the articles of one batch.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._keys: dict[str, list[int]] = {}
        self._by_key: dict[int, set[str]] = {}
        self._sigs: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, article_id: str, sig: Any) -> list[tuple[str, float]]:
        """Index an article; return the indexed articles it copies, with their similarity."""
        self.remove(article_id)
        keys = band_keys(sig)
        candidates = set().union(*(self._by_key.get(k, ()) for k in keys))
        matches = []
        for other in sorted(candidates):
            similarity = similar(sig, self._sigs[other], self.threshold)
            if similarity is not None:
                matches.append((other, similarity))
        self._keys[article_id] = keys
        self._sigs[article_id] = sig
        for k in keys:
            self._by_key.setdefault(k, set()).add(article_id)
        return matches

    def remove(self, article_id: str) -> None:
        """Forget an article (no error if it is not indexed)."""
        for k in self._keys.pop(article_id, ()):
            ids = self._by_key[k]
            ids.discard(article_id)
            if not ids:
                del self._by_key[k]
        self._sigs.pop(article_id, None)
