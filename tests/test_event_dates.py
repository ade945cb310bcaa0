"""Events take the date of the time expression that governs them, else the publication date."""

from __future__ import annotations

import pytest

from flashpoint.pipeline import annotate

pytestmark = pytest.mark.model

PUB = "2020-06-17"  # a Wednesday


def _dates(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    out = annotate(text, published=PUB).to_json()
    rows = []
    for e in out["events"]:
        span = e["mentions"][0]["spans"]["date"]
        rows.append(
            (
                e["plover"],
                e["date"],
                e["date_precision"],
                e["date_source"],
                out["text"][span[0] : span[1]] if span else None,
            )
        )
    return rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese troops clashed with Indian soldiers on Monday.",
            ("ASSAULT", "2020-06-15", "day", "text", "Monday"),
        ),
        (
            "Chinese troops clashed with Indian soldiers on Wednesday.",
            ("ASSAULT", "2020-06-17", "day", "text", "Wednesday"),
        ),
        (
            "Monday's brawl between Chinese and Indian troops left 20 dead.",
            ("ASSAULT", "2020-06-15", "day", "text", "Monday"),
        ),
        (
            "Russia imposed sanctions on Ukraine in May.",
            ("SANCTION", "2020-05", "month", "text", "May"),
        ),
        (
            "Russia imposed sanctions on Ukraine last week.",
            ("SANCTION", "2020-W24", "week", "text", "last week"),
        ),
        (
            "Russia imposed sanctions on Ukraine last year.",
            ("SANCTION", "2019", "year", "text", "last year"),
        ),
        (
            "Russia imposed sanctions on Ukraine.",
            ("SANCTION", "2020-06-17", "day", "published", None),
        ),
    ],
)
def test_event_date_from_its_own_clause(text: str, expected: tuple[str, ...]) -> None:
    assert expected in _dates(text)


def test_a_date_in_another_clause_does_not_date_the_event() -> None:
    rows = _dates("China said on Tuesday that Indian troops attacked its soldiers on Monday.")
    assert ("ASSAULT", "2020-06-15", "day", "text", "Monday") in rows
    rows = _dates("Officials said on Tuesday that Indian troops attacked Chinese soldiers.")
    assert [r[1:4] for r in rows if r[0] == "ASSAULT"] == [("2020-06-17", "day", "published")]


def test_times_layer_is_in_the_annotation() -> None:
    out = annotate("Troops clashed on Monday and talks resume next week.", published=PUB)
    assert [(t["text"], t["value"], t["precision"]) for t in out.to_json()["times"]] == [
        ("Monday", "2020-06-15", "day"),
        ("next week", "2020-W26", "week"),
    ]


def _dated(text: str) -> dict[tuple[str, str], str]:
    out = annotate(text, published=PUB).to_json()
    return {(e["source"]["code"], e["plover"]): e["date"] for e in out["events"]}


def test_an_act_told_as_days_before_a_dated_one_is_dated_back_from_it() -> None:
    dated = _dated(
        "Russia expelled two Estonian diplomats on Monday, three days after Tallinn "
        "expelled a Russian envoy."
    )
    assert dated[("RUS", "SANCTION")] == "2020-06-15"
    assert dated[("ESTGOV", "SANCTION")] == "2020-06-12"


def test_an_act_told_as_a_week_before_a_dated_one_is_dated_back_a_week() -> None:
    dated = _dated(
        "Kosovo expelled a Serbian envoy on Tuesday, a week after Serbia moved armoured "
        "units to the boundary."
    )
    assert dated[("KOS", "SANCTION")] == "2020-06-16"
    assert dated[("SRB", "MOBILIZE")] == "2020-06-09"


@pytest.mark.parametrize(
    "text",
    [
        "The march followed Monday's stand-off off Kasos, where Turkish coast guard vessels "
        "blocked a Greek survey ship.",
        "The march followed Monday's confrontation near Kastellorizo, when a Turkish warship "
        "turned back a Greek research vessel.",
    ],
)
def test_a_clause_that_tells_a_dated_incident_takes_its_date(text: str) -> None:
    assert _dated(text)[("TURMIL", "COERCE")] == "2020-06-15"


