"""The one pipeline: the only place that knows the order of the stages.

``annotate`` (stateless, one JSON line per document), ``ingest`` (into the
store) and every later entry point run the same :func:`process` over raw
articles, with one worker pool and a per-article time limit; only the sink
differs.

    read ─► clean ─► parse (spaCy) ─► actors ─► coder ─► Annotation ─► sink
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flashpoint.clean import clean
from flashpoint.errors import ArticleTimeout, FlashpointError
from flashpoint.records import Annotation, Article, RawArticle, Rejection
from flashpoint.settings import Settings
from flashpoint.sources.files import read_paths

if TYPE_CHECKING:
    from flashpoint.layers.actors import ActorSpan

log = logging.getLogger(__name__)


def annotate(
    text: str | None = None,
    *,
    html: str | None = None,
    published: dt.date | str | None = None,
    input_id: str = "text",
    settings: Settings | None = None,
) -> Annotation:
    """Return every layer Flashpoint finds in one text (or HTML page); touch no database."""
    if (text is None) == (html is None):
        raise TypeError("annotate() takes exactly one of text or html")
    day = dt.date.fromisoformat(published) if isinstance(published, str) else published
    raw = RawArticle(
        input=input_id,
        kind="html" if html is not None else "text",
        text=text,
        html=html,
        published=day,
        published_from="input" if day else None,
    )
    return process_one(raw, settings=settings or Settings())


CHUNK = 8
"""Articles parsed together (``nlp.pipe``): the same parses as one by one, for about 6%
less CPU per article. 16 saves 9% but holds 85 MB more per worker at its peak."""


def process_one(raw: RawArticle, *, settings: Settings) -> Annotation:
    """Run every stage over one raw article, within the per-article time limit."""
    return _guarded(raw.input, lambda: _stages(raw, settings=settings), settings=settings)


def process_chunk(items: list[RawArticle | Rejection], *, settings: Settings) -> list[Annotation]:
    """Run every stage over a few raw articles, in order, parsing them together.

    Each article is cleaned and then coded within its own time limit; the parse of the
    whole chunk gets one article's limit, and should it run out (or fail), every article
    of the chunk is processed again on its own, so only the article at fault is rejected.
    """
    from flashpoint.nlp import memory_zone

    with memory_zone():
        return _process_chunk(items, settings=settings)


def _process_in_worker(
    items: list[RawArticle | Rejection], *, settings: Settings
) -> list[Annotation]:
    """:func:`process_chunk` in a pool worker, whose chunks share a memory zone that is
    renewed every few hundred articles (see :func:`flashpoint.nlp.worker_zone`)."""
    from flashpoint.nlp import worker_zone

    with worker_zone(len(items)):
        return _process_chunk(items, settings=settings)


def _process_chunk(items: list[RawArticle | Rejection], *, settings: Settings) -> list[Annotation]:
    from flashpoint.nlp import load_nlp, parse_text

    out: list[Annotation | None] = [None] * len(items)
    articles: list[tuple[int, Article]] = []
    for i, item in enumerate(items):
        if isinstance(item, Rejection):
            out[i] = Annotation(input_id=item.input, article=None, rejection=item)
            continue
        cleaned = _guarded(
            item.input, partial(_cleaned, item, settings=settings), settings=settings
        )
        if cleaned.article is None:
            out[i] = cleaned
        else:
            articles.append((i, cleaned.article))
    docs: list[Any] | None = None
    if len(articles) > 1:
        try:
            with _time_limit(settings.article_timeout):
                texts = [parse_text(a.text) for _, a in articles]
                docs = list(load_nlp().pipe(texts, batch_size=len(texts)))
        except (ArticleTimeout, RecursionError, MemoryError):
            log.info("parsing a chunk of %d articles failed: parsing them one by one", len(texts))
            _reload_model()  # cut off mid-parse, the model may be left inconsistent
    for k, (i, article) in enumerate(articles):
        doc = docs[k] if docs is not None else None
        work = partial(
            code_article, article, input_id=article.input, doc=doc, judge=settings.judged
        )
        out[i] = _guarded(article.input, work, settings=settings)
    return [ann for ann in out if ann is not None]


def _cleaned(raw: RawArticle, *, settings: Settings) -> Annotation:
    article = clean(raw, settings=settings)
    if isinstance(article, Rejection):
        return Annotation(input_id=raw.input, article=None, rejection=article)
    return Annotation(input_id=raw.input, article=article, removed=article.removed)


def _guarded(where: str, work: Callable[[], Annotation], *, settings: Settings) -> Annotation:
    """Run one article's work within the per-article time limit; failures are rejections."""
    try:
        with _time_limit(settings.article_timeout):
            return work()
    except ArticleTimeout:
        # the alarm may have cut spaCy off mid-parse and left its state inconsistent: the
        # next article would fail with it (an AssertionError in the parser)
        _reload_model()
        return _rejected(
            where,
            "timeout",
            f"processing took longer than {settings.article_timeout:g}s "
            "(see the article_timeout setting)",
        )
    except RecursionError:
        return _rejected(where, "process", "input too deeply nested to process")
    except MemoryError:
        return _rejected(where, "process", "input too large to process in memory")
    except FlashpointError:
        raise  # a setting, a lexicon or the model is wrong: no article can be processed
    except Exception as exc:
        # a bug one article meets must not stop the stream: the article is rejected with
        # the error, and the model is loaded afresh in case the error left it inconsistent
        # (spaCy's vocabulary can be, after an exception in its tokenizer)
        log.exception("processing %s failed", where)
        _reload_model()
        return _rejected(where, "process", f"internal error: {type(exc).__name__}: {exc}"[:300])


