"""Helpers shared by the benchmark scripts: scoring and table printing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Return precision, recall and F1."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def multiset_counts(gold: Iterable[object], pred: Iterable[object]) -> tuple[int, int, int]:
    """Return true positives, false positives and false negatives of two multisets."""
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


def country(code: str | None) -> str | None:
    """Return the dyad key of an actor code: its country, or the code for IGOs and groups."""
    if code is None:
        return None
    if code.startswith(("IGO", "NGO")):
        return code
    return ALIASES.get(code[:3], code[:3])


ALIASES = {"XKX": "KOS"}
"""Country codes that name the same country: Kosovo has no ISO 3166-1 code; Flashpoint
codes it KOS as the PLOVER manual does, the second gold set uses the user-assigned XKX."""


def table(rows: list[tuple[object, ...]], header: tuple[str, ...]) -> str:
    """Format rows as a plain fixed-width table."""
    cells = [tuple(str(c) for c in header)] + [
        tuple(f"{c:.3f}" if isinstance(c, float) else str(c) for c in r) for r in rows
    ]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def split_names(batches: int) -> list[str]:
    """Return the names of ``batches`` gold batches' splits: dev, test, dev2, test2, ..."""
    out = []
    for n in range(1, batches + 1):
        suffix = "" if n == 1 else str(n)
        out += [f"dev{suffix}", f"test{suffix}"]
    return out