def test_a_participle_takes_the_date_of_the_clause_it_hangs_on() -> None:
    dated = _dated(
        "On Monday, Colombia's foreign ministry sent a diplomatic note to Caracas asking "
        "Venezuela to explain the deployment."
    )
    assert dated[("COLGOV", "REQUEST")] == "2020-06-15"


def test_an_act_noun_that_killed_takes_the_date_of_the_killing() -> None:
    rows = _dates(
        "Cambodian shelling killed three people in Surin's Kap Choeng district on Monday."
    )
    assert rows and all(r[1] == "2020-06-15" and r[3] == "text" for r in rows)


@pytest.mark.parametrize(
    ("text", "act", "day"),
    [
        (  # "five days after" an undated past clause: counted back from publication
            "The meeting came five days after the foreign ministers of Ethiopia and Somalia "
            "held talks in Ankara.",
            ("ETHGOV", "CONSULT"),
            "2020-06-12",
        ),
        (  # after an undated saying: counted back from the act it reports
            "Thai rangers returned fire on Monday, the army said, four days after Cambodian "
            "troops shelled a border village in Surin province.",
            ("KHMMIL", "ASSAULT"),
            "2020-06-11",
        ),
        (  # a day the parser hangs on a participle inside the object
            "Turkish warplanes bombed a building used by a local armed group in the town of "
            "Sinjar on Monday, killing 14 people.",
            ("TURMIL", "ASSAULT"),
            "2020-06-15",
        ),
    ],
)
def test_acts_the_parse_leaves_undated_are_dated_from_their_clause_or_publication(
    text: str, act: tuple[str, str], day: str
) -> None:
    dated = _dated(text)
    assert dated.get(act) == day, dated


def test_days_after_a_clause_the_parser_made_the_root_count_back_from_the_main_act() -> None:
    out = annotate(
        "Turkish warplanes bombed a building used by a local Yazidi armed group in the Iraqi "
        "town of Sinjar on Monday, killing 14 people, the town's mayor said, four days after "
        "a Turkish drone strike near Amadiya killed four civilians.",
        published=PUB,
    ).to_json()
    days = sorted(e["date"] for e in out["events"] if e["plover"] == "ASSAULT")
    assert "2020-06-15" in days and "2020-06-11" in days, days


def test_what_is_said_of_a_dated_act_is_no_new_report_of_it() -> None:
    out = annotate(
        "Al-Shabaab fighters attacked an army base in Mogadishu on Monday, killing 13 Somali "
        "soldiers. Monday's attack was the deadliest in the capital since 2022.",
        published=PUB,
    ).to_json()
    assert [e["plover"] for e in out["events"]].count("ASSAULT") == 1, out["events"]


def test_a_days_after_clause_is_counted_from_its_own_clause_past_an_until() -> None:
    # written for this test (stop 55): "until further notice" and "a day after" both hang
    # on "killed"; the "after" says what the day is counted from (Tuesday, 2020-06-16)
    text = (
        "Kenya closed its border posts with Somalia on Tuesday and suspended cross-border "
        "trade until further notice, a day after Somali militants killed four police "
        "officers in Mandera county."
    )
    rows = {r[0]: r for r in _dates(text)}
    assert rows["ASSAULT"][1] == "2020-06-15"
    assert rows["ASSAULT"][3] == "text"


def test_what_the_people_were_doing_dates_the_act_on_them() -> None:
    # written for this test (stop 55): "on Monday" is said in the clause about what the
    # herders were doing when they were detained; it dates the detention
    text = (
        "Ugandan soldiers detained six Kenyan herders who were grazing cattle near the "
        "border village of Lokiriama on Monday."
    )
    rows = {r[0]: r for r in _dates(text)}
    assert rows["COERCE"][1:4] == ("2020-06-15", "day", "text")


def test_a_relative_clause_of_its_own_past_keeps_its_date() -> None:
    # negative case: a relative clause in the simple past is an act of its own; its day
    # does not date the detention
    text = "Ugandan soldiers detained six Kenyan herders who had crossed the border on Monday."
    rows = {r[0]: r for r in _dates(text)}
    assert rows["COERCE"][3] == "published"
