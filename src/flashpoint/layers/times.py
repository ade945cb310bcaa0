"""Time expressions: find them in text and resolve them against the publication date.

Wire copy dates events relative to the day it was written: "on Monday", "yesterday",
"in June", "last week", "Sept. 4". :func:`find_times` finds such expressions with
patterns, and resolves each to a value with a precision (``YYYY-MM-DD`` day,
``YYYY-Www`` week, ``YYYY-MM`` month, ``YYYY`` year), using the tense of the clause
it sits in where the direction is ambiguous:

- a weekday in a past clause is the most recent such day on or before publication
  (the same weekday as publication is the publication day itself, not a week back);
  in a future clause it is the next such day on or after publication;
- a month without a year ("in June") is the most recent such month not after
  publication, or the next one in a future clause;
- a day and month without a year ("Sept. 4") takes the year that puts it nearest
  before publication (or after, in a future clause); with a weekday ("Friday, Sept. 4")
  the year whose calendar has that weekday, nearest to publication.

dateparser parses single phrases well but jumps a week back when the weekday equals the
publication weekday and misses "early on Wednesday" and "July last year", so the
resolution here is Flashpoint's own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flashpoint.nlp import tokens as doc_tokens
from flashpoint.records import Precision, TimeExpr

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"  # noqa: E501
_MON_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"


@dataclass(frozen=True, slots=True)
class _Pattern:
    name: str
    regex: re.Pattern[str]
    needs: tuple[str, ...]  # words one of which every match holds (none: no such test)


def _p(name: str, pattern: str, needs: tuple[str, ...] = ()) -> _Pattern:
    return _Pattern(name, re.compile(pattern), needs)


# What a pattern's match cannot do without: a text with none of these words is not
# searched (a pattern that opens with \b is tried at every offset, which is slow).
_MONTH_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_WEEKDAY_NAMES = tuple(d.capitalize() for d in WEEKDAYS)


# Ordered: longer, more specific patterns first; matches may not overlap.
_PATTERNS = (
    _p("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    _p(
        "wd_mon_day",
        rf"\b(?P<wd>{_WD}),?\s+(?P<mon>{_MON})\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?",
        _WEEKDAY_NAMES,
    ),
    _p("mon_day_year", rf"\b(?P<mon>{_MON})\s+{_DAY},?\s+{_YEAR}\b", _MONTH_ABBREVIATIONS),
    _p("day_mon_year", rf"\b{_DAY}\s+(?P<mon>{_MON})\.?,?\s+{_YEAR}\b", _MONTH_ABBREVIATIONS),
    _p(
        "mon_day",
        rf"\b(?P<mon>{_MON})\s+{_DAY}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)",
        _MONTH_ABBREVIATIONS,
    ),
    _p("day_mon", rf"\b{_DAY}\s+(?P<mon>{_MON_FULL})\b(?!,?\s+(?:19|20)\d\d)", _MONTH_NAMES),
    _p(
        "mon_last_year", rf"\b(?P<mon>{_MON_FULL})\s+(?P<rel>last|next|this)\s+year\b", _MONTH_NAMES
    ),
    _p("mon_year", rf"\b(?P<mon>{_MON_FULL}),?\s+{_YEAR}\b", _MONTH_NAMES),
    _p(
        "rel_unit",
        r"(?P<span>\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]arlier|[Ll]ater)\s*)?"
        r"(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]revious|[Cc]oming)\s+(?P<unit>week|month|year)\b)",
        ("week", "month", "year"),
    ),
    _p(
        "ago",
        r"\b(?:(?:almost|about|nearly|some|more than|less than)\s+)?"
        r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?P<unit>day|week|month|year)s?\s+ago\b",
        ("ago",),
    ),
    _p(
        "deictic",
        r"\b(?:(?:[Ee]arly|[Ll]ate)\s+)?(?P<word>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b",
        ("esterday", "oday", "onight", "omorrow"),
    ),
    _p("weekday", rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<wd>{_WD})\b{_PART}\b", _WEEKDAY_NAMES),
    _p(
        "month",
        rf"\b(?:(?P<rel>last|next|this|early|late|mid-?)\s*)?(?P<mon>{_MON_FULL})\b"
        r"(?!\s+[0-3]?\d\b)",
        _MONTH_NAMES,
    ),
    _p(
        "spelled_year",
        r"\b(?:the\s+year\s+)?(?P<sp>nineteen\s+(?:hundred\s+)?[a-z]+(?:-[a-z]+)?|"
        r"two\s+thousand(?:\s+and\s+[a-z]+)?)\b",
        ("nineteen", "two"),
    ),
    _p(
        "this_year",
        r"\b[Tt]he\s+(?:(?:full|current|latest|present)\s+)?(?:fiscal\s+)?year\b"
        r"(?!\s+(?:earlier|ago|before)|-)",
        ("year",),
    ),
    _p(
        "holiday",
        r"\b(?:(?P<rel>last|next|this)\s+)?(?P<hol>Thanksgiving|Christmas|"
        r"New Year's|Independence Day)(?:\s+Day)?\b",
        ("Thanksgiving", "Christmas", "New Year's", "Independence Day"),
    ),
    _p("decade", r"\b(?:the\s+)?(?P<dec>(?:1[5-9]|20)\d)0'?s\b", ("0s", "0's")),
    _p(
        "year",
        r"(?:\b[Ff]iscal\s+)?(?:(?<=mid-)|(?<=post-)|(?<=pre-)|(?<![\d$€£.,-]))"
        r"(?P<y>(?:1[5-9]|20)\d\d)"
        r"(?![\d%-]|\s*(?:percent|per cent))\b",
    ),
    _p(
        "quarter",
        # "the third quarter" keeps its article; the adjective "third-quarter" does not.
        r"\b(?:(?:the\s+)?(?:(?:latest|current|fiscal|same)\s+)?(?P<q>first|second|third|"
        r"fourth)\s+quarter|(?:the\s+)?(?P<span>(?P<q2>first|second|third|fourth)-quarter))\b",
        ("quarter",),
    ),
    _p(
        "year_ago",
        r"\b(?:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?year-(?:earlier|ago)"
        r"(?:\s+(?:quarter|period))?)\b",
        ("year",),
    ),
    _p("decade_ago", r"\ba\s+decade\s+ago\b", ("decade",)),
    _p(
        "season",
        r"\b(?P<rel>last|next|this)\s+(?P<season>spring|summer|fall|autumn|winter)\b",
        ("spring", "summer", "fall", "autumn", "winter"),
    ),
    _p("weekend", r"\b(?:the|this|last|next)\s+weekend\b", ("weekend",)),
    _p(
        "ref",
        # Only the words news annotators mark as times with some consistency; "soon",
        # "recent", "previously" and "current" are left out (measured on TBAQ).
        r"\b(?P<ref>now|nowadays|currently|recently|the\s+future)\b",
        ("now", "currently", "recently", "future"),
    ),
    _p("quarter_bare", r"\bthe\s+(?:latest\s+|current\s+)?quarter\b", ("quarter",)),
)

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, pub: dt.date, future: bool | None) -> dt.date | None:
    """Return month/day in the year that fits the tense: before publication for the past,
    after it for the future, and the nearest either way when the tense does not say."""
    this = _valid(pub.year, month, day)
    if this is None:
        return None
    if future:
        return this if this >= pub else _valid(pub.year + 1, month, day)
    if future is False:
        # Before publication, unless only weeks after it ("was set for Jan. 14").
        return this if this <= pub + dt.timedelta(days=45) else _valid(pub.year - 1, month, day)
    # Tense silent: the past, unless the date is close ahead.
    ahead = this if this >= pub else _valid(pub.year + 1, month, day)
    if ahead is not None and (ahead - pub).days <= 60:
        return ahead
    return this if this <= pub else _valid(pub.year - 1, month, day)


def _resolve(
    name: str, g: dict[str, Any], pub: dt.date, future: bool | None
) -> tuple[str, Precision | None] | None:
    """Return (value, precision) for one match, or None when it is not a date."""
    day: dt.date | None
    if name == "iso":
        day = _valid(int(g["y"]), int(g["m"]), int(g["d"]))
        return (day.isoformat(), Precision.DAY) if day else None
    if name in ("mon_day_year", "day_mon_year"):
        day = _valid(int(g["y"]), _month(g["mon"]), int(g["d"]))
        return (day.isoformat(), Precision.DAY) if day else None
    if name == "wd_mon_day":
        month, d = _month(g["mon"]), int(g["d"])
        if g.get("y"):
            day = _valid(int(g["y"]), month, d)
        else:
            # The year whose calendar puts that weekday on that date, nearest before
            # publication (this also dates an article that carries no date of its own).
            want = WEEKDAYS.index(g["wd"].lower())
            fits = [
                c
                for y in range(pub.year - 11, pub.year + 2)
                if (c := _valid(y, month, d)) and c.weekday() == want
            ]
            before = [c for c in fits if c <= pub + dt.timedelta(days=7)]
            after = [c for c in fits if c > pub + dt.timedelta(days=7)]
            if future and after:
                day = after[0]
            elif before:
                day = before[-1]
            else:
                day = after[0] if after else _nearest_year(month, d, pub, future)
        return (day.isoformat(), Precision.DAY) if day else None
    if name in ("mon_day", "day_mon"):
        day = _nearest_year(_month(g["mon"]), int(g["d"]), pub, future)
        return (day.isoformat(), Precision.DAY) if day else None
    if name == "mon_year":
        return f"{int(g['y']):04d}-{_month(g['mon']):02d}", Precision.MONTH
    if name == "mon_last_year":
        year = pub.year + {"last": -1, "next": 1, "this": 0}[g["rel"].lower()]
        return f"{year:04d}-{_month(g['mon']):02d}", Precision.MONTH
    if name == "month":
        month = _month(g["mon"])
        rel = (g.get("rel") or "").lower()
        year = pub.year
        if rel == "last":
            year -= 1 if month >= pub.month else 0
        elif rel == "next" or (future and rel != "this"):
            year += 1 if month < pub.month or (rel == "next" and month == pub.month) else 0
        elif rel != "this" and future is False and month > pub.month + 1:
            year -= 1  # "in June" in a past clause written in March: last June
        elif rel != "this" and future is None and abs(month - pub.month) > 6:
            year += 1 if month < pub.month else -1  # the nearest such month
        return f"{year:04d}-{month:02d}", Precision.MONTH
    if name == "year":
        return f"{int(g['y']):04d}", Precision.YEAR
    if name == "this_year":
        return f"{pub.year:04d}", Precision.YEAR
    if name == "holiday":
        return _holiday(g["hol"], (g.get("rel") or "").lower(), pub, future)
    if name == "spelled_year":
        spelled = _spelled_year(g["sp"].lower())
        return (f"{spelled:04d}", Precision.YEAR) if spelled else None
    if name == "decade":
        return g["dec"], None
    if name == "quarter":
        q = ("first", "second", "third", "fourth").index((g["q"] or g["q2"]).lower()) + 1
        current = (pub.month - 1) // 3 + 1
        year = pub.year - 1 if q > current and future is not True else pub.year
        return f"{year:04d}-Q{q}", None
    if name == "quarter_bare":
        return f"{pub.year:04d}-Q{(pub.month - 1) // 3 + 1}", None
    if name == "year_ago":
        return f"{pub.year - 1:04d}", Precision.YEAR
    if name == "decade_ago":
        return f"{pub.year - 10:04d}", Precision.YEAR
    if name == "season":
        codes = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
        delta = {"last": -1, "next": 1, "this": 0}[g["rel"].lower()]
        return f"{pub.year + delta:04d}-{codes[g['season'].lower()]}", None
    if name == "weekend":
        # The weekend's Saturday: the coming one in a future clause, else the last one.
        ahead = (5 - pub.weekday()) % 7
        back = (pub.weekday() - 5) % 7
        day = pub + dt.timedelta(days=ahead) if future else pub - dt.timedelta(days=back)
        return day.isoformat(), Precision.DAY
    if name == "ref":
        word = g["ref"].lower()
        if "future" in word or word == "soon":
            return "FUTURE_REF", None
        if (
            "past" in word
            or word in ("recently", "previously", "formerly")
            or word.startswith("recent ")
        ):
            return "PAST_REF", None
        return "PRESENT_REF", None
    if name == "deictic":
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["word"].lower()]
        return (pub + dt.timedelta(days=offset)).isoformat(), Precision.DAY
    if name == "rel_unit":
        rel = g["rel"].lower()
        delta = -1 if rel in ("last", "previous") else (1 if rel in ("next", "coming") else 0)
        unit = g["unit"]
        if unit == "week":
            return _week(pub + dt.timedelta(weeks=delta)), Precision.WEEK
        if unit == "month":
            y, m = _shift_month(pub.year, pub.month, delta)
            return f"{y:04d}-{m:02d}", Precision.MONTH
        return f"{pub.year + delta:04d}", Precision.YEAR
    if name == "ago":
        n = int(g["n"]) if g["n"].isdecimal() else _NUMBERS[g["n"].lower()]
        unit = g["unit"]
        if unit == "day":
            return (pub - dt.timedelta(days=n)).isoformat(), Precision.DAY
        if unit == "week":
            return _week(pub - dt.timedelta(weeks=n)), Precision.WEEK
        if unit == "month":
            y, m = _shift_month(pub.year, pub.month, -n)
            return f"{y:04d}-{m:02d}", Precision.MONTH
        return f"{pub.year - n:04d}", Precision.YEAR
    if name == "weekday":
        want = WEEKDAYS.index(g["wd"].lower())
        rel = (g.get("rel") or "").lower()
        back = (pub.weekday() - want) % 7
        ahead = (want - pub.weekday()) % 7
        if rel == "last":
            day = pub - dt.timedelta(days=back or 7)
        elif rel == "next":
            day = pub + dt.timedelta(days=ahead or 7)
        elif future:
            day = pub + dt.timedelta(days=ahead)
        elif future is None and ahead < back:
            day = pub + dt.timedelta(days=ahead)  # "the council meets Tuesday": the nearest
        else:  # past, or a tie: news mostly reports what happened
            day = pub - dt.timedelta(days=back)
        return day.isoformat(), Precision.DAY
    return None


_UNITS = {
    w: i
    for i, w in enumerate(
        (
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        )
    )
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


def _spelled_number(words: str) -> int | None:
    """Return the value of a spelled number below 100 ("ninety-six"), or None."""
    parts = words.replace("-", " ").split()
    if len(parts) == 1 and parts[0] in _UNITS:
        return _UNITS[parts[0]]
    if parts and parts[0] in _TENS and (len(parts) == 1 or parts[1] in _UNITS):
        return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0)
    return None


def _spelled_year(text: str) -> int | None:
    """Return the year written out in words ("nineteen ninety-six", "two thousand")."""
    if text.startswith("two thousand"):
        rest = text.removeprefix("two thousand").removeprefix(" and").strip()
        n = _spelled_number(rest) if rest else 0
        return 2000 + n if n is not None else None
    rest = text.removeprefix("nineteen").strip().removeprefix("hundred").strip()
    n = _spelled_number(rest)
    return 1900 + n if n is not None else None


def _holiday(
    name: str, rel: str, pub: dt.date, future: bool | None
) -> tuple[str, Precision] | None:
    """Return the date of a fixed or US holiday nearest the publication in the right direction."""

    def on(year: int) -> dt.date:
        key = name.lower()
        if key == "thanksgiving":
            first = dt.date(year, 11, 1)
            return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        if key == "christmas":
            return dt.date(year, 12, 25)
        if key == "independence day":
            return dt.date(year, 7, 4)
        return dt.date(year, 1, 1)

    before = on(pub.year) if on(pub.year) <= pub else on(pub.year - 1)
    after = on(pub.year) if on(pub.year) >= pub else on(pub.year + 1)
    day = after if rel == "next" or (future and rel != "last") else before
    return day.isoformat(), Precision.DAY


def find_times(
    text: str,
    published: dt.date | None,
    *,
    future_at: Callable[[int], bool | None] | None = None,
) -> list[TimeExpr]:
    """Return the time expressions in ``text`` resolved against ``published``.

    ``future_at(offset)`` says whether the clause at a character offset is in the future
    tense (True), the past (False) or neither (None); the NLP layer supplies it from the
    parse. Without it every clause counts as past, the common case in news. Without a
    publication date only expressions that
    carry their own year are resolved.
    """
    taken: list[tuple[int, int]] = []
    found: list[TimeExpr] = []
    for pattern in _PATTERNS:
        if pattern.needs and not any(word in text for word in pattern.needs):
            continue
        for m in pattern.regex.finditer(text):
            start, end = m.span("span") if m.groupdict().get("span") else m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            g = m.groupdict()
            if pattern.name == "month" and not _month_is_date(text, m):
                continue
            if published is None and not g.get("y"):
                continue
            future = future_at(start) if future_at else False
            resolved = _resolve(pattern.name, g, published or dt.date(1, 1, 1), future)
            if resolved is None:
                continue
            taken.append((start, end))
            found.append(TimeExpr(text[start:end], start, end, resolved[0], resolved[1]))
    return sorted(found, key=lambda t: t.start)


def _month_is_date(text: str, m: re.Match[str]) -> bool:
    """Tell "in May" (a date) from "May" the verb or a name ("Theresa May")."""
    if m.group("mon") != "May":
        return True
    before = text[max(0, m.start() - 12) : m.start()].lower()
    return bool(m.group("rel")) or before.rstrip().endswith(
        ("in", "since", "until", "by", "early", "late", "mid", "of", "from", "through")
    )


def future_from_doc(doc: Any) -> Callable[[int], bool | None]:
    """Return a ``future_at`` function reading tense from a parsed spaCy ``Doc``."""
    starts = {t.idx: t for t in doc_tokens(doc)}

    def future_at(offset: int) -> bool | None:
        tok = starts.get(offset)
        if tok is None:
            tok = next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)
        if tok is None:
            return None
        verb = next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        for child in verb.children:
            if child.dep_ == "aux" and child.lower_ in ("will", "'ll", "shall", "wo"):
                return True
            if (
                child.dep_ == "aux"
                and child.lemma_ == "be"
                and any(c.lower_ == "going" for c in verb.children)
            ):
                return True
        if (
            verb.lemma_ in ("plan", "schedule", "expect", "due", "set")
            and not any(c.tag_ == "VBD" for c in verb.children)
            and verb.tag_ in ("VBZ", "VBP", "VBN")
        ):
            return True
        if (
            verb.tag_ in ("VB",)
            and verb.dep_ in ("xcomp",)
            and verb.head.lemma_
            in (
                "plan",
                "expect",
                "schedule",
                "intend",
                "prepare",
                "hope",
                "agree",
                "promise",
                "vow",
                "pledge",
            )
        ):
            return True
        if verb.tag_ in ("VBD", "VBN") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
        ):
            return False
        return None

    return future_at


_DATELINE_DAY = re.compile(
    rf"^[A-Z][A-Z .'\u2019/-]{{1,40}}(?:,\s*[A-Z][A-Za-z .]{{1,30}}?)?,"
    rf"\s*(?P<mon>{_MON})\s+{_DAY}\b"
)


def infer_published(text: str, today: dt.date) -> dt.date | None:
    """Estimate a missing publication date from the text itself.

    "on Friday, Sept. 4" fixes the year (the one in which Sept. 4 was a Friday: the first
    such year from the latest year the text names, else the nearest before ``today``); a
    dateline ("NEW DELHI, June 17 (Wire) -") then gives the day, and
    without one the latest such weekday-dated day stands in for it.
    """
    dated: list[dt.date] = []
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text) if int(y) <= today.year]
    floor = max(years, default=None)
    for m in _PATTERNS[1].regex.finditer(text):  # weekday, month day [, year]
        g = m.groupdict()
        want = WEEKDAYS.index(g["wd"].lower())
        month, d = _month(g["mon"]), int(g["d"])
        # The text's latest explicit year is the best anchor; else the nearest fit before today.
        fits = [
            c
            for y in range(floor or today.year - 11, today.year + 1)
            if (c := _valid(y, month, d)) and c.weekday() == want and c <= today
        ]
        if g.get("y"):
            fits = [c for y in (int(g["y"]),) if (c := _valid(y, month, d))]
        if fits:
            dated.append(fits[0] if floor else fits[-1])
    for name in ("mon_day_year", "day_mon_year"):
        pattern = next(p for p in _PATTERNS if p.name == name)
        for m in pattern.regex.finditer(text):
            resolved = _resolve(name, m.groupdict(), today, False)
            if resolved:
                dated.append(dt.date.fromisoformat(resolved[0]))
    dated = [d for d in dated if d <= today]
    if not dated:
        return None
    latest = max(dated)
    line = _DATELINE_DAY.match(text.lstrip())
    if line:
        for year in (latest.year, latest.year + 1):
            day = _valid(year, _month(line.group("mon")), int(line.group("d")))
            if day is not None and latest <= day <= today:
                return day
    return latest
