"""Time expressions resolved against the publication date, with the clause's tense.

Expected values are worked out by hand from a calendar: 2020-06-17 is a Wednesday,
2020-06-15 a Monday, 2020-06-16 a Tuesday,
2021-01-01 a Friday (ISO week 2020-W53), 2019-03-03 a Sunday,
2020-02-29 a Saturday (ISO week 2020-W09).
"""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.layers.times import find_times, future_from_doc
from flashpoint.nlp import load_nlp

WED = dt.date(2020, 6, 17)
MON = dt.date(2020, 6, 15)
TUE = dt.date(2020, 6, 16)
NEWYEAR = dt.date(2021, 1, 1)
SUN = dt.date(2019, 3, 3)
LEAP = dt.date(2020, 2, 29)

CASES = [
    # weekdays, past and future, including the publication weekday itself
    (WED, "Troops clashed on Monday.", "2020-06-15"),
    (WED, "Troops clashed on Wednesday.", "2020-06-17"),
    (WED, "Ministers will meet on Wednesday.", "2020-06-17"),
    (WED, "Ministers will meet on Monday.", "2020-06-22"),
    (WED, "Ministers will meet on Thursday.", "2020-06-18"),
    (WED, "Troops clashed on Thursday.", "2020-06-11"),
    (WED, "The talks ended on Sunday.", "2020-06-14"),
    (WED, "The talks will resume on Sunday.", "2020-06-21"),
    (WED, "The army attacked on Saturday.", "2020-06-13"),
    (WED, "The sides will meet on Saturday.", "2020-06-20"),
    (WED, "Monday's brawl left 20 soldiers dead.", "2020-06-15"),
    (WED, "The brawl happened early on Wednesday.", "2020-06-17"),
    (WED, "Late on Tuesday, troops withdrew.", "2020-06-16"),
    (WED, "The strike happened on Monday night.", "2020-06-15"),
    (MON, "Troops clashed on Monday.", "2020-06-15"),
    (MON, "Troops will withdraw on Monday.", "2020-06-15"),
    (MON, "Troops clashed on Sunday.", "2020-06-14"),
    (MON, "Talks will be held on Sunday.", "2020-06-21"),
    (MON, "Troops clashed last Monday.", "2020-06-08"),
    (MON, "Troops will withdraw next Monday.", "2020-06-22"),
    (NEWYEAR, "Protesters marched on Thursday.", "2020-12-31"),
    (NEWYEAR, "Troops clashed on Wednesday.", "2020-12-30"),
    (NEWYEAR, "The vote is scheduled for Sunday.", "2021-01-03"),
    (SUN, "The rebels attacked on Sunday.", "2019-03-03"),
    (SUN, "The rebels attacked on Saturday.", "2019-03-02"),
    (SUN, "Negotiators will meet on Tuesday.", "2019-03-05"),
    (LEAP, "The accord was signed on Friday.", "2020-02-28"),
    (TUE, "Troops clashed on Tuesday.", "2020-06-16"),
    (TUE, "Ministers will meet on Tuesday.", "2020-06-16"),
    (TUE, "Troops clashed on Monday.", "2020-06-15"),
    (TUE, "Troops will withdraw on Wednesday.", "2020-06-17"),
    # deictic words
    (WED, "Police detained him yesterday.", "2020-06-16"),
    (WED, "The minister arrives tomorrow.", "2020-06-18"),
    (WED, "Protests continued today.", "2020-06-17"),
    (NEWYEAR, "Protesters marched yesterday.", "2020-12-31"),
    (LEAP, "Talks resumed yesterday.", "2020-02-28"),
    (LEAP, "Talks will resume tomorrow.", "2020-03-01"),
    # weeks
    (WED, "The two sides met last week.", "2020-W24"),
    (WED, "Talks are planned for next week.", "2020-W26"),
    (WED, "Troops withdrew three weeks ago.", "2020-W22"),
    (NEWYEAR, "Fighting eased last week.", "2020-W52"),
    (NEWYEAR, "Leaders will meet next week.", "2021-W01"),
    (LEAP, "Fighting continued this week.", "2020-W09"),
    # months
    (WED, "Sanctions were imposed last month.", "2020-05"),
    (WED, "Elections are due next month.", "2020-07"),
    (WED, "The ceasefire collapsed in June.", "2020-06"),
    (WED, "The ceasefire collapsed in May.", "2020-05"),
    (WED, "The ceasefire collapsed in August.", "2019-08"),
    (WED, "A new round of talks will start in August.", "2020-08"),
    (WED, "The army was deployed in March.", "2020-03"),
    (WED, "Fighting has intensified since May.", "2020-05"),
    (WED, "A ceasefire was signed in July last year.", "2019-07"),
    (NEWYEAR, "Sanctions were imposed last month.", "2020-12"),
    (NEWYEAR, "The envoy visited in December.", "2020-12"),
    (NEWYEAR, "The envoy will visit in February.", "2021-02"),
    (NEWYEAR, "Fighting resumed in early January.", "2021-01"),
    (SUN, "The parliament was dissolved in November.", "2018-11"),
    (LEAP, "The mission ended last month.", "2020-01"),
    (LEAP, "The mission will end this month.", "2020-02"),
    (LEAP, "The mission ended in March 2018.", "2018-03"),
    # years
    (WED, "Fighting broke out last year.", "2019"),
    (WED, "The treaty expires next year.", "2021"),
    (WED, "Tensions rose earlier this year.", "2020"),
    (WED, "The coup happened two years ago.", "2018"),
    (NEWYEAR, "Elections were held last year.", "2020"),
    (LEAP, "The clash happened a year ago.", "2019"),
    (LEAP, "The mission ended in 2018.", "2018"),
    (LEAP, "Violence flared in mid-2019.", "2019"),
    (LEAP, "He earned $2,019 last year.", "2019"),
    # dates with and without a year
    (WED, "The clash took place on June 15.", "2020-06-15"),
    (WED, "The talks ended on 4 September 2019.", "2019-09-04"),
    (WED, "The vote was held on 2020-03-01.", "2020-03-01"),
    (WED, "The talks ended on Sept. 4.", "2019-09-04"),
    (WED, "Talks will resume on Sept. 4.", "2020-09-04"),
    (WED, "The meeting on Friday, Sept. 4 ended without a deal.", "2015-09-04"),
    (dt.date(2020, 9, 10), "The meeting on Friday, Sept. 4 ended without a deal.", "2020-09-04"),
    (NEWYEAR, "The talks collapsed on Dec. 30.", "2020-12-30"),
    (NEWYEAR, "Talks resume on Jan. 5.", "2021-01-05"),
    (SUN, "The army struck on Friday, March 1.", "2019-03-01"),
    (SUN, "The deal was signed on Feb. 28.", "2019-02-28"),
    (LEAP, "Officials met on Feb. 29.", "2020-02-29"),
    (LEAP, "The mission ended on March 3, 2018.", "2018-03-03"),
    (LEAP, "The mission ended on 3 March 2018.", "2018-03-03"),
    (LEAP, "Rebels attacked on Thanksgiving.", "2019-11-28"),
]


