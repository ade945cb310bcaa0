"""Is it escalating? Dyad timelines, an escalation index and alerts — from stored events.

Everything here works on plain event facts (``EventFact``, one per fused event) read by
``Store.event_facts``; nothing here speaks SQL.

Periods. An event counts in the period (day, ISO week starting Monday, or month) that
holds its date. An event dated less precisely than the period (a month-dated event in a
weekly series) cannot be placed and is left out of that series; ``Series.unplaced``
says how many.

Escalation index (method ``ewma-z.v1``). For one dyad — a pair of actor keys, both
directions together — the *conflict score* of a period is the sum, over its conflict
events (quad classes 3 and 4: verbal and material conflict), of ``|Goldstein| x (1 + ln
n_articles) + FATALITY_WEIGHT x ln(1 + fatalities)``: a clash weighs more than a
complaint, an event twelve outlets reported more than one they did not (fusion has
already made the twelve reports one event), and a deadly one more again. The *baseline*
is an exponentially weighted moving average of the scores of the periods before (weight
``ALPHA`` on the newest), with an exponentially weighted variance; the index is the
z-score of the period's score against them, with the spread floored at ``SPREAD_FLOOR``
(or half the baseline, if larger) so a quiet dyad's first event does not look infinite.
A period raises an alert when its index is at least ``Z_ALERT``, it holds at least
``MIN_EVENTS`` conflict events, and the dyad has at least ``WARMUP`` periods of history
before it. Each alert lists the events that drove it (its conflict events, the heaviest
first). An alert whose period is not over yet (it ends today or later) is provisional.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from flashpoint.records import JSON

METHOD = "ewma-z.v1"
ALPHA = 0.3
Z_ALERT = 3.0
MIN_EVENTS = 3
WARMUP = 4
SPREAD_FLOOR = 5.0
FATALITY_WEIGHT = 5.0
FREQS = ("day", "week", "month")
_FINE_ENOUGH = {
    "day": ("day",),
    "week": ("day", "week"),
    "month": ("day", "week", "month"),
}


@dataclass(frozen=True, slots=True)
class EventFact:
    """What the analyses need to know about one stored event."""

    id: str
    date_start: dt.date | None
    date_precision: str | None
    plover: str
    quad_class: int
    goldstein: float
    source_key: str
    target_key: str | None
    fatalities: int | None
    n_articles: int
    location_country: str | None
    sentence: str = ""

    @property
    def conflict(self) -> bool:
        return self.quad_class >= 3


def period_of(day: dt.date, freq: str) -> tuple[dt.date, dt.date]:
    """Return the first and last day of the period of ``freq`` that holds ``day``."""
    if freq == "day":
        return day, day
    if freq == "week":
        start = day - dt.timedelta(days=day.weekday())
        return start, start + dt.timedelta(days=6)
    if freq == "month":
        start = day.replace(day=1)
        nxt = (start + dt.timedelta(days=32)).replace(day=1)
        return start, nxt - dt.timedelta(days=1)
    raise ValueError(f"unknown frequency {freq!r}: choose day, week or month")


def _periods(first: dt.date, last: dt.date, freq: str) -> list[tuple[dt.date, dt.date]]:
    out = []
    start, end = period_of(first, freq)
    while start <= last:
        out.append((start, end))
        start, end = period_of(end + dt.timedelta(days=1), freq)
    return out


@dataclass(frozen=True, slots=True)
class Period:
    """One period of a series."""

    start: dt.date
    end: dt.date
    events: int
    by_quad: tuple[int, int, int, int]  # verbal coop, material coop, verbal conflict, material
    goldstein_sum: float
    goldstein_mean: float | None
    fatalities: int
    conflict_score: float
    top: tuple[str, ...]  # ids of the heaviest events

    def to_json(self) -> JSON:
        """Return the period as a JSON object."""
        return {
            "period": self.start.isoformat(),
            "end": self.end.isoformat(),
            "events": self.events,
            "verbal_coop": self.by_quad[0],
            "material_coop": self.by_quad[1],
            "verbal_conflict": self.by_quad[2],
            "material_conflict": self.by_quad[3],
            "goldstein_sum": round(self.goldstein_sum, 2),
            "goldstein_mean": round(self.goldstein_mean, 2)
            if self.goldstein_mean is not None
            else None,
            "fatalities": self.fatalities,
            "conflict_score": round(self.conflict_score, 2),
            "top_events": list(self.top),
        }


@dataclass(frozen=True, slots=True)
class Series:
    """A run of periods, with every period in the range (empty ones too)."""

    name: str
    freq: str
    periods: tuple[Period, ...]
    unplaced: int = 0  # events dated too coarsely for this frequency


def conflict_weight(e: EventFact) -> float:
    """Return what one conflict event adds to its period's conflict score."""
    return abs(e.goldstein) * (1 + math.log(max(1, e.n_articles))) + FATALITY_WEIGHT * math.log(
        1 + (e.fatalities or 0)
    )


