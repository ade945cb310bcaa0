"""Where an article's time goes: milliseconds per article for each stage, in one process.

    python benchmarks/stages.py [N]

Builds the ``benchmarks/throughput.py`` corpus of N articles (default 120), warms up on
three, then runs cleaning, the spaCy pipeline and each layer of
:func:`flashpoint.pipeline.code_article` over every article in turn and prints the mean
CPU time of each (``time.process_time``: the machine may be shared), slowest first.
Nothing is stored: the store, fusion and the worker pool are timed by ``throughput.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from flashpoint.clean import clean
from flashpoint.layers.actors import find_actors, without_places
from flashpoint.layers.casualties import count, find_casualties
from flashpoint.layers.places import find_places, locate
from flashpoint.layers.quotes import find_quotes, in_quotes
from flashpoint.layers.times import find_times, future_from_doc
from flashpoint.nlp import load_nlp, mask_datelines
from flashpoint.pipeline import _coder, code_article
from flashpoint.records import Article, RawArticle
from flashpoint.settings import Settings
from throughput import build


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=120)
    args = ap.parse_args()
    path = Path(tempfile.mkdtemp(prefix="fp-stages-")) / "corpus.jsonl"
    words = build(args.n, path)
    settings = Settings()
    raws = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        day = dt.date.fromisoformat(r["published"])
        raws.append(
            RawArticle(r["id"], "text", text=r["text"], published=day, published_from="input")
        )
    nlp, coder = load_nlp(), _coder()
    for raw in raws[:3]:
        article = clean(raw, settings=settings)
        assert isinstance(article, Article)
        code_article(article)
    took: Counter[str] = Counter()

    def tick(name: str, t0: float) -> float:
        t = time.process_time()
        took[name] += t - t0
        return t

    for raw in raws:
        t = time.process_time()
        article = clean(raw, settings=settings)
        assert isinstance(article, Article)
        t = tick("clean", t)
        doc = nlp(mask_datelines(article.text))
        t = tick("spaCy pipeline", t)
        spans = find_actors(doc, published=article.published)
        t = tick("actors", t)
        places = find_places(doc, spans)
        spans = without_places(doc, spans, places)
        t = tick("places", t)
        times = find_times(article.text, article.published, future_at=future_from_doc(doc))
        t = tick("times", t)
        mentions = coder.code(
            doc, spans, article_id=article.id, published=article.published, times=times
        )
        t = tick("coder", t)
        casualties = find_casualties(doc, spans)
        mentions = count(locate(mentions, doc, places), doc, casualties)
        t = tick("casualties and locations", t)
        in_quotes(mentions, find_quotes(doc, spans, article_id=article.id))
        tick("quotes", t)
    n = len(raws)
    print(f"{n} articles, {words / n:.0f} words each; milliseconds per article")
    for name, secs in took.most_common():
        print(f"{name:<26} {1000 * secs / n:7.1f}")
    print(f"{'total':<26} {1000 * sum(took.values()) / n:7.1f}")


if __name__ == "__main__":
    main()
