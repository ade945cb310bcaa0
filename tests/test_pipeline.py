"""End to end over the real spaCy model: annotate, ingest, the demo corpus."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from flashpoint.pipeline import annotate, ingest, process_chunk, process_one
from flashpoint.records import Annotation, RawArticle, Rejection
from flashpoint.settings import Settings
from flashpoint.sources.demo import demo_paths, demo_root
from flashpoint.store import Store

pytestmark = pytest.mark.model

ACCEPTANCE = (
    "Chinese troops clashed with Indian soldiers on Monday, leaving 20 Indian soldiers dead."
)
TABLES = ("articles", "rejections", "mentions", "events", "signatures", "story_links", "stories")


def test_acceptance_sentence_is_an_assault_by_chinese_on_indian_military() -> None:
    out = annotate(ACCEPTANCE, published="2020-06-17").to_json()
    assault = [e for e in out["events"] if e["plover"] == "ASSAULT"]
    assert assault, out["events"]
    ev = assault[0]
    assert ev["source"]["code"] == "CHNMIL" and ev["source"]["country"] == "CHN"
    assert ev["source"]["sector"] == "MIL"
    assert ev["target"]["code"] == "INDMIL" and ev["target"]["sector"] == "MIL"
    # "on Monday", in a past clause published on Wednesday 17 June 2020
    assert (ev["date"], ev["date_precision"], ev["date_source"]) == ("2020-06-15", "day", "text")
    m = ev["mentions"][0]
    text = out["text"]
    assert text[m["trigger"][0] : m["trigger"][1]] == "clashed"
    assert text[slice(*m["spans"]["source"])] == "Chinese troops"
    assert text[slice(*m["spans"]["target"])] == "Indian soldiers"
    assert text[slice(*m["spans"]["date"])] == "Monday"


def test_annotate_output_has_every_contract_key() -> None:
    out = annotate(ACCEPTANCE, published="2020-06-17").to_json()
    assert set(out) == {
        "input_id",
        "text",
        "language",
        "published",
        "rejected",
        "actors",
        "places",
        "times",
        "quotes",
        "casualties",
        "removed",
        "events",
    }
    ev = out["events"][0]
    assert set(ev) == {
        "id",
        "date",
        "date_precision",
        "date_source",
        "plover",
        "cameo",
        "goldstein",
        "quad_class",
        "source",
        "target",
        "location",
        "fatalities",
        "fatalities_approx",
        "injured",
        "injured_approx",
        "mentions",
        "n_articles",
        "conflicts",
        "coder",
        "lexicon_version",
        "aliases",
    }
    assert set(ev["mentions"][0]) == {
        "article_id",
        "url",
        "outlet",
        "published",
        "sentence",
        "start",
        "end",
        "trigger",
        "spans",
        "quote_id",
    }
    assert set(ev["mentions"][0]["spans"]) == {
        "source",
        "target",
        "date",
        "location",
        "fatalities",
        "injured",
    }
    for actor in out["actors"]:
        assert out["text"][actor["start"] : actor["end"]] == actor["text"]


def test_annotate_is_deterministic() -> None:
    a = annotate(ACCEPTANCE, published="2020-06-17").to_json()
    b = annotate(ACCEPTANCE, published="2020-06-17").to_json()
    assert a == b


def test_timeouts_become_rejections() -> None:
    raw = RawArticle(input="slow.txt", kind="text", text=ACCEPTANCE * 400)
    ann = process_one(raw, settings=Settings(article_timeout=0.01))
    assert ann.article is None and ann.rejection is not None
    assert ann.rejection.stage == "timeout"


def test_an_article_after_a_timeout_is_coded_as_if_none_had_happened() -> None:
    # the alarm can cut spaCy off mid-parse; the model is then loaded afresh, so the next
    # article is coded in full instead of failing on the half-finished state
    from flashpoint.nlp import load_nlp

    fresh = annotate(ACCEPTANCE, published="2020-06-17").to_json()
    load_nlp()
    raw = RawArticle(input="slow.txt", kind="text", text=ACCEPTANCE * 400)
    slow = process_one(raw, settings=Settings(article_timeout=0.05))
    assert slow.rejection is not None and slow.rejection.stage == "timeout"
    assert load_nlp.cache_info().currsize == 0  # dropped, to be loaded afresh
    assert annotate(ACCEPTANCE, published="2020-06-17").to_json() == fresh


def test_tables_are_loaded_before_the_first_article_is_timed() -> None:
    # the gazetteer and its small towns take seconds to load: that must not count against
    # the first article's time limit
    from flashpoint.gazetteer import load_gazetteer, small_towns
    from flashpoint.pipeline import process

    small_towns.cache_clear()
    text = "The minister said the talks would resume next week, her spokesman said."
    raw = RawArticle(input="short.txt", kind="text", text=text)  # (no place in it)
    assert list(process(iter([]), settings=Settings(workers=1))) == []
    assert small_towns.cache_info().currsize == 0  # nothing to do, nothing loaded
    out = list(process(iter([raw]), settings=Settings(workers=1)))
    assert len(out) == 1
    assert small_towns.cache_info().currsize == 1 and load_gazetteer.cache_info().currsize == 1


def test_demo_corpus_is_stored_with_its_rejections(demo_db: Path) -> None:
    store = Store(demo_db)
    summary = store.summary()
    assert summary["articles"] >= 30
    assert summary["events"] > 0
    rejected = {
        Path(r.input).name.split(":")[0]
        + (":" + r.input.rsplit(":", 1)[1] if r.input.endswith((":2", ":3")) else ""): r
        for r in store.rejections()
    }
    assert "empty.txt" in rejected and "empty" in rejected["empty.txt"].reason
    assert "scan.txt" in rejected and "binary" in rejected["scan.txt"].reason
    assert "garbled.txt" in rejected and "undecodable" in rejected["garbled.txt"].reason
    assert rejected["informe.txt"].stage == "language"
    assert rejected["informe.txt"].reason.startswith("language es not supported")
    assert "broken.jsonl:2" in rejected and "broken.jsonl:3" in rejected
    # the good first line of broken.jsonl is stored
    assert any(a.input.startswith("bo-") for a in store.articles())


def test_ingesting_the_demo_twice_changes_no_table(demo_db: Path, tmp_path: Path) -> None:
    store = Store(demo_db)
    before = {t: store.table_rows(t) for t in TABLES}
    ingest(demo_paths(), settings=Settings(db=demo_db))
    after = {t: store.table_rows(t) for t in TABLES}
    assert after == before


def test_what_ingest_stores_equals_what_annotate_returns(demo_db: Path) -> None:
    store = Store(demo_db)
    stored = {e.id: e.to_json() for e in store.events()}
    from flashpoint.pipeline import annotate_records
    from flashpoint.sources.files import read_paths

    settings = Settings()
    fresh: dict[str, object] = {}
    articles = {a.id: a.to_json() for a in store.articles()}
    for ann in annotate_records(read_paths(demo_paths(), settings=settings), settings=settings):
        if ann.article is not None:
            stored_article = {**articles[ann.article.id], "story_id": None}
            assert ann.article.to_json() == stored_article
        for ev in ann.events:
            for m in ev.to_json()["mentions"]:
                fresh[(m["article_id"], tuple(m["trigger"]), ev.id)] = m
    # The store fuses reports of the same event; every mention annotate finds is stored,
    # once, in exactly one event.
    stored_mentions = {
        (m["article_id"], tuple(m["trigger"]), "ev_" + mid): m
        for e in stored.values()
        for m, mid in zip(e["mentions"], _mention_ids(store, e["id"]), strict=True)
    }
    assert sorted(map(str, fresh.values())) == sorted(map(str, stored_mentions.values()))
    assert len(stored_mentions) == sum(len(e["mentions"]) for e in stored.values())


def _mention_ids(store: Store, event_id: str) -> list[str]:
    event = store.event(event_id)
    assert event is not None
    return [m.id.removeprefix("m_") for m in event.mentions]


def test_demo_has_html_jsonl_and_text_articles(demo_db: Path) -> None:
    inputs = [a.input for a in Store(demo_db).articles()]
    assert any(i.endswith(".html") for i in inputs)
    assert any(i.endswith(".txt") for i in inputs)
    assert sum(1 for i in inputs if not i.endswith((".html", ".txt"))) >= 10  # JSONL ids
    root = demo_root()
    assert (root / "README.md").exists()


def test_published_dates_are_known_for_dated_inputs(demo_db: Path) -> None:
    arts = Store(demo_db).articles()
    dated = [a for a in arts if a.published is not None]
    assert len(dated) >= len(arts) - 3
    assert all(
        dt.date(2020, 1, 1) <= a.published <= dt.date(2020, 12, 31)  # type: ignore[operator]
        for a in dated
    )
    assert {a.published_from for a in dated} >= {"input", "html", "text"}
    json.dumps([a.to_json() for a in arts], default=str)


def test_two_workers_give_the_same_results_in_the_same_order() -> None:
    from flashpoint.pipeline import annotate_records
    from flashpoint.sources.files import read_paths

    paths = [demo_root() / "html"]
    one = [
        a.to_json()
        for a in annotate_records(read_paths(paths, settings=Settings()), settings=Settings())
    ]
    two = [
        a.to_json()
        for a in annotate_records(
            read_paths(paths, settings=Settings()), settings=Settings(workers=2)
        )
    ]
    assert one == two and len(one) >= 5


def test_recode_with_the_same_coder_changes_nothing(demo_db: Path, tmp_path: Path) -> None:
    import shutil

    from flashpoint.pipeline import recode

    copy = tmp_path / "recode.duckdb"
    shutil.copy(demo_db, copy)
    report = recode(settings=Settings(db=copy))
    assert report.articles == Store(demo_db).summary()["articles"] and not report.failed
    for table in (*TABLES, "event_aliases"):
        assert Store(copy).table_rows(table) == Store(demo_db).table_rows(table), table


def test_demo_reports_of_one_event_are_fused(demo_db: Path) -> None:
    store = Store(demo_db)
    fused = [e for e in store.events() if e.n_articles > 1]
    assert fused
    for e in fused:
        assert len({m.article_id for m in e.mentions}) >= e.n_articles
        # every alias still finds its event
        for alias in e.aliases:
            found = store.event(alias)
            assert found is not None and found.id == e.id


def test_the_demo_crisis_raises_an_escalation_alert(demo_db: Path) -> None:
    from flashpoint import analysis

    found = analysis.alerts(Store(demo_db).event_facts(), dyad=("CHN", "IND"))
    assert found, "the Galwan week of the Ladakh standoff should raise an alert"
    galwan = dt.date(2020, 6, 15)
    assert any(a.start <= galwan <= a.end for a in found)


def _chunk_items() -> list[RawArticle | Rejection]:
    day = dt.date(2020, 6, 17)
    return [
        RawArticle(input="a.txt", kind="text", text=ACCEPTANCE, published=day),
        Rejection("b.bin", "read", "binary content"),
        RawArticle(input="c.txt", kind="text", text="   "),
        RawArticle(
            input="d.txt",
            kind="text",
            text="Russia's foreign minister met his Chinese counterpart in Beijing on Tuesday.",
            published=day,
        ),
        RawArticle(input="e.txt", kind="text", text=ACCEPTANCE.replace("20", "23"), published=day),
    ]


def test_a_chunk_parsed_together_gives_what_one_by_one_gives() -> None:
    settings = Settings()
    items = _chunk_items()
    together = [a.to_json() for a in process_chunk(items, settings=settings)]
    alone = [
        Annotation(input_id=i.input, article=None, rejection=i).to_json()
        if isinstance(i, Rejection)
        else process_one(i, settings=settings).to_json()
        for i in items
    ]
    assert together == alone and len(together) == len(items)
    assert together[0]["events"] and together[4]["events"]


def test_a_chunk_whose_parse_fails_is_parsed_article_by_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import flashpoint.nlp

    real = flashpoint.nlp.load_nlp()

    class NoPipe:
        def __call__(self, text: str) -> object:
            return real(text)

        def pipe(self, texts: object, batch_size: int = 1) -> object:
            raise MemoryError

        def memory_zone(self) -> object:
            return real.memory_zone()

    monkeypatch.setattr(flashpoint.nlp, "load_nlp", lambda: NoPipe())
    settings = Settings()
    items = _chunk_items()
    out = process_chunk(items, settings=settings)
    assert [a.input_id for a in out] == [i.input for i in items]
    assert out[0].mentions and out[4].mentions and out[2].rejection is not None