def _weight(e: EventFact) -> float:
    return float(abs(e.goldstein) * math.sqrt(max(1, e.n_articles)))


def series(
    facts: Iterable[EventFact],
    *,
    freq: str = "week",
    name: str = "",
    since: dt.date | None = None,
    until: dt.date | None = None,
    top: int = 3,
) -> Series:
    """Count events per period: by quad class, Goldstein sum and mean, fatalities, the
    conflict score, and the heaviest events."""
    period_of(dt.date(2000, 1, 1), freq)  # validates freq
    placed: dict[dt.date, list[EventFact]] = defaultdict(list)
    unplaced = 0
    for e in facts:
        if e.date_start is None or e.date_precision not in _FINE_ENOUGH[freq]:
            unplaced += 1
            continue
        if (since and e.date_start < since) or (until and e.date_start > until):
            continue
        placed[period_of(e.date_start, freq)[0]].append(e)
    if not placed and not (since and until):
        return Series(name, freq, (), unplaced)
    first = since or min(placed)
    last = until or max(placed)
    out = []
    for start, end in _periods(first, last, freq):
        evs = placed.get(start, [])
        quads = [0, 0, 0, 0]
        for e in evs:
            if 1 <= e.quad_class <= 4:
                quads[e.quad_class - 1] += 1
        gsum = sum(e.goldstein for e in evs)
        heavy = sorted(evs, key=lambda e: (-_weight(e), e.id))[:top]
        out.append(
            Period(
                start=start,
                end=end,
                events=len(evs),
                by_quad=(quads[0], quads[1], quads[2], quads[3]),
                goldstein_sum=gsum,
                goldstein_mean=gsum / len(evs) if evs else None,
                fatalities=sum(e.fatalities or 0 for e in evs),
                conflict_score=sum(conflict_weight(e) for e in evs if e.conflict),
                top=tuple(e.id for e in heavy),
            )
        )
    return Series(name, freq, tuple(out), unplaced)


def dyad_facts(facts: Iterable[EventFact], a: str, b: str) -> dict[str, list[EventFact]]:
    """Split a dyad's events into ``A->B``, ``B->A`` and ``A-B`` (both directions)."""
    a, b = a.upper(), b.upper()
    out: dict[str, list[EventFact]] = {f"{a}->{b}": [], f"{b}->{a}": [], f"{a}-{b}": []}
    for e in facts:
        if e.source_key == a and e.target_key == b:
            out[f"{a}->{b}"].append(e)
            out[f"{a}-{b}"].append(e)
        elif e.source_key == b and e.target_key == a:
            out[f"{b}->{a}"].append(e)
            out[f"{a}-{b}"].append(e)
    return out


@dataclass(frozen=True, slots=True)
class DyadSummary:
    """How active and how conflictual one pair was."""

    a: str
    b: str
    events: int
    conflict_events: int
    goldstein_sum: float
    fatalities: int

    def to_json(self) -> JSON:
        """Return the summary as a JSON object."""
        return {
            "dyad": [self.a, self.b],
            "events": self.events,
            "conflict_events": self.conflict_events,
            "conflict_share": round(self.conflict_events / self.events, 3) if self.events else 0,
            "goldstein_sum": round(self.goldstein_sum, 2),
            "fatalities": self.fatalities,
        }


def dyads(facts: Iterable[EventFact], *, top: int = 10) -> dict[str, list[DyadSummary]]:
    """Return the most active pairs and the most conflictual ones (by conflict events,
    then by Goldstein sum, lowest first)."""
    acc: dict[tuple[str, str], list[EventFact]] = defaultdict(list)
    for e in facts:
        if e.target_key is None or e.target_key == e.source_key:
            continue
        pair = (min(e.source_key, e.target_key), max(e.source_key, e.target_key))
        acc[pair].append(e)
    rows = [
        DyadSummary(
            a,
            b,
            len(evs),
            sum(1 for e in evs if e.conflict),
            sum(e.goldstein for e in evs),
            sum(e.fatalities or 0 for e in evs),
        )
        for (a, b), evs in acc.items()
    ]
    active = sorted(rows, key=lambda d: (-d.events, d.a, d.b))[:top]
    hostile = sorted(
        (d for d in rows if d.conflict_events),
        key=lambda d: (-d.conflict_events, d.goldstein_sum, d.a, d.b),
    )[:top]
    return {"most_active": active, "most_conflictual": hostile}


