from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from conftest import make_annotation
from flashpoint.errors import DatabaseMissing, QueryError
from flashpoint.records import Rejection
from flashpoint.settings import Settings
from flashpoint.store import EventQuery, Store, date_range

TABLES = ("articles", "rejections", "mentions", "events")


def _snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {t: store.table_rows(t) for t in TABLES}


def test_migrations_are_recorded_once(settings: Settings) -> None:
    store = Store(settings.db)
    store.init()
    store.init()
    assert store.migrations() == [
        "0001_initial",
        "0002_stories",
        "0003_places",
        "0004_fusion",
        "0005_alerts",
        "0006_mention_dates",
        "0007_quotes",
        "0008_watch",
        "0009_story_bands",
    ]


def test_reading_a_missing_database_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing, match="flashpoint ingest"):
        Store(tmp_path / "none.duckdb").events()


def test_event_round_trip_equals_annotation(settings: Settings) -> None:
    ann = make_annotation()
    store = Store(settings.db)
    store.write_batch([ann])
    [stored] = store.events()
    assert stored.to_json() == ann.events[0].to_json()
    assert store.event(stored.id) is not None
    assert store.event("ev_nope") is None


def test_writing_twice_changes_nothing(settings: Settings) -> None:
    store = Store(settings.db)
    batch = [
        make_annotation("a1"),
        make_annotation("a2"),
        Rejection("bad.txt", "decode", "empty file", at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)),
    ]
    store.write_batch(batch)
    first = _snapshot(store)
    store.write_batch(
        [make_annotation("a1"), make_annotation("a2"), Rejection("bad.txt", "decode", "empty file")]
    )
    assert _snapshot(store) == first
    # two reports of the same clash on the same day: one event with both
    assert [len(first[t]) for t in TABLES] == [2, 1, 2, 1]
    assert store.events()[0].n_articles == 2


def test_rewriting_an_article_replaces_its_events(settings: Settings) -> None:
    store = Store(settings.db)
    store.write_batch([make_annotation("a1")])
    changed = make_annotation("a1", text="Chinese troops clashed with Indian soldiers again today.")
    store.write_batch([changed])
    events = store.events()
    assert len(events) == 1
    assert events[0].to_json()["mentions"][0]["sentence"].endswith("again today.")


def test_an_input_that_later_succeeds_leaves_the_rejections(settings: Settings) -> None:
    store = Store(settings.db)
    store.write_batch([Rejection("a1.txt", "timeout", "slow")])
    store.write_batch([make_annotation("a1")])
    assert store.rejections() == []


@pytest.mark.parametrize(
    ("query", "n"),
    [
        (EventQuery(), 2),
        (EventQuery(actor="CHN"), 2),
        (EventQuery(actor="CHNMIL"), 2),
        (EventQuery(actor="RUS"), 0),
        (EventQuery(dyad=("IND", "CHN")), 2),
        (EventQuery(dyad=("CHN", "PAK")), 0),
        (EventQuery(plover="assault"), 2),
        (EventQuery(plover="AGREE"), 0),
        (EventQuery(since=dt.date(2020, 6, 16)), 2),
        (EventQuery(since=dt.date(2020, 6, 17)), 1),
        (EventQuery(until=dt.date(2020, 6, 16)), 1),
        (EventQuery(min_articles=2), 0),
        (EventQuery(country="IND"), 0),
        (EventQuery(limit=1), 1),
    ],
)
def test_event_filters(settings: Settings, query: EventQuery, n: int) -> None:
    store = Store(settings.db)
    store.write_batch(
        [make_annotation("a1"), make_annotation("a2", published=dt.date(2020, 6, 25))]
    )
    assert len(store.events(query)) == n


def test_unknown_plover_type_is_a_query_error() -> None:
    with pytest.raises(QueryError, match="PLOVER"):
        EventQuery(plover="HUG")


def test_summary_counts(settings: Settings) -> None:
    store = Store(settings.db)
    store.write_batch([make_annotation("a1"), Rejection("x.bin", "decode", "binary")])
    s = store.summary()
    assert (s["articles"], s["rejections"], s["events"]) == (1, 1, 1)
    assert s["events_by_type"] == {"ASSAULT": 1}
    assert s["top_dyads"][0]["dyad"] == ["CHN", "IND"]
    assert s["rejected"] == [{"input": "x.bin", "stage": "decode", "reason": "binary"}]


