"""Coding articles on a Dask cluster (``flashpoint ingest --engine dask``).

The driver reads the inputs as a stream, cuts it into batches of ``batch_size`` raw
articles and submits each batch to the cluster, keeping a bounded number in flight so
memory stays constant. A worker runs the same :func:`flashpoint.pipeline.process_one` as
the local engine (its spaCy model loaded once per worker process) and sends the batch's
annotations back; the driver yields them in input order, and the store writes them batch
by batch exactly as for a local run, so the database comes out identical.

With no ``--scheduler`` address a :class:`distributed.LocalCluster` of ``workers``
processes (one thread each) is started for the run and shut down after it.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from flashpoint.errors import ConfigError
from flashpoint.records import Annotation, RawArticle, Rejection
from flashpoint.settings import Settings

log = logging.getLogger(__name__)

IN_FLIGHT_PER_WORKER = 2
"""Batches submitted ahead per worker: enough to keep workers busy, few enough to bound
memory."""


def code_batch(items: list[RawArticle | Rejection], settings: Settings) -> list[Annotation]:
    """Run the stages over one batch on a worker (what a Dask task does). The batch's
    chunks share one memory zone, and so the tokenizer's cache of the words they share."""
    from flashpoint.nlp import memory_zone
    from flashpoint.pipeline import CHUNK, process_chunk

    out = []
    with memory_zone():
        for k in range(0, len(items), CHUNK):
            out.extend(process_chunk(items[k : k + CHUNK], settings=settings))
    return out


def _client(settings: Settings) -> tuple[Any, Any]:
    try:
        import distributed
    except ImportError as exc:
        raise ConfigError("the dask engine needs Dask: pip install 'flashpoint[dask]'") from exc
    dist: Any = distributed  # untyped: keep mypy's strictness for our own code
    if settings.scheduler:
        log.info("connecting to the Dask scheduler at %s", settings.scheduler)
        return dist.Client(settings.scheduler), None
    if not log.isEnabledFor(logging.INFO):
        logging.getLogger("distributed").setLevel(logging.WARNING)  # no start/stop chatter
    cluster = dist.LocalCluster(
        n_workers=settings.workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.WARNING,
    )
    log.info("started a Dask LocalCluster of %d workers", settings.workers)
    return dist.Client(cluster), cluster


def process_on_dask(
    items: Iterable[RawArticle | Rejection], *, settings: Settings
) -> Iterator[Annotation]:
    """Code a stream of raw articles on a Dask cluster; yield annotations in input order."""
    client, cluster = _client(settings)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or settings.workers)
        window = workers * IN_FLIGHT_PER_WORKER
        pending: deque[Any] = deque()
        batch: list[RawArticle | Rejection] = []
        for item in items:
            batch.append(item)
            if len(batch) >= settings.batch_size:
                pending.append(client.submit(code_batch, batch, settings, pure=False))
                batch = []
            while len(pending) > window:
                yield from pending.popleft().result()
        if batch:
            pending.append(client.submit(code_batch, batch, settings, pure=False))
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