@dataclass(frozen=True, slots=True)
class Alert:
    """A period in which a dyad's conflict departs from its own baseline."""

    dyad: tuple[str, str]
    freq: str
    start: dt.date
    end: dt.date
    score: float
    baseline: float
    spread: float
    z: float
    n_events: int
    events: tuple[str, ...]  # the conflict events that drove it, heaviest first
    provisional: bool
    method: str = METHOD

    @property
    def id(self) -> str:
        """Return the alert's identity: dyad, period and method."""
        key = f"{self.dyad[0]}|{self.dyad[1]}|{self.freq}|{self.start}|{self.method}"
        return "al_" + hashlib.sha1(key.encode()).hexdigest()[:16]

    def to_json(self) -> JSON:
        """Return the alert as a JSON object."""
        return {
            "id": self.id,
            "dyad": list(self.dyad),
            "freq": self.freq,
            "period": self.start.isoformat(),
            "end": self.end.isoformat(),
            "score": round(self.score, 2),
            "baseline": round(self.baseline, 2),
            "spread": round(self.spread, 2),
            "z": round(self.z, 2),
            "n_events": self.n_events,
            "events": list(self.events),
            "provisional": self.provisional,
            "method": self.method,
        }


@dataclass
class _Ewma:
    mean: float = 0.0
    var: float = 0.0
    n: int = 0
    history: list[float] = field(default_factory=list)

    def update(self, x: float) -> None:
        if self.n == 0:
            self.mean, self.var = x, 0.0
        else:
            diff = x - self.mean
            incr = ALPHA * diff
            self.mean += incr
            self.var = (1 - ALPHA) * (self.var + diff * incr)
        self.n += 1


def escalation(s: Series) -> list[tuple[Period, float | None, float, float]]:
    """Return, per period, the escalation index (None during warm-up), baseline and
    spread, each computed from the periods before it only."""
    state = _Ewma()
    out: list[tuple[Period, float | None, float, float]] = []
    for p in s.periods:
        spread = max(SPREAD_FLOOR, 0.5 * state.mean, math.sqrt(max(state.var, 0.0)))
        z = (p.conflict_score - state.mean) / spread if state.n >= WARMUP else None
        out.append((p, z, state.mean, spread))
        state.update(p.conflict_score)
    return out


def alerts(
    facts: Sequence[EventFact],
    *,
    freq: str = "week",
    dyad: tuple[str, str] | None = None,
    since: dt.date | None = None,
    today: dt.date | None = None,
) -> list[Alert]:
    """Return the escalation alerts of every dyad (or one), oldest first."""
    today = today or dt.date.today()
    pairs: dict[tuple[str, str], list[EventFact]] = defaultdict(list)
    for e in facts:
        if e.target_key is None or e.target_key == e.source_key:
            continue
        pair = (min(e.source_key, e.target_key), max(e.source_key, e.target_key))
        if dyad is not None and pair != tuple(sorted((dyad[0].upper(), dyad[1].upper()))):
            continue
        pairs[pair].append(e)
    by_id = {e.id: e for e in facts}
    out: list[Alert] = []
    for pair, evs in sorted(pairs.items()):
        if sum(1 for e in evs if e.conflict) < MIN_EVENTS:
            continue
        s = series(evs, freq=freq, top=len(evs))
        for p, z, base, spread in escalation(s):
            if z is None or z < Z_ALERT:
                continue
            drivers = [i for i in p.top if by_id[i].conflict]
            if len(drivers) < MIN_EVENTS or (since and p.end < since):
                continue
            out.append(
                Alert(
                    dyad=pair,
                    freq=freq,
                    start=p.start,
                    end=p.end,
                    score=p.conflict_score,
                    baseline=base,
                    spread=spread,
                    z=z,
                    n_events=len(drivers),
                    events=tuple(drivers),
                    provisional=p.end >= today,
                )
            )
    out.sort(key=lambda a: (a.start, a.dyad))
    return out
