"""Shared fixtures: settings in a temporary folder, and hand-built records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from flashpoint.records import (
    Actor,
    Annotation,
    Article,
    DateSource,
    EventDate,
    Location,
    Mention,
    Plover,
    Precision,
)
from flashpoint.settings import Settings


@pytest.fixture(scope="session", autouse=True)
def _table_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the cache of built tables (``flashpoint.cache``) in the run's temporary folder,
    not in the user's own cache, unless FLASHPOINT_CACHE names one."""
    import os

    from flashpoint.cache import CACHE_ENV

    os.environ.setdefault(CACHE_ENV, str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a database holding the bundled demo corpus (built once per test run)."""
    from flashpoint.pipeline import ingest
    from flashpoint.sources.demo import demo_paths

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    ingest(demo_paths(), settings=Settings(db=db))
    return db


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Return settings whose database lives in a temporary folder."""
    return Settings(db=tmp_path / "test.duckdb", lock_timeout=5.0)


STORED_TABLES = (
    "articles",
    "rejections",
    "mentions",
    "events",
    "event_aliases",
    "signatures",
    "story_links",
    "stories",
    "quotes",
)


def stored_tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Return every table an ingest fills, rejection times left out, for comparisons."""
    from flashpoint.store import Store

    store = Store(db)
    out = {t: store.table_rows(t) for t in STORED_TABLES}
    out["rejections"] = [r[:-1] for r in out["rejections"]]  # drop when it was rejected
    return out


def make_annotation(
    article_id: str = "a1",
    *,
    text: str | None = None,
    published: dt.date | None = dt.date(2020, 6, 16),
) -> Annotation:
    """Build an annotation with one ASSAULT mention, without spaCy."""
    text = text or "Chinese troops clashed with Indian soldiers in the Galwan Valley."
    article = Article(
        id=article_id,
        input=f"{article_id}.txt",
        text=text,
        title="Clash",
        url=f"https://example.org/{article_id}",
        source="Example Wire",
        published=published,
        published_from="input",
        language="en",
    )
    src = Actor("Chinese troops", 0, 14, "CHNMIL", "CHN", "MIL", "China")
    tgt = Actor("Indian soldiers", 28, 43, "INDMIL", "IND", "MIL", "India")
    mention = Mention(
        article_id=article_id,
        sentence=(0, len(text)),
        trigger=(15, 22),
        plover=Plover.ASSAULT,
        cameo="190",
        goldstein=-10.0,
        quad_class=4,
        source=src,
        target=tgt,
        date=EventDate(published.isoformat(), Precision.DAY, DateSource.PUBLISHED)
        if published
        else None,
        coder="flashpoint.rules.v1",
        lexicon_version="test",
        spans=(("source", (0, 14)), ("target", (28, 43))),
    )
    return Annotation(
        input_id=article.input, article=article, actors=(src, tgt), mentions=(mention,)
    )


def one_act(
    article_id: str, text: str, source: Actor, target: Actor, plover: Plover, cameo: str
) -> Annotation:
    """Build an annotation of ``text`` with one act of ``plover`` / ``cameo`` by ``source``
    on ``target`` (``make_annotation``'s mention retyped), without spaCy."""
    import dataclasses

    ann = make_annotation(article_id, text=text)
    mention = dataclasses.replace(
        ann.mentions[0], plover=plover, cameo=cameo, source=source, target=target
    )
    return dataclasses.replace(ann, actors=(source, target), mentions=(mention,))


def fused_groups(tmp_path: Path, *anns: Annotation) -> list[set[str]]:
    """Store ``anns`` in a new database; return each event's set of article ids."""
    from flashpoint.store import Store

    store = Store(tmp_path / "f.duckdb")
    store.write_batch(list(anns))
    return [{m.article_id for m in e.mentions} for e in store.events()]


@pytest.fixture(scope="module")
def warm_models() -> None:
    """Load the models before a module's first article, whose time limit would count the
    loading on a busy machine."""
    from flashpoint.pipeline import warm_up

    warm_up()


def annotated_mentions(text: str, published: str) -> list[Mention]:
    """Return the mentions ``annotate`` codes in ``text`` published on ``published``."""
    from flashpoint import annotate

    return list(annotate(text, published=published).mentions)


def of_type(found: list[Mention], plover: str) -> list[Mention]:
    """Return the mentions of one PLOVER type."""
    return [m for m in found if m.plover == plover]


def coded_events(text: str, published: str) -> set[tuple[str, str, str | None]]:
    """Return the (PLOVER type, source code, target code) of every event ``annotate``
    codes in ``text`` published on ``published``."""
    from flashpoint.pipeline import annotate

    out = annotate(text, published=published).to_json()
    return {
        (e["plover"], e["source"]["code"], e["target"]["code"] if e["target"] else None)
        for e in out["events"]
    }


def kept_actors(text: str, day: dt.date) -> list[tuple[str, str]]:
    """Return (text, code) of the actors ingest keeps once places are taken out, for an
    article published on ``day``."""
    from flashpoint.layers.actors import find_actors, without_places
    from flashpoint.layers.places import find_places
    from flashpoint.nlp import load_nlp

    doc = load_nlp()(text)
    spans = find_actors(doc, published=day)
    return [
        (s.actor.text, s.actor.code) for s in without_places(doc, spans, find_places(doc, spans))
    ]


def dated_actors(text: str, day: dt.date) -> list[tuple[str, str]]:
    """Return (text, code) of the actors ingest keeps, the text read with its dateline (as
    ingest masks it), for an article published on ``day``."""
    from flashpoint.layers.actors import find_actors, without_places
    from flashpoint.layers.places import find_places
    from flashpoint.nlp import load_nlp, mask_datelines

    doc = load_nlp()(mask_datelines(text))
    spans = find_actors(doc, published=day, text=text)
    return [
        (s.actor.text, s.actor.code) for s in without_places(doc, spans, find_places(doc, spans))
    ]


def found_places(text: str) -> dict[str, Location | None]:
    """Return each place the places layer finds in a text (read as ingest reads it), with
    its location."""
    from flashpoint.gazetteer import load_gazetteer
    from flashpoint.layers.actors import find_actors
    from flashpoint.layers.places import find_places
    from flashpoint.nlp import load_nlp, mask_datelines

    doc = load_nlp()(mask_datelines(text))
    return {
        p.text: p.location
        for p in find_places(doc, find_actors(doc), gazetteer=load_gazetteer(), text=text)
    }


def casualty_counts(text: str) -> tuple[int | None, int | None]:
    """Return the (killed, injured) values the casualty layer gives a text's event."""
    from flashpoint.layers.actors import find_actors
    from flashpoint.layers.casualties import event_counts, find_casualties
    from flashpoint.nlp import load_nlp

    doc = load_nlp()(text)
    killed, injured = event_counts(find_casualties(doc, find_actors(doc)))
    return (killed.value if killed else None, injured.value if injured else None)


def cut_from_start(line: str, story: str) -> bool:
    """Return whether the cleaner cuts a marker glued to the start of a story line and keeps
    the story, which begins with ``story``."""
    from flashpoint.clean.boilerplate import classify_line

    kind, prefix, rest = classify_line(line)
    return kind is None and rest.startswith(story) and bool(prefix) and story not in prefix
