"""Fusion: one event per real-world happening, whatever order the reports arrive in."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from conftest import make_annotation
from flashpoint import fusion
from flashpoint.records import Actor, DateSource, EventDate, Location, Plover, Precision, Where
from flashpoint.store import Store

DAY = dt.date(2024, 3, 10)


def _cand(
    i: int,
    *,
    day: int = 0,
    by_text: bool = True,
    source: str = "RUS",
    target: str | None = "UKR",
    plover: str = "ASSAULT",
    dead: int | None = None,
    town: tuple[str, str] | None = None,
    story: str | None = None,
    span: int = 0,
) -> fusion.Candidate:
    d = DAY + dt.timedelta(days=day)
    date = EventDate(
        d.isoformat(),
        Precision.YEAR if span else Precision.DAY,
        DateSource.TEXT if by_text else DateSource.PUBLISHED,
    )
    lo, hi = fusion.interval(date, d, d + dt.timedelta(days=span), d)
    loc = Location(town[0], town[1], None, 0.0, 0.0, Where.CITY) if town is not None else None
    return fusion.Candidate(
        id=f"m_{i:03d}",
        article_id=f"a{i}",
        story_id=story or f"a{i}",
        published=d,
        source_key=source,
        target_key=target,
        plover=plover,
        date=date,
        date_lo=lo,
        date_hi=hi,
        location=loc,
        fatalities=dead,
        fatalities_approx=False,
        injured=None,
        injured_approx=False,
    )


def _partition(groups: list[list[fusion.Candidate]]) -> set[frozenset[str]]:
    return {frozenset(c.id for c in g) for g in groups}


def test_two_meetings_a_week_apart_stay_two_events() -> None:
    cands = [
        _cand(1, plover="CONSULT", day=0),
        _cand(2, plover="CONSULT", day=0, by_text=False),
        _cand(3, plover="CONSULT", day=7),
        _cand(4, plover="CONSULT", day=8, by_text=False),
    ]
    assert _partition(fusion.cluster(cands)) == {
        frozenset({"m_001", "m_002"}),
        frozenset({"m_003", "m_004"}),
    }


def test_a_vague_report_does_not_chain_two_events() -> None:
    # published on day 5 without a date of its own: fits day 2 and day 5 both, joins one
    cands = [_cand(1, day=2), _cand(2, day=5, by_text=False), _cand(3, day=5)]
    groups = _partition(fusion.cluster(cands))
    assert frozenset({"m_001", "m_003"}) not in groups
    assert len(groups) == 2


def test_a_report_dated_only_to_a_year_joins_only_reports_as_vague() -> None:
    clash = _cand(1, day=3)  # "clashed on Tuesday"
    recap = _cand(2, day=0, span=364)  # "clashed several times this year"
    other = _cand(3, day=0, span=364, story="a9")  # another outlet's recap of that year
    assert _partition(fusion.cluster([clash, recap, other])) == {
        frozenset({"m_001"}),
        frozenset({"m_002", "m_003"}),
    }


def test_other_actors_types_or_towns_abroad_are_other_events() -> None:
    base = _cand(1, town=("Kharkiv", "UKR"))
    assert not fusion.compatible(base, _cand(2, source="BLR"))
    assert not fusion.compatible(base, _cand(3, plover="CONSULT"))
    assert not fusion.compatible(base, _cand(4, target="POL"))
    assert not fusion.compatible(base, _cand(5, town=("Belgorod", "RUS")))
    assert fusion.compatible(base, _cand(6, target=None))
    assert fusion.compatible(base, _cand(7, town=("Izium", "UKR")))


def test_a_town_only_inferred_from_the_article_does_not_split_an_event() -> None:
    # "near Raska": not in the gazetteer, put at the city the article names most
    guessed = _cand(2, town=("Pristina", "KOS"))
    assert guessed.location is not None
    guessed = dataclasses.replace(
        guessed, location=dataclasses.replace(guessed.location, inferred=True)
    )
    base = _cand(1, town=("Novi Pazar", "SRB"))
    assert not fusion.compatible(base, _cand(3, town=("Pristina", "KOS")))
    assert fusion.compatible(base, guessed)


def test_disagreements_are_listed_and_the_best_supported_value_wins() -> None:
    members = [
        _cand(1, dead=20, story="s1"),
        _cand(2, dead=20, story="s2"),
        _cand(3, dead=23, story="s3"),
        _cand(4, dead=23, story="s3"),  # a syndicated copy of 3: counts once
    ]
    fused = fusion.fuse(members)
    assert fused.fatalities == 20
    assert fused.n_articles == 3
    (conflict,) = [c for c in fused.conflicts if c["field"] == "fatalities"]
    assert conflict["values"] == [
        {"value": 20, "articles": ["a1", "a2"]},
        {"value": 23, "articles": ["a3", "a4"]},
    ]


_cands = st.lists(
    st.builds(
        _cand,
        i=st.integers(0, 999),
        day=st.integers(0, 20),
        by_text=st.booleans(),
        source=st.sampled_from(["RUS", "UKR"]),
        target=st.sampled_from(["UKR", "RUS", None]),
        plover=st.sampled_from(["ASSAULT", "CONSULT"]),
        town=st.sampled_from([None, ("Kharkiv", "UKR"), ("Belgorod", "RUS")]),
        span=st.sampled_from([0, 0, 0, 0, 45, 300]),  # "in recent months", "this year"
    ),
    max_size=25,
    unique_by=lambda c: c.id,
)


@hsettings(max_examples=200, deadline=None)
@given(_cands, st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_arrival_order(
    cands: list[fusion.Candidate], rnd: object
) -> None:
    shuffled = list(cands)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _partition(fusion.cluster(cands)) == _partition(fusion.cluster(shuffled))


@hsettings(max_examples=200, deadline=None)
@given(_cands)
def test_every_event_is_internally_compatible(cands: list[fusion.Candidate]) -> None:
    for group in fusion.cluster(cands):
        assert all(fusion.compatible(a, b) for a in group for b in group)


def _plain_cluster(cands: list[fusion.Candidate]) -> list[list[fusion.Candidate]]:
    """Complete linkage as :func:`fusion.cluster` defines it, with no shortcut: every
    group tried, every member tested."""
    groups: list[list[fusion.Candidate]] = []
    for c in sorted(cands, key=fusion.Candidate.order):
        fits = [g for g in groups if all(fusion.compatible(c, m) for m in g)]
        if not fits:
            groups.append([c])
            continue
        min(fits, key=lambda g: (fusion._distance(c, g), -len(g), g[0].id)).append(c)
    return groups


@hsettings(max_examples=300, deadline=None)
@given(_cands)
def test_the_shortcuts_group_as_plain_complete_linkage(cands: list[fusion.Candidate]) -> None:
    # copies of one report (same profile, another id) exercise the per-profile test
    copies = [dataclasses.replace(c, id=c.id + "c", article_id=c.article_id + "c") for c in cands]
    both = cands + copies[: len(copies) // 2]
    assert _partition(fusion.cluster(both)) == _partition(_plain_cluster(both))


_REPORTS = [
    ("a1", dt.date(2020, 6, 16)),
    ("a2", dt.date(2020, 6, 17)),
    ("a3", dt.date(2020, 6, 28)),
    ("a4", dt.date(2020, 6, 29)),
    ("a5", dt.date(2020, 7, 15)),
]


@hsettings(max_examples=12, deadline=None)
@given(st.permutations(_REPORTS), st.integers(1, 3))
def test_stored_grouping_does_not_depend_on_ingest_order(
    tmp_path_factory: pytest.TempPathFactory, order: list[tuple[str, dt.date]], size: int
) -> None:
    store = Store(tmp_path_factory.mktemp("order") / "x.duckdb")
    for k in range(0, len(order), size):
        store.write_batch([make_annotation(a, published=d) for a, d in order[k : k + size]])
    groups = {frozenset(m.article_id for m in e.mentions) for e in store.events()}
    assert groups == {frozenset({"a1", "a2"}), frozenset({"a3", "a4"}), frozenset({"a5"})}
    # re-ingesting everything changes nothing
    before = {t: store.table_rows(t) for t in ("mentions", "events", "event_aliases")}
    store.write_batch([make_annotation(a, published=d) for a, d in _REPORTS])
    assert {t: store.table_rows(t) for t in before} == before


def test_a_meeting_reported_in_either_direction_is_one_meeting() -> None:
    a = _cand(1, source="IND", target="CHN", plover="CONSULT")
    b = _cand(2, source="CHN", target="IND", plover="CONSULT")
    c = _cand(3, source="CHN", target=None, plover="CONSULT")
    d = _cand(4, source="CHN", target="PAK", plover="CONSULT")
    assert fusion.compatible(a, b) and fusion.compatible(a, c)
    assert not fusion.compatible(a, d)
    # an attack keeps its direction: China attacking India is not India attacking China
    assert not fusion.compatible(
        _cand(5, source="IND", target="CHN"), _cand(6, source="CHN", target="IND")
    )


def test_one_report_giving_two_values_is_not_a_disagreement() -> None:
    a = _cand(1, dead=20, story="s1")
    b = dataclasses.replace(_cand(2, dead=23, story="s1"), article_id="a1")
    assert fusion.fuse([a, b]).conflicts == ()
    c = _cand(3, dead=23, story="s3")
    assert [x["field"] for x in fusion.fuse([a, b, c]).conflicts] == ["fatalities"]


def test_values_that_nest_are_no_disagreement() -> None:
    week = dataclasses.replace(
        _cand(2),
        date=EventDate(
            f"{DAY.isocalendar()[0]}-W{DAY.isocalendar()[1]:02d}", Precision.WEEK, DateSource.TEXT
        ),
        date_lo=DAY - dt.timedelta(days=DAY.weekday()),
        date_hi=DAY - dt.timedelta(days=DAY.weekday()) + dt.timedelta(days=6),
    )
    assert not fusion.fuse([_cand(1), week]).conflicts  # "Monday" and "that week"
    month_before = _cand(3, day=-40)
    assert [c["field"] for c in fusion.fuse([_cand(1), month_before]).conflicts] == ["date"]

    def at(i: int, name: str, country: str, where: Where, admin1: str | None = None) -> Any:
        loc = Location(name, country, admin1, 0.0, 0.0, where)
        return dataclasses.replace(_cand(i), location=loc)

    valley = at(1, "Galwan Valley", "IND", Where.POINT, "Ladakh")
    assert not fusion.fuse([valley, at(2, "India", "IND", Where.COUNTRY)]).conflicts
    assert not fusion.fuse([valley, at(2, "the Himalayas", None, Where.REGION)]).conflicts  # type: ignore[arg-type]
    for other in (
        at(2, "Pangong Tso", "IND", Where.POINT, "Ladakh"),  # two sites: one is wrong
        at(2, "China", "CHN", Where.COUNTRY),
        at(2, "Punjab", "IND", Where.ADMIN1, "Punjab"),
        # a site and the province it lies in are two grains: shown (from fusion.v8)
        at(2, "Ladakh", "IND", Where.ADMIN1, "Ladakh"),
    ):
        assert [c["field"] for c in fusion.fuse([valley, other]).conflicts] == ["location"]


def _from(ann: Any, code: str, country: str) -> Any:
    """The same report with another source actor."""
    m = ann.mentions[0]
    source = dataclasses.replace(m.source, code=code, country=country)
    return dataclasses.replace(ann, mentions=(dataclasses.replace(m, source=source),))


def test_a_batch_spread_over_years_regroups_only_reports_near_its_own(tmp_path: Any) -> None:
    """Each of a batch's reports looks for neighbours around its own dates under its own
    source and type: a backfill batch whose dates span years does not regroup every
    stored report of its dyads in between (the block once took the batch's whole span)."""
    store = Store(tmp_path / "w.duckdb")
    store.write_batch([make_annotation("old", published=dt.date(2021, 6, 5))])
    before = store.table_rows("events")
    stats = store.write_batch(
        [
            make_annotation("early", published=dt.date(2020, 1, 1)),
            _from(make_annotation("late", published=dt.date(2021, 6, 1)), "USAMIL", "USA"),
        ]
    )
    assert stats.events == 2  # the two new reports' events, not the old one's
    assert set(before) <= set(store.table_rows("events"))
    store.write_batch([make_annotation("near", published=dt.date(2021, 6, 4))])
    held = [{m.article_id for m in e.mentions} for e in store.events()]
    assert {"old", "near"} in held  # a report near the old one still joins its event


_UNDATED = [*_REPORTS, ("y2018", dt.date(2018, 6, 16)), ("nodate", None)]


@hsettings(max_examples=8, deadline=None)
@given(st.permutations(_UNDATED), st.integers(1, 3), st.integers(1, 6))
def test_a_killed_ingest_run_again_groups_as_an_uninterrupted_one(
    tmp_path_factory: pytest.TempPathFactory,
    order: list[tuple[str, dt.date | None]],
    size: int,
    cut: int,
) -> None:
    """Batches stored up to a kill, then every batch stored again, give the tables that
    storing every batch once gives. A report with no date at all fits any date: were it
    let into dated events, the event it joined would depend on which reports a batch
    loaded, and re-storing the early batches could regroup what an uninterrupted run left
    alone."""
    batches = [
        [make_annotation(a, published=d) for a, d in order[k : k + size]]
        for k in range(0, len(order), size)
    ]
    tables = ("mentions", "events", "event_aliases")
    once = Store(tmp_path_factory.mktemp("once") / "x.duckdb")
    for b in batches:
        once.write_batch(b)
    killed = Store(tmp_path_factory.mktemp("killed") / "x.duckdb")
    for b in [*batches[:cut], *batches]:
        killed.write_batch(b)
    assert {t: killed.table_rows(t) for t in tables} == {t: once.table_rows(t) for t in tables}
    groups = {frozenset(m.article_id for m in e.mentions) for e in once.events()}
    assert {"nodate"} in groups and {"y2018"} in groups


def test_a_target_taken_from_outside_the_sentence_does_not_keep_reports_apart(
    tmp_path: Any,
) -> None:
    """A target the coder took from the rest of the article (its one country) is weaker
    than one the sentence names: it never splits an event."""
    named = make_annotation("named")
    lede = "China's army said on Tuesday it was on alert. "
    body = "Chinese troops clashed with border guards in the Galwan Valley."
    other = make_annotation("inferred", text=lede + body)
    m = other.mentions[0]
    start = len(lede)
    inferred = Actor("China", 0, 5, "CHN", "CHN", None, None)  # outside its sentence
    m = dataclasses.replace(
        m,
        sentence=(start, len(lede + body)),
        trigger=(start + 15, start + 22),
        source=dataclasses.replace(m.source, start=start, end=start + 14),
        target=inferred,
        spans=(("source", (start, start + 14)), ("target", (0, 5))),
    )
    other = dataclasses.replace(other, mentions=(m,))
    store = Store(tmp_path / "f.duckdb")
    store.write_batch([named, other])
    assert [{x.article_id for x in e.mentions} for e in store.events()] == [{"named", "inferred"}]


def test_where_a_statement_was_voiced_does_not_split_it() -> None:
    said = _cand(1, plover="ACCUSE", town=("Bogota", "COL"))
    assert fusion.compatible(said, _cand(2, plover="ACCUSE", town=("Caracas", "VEN")))
    met = _cand(3, plover="CONSULT", town=("Ankara", "TUR"))
    assert not fusion.compatible(met, _cand(4, plover="CONSULT", town=("Djibouti", "DJI")))


def test_where_a_sanction_was_decided_does_not_split_it() -> None:
    # one outlet puts a ban where it was decreed, another where it was answered from
    decreed = _cand(1, plover="SANCTION", source="ISR", target="IRN", town=("Jerusalem", "ISR"))
    answered = _cand(2, plover="SANCTION", source="ISR", target="IRN", town=("Tehran", "IRN"))
    assert fusion.compatible(decreed, answered)
    # a strike is still split by towns in two countries
    assert not fusion.compatible(
        _cand(3, town=("Kharkiv", "UKR")), _cand(4, town=("Belgorod", "RUS"))
    )


def test_a_strike_on_the_sources_own_rebels_abroad_is_the_strike_on_that_country() -> None:
    iraq = Location("Iraq", "IRQ", None, 33.0, 44.0, Where.COUNTRY)
    on_rebels = dataclasses.replace(_cand(1, target="TUR"), source_key="TUR", location=iraq)
    on_iraq = dataclasses.replace(_cand(2, target="IRQ"), source_key="TUR")
    assert fusion.compatible(on_rebels, on_iraq) and fusion.compatible(on_iraq, on_rebels)
    at_home = dataclasses.replace(on_rebels, location=None)
    assert not fusion.compatible(at_home, on_iraq)


def test_a_village_the_gazetteer_lacks_is_named_by_its_words_in_a_conflict() -> None:
    gori = _cand(1, town=("Gori", "GEO"))
    guessed = Location("Georgia", "GEO", None, 42.0, 43.5, Where.COUNTRY, inferred=True)
    village = dataclasses.replace(_cand(2), location=guessed, place="Khurvaleti")
    assert fusion.compatible(gori, village)
    (conflict,) = fusion.fuse([gori, village]).conflicts
    assert conflict["field"] == "location"
    assert {v["value"] for v in conflict["values"]} == {"Gori", "Khurvaleti"}
    # without its words, a guess drawn at the country is only the country: no dispute
    unnamed = dataclasses.replace(village, place=None)
    assert fusion.fuse([gori, unnamed]).conflicts == ()


def _typed(ann: Any, plover: Plover, cameo: str) -> Any:
    """The same report coded as another type."""
    m = dataclasses.replace(ann.mentions[0], plover=plover, cameo=cameo)
    return dataclasses.replace(ann, mentions=(m,))


def test_a_signed_agreement_is_the_agreement_another_outlet_reports(tmp_path: Any) -> None:
    """CAMEO 057 (sign formal agreement) is SUPPORT in PLOVER, but "signed an agreement in
    Juba on Saturday" and "agreed on Saturday to set up a committee" are one happening;
    praise (051, SUPPORT too) is not an agreement."""
    store = Store(tmp_path / "a.duckdb")
    store.write_batch(
        [
            _typed(make_annotation("agreed"), Plover.AGREE, "030"),
            _typed(make_annotation("signed"), Plover.SUPPORT, "057"),
            _typed(make_annotation("praised"), Plover.SUPPORT, "051"),
        ]
    )
    groups = sorted(sorted(m.article_id for m in e.mentions) for e in store.events())
    assert groups == [["agreed", "signed"], ["praised"]]
    assert fusion.fusion_type("SUPPORT", "0571") == "AGREE"
    assert fusion.fusion_type("SUPPORT", "051") == "SUPPORT"


def test_a_taking_of_people_is_the_detention_another_outlet_reports(tmp_path: Any) -> None:
    """CAMEO 181 (abduct, take hostage) is ASSAULT in PLOVER, but "coastguards seized the
    crew of a trawler" and "coastguards detained the crew" are one happening; an attack
    (190) of the same dyad that day is not a detention."""
    store = Store(tmp_path / "c.duckdb")
    store.write_batch(
        [
            _typed(make_annotation("detained"), Plover.COERCE, "173"),
            _typed(make_annotation("seized"), Plover.ASSAULT, "181"),
            _typed(make_annotation("shelled"), Plover.ASSAULT, "190"),
        ]
    )
    groups = sorted(sorted(m.article_id for m in e.mentions) for e in store.events())
    assert groups == [["detained", "seized"], ["shelled"]]
    assert fusion.fusion_type("ASSAULT", "181") == "COERCE"
    assert fusion.fusion_type("ASSAULT", "190") == "ASSAULT"


def test_two_names_of_one_town_or_a_town_and_its_province_are_shown_as_a_dispute() -> None:
    # the gazetteer takes "Beregszasz" and "Berehove" to one town: the words still differ
    town = Location("Berehove", "UKR", "Zakarpattia", 48.2, 22.6, Where.CITY)
    ukrainian = dataclasses.replace(_cand(1), location=town, place="Berehove")
    hungarian = dataclasses.replace(_cand(2), location=town, place="Beregszasz")
    (conflict,) = fusion.fuse([ukrainian, hungarian]).conflicts
    assert conflict["field"] == "location"
    assert {v["value"] for v in conflict["values"]} == {"Berehove"}  # the place shown
    province = Location("Zakarpattia", "UKR", "Zakarpattia", 48.4, 23.3, Where.ADMIN1)
    wider = dataclasses.replace(_cand(3), location=province, place="Zakarpattia region")
    assert [c["field"] for c in fusion.fuse([ukrainian, wider]).conflicts] == ["location"]
    # not: the same words up to case and a kind of place, or a country and its town
    capitals = dataclasses.replace(_cand(2), location=town, place="BEREHOVE district")
    assert fusion.fuse([ukrainian, capitals]).conflicts == ()
    country = Location("Ukraine", "UKR", None, 49.0, 32.0, Where.COUNTRY)
    ukraine = dataclasses.replace(_cand(4), location=country, place="Ukraine")
    assert fusion.fuse([ukrainian, ukraine]).conflicts == ()
    # nor a country's name the coder placed at its capital ("Qatar's capital")
    doha = Location("Doha", "QAT", None, 25.3, 51.5, Where.CITY)
    said = dataclasses.replace(_cand(1), location=doha, place="Doha")
    meant = dataclasses.replace(_cand(2), location=doha, place="Qatar")
    assert fusion.fuse([said, meant]).conflicts == ()
