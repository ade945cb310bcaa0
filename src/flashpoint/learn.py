"""Small learned scorers: logistic regression over hashed string features.

A scorer's features are strings ("w:ceasefire", "pl=ASSAULT"); each is hashed (CRC-32) into
one of ``DIM`` buckets and the scorer's probability is the logistic function of the sum of
its buckets' weights. The weights are trained offline by the scripts under ``scripts/``
(``train_line_model.py``, ``train_event_model.py``) on the tuning splits of the
hand-written gold, and shipped as package data (``.npz``: the buckets with a weight, their
weights, the threshold the training's cross-validation picked, and the splits it read).
"""

from __future__ import annotations

import io
import math
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

DIM = 1 << 18
"""Number of hash buckets for the features."""


def buckets(names: Iterable[str], dim: int = DIM) -> list[int]:
    """The hash buckets of a set of features (each bucket once)."""
    return sorted({zlib.crc32(name.encode("utf-8")) % dim for name in names})


def probability(weights: dict[int, float], names: Iterable[str], dim: int = DIM) -> float:
    """The logistic function of the summed weights of the features' buckets."""
    z = sum(weights.get(b, 0.0) for b in buckets(names, dim))
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


@dataclass(frozen=True)
class HashedModel:
    """Weights of hashed features, the probability a decision needs, and the splits read."""

    weights: dict[int, float]
    threshold: float
    trained_on: tuple[str, ...]

    def probability(self, names: Iterable[str]) -> float:
        """The model's probability for an example with these features."""
        return probability(self.weights, names)


def read_model(data: bytes) -> HashedModel:
    """Read a model written by a training script: ``weight`` per bucket ``index``, the
    ``threshold`` and the ``trained_on`` splits."""
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        index = npz["index"].tolist()
        weight = npz["weight"].tolist()
        return HashedModel(
            weights=dict(zip(index, weight, strict=True)),
            threshold=float(npz["threshold"]),
            trained_on=tuple(str(s) for s in npz["trained_on"].tolist()),
        )