def _stages(raw: RawArticle, *, settings: Settings) -> Annotation:
    article = clean(raw, settings=settings)
    if isinstance(article, Rejection):
        return Annotation(input_id=raw.input, article=None, rejection=article)
    return code_article(article, input_id=raw.input, judge=settings.judged)


def _as_written(span: ActorSpan, text: str, parsed: str) -> ActorSpan:
    """Return an actor with its words as the article writes them: the parser read a
    respelled text ("Igad" for "IGAD") with its datelines blanked, at the same offsets."""
    a = span.actor
    start = a.start
    while start < a.end and parsed[start].isspace():
        start += 1  # a span that began in a blanked dateline
    written = text[start : a.end]
    if written == a.text and start == a.start:
        return span
    return dataclasses.replace(span, actor=dataclasses.replace(a, text=written, start=start))


def code_article(
    article: Article, *, input_id: str | None = None, doc: Any = None, judge: bool = False
) -> Annotation:
    """Run the NLP layers and the coder over one clean article (no cleaning, no store);
    ``doc`` is its parse when the caller has it already; with ``judge``, the events the
    learned judge doubts are dropped (:mod:`flashpoint.coding.confidence`)."""
    from flashpoint.nlp import drop_tokens, load_nlp, memory_zone, parse_text

    if doc is None:
        with memory_zone():
            return code_article(
                article,
                input_id=input_id,
                doc=load_nlp()(parse_text(article.text)),
                judge=judge,
            )
    try:
        return _code_parsed(article, doc, input_id=input_id, judge=judge)
    finally:
        drop_tokens(doc)