@pytest.mark.parametrize(
    ("value", "precision", "first", "last"),
    [
        ("2020-06-16", "day", "2020-06-16", "2020-06-16"),
        ("2020-W25", "week", "2020-06-15", "2020-06-21"),
        ("2020-12", "month", "2020-12-01", "2020-12-31"),
        ("2020", "year", "2020-01-01", "2020-12-31"),
    ],
)
def test_date_range(value: str, precision: str, first: str, last: str) -> None:
    assert date_range(value, precision) == (
        dt.date.fromisoformat(first),
        dt.date.fromisoformat(last),
    )


@hsettings(max_examples=15, deadline=None)
@given(st.permutations(["a1", "a2", "a3", "a4"]))
def test_stored_events_do_not_depend_on_order(
    tmp_path_factory: pytest.TempPathFactory, order: list[str]
) -> None:
    db = tmp_path_factory.mktemp("perm") / "x.duckdb"
    store = Store(db)
    for art in order:
        store.write_batch([make_annotation(art)])
    (event,) = store.events()
    assert sorted(m.article_id for m in event.mentions) == ["a1", "a2", "a3", "a4"]
    # the first report's event id survives; the others became aliases of it
    assert event.id == make_annotation(order[0]).events[0].id
    assert sorted(event.aliases) == sorted(make_annotation(a).events[0].id for a in order[1:])
    for a in order:
        found = store.event(make_annotation(a).events[0].id)
        assert found is not None and found.id == event.id


QUOTED = """GENEVA, March 3 (Wire) - Russian Foreign Minister Sergei Lavrov said on Tuesday that \
Moscow was ready to host talks between Armenia and Azerbaijan.

"We will not let this conflict burn for another thirty years," he told reporters after \
meeting his Swiss counterpart. "Both sides know where the door is."

Azerbaijan's foreign ministry said the offer would be studied."""


@pytest.mark.model
def test_quotes_are_stored_replaced_and_queried(settings: Settings) -> None:
    import flashpoint
    from flashpoint.store import QuoteQuery

    ann = flashpoint.annotate(QUOTED, published="2021-03-03")
    assert len(ann.quotes) >= 3
    store = Store(settings.db)
    store.write_batch([ann])
    first = store.table_rows("quotes")
    store.write_batch([ann])  # the same input again changes nothing
    assert store.table_rows("quotes") == first
    stored = store.quotes()
    assert [s.quote for s in stored] == sorted(ann.quotes, key=lambda q: q.start)
    assert {s.article_id for s in stored} == {ann.article.id}  # type: ignore[union-attr]
    direct = store.quotes(QuoteQuery(kind="direct"))
    # two quoted sentences on either side of the cue's full stop: two quotes, one speaker
    assert [s.quote.kind for s in direct] == ["direct", "direct"]
    for d in direct:
        assert d.quote.speaker is not None
        assert d.quote.speaker.code == "RUSGOV"
    assert store.count_quotes(QuoteQuery(speaker="RUS")) >= 2
    assert store.count_quotes(QuoteQuery(speaker="RUSMIL")) == 0
    assert store.count_quotes(QuoteQuery(text="door")) == 1
    assert store.count_quotes(QuoteQuery(since=dt.date(2021, 3, 4))) == 0
    with pytest.raises(QueryError):
        QuoteQuery(kind="rumour")


def test_every_regrouped_event_gets_its_own_id() -> None:
    """A group whose natural id and stored event are both taken gets the id made from its
    members; when that id is itself held by another group (which took it through its
    votes), it gets a salted one instead of sharing it and losing its mentions."""
    import hashlib
    from dataclasses import dataclass

    from flashpoint.store import _event_ids

    @dataclass(frozen=True)
    class M:
        id: str
        n: int

        def order(self) -> tuple[int, str]:
            return (self.n, self.id)

    made = "ev_" + hashlib.sha1(b"m_5").hexdigest()[:16]  # m_5's group id of an earlier round
    old_rows = {"ev_5": (1, None), made: (2, None)}
    current: dict[str, str | None] = {"m_a": "ev_5", "m_b": "ev_5", "m_c": made, "m_5": made}
    groups = [[M("m_a", 0)], [M("m_b", 1), M("m_c", 2)], [M("m_5", 3)]]
    assigned = _event_ids(groups, current, old_rows)
    assert len(assigned) == 3
    assert sorted(c.id for g in assigned.values() for c in g) == ["m_5", "m_a", "m_b", "m_c"]
    assert assigned["ev_5"] == groups[0] and assigned[made] == groups[1]