def _values(text: str, published: dt.date | None) -> list[str]:
    doc = load_nlp()(text)
    return [t.value for t in find_times(text, published, future_at=future_from_doc(doc))]


@pytest.mark.model
@pytest.mark.parametrize(("published", "text", "value"), CASES)
def test_resolution(published: dt.date, text: str, value: str) -> None:
    assert _values(text, published) == [value]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("May said the talks would go on.", []),
        ("The army may attack.", []),
        ("About 1,500 troops were deployed.", []),
        ("Nothing happened in the spring.", []),
        ("Thousands fled in 2015 and 2016.", ["2015", "2016"]),
        ("Fighting erupted in the 1990s.", ["199"]),
        ("Growth slowed in the third quarter.", ["2018-Q3"]),
    ],
)
def test_other_expressions_and_non_dates(text: str, values: list[str]) -> None:
    assert _values(text, SUN) == values


def test_without_a_publication_date_only_full_dates_resolve() -> None:
    assert [t.value for t in find_times("Troops clashed on June 15, 2020.", None)] == ["2020-06-15"]
    assert find_times("Troops clashed on Monday.", None) == []


def test_spans_and_precision() -> None:
    text = "Troops clashed on Monday, June 15, and again last week."
    times = find_times(text, WED)
    assert [(text[t.start : t.end], str(t.precision)) for t in times] == [
        ("Monday, June 15", "day"),
        ("last week", "week"),
    ]


def test_table_covers_every_publication_weekday() -> None:
    assert len(CASES) >= 80
    assert {p.weekday() for p, _, _ in CASES} == set(range(7))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NEW DELHI, Sept 11 (Wire) - The ministers met on Thursday, Sept. 10, in Moscow. "
            "The standoff began in May 2020.",
            dt.date(2020, 9, 11),
        ),
        (
            "The ministers met on Thursday, Sept. 10, in Moscow, months after the clash of "
            "June 15, 2020.",
            dt.date(2020, 9, 10),
        ),
        ("The meeting on Friday, Sept. 4 ended without a deal.", dt.date(2026, 9, 4)),
        ("Talks ended without a deal.", None),
    ],
)
def test_missing_publication_date_recovered_from_the_text(
    text: str, expected: dt.date | None
) -> None:
    from flashpoint.layers.times import infer_published

    assert infer_published(text, dt.date(2026, 12, 2)) == expected