def _code_parsed(
    article: Article, doc: Any, *, input_id: str | None, judge: bool = False
) -> Annotation:
    from flashpoint.coding.confidence import likely
    from flashpoint.coding.rules import aim_at_focus, aim_at_locations, one_per_sentence
    from flashpoint.coding.topic import off_topic
    from flashpoint.layers.actors import find_actors, without_places
    from flashpoint.layers.casualties import count, find_casualties
    from flashpoint.layers.places import find_places, locate
    from flashpoint.layers.quotes import find_quotes, in_quotes
    from flashpoint.layers.times import find_times, future_from_doc
    from flashpoint.nlp import doc_text

    parsed = doc_text(doc)  # (built token by token: once, not once per actor or layer)
    spans = [
        _as_written(s, article.text, parsed)
        for s in find_actors(doc, published=article.published, text=article.text)
    ]
    places = find_places(doc, spans, text=article.text)
    spans = without_places(doc, spans, places)  # "fled to Lithuania": a place, not an actor
    times = find_times(article.text, article.published, future_at=future_from_doc(doc))
    mentions = _coder().code(
        doc, spans, article_id=article.id, published=article.published, times=times
    )
    domain = off_topic(article.text, [s.actor for s in spans])
    if domain is not None:
        # a match report's "attacked" and "surrendered" are not political events
        log.debug("%s reads as %s news, not political: no events coded", article.id, domain)
        mentions = []
    casualties = find_casualties(doc, spans)
    mentions = aim_at_locations(locate(mentions, doc, places), article.text)
    mentions = aim_at_focus(mentions, [s.actor for s in spans], places, article.text)
    # (again: the focus may have aimed an act at the country whose people another act hit)
    mentions = aim_at_locations(mentions, article.text)
    mentions = one_per_sentence(mentions)
    mentions = count(mentions, doc, casualties)
    quotes = find_quotes(doc, spans, article_id=article.id)
    mentions = in_quotes(mentions, quotes)
    if judge:
        mentions = likely(mentions, doc, article.text, article.published)
    return Annotation(
        input_id=input_id or article.input,
        article=article,
        actors=tuple(s.actor for s in spans),
        times=tuple(times),
        mentions=tuple(mentions),
        removed=article.removed,
        places=tuple(places),
        casualties=tuple(casualties),
        quotes=tuple(quotes),
    )


_CODER: list[Any] = []


def _coder() -> Any:
    # One coder per process; the coder is stateless between documents.
    if not _CODER:
        from flashpoint.coding.registry import get_coder

        _CODER.append(get_coder())
    return _CODER[0]


def _reload_model() -> None:
    """Drop the loaded spaCy pipeline, so that the next article loads it afresh."""
    from flashpoint.nlp import load_nlp

    clear = getattr(load_nlp, "cache_clear", None)  # (a stand-in pipeline has none)
    if clear is not None:
        clear()


