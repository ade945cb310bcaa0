"""L2-regularised logistic regression over hashed features, for the training scripts
(``train_line_model.py``, ``train_event_model.py``); the package reads what they write with
:mod:`flashpoint.learn`."""

from __future__ import annotations

import argparse
import logging
import re
from pathlib import Path

import numpy as np
from scipy import sparse  # type: ignore[import-untyped]
from scipy.optimize import minimize  # type: ignore[import-untyped]

from flashpoint.learn import DIM

MIN_WEIGHT = 1e-4
"""Weights smaller than this are not written."""


def matrix(rows: list[list[int]]) -> sparse.csr_matrix:
    """A 0/1 matrix of the examples' feature buckets."""
    indptr = np.cumsum([0] + [len(r) for r in rows])
    index = np.fromiter((b for r in rows for b in r), dtype=np.int64, count=int(indptr[-1]))
    return sparse.csr_matrix((np.ones(len(index)), index, indptr), shape=(len(rows), DIM))


def train(rows: list[list[int]], labels: list[int], l2: float) -> np.ndarray:
    """Fit the weights by L-BFGS (deterministic)."""
    x = matrix(rows)
    y = np.asarray(labels, dtype=float)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        value = -(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)).sum()
        return value + 0.5 * l2 * float(w @ w), x.T @ (p - y) + l2 * w

    fit = minimize(loss, np.zeros(DIM), jac=True, method="L-BFGS-B", options={"maxiter": 300})
    return np.asarray(fit.x)


def predict(rows: list[list[int]], w: np.ndarray) -> np.ndarray:
    """The probability of each example."""
    return np.asarray(1.0 / (1.0 + np.exp(-(matrix(rows) @ w))))


def save(path: Path, w: np.ndarray, threshold: float, splits: list[str]) -> int:
    """Write the weights at least ``MIN_WEIGHT`` in size; return how many were written."""
    keep = np.flatnonzero(np.abs(w) >= MIN_WEIGHT)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        np.savez_compressed(
            fh,
            index=keep.astype(np.int32),
            weight=w[keep].astype(np.float32),
            threshold=np.float64(threshold),
            trained_on=np.array(splits),
        )
    return len(keep)


def dev_splits(folder: Path) -> list[str]:
    """The tuning splits in a gold folder, oldest first (``dev``, ``dev2``, ...)."""
    names = [p.stem for p in folder.glob("dev*.jsonl") if re.fullmatch(r"dev\d*", p.stem)]
    return sorted(names, key=lambda s: int(s[3:] or 1))


def arguments(doc: str, out: Path, folder: Path) -> tuple[argparse.Namespace, list[str]]:
    """A trainer's command line (``--out``, ``--cv``, ``--threshold``, ``--before``) and the
    tuning splits of ``folder`` it asks for; sets up logging."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=out)
    parser.add_argument("--cv", action="store_true", help="leave-one-batch-out figures first")
    parser.add_argument("--threshold", type=float, help="use this threshold, not the CV's")
    parser.add_argument("--before", help="train only on the dev batches older than this one")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    splits = dev_splits(folder)
    if args.before:
        if args.before not in splits:
            parser.error(f"--before must name a dev split: {', '.join(splits)}")
        splits = splits[: splits.index(args.before)]
    return args, splits
