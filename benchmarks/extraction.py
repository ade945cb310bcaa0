"""Article-body extraction quality on the ScrapingHub benchmark pages.

    python benchmarks/extraction.py ../shared/eval/extraction/scrapinghub-aeb

Scores Flashpoint's HTML stage (decoding and ``extract_html``; the language filter, which
rejects the benchmark's non-English pages, is left out) and, in the same run, plain
``trafilatura.extract`` with its defaults, against ``articleBody``. The metric follows the
benchmark's definition: token 4-gram shingles, true/false positives and false negatives
per page normalised to sum to one, precision and recall averaged over pages, F1 of the two
averages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from flashpoint.clean import decode, extract_html
from flashpoint.clean.html import ExtractionError
from flashpoint.records import Rejection

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Return the multiset of word n-grams of a text (one short gram for short texts)."""
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words)


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """Return one page's normalised true positives, false positives and false negatives."""
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Return precision, recall and F1 as the benchmark averages them."""

    def precision(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    p = statistics.mean(precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts if c[0] + c[2] > 0)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def flashpoint_body(html: bytes, page_id: str) -> str:
    """Return the text Flashpoint's HTML stage keeps (before the language filter)."""
    text = decode(html)
    if isinstance(text, Rejection):
        return ""
    try:
        return extract_html(text).text
    except ExtractionError:
        return ""


def trafilatura_body(html: bytes, page_id: str) -> str:
    """Return trafilatura's own extraction with its defaults."""
    import trafilatura

    return trafilatura.extract(html.decode("utf-8", errors="replace")) or ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    args = parser.parse_args()
    truth = json.loads((args.root / "ground-truth.json").read_text(encoding="utf-8"))
    systems: dict[str, Callable[[bytes, str], str]] = {
        "flashpoint": flashpoint_body,
        "trafilatura (defaults)": trafilatura_body,
    }
    print(f"ScrapingHub article-extraction benchmark: {len(truth)} pages")
    for name, fn in systems.items():
        counts = []
        started = time.perf_counter()
        for page_id, item in sorted(truth.items()):
            html = gzip.decompress((args.root / "html" / f"{page_id}.html.gz").read_bytes())
            counts.append(page_counts(item.get("articleBody", ""), fn(html, page_id)))
        elapsed = time.perf_counter() - started
        p, r, f = scores(counts)
        print(f"{name:<24} precision={p:.3f} recall={r:.3f} F1={f:.3f}  ({elapsed:.1f}s)")


if __name__ == "__main__":
    main()