def _rejected(where: str, stage: str, reason: str) -> Annotation:
    return Annotation(input_id=where, article=None, rejection=Rejection(where, stage, reason))


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise ArticleTimeout if the block runs longer than ``seconds`` (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise ArticleTimeout(f"article took longer than {seconds}s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def warm_up() -> None:
    """Load the model and the tables nearly every article needs (the gazetteer, its small
    towns) before the first article's time limit starts: on a slow or busy machine their
    few seconds of loading would otherwise count against that article, which could be
    rejected as a timeout (and the half-built table built again)."""
    from flashpoint.gazetteer import load_gazetteer, small_towns
    from flashpoint.nlp import load_nlp

    load_nlp()
    load_gazetteer()
    small_towns()


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()


def process(items: Iterable[RawArticle | Rejection], *, settings: Settings) -> Iterator[Annotation]:
    """Run the stages over a stream of raw articles, in order, on ``settings.workers``
    (or on a Dask cluster when ``settings.engine`` is ``dask``)."""
    if settings.engine == "dask":
        from flashpoint.engines import process_on_dask

        yield from process_on_dask(items, settings=settings)
        return
    if settings.workers <= 1:
        from flashpoint.nlp import close_worker_zone

        # chunks share a long-lived memory zone, as a pool worker's do: a zone per chunk
        # would throw away the tokenizer's cache of the words articles share (about 4 ms
        # an article); the zone is closed when the stream ends or is left
        warmed = False
        try:
            for chunk in _chunks(items):
                if not warmed:
                    warm_up()  # (only once there is an article to process)
                    warmed = True
                yield from _process_in_worker(chunk, settings=settings)
        finally:
            close_worker_zone()
        return
    # bounded in-flight work keeps memory constant; deep enough that the workers stay busy
    # while this process writes a batch to the store (and regroups its events)
    window = max(settings.workers * 2, settings.batch_size // CHUNK)
    with ProcessPoolExecutor(max_workers=settings.workers, initializer=_init_worker) as pool:
        pending: deque[Future[list[Annotation]]] = deque()
        for chunk in _chunks(items):
            pending.append(pool.submit(_process_in_worker, chunk, settings=settings))
            while len(pending) > window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _chunks(items: Iterable[RawArticle | Rejection]) -> Iterator[list[RawArticle | Rejection]]:
    chunk: list[RawArticle | Rejection] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass
class IngestReport:
    """What an ingest run did."""

    inputs: int = 0
    articles: int = 0
    events: int = 0
    rejections: list[Rejection] = field(default_factory=list)


def ingest(
    paths: Iterable[str | Path],
    *,
    settings: Settings,
    published: dt.date | None = None,
    source: str | None = None,
    on_item: Callable[[Annotation], None] | None = None,
) -> IngestReport:
    """Read, process and store articles from files and directories."""
    from flashpoint.clean import dedup
    from flashpoint.store import Store

    store = Store(settings.db, lock_timeout=settings.lock_timeout)
    store.init()
    report = IngestReport()
    batch: list[Annotation] = []
    copies: dict[str, bytes] = {}  # the batch's signatures: the store finds their copies
    raws = read_paths(paths, settings=settings, published=published, source=source)
    for ann in process(raws, settings=settings):
        report.inputs += 1
        if ann.article is not None:
            report.articles += 1
            report.events += len(ann.mentions)
            copies[ann.article.id] = dedup.to_bytes(dedup.signature(ann.article.text))
        elif ann.rejection is not None:
            report.rejections.append(ann.rejection)
            log.info("rejected %s: %s", ann.rejection.input, ann.rejection.reason)
        batch.append(ann)
        if on_item:
            on_item(ann)
        if len(batch) >= settings.batch_size:
            store.write_batch(batch, copies)
            batch, copies = [], {}
    if batch:
        store.write_batch(batch, copies)
    return report


@dataclass
class RecodeReport:
    """What ``recode`` did."""

    articles: int = 0
    mentions: int = 0
    failed: list[str] = field(default_factory=list)


def recode(
    *, settings: Settings, batch_size: int = 200, on_item: Callable[[str], None] | None = None
) -> RecodeReport:
    """Run the current coder again over every stored article and store what it finds:
    each article's mentions are replaced and the events they touch are fused again.
    Articles keep their text, ids and story links; nothing is read from the inputs."""
    from flashpoint.store import Store

    store = Store(settings.db, lock_timeout=settings.lock_timeout)
    store.init()  # an older database gets its migrations first
    report = RecodeReport()
    ids = store.article_ids()
    for k in range(0, len(ids), batch_size):
        batch: list[Annotation] = []
        for article in store.articles_by_id(ids[k : k + batch_size]):
            try:
                with _time_limit(settings.article_timeout):
                    ann = code_article(article, judge=settings.judged)
            except (ArticleTimeout, RecursionError, MemoryError) as exc:
                report.failed.append(article.id)
                log.warning("recode: %s kept its old events (%s)", article.id, type(exc).__name__)
                _reload_model()
                continue
            batch.append(ann)
            report.articles += 1
            report.mentions += len(ann.mentions)
            if on_item is not None:
                on_item(article.id)
        store.write_batch(batch)
    return report


def annotate_records(
    raws: Iterable[RawArticle | Rejection], *, settings: Settings
) -> Iterator[Annotation]:
    """Annotate a stream of raw articles without storing anything."""
    yield from process(raws, settings=settings)
